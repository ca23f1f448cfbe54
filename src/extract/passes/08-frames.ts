import type { GeoResolution, PlaceMention } from "../../geo/api.js";
import type { ActorMention } from "../actors.js";
import type { CasualtyStatement } from "./07-casualties.js";
import { findCasualties } from "./07-casualties.js";
import type { CueMention } from "./06-cues.js";
import { gated } from "../gate.js";
import { backgroundAt, hasGenericAttack, isAggregate, separatorAt, startsWithSeparator } from "./06-cues.js";
import { addDays, type DateMention } from "./04-dates.js";
import type { NumberMention } from "./03-numbers.js";
import type { Sentence } from "./02-sentences.js";

/**
 * Pass 08: event frames. Each sentence (split further where a separator or a step back to an earlier
 * event begins) becomes a frame holding the mentions inside it: cues, casualties, dates, places, actors.
 */
export interface PlaceRef {
  mention: PlaceMention;
  res: GeoResolution;
  /** 0 = the dateline, 1 = a destination, hospital or where someone spoke, 2 = where something happened. */
  weight: number;
  /** Town, village or crossing (not a district, province or country). */
  local: boolean;
  /** The end of a two-town road name taken for want of a better cue ("on the Bannu–Razmak road"): any other place where it happened says more. */
  road?: boolean;
}

export interface Frame {
  /** The clause's text (normalised). */
  text?: string;
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  cues: CueMention[];
  generic: boolean;
  casualties: CasualtyStatement[];
  dates: DateMention[];
  places: PlaceRef[];
  actors: ActorMention[];
  /** Begins a separate incident ("In a separate incident, ..."). */
  separator: boolean;
  /** Counts over a period ("27 police were martyred during the month"): not one incident. */
  aggregate: boolean;
  /** A clause about an earlier event ("two days after an attack ..."). */
  background: boolean;
  /**
   * The clause tells a funeral, a trial, a commemoration or a security review, and its violence words are only that
   * event's back-reference ("attended the funeral of three policemen martyred in ..."): its dates are the recalled
   * event's own, and with none it is no incident.
   */
  reaction?: boolean;
  /** The accused side's answer to a charge ("rejected it and said its troops only returned fire"): tells no event. */
  rebuttal?: boolean;
  /** A party's battlefield claim that the other side denies ("said its forces had overrun three posts, which ... denied"). */
  disputed?: boolean;
  /** Speaks of several events at once ("coordinated attacks", "two camps"). */
  plural: boolean;
  /** Set by assembly: a lead sentence summing up several incidents. */
  summary?: boolean;
  /** Opens a paragraph under a news-in-brief item's heading ("SERAI NAURANG: ", "Three held in Daraban: ", "- "). */
  itemHead?: boolean;
  /** A separator in the middle of a sentence: the clause sums up an incident told later. */
  midSentence: boolean;
  /** The counts are the group's own ("the BLA boasted of killing eleven soldiers"): officials' figures win. */
  groupToll?: boolean;
  /** The clause of a group-toll frame that holds the group's claim ("..., while the TTP claimed it had killed 12"): counts outside it are others'. */
  groupTollSpan?: { start: number; end: number };
  /** Responsibility claimed / denied by a group named in the frame. */
  claimBy: string[];
  deniedBy: string[];
  /** Groups that officials or police blame or suspect ("police said the attackers belonged to the BLA"). */
  blamed: string[];
}

export interface FrameInput {
  text: string;
  sentences: Sentence[];
  numbers: NumberMention[];
  dates: DateMention[];
  actors: ActorMention[];
  cues: CueMention[];
  places: PlaceRef[];
}

/** After a group's own fighters: they died ("said only four of the group's fighters had died", "its men were killed"): the group's own losses, not its act. */
const OWN_LOSS = String.raw`\s+(?:(?:had|have|has|were|was)\s+)?(?:(?:been|all|also)\s+)?(?:died|killed|martyred|dead|slain|lost their lives)\b`;
const CLAIM = gated(new RegExp(String.raw`\bclaim(?:ed|s|ing)?\b(?! (?:the lives|to have|that (?:the|its)))|\btook (?:responsibility|credit)|\baccepted responsibility|\bowned(?: up to)? (?:the|responsibility|both)|\b(?:said|says) (?:it|they) (?:was|were) behind\b|\b(?:said|says|stated|admitted|added) (?:that )?(?:it|they|the (?:group|outfit|organi[sz]ation|movement|faction)) (?:was|were|is|are) (?:behind|responsible)\b|\b(?:(?:said|says|stated|confirmed|announced|added)|told (?:[\w-]+ ){1,4}?(?:by (?:tele)?phone )?that) (?:that )?(?:it|they|the (?:group|outfit|organi[sz]ation|movement|faction))(?: had| has| have)? ["'\u2018\u201c]?(?:carried out|conducted|launched|staged|planted|attacked|targeted|ambushed|detonated|captured|stormed|overran|overrun|fired (?:rockets?|missiles?|mortars?|mortar (?:rounds|shells)|shells|(?:on|at|upon) (?:a|an|the)))\b|\b(?:said|says|stated|confirmed|announced|added) (?:that )?the (?:group|outfit|organi[sz]ation|movement|faction)(?: had| has| have)? (?:killed|shot|executed|kidnapped|abducted)\b|\b(?:said|says|stated|announced|boasted|claimed|told [^.;]{0,50}?)(?: that)? (?:its|their) (?:fighters|men|militants|suicide|members|mujahideen|cadres|guerrillas|sarmachars|fidayeen)\b(?!${OWN_LOSS})|\b(?:said|says|stated|announced|claimed|added|maintained|told|according to)\b[^.;]{0,60}? (?:that )?(?:its|the group's|the outfit's|the organi[sz]ation's|the movement's) (?:fighters|men|militants|suicide|members|mujahideen|cadres|guerrillas|sarmachars|fidayeen|commandos|squad|unit)\b(?!${OWN_LOSS})|\bboast(?:ed|ing|s)? (?:of|that|about)\b|\bcarried out (?:the|both) (?:attack|assault|bombing)s?|\b(?:said|says|confirmed) (?:it|they) (?:was|were|is|are) (?:holding|detaining)\b|\b(?:said|says|confirmed) (?:it|they) (?:had )?(?:abducted|kidnapped|seized|captured)\b`, "i"));
/**
 * A claim relayed second-hand: someone "identifying himself as", "who said he spoke for" a group says it did it ("...
 * a man describing himself as the group's commander said his fighters planted the device").
 */
const RELAYED_CLAIM = gated(/\b(?:identif(?:y|ying|ied) (?:himself|herself|themselves) as|describ(?:ing|ed) (?:himself|herself|themselves) as|present(?:ing|ed) (?:himself|herself|themselves) as|introduc(?:ing|ed) (?:himself|herself) as|claim(?:ing|ed) to (?:be|speak for|speak on behalf of|represent)|purport(?:ing|ed) to (?:be|speak for|represent)|(?:who|and) said (?:he|she) (?:was|spoke for|represented)|saying (?:he|she) (?:was|spoke for|represented))\b[^.;]{0,200}?\b(?:behind|responsib\w*|carried out|planted|attacked|fired|detonated|killed|ambushed|targeted|set off|abducted|kidnapped|(?:his|its|their|the group's|the faction's|the outfit's) (?:men|fighters|militants|suicide|members|cadres|comrades|mujahideen))\b/i);
const DENIAL = gated(/\bden(?:ied|ies|y)\b|\bnone of (?:its|their|the group's|the outfit's|the movement's|our) (?:fighters|men|members|militants|cadres|mujahideen) (?:had |has |have )?(?:been |were |was |is |are )?(?:in|at|near|present|there|involved|among)\b|\bno (?:part|involvement|role|hand|links?|connections?|ties|relations?)\b|\bnot (?:involved|responsible|behind)\b|\bdistanced\b|\bdisowned\b|\bhad nothing to do\b|\brejected (?:any )?(?:involvement|responsibility)/i);
/** Someone other than the group as the subject of a denial: an official, a person, a government or force. */
const OTHER_DENIER = /\b(?:he|she|officials?|police|spokes(?:man|woman|person)|ministers?|ministry|government|authorities|administration|emirate|islamabad|kabul|army|military|forces)\b/i;
/** ... unless the group speaks itself: "a spokesman for the group denied", "the TTP's spokesman". */
const GROUP_SELF = /\b(?:the (?:group|outfit|organi[sz]ation|movement|faction)(?:'s)?|its spokes(?:man|person))\b/i;
/** A claim naming its claimant back: "the same statement", "the group's statement", "the group also said". */
const CLAIM_ANAPHOR = /\b(?:(?:the same|that|its|their|the group's|the outfit's|the organi[sz]ation's) (?:statement|message|claim|post|communiqu\w+)|the (?:group|outfit|organi[sz]ation|movement) (?:also )?(?:said|claimed|took|stated|added))\b/i;
const NO_CLAIM = gated(/\bno (?:group|one|organi[sz]ation)\b[^.]{0,40}\bclaimed\b|\bnobody\b[^.]{0,30}\bclaimed\b|\bnot (?:been )?claimed\b|\bwithout (?:a )?claim/i);
/** A group's own count: its claim carries the toll ("claimed to have killed 20", "said its men killed nine"). */
const GROUP_TOLL = gated(/\bclaim(?:ed|s|ing)? (?!responsibility|credit|the\b|an?\b|both\b|it\b)|\b(?:said|says|stated|announced|boasted|told [^.;]{0,50}?)(?: that)? (?:its|their) (?:fighters|men|militants|members|mujahideen|cadres|guerrillas|sarmachars|fidayeen)\b|\bboast(?:ed|ing|s)?\b|\b(?:claim(?:ed|s|ing)?|owned|took responsibility|accepted responsibility)\b[^.;]{0,120}?,? (?:saying|insisting|alleging|asserting|claiming|boasting|stating|declaring|adding|and said|while claiming|with claims? that)\b/i);
const PLURAL = gated(/\b(?:coordinated|series of|separate (?:attacks|incidents)|(?:two|three|four|five|both) (?:(?!(?:when|while|as|after|before|killed|injured|wounded|hurt|dead|martyred|were|was)\b)[\w-]+ ){0,2}(?:attacks|incidents|camps|posts|bombings|blasts|districts|checkpoints|places|locations|towns)|multiple attacks|several attacks|attacks across|a wave of|string of)\b/i);
/** The incident told as one of a series: "the latest in a string of attacks", "one of three attacks on police this week". */
const SERIES_MEMBER = /\b(?:(?:the )?(?:latest|last|newest|most recent|deadliest|second|third|fourth|fifth|sixth)(?: such)?(?: attack| incident)?\s+(?:in|of)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:string|series|wave|spate|chain|run)\s+of|one of (?:two|three|four|five|six|several|a (?:string|series|spate|wave) of)\s+(?:[\w-]+\s+){0,2}?(?:attacks|incidents|bombings|blasts|killings|ambushes))\b/gi;
/**
 * Who others say did it: words before a group ("blamed the", "suspected", "belonged to", "the hallmarks of")
 * or after it ("was behind", "is believed responsible"). Attribution, not a claim: it names the group only
 * where the report itself names no claimant.
 */
const BLAME_BEFORE = gated(/\b(?:(?:blam(?:ed|es|ing)|(?:pinn?(?:ed|ing)|put(?:ting)?|la(?:id|ying)|plac(?:ed|ing)|cast(?:ing)?) (?:the )?blame)\s+(?:(?:the|this|that|these|both|[A-Z]\w+day's|last \w+'s|yesterday's)\s+)?(?:[\w-]+\s+){0,3}?(?:on|upon|at the door of|squarely on)|blam(?:ed|es|ing)|suspect(?:ed|s|ing)?|suspicion (?:fell|falls|has fallen|fall) on|accus(?:ed|es|ing)|attribut(?:ed|es|ing) (?:[^.;]{0,50}?)to|belong(?:ed|ing|s)? to|affiliated (?:with|to)|hallmarks? of|(?:handi)?work of|believed to (?:be|have been) (?:from|of)|pointed (?:the finger )?at|(?:carried out|perpetrated|staged|executed|planned|masterminded|orchestrated|planted|placed|set off|detonated|triggered) by|(?:suspect\w*|blam\w*|point\w*|see|saw|feared?)\s+(?:the\s+)?(?:possible\s+|likely\s+)?(?:involvement|hand|role|complicity) of|held)\s+(?:(?:the|a|an|banned|outlawed|proscribed|militant|terrorist|separatist|insurgent|group|outfit|organi[sz]ation|indian|indian-sponsored|indian-backed|foreign-backed|proxy|so-called|self-styled|terrorists|militants|khawarij|members|of|from|belonging|to)\s+){0,5}$/i);
const BLAME_AFTER = gated(/^(?:'s)?(?:\s+(?:militants|fighters|group|network|faction|outfit|organi[sz]ation|men|terrorists))?\s+(?:(?:was|were|is|are|had been|has been|have been|may have been|might have been|could have been|may be)\s+(?:(?:likely|probably|possibly|most likely|widely|also)\s+)?(?:(?:believed|suspected|thought|said|seen|alleged)\s+to\s+(?:be|have been)\s+)?(?:behind|responsible|to blame|blamed|suspected|involved)|responsible\b|(?:for|of)\s+(?:the|this|carrying out)\b|(?:had\s+|have\s+|has\s+)?(?:planted|placed|set off|detonated|triggered|carried out|staged|masterminded|planned)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:device|bomb|explosives?|mine|ied|attack|blast|ambush|bombing|explosion)s?\b)/i);
const BLAME_WORDS = gated(/\b(?:blam\w*|suspect\w*|suspicion|accus\w*|attribut\w*|belong\w*|affiliated|hallmarks?|work of|believed|behind|responsible|pointed|involved|by|planted|placed|set off|detonated|triggered|carried out|staged|masterminded|planned)\b/i);

/** A private party as the one who blames: "the victim's family accused", "relatives blamed", "villagers held ... responsible". */
const PRIVATE_ACCUSER = /\b(?:famil(?:y|ies)|relatives|kin(?:smen)?|brothers?|fathers?|sons?|widows?|mothers?|heirs|residents|villagers|witnesses|locals|protesters|protestors|demonstrators|mourners|tribesmen|elders)\b(?:\s+(?:of\s+(?:the\s+)?)?[\w'-]+){0,3}?\s+(?:(?:on\s+\w+day|also|openly|publicly)\s+)?(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|held|suspect(?:ed|s))\b[^.;]*$/i;

function blamedIn(text: string, s: number, e: number, actors: ActorMention[]): string[] {
  if (!BLAME_WORDS.test(text.slice(s, e))) return [];
  const out: string[] = [];
  for (const a of actors) {
    if (!GROUP_IDS.has(a.id) || a.role === "speaker" || a.category) continue;
    const before = text.slice(Math.max(s, a.start - 90), a.start);
    const after = text.slice(a.end, Math.min(e, a.end + 70));
    // "held the TTP responsible": the verb before, its complement after
    const held = /\bheld\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}$/i.test(before);
    if (!(held ? /^(?:'s)?(?:\s+\w+){0,2}\s+responsible\b/i.test(after) : BLAME_BEFORE.test(before) || BLAME_AFTER.test(after))) continue;
    // "the elder's family accused the Pakistani Taliban of the killing": kin, residents or protesters accusing is their
    // allegation (the claims ledger keeps it), not the attribution officials or investigators give
    if (PRIVATE_ACCUSER.test(text.slice(s, a.start))) continue;
    out.push(a.id);
  }
  return out;
}

/** "Police said four militants were killed, while the TTP claimed ...": the sub-clause holding the claiming group. */
function claimSpan(ctext: string, s: number, group: ActorMention | undefined): { groupTollSpan?: { start: number; end: number } } {
  if (!group) return {};
  const cuts = [0];
  for (const m of ctext.matchAll(/;|,?\s+(?:while|whereas|but)\s+|\.\s+(?=[A-Z])/g)) cuts.push(m.index!);
  if (cuts.length === 1) return {};
  cuts.push(ctext.length);
  const at = group.start - s;
  for (let k = 0; k + 1 < cuts.length; k++) if (at >= cuts[k] && at < cuts[k + 1]) return { groupTollSpan: { start: s + cuts[k], end: s + cuts[k + 1] } };
  return {};
}

/** "denied that the TTP was behind it", "ruled out the BLA's involvement": no attribution. */
const NO_BLAME = gated(/\b(?:den(?:ied|ies|y)|ruled out|rejected|dismissed|not (?:behind|responsible|involved))\b/i);
const GROUP_IDS = new Set(["TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "PK_OTHER", "AF_OTHER"]);

/** The items of `xs` (sorted by start) that lie inside [s, e): binary search, so long texts stay linear. */
export function inRange<T extends { start: number; end: number }>(xs: T[], s: number, e: number): T[] {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < s) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < xs.length && xs[i].start < e; i++) if (xs[i].end <= e) out.push(xs[i]);
  return out;
}

const MON = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const HEAD_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MON}|${MON}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+(?:19|20)\\d\\d)?`;
/** A roundup item's heading standing alone: "Kurram, 3 May." / "Bannu, May 11 —". */
const HEADING_ONLY = new RegExp(`^\\s*[\\p{Lu}][\\p{L}.' -]{1,40},\\s*${HEAD_DATE}\\s*[.:\\u2014\\u2013-]?\\s*$`, "iu");
/** A paragraph that opens with a place and a day ("Bannu, May 11 — A suicide bomber ..."): its own item. */
const HEADING_START = new RegExp(`^\\s*[\\p{Lu}][\\p{L}.' -]{1,40},\\s*${HEAD_DATE}\\s*(?:[.:\\u2014\\u2013]|-\\s)`, "u");

/**
 * A news-in-brief item's own heading at the head of its paragraph: a place in capitals ("TARNAB (Charsadda): "), a short
 * headline ("Two held in Jamrud: ", "Suspects held: ") or a list bullet ("- "). An arrest told under such a heading is
 * that item's own event, not the follow-up of the item before. (Not a sentence that ends in a colon: "He said three men
 * were hurt: ", "The point is simple: ".)
 */
const ITEM_HEADING = /^\s*(?:[-\u2022*\u2013]\s+(?=\p{Lu}|\d)|[\p{Lu}][\p{L}.'\u2019-]*(?:\s+(?:\([\p{Lu}][\p{L}. ]{1,25}\)|[\p{L}.'\u2019-]+)){0,4}:\s+(?=\p{Lu}|\d))/u;
const NOT_HEADING = /^\s*(?:he|she|they|it|we|i|this|that|these|those|what|officials?|update|background|note|correction|editor's)\b/i;
const HEADING_VERB = /\b(?:is|are|was|were|said|says|say|told|added|asked|noted|explained|familiar|simple|clear)\b/i;
export const itemHeading = (s: string): boolean => {
  const m = ITEM_HEADING.exec(s);
  return !!m && m[0].length <= 48 && !HEADING_VERB.test(m[0]) && !NOT_HEADING.test(m[0]);
};

/** A heading that stands alone as a sentence belongs to the sentence after it (its day and place are that item's). */
function joinHeadings(text: string, sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const next = sentences[i + 1];
    if (next && s.end - s.start <= 60 && HEADING_ONLY.test(text.slice(s.start, s.end)) && next.paragraph - s.paragraph <= 1) {
      out.push({ start: s.start, end: next.end, paragraph: s.paragraph });
      i++;
    } else out.push(s);
  }
  return out;
}

/**
 * A crossing, road or market kept shut (or forces sent) after an earlier event ("The Torkham crossing stayed shut for a
 * fourth day after last week's border clashes", "After Sunday's attack, the market remained closed"): the event named
 * is a back-reference, and the clause itself tells no violence of its own. Either order: closure first or cause first.
 */
const CLOSURE = String.raw`\b(?:shut|closed|sealed|suspended|stranded|halted|reinforced|deployed)\b`;
const EARLIER_EVENT = String.raw`\b(?:after|since|following|in the wake of)\s+(?:(?:the|last week's|last month's|this week's|recent|[A-Z][a-z]+day's|the weekend's)\s+)?(?:[\w-]+\s+){0,2}?(?:clashes|fighting|attacks?|firing|shelling|strikes?|skirmish(?:es)?|hostilities|violence|exchange of fire|bombing|blast)\b`;
const AFTERMATH = gated(new RegExp(
  `${CLOSURE.replace("deployed", "deployed|reopened")}[^.;]{0,90}?${EARLIER_EVENT.replace("in the wake of", "in the wake of|amid")}|${EARLIER_EVENT}[^.;]{0,90}?${CLOSURE}`,
  "i",
));
/** Trends and habits: counts that grew or fell, attacks "almost every week", "increasingly", "repeatedly". */
const TREND = gated(/\b(?:ha(?:ve|s|d)|had been)\s+(?:(?:sharply|steadily|significantly|markedly|also)\s+)?(?:declined|decreased|dropped|fallen|risen|increased|grown|surged|spiked|doubled|tripled|intensified|subsided|eased)\b(?!\s+(?:to|from|by)\b)(?![^.;]{0,30}\b(?:toll|dead|deaths|killed|martyred|injured|wounded)\b)|\b(?:almost |nearly )?(?:every|each) (?:day|week|month|night|few days)\b|\balmost (?:daily|nightly|weekly)\b|\b(?:increasingly|repeatedly|routinely|frequently|regularly)\b|\bon a (?:daily|regular|weekly) basis\b|\b(?:is|are|has been|have been) on the rise\b|\b(?:ha(?:ve|s|d)|had)\s+(?:since\s+|now\s+|also\s+)?become\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:recurring|common|routine|regular|frequent|familiar|everyday|daily|commonplace|a fact of life)\b|\brecurring (?:complaint|feature|problem|occurrence|pattern|theme)\b|\b(?:has|have|had) (?:long )?seen (?:repeated|frequent|regular|numerous|many|several|recurring)\b/i);
/** ", and a roadside bomb ...", ", and two soldiers ...": a clause with a subject of its own after the comma. */
const COORDINATED = /,\s+and\s+(?=(?:a|an|another|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s)/gi;
const HARM = /\b(?:killed|wounded|injured|shot|martyred|hurt|abducted|kidnapped)\b/i;
/** A sentence opened by its day alone: "On Tuesday night, ", "Late on Sunday, ", "On 12 March, ". */
const DAY_OPENER_BEFORE = /^\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:the\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?|[0-3]?\d(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+[0-3]?\d(?:st|nd|rd|th)?),\s*$/i;
const BACK_DAYS = /^\s*,?\s*(?:just |only |barely )?(a|an|one|two|three|four|five|six|seven|\d{1,2}) (days?|weeks?) (after|before)\b/i;
const BACK_HOURS = /^\s*hours (after|before)\b/i;
const HOURS_DAYS: Record<string, number> = { "24": 1, "48": 2, "72": 3, "twenty-four": 1, "forty-eight": 2, "seventy-two": 3 };
const NUM_WORD: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The clause names a day of its own ("on Monday", "4 May"): its counts are one event's. */
function hasOwnDay(dates: DateMention[], s: number, e: number): boolean {
  return inRange(dates, s, e).some((d) => !d.reporting && (d.date !== null || d.anchor === "prev"));
}

/**
 * A review's item, told with its own day, its own place and its own act ("Later in the month, on the 24th, a roadside
 * bomb hit a Levies vehicle in the Buleda area of Kech", "In the last week of the month, on a Friday, shells landed on
 * houses in Dangam"): the period words place it in the month reviewed; they make no statistic of it.
 */
function datedItem(input: FrameInput, placeSpans: Array<{ start: number; end: number; ref: PlaceRef }>, s: number, e: number): boolean {
  const day = inRange(input.dates, s, e).find((d) => !d.reporting && d.date !== null && d.precision === "day" && d.anchor !== "prev");
  if (!day) return false;
  if (!inRange(input.cues, s, e).length) return false;
  if (!inRange(placeSpans, s, e).some((p) => p.ref.weight === 2 && !!p.ref.res.adm2)) return false;
  // (a count over a period that names a day in passing, "since the attack on the 3rd, 27 policemen have been killed", stays one)
  return !/\b(?:since|so far|in total|a total of|altogether|tally|toll for the|brings? the (?:total|overall)|overall)\b/i.test(input.text.slice(s, e));
}

/** One frame per clause of every sentence. */
export function buildFrames(input: FrameInput): Frame[] {
  const { text } = input;
  const sentences = joinHeadings(text, input.sentences);
  const frames: Frame[] = [];
  const placeSpans = input.places.map((ref) => ({ start: ref.mention.start, end: ref.mention.end, ref })).sort((a, b) => a.start - b.start);
  // the group whose claim was told last (for a later sentence naming it back: "the same statement", "the group")
  let lastClaimer: string | null = null;
  sentences.forEach((sent, si) => {
    // this sentence's frames are the ones pushed from here on: the loops below look at them only (not at
    // every frame so far, which made long texts quadratic)
    const from = frames.length;
    const stext = text.slice(sent.start, sent.end);
    // cut points: a separator inside the sentence starts a new frame; a background clause ends the main one
    // a paragraph after the first that opens with its own place and day is a roundup item of its own
    const heading = sent.paragraph > 0 && (si === 0 || sentences[si - 1].paragraph !== sent.paragraph) && HEADING_START.test(stext);
    const itemHead = sent.paragraph > 0 && (si === 0 || sentences[si - 1].paragraph !== sent.paragraph) && itemHeading(stext);
    const cuts: Array<{ at: number; background: boolean; separator: boolean }> = [{ at: 0, background: false, separator: startsWithSeparator(stext) || heading }];
    let sep = separatorAt(stext);
    if (sep > 0) {
      // the separate incident's clause begins at the clause boundary before the cue: "..., and three more died in a separate clash"
      const head = stext.slice(0, sep);
      const b = Math.max(head.lastIndexOf(", and "), head.lastIndexOf(" and "), head.lastIndexOf(";"), head.lastIndexOf(", while "));
      if (b > 0 && sep - b < 80) sep = b;
      cuts.push({ at: sep, background: false, separator: true });
    }
    let bg = backgroundAt(stext);
    if (bg > 0) {
      // "..., two days after gunmen attacked a post": the count of days belongs to the recalled clause (and dates it)
      const n = /[\s,]((?:just |only |barely )?(?:a|an|one|two|three|four|five|six|seven|\d{1,2}) )$/i.exec(stext.slice(0, bg));
      if (n && /^(?:days?|weeks?) (?:after|before)\b/i.test(stext.slice(bg)) && stext.slice(0, bg - n[1].length).trim()) bg -= n[1].length;
    }
    if (bg >= 0) {
      // "The day after the attack, ...": the article belongs to the recalled phrase (and so does its chained day)
      cuts.push({ at: /^\s*the\s+$/i.test(stext.slice(0, bg)) ? 0 : bg, background: true, separator: false });
      // "A week after the attack in Bannu, a second assault ... killed four": the opening phrase ends at its comma
      // ("In 2014, militants attacked ..." is all about the past: no cut)
      // ("On Tuesday night, a day before the blast, gunmen fired ...": the recalled phrase set off after a day that opens the
      // sentence is an aside too)
      const dayOpener = DAY_OPENER_BEFORE.test(stext.slice(0, bg)) && /^(?:just |only |barely )?(?:a|an|one|two|three|four|five|six|seven|\d{1,2}) (?:days?|weeks?) (?:after|before)\b/i.test(stext.slice(bg));
      const opener = bg <= 3 || dayOpener || /^\s*(?:a|an|one|the|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a few|just|only|barely)\s+$/i.test(stext.slice(0, bg));
      if (opener && !/^\s*(?:in (?:19|20)\d\d|last (?:year|month)|previous|since)/i.test(stext.slice(bg))) {
        const comma = stext.indexOf(", ", bg);
        if (comma > 0 && comma < 120) cuts.push({ at: comma + 1, background: false, separator: false });
      } else if (/^(?:deadliest|worst|the worst)\b/i.test(stext.slice(bg)) && /,\s*(?:the\s+)?$/i.test(stext.slice(0, bg))) {
        // "A suicide bombing, the deadliest since March, killed 12 ...": the comparison is an aside; the sentence goes on
        const comma = stext.indexOf(", ", bg);
        if (comma > 0 && comma - bg < 60 && !/\bwhen\b/i.test(stext.slice(bg, comma))) cuts.push({ at: comma + 1, background: false, separator: false });
      }
    }
    // "A policeman was shot dead in Bajaur on Tuesday morning, and a female polio worker was killed in Dera Ismail Khan a
    // day earlier": a lead that tells two incidents, each with its own district, act and day, one clause each
    if (cuts.length === 1) {
      COORDINATED.lastIndex = 0;
      for (let m; (m = COORDINATED.exec(stext)); ) {
        const at = sent.start + m.index;
        const own = (s: number, e: number) => {
          const place = inRange(placeSpans, s, e).find((x) => x.ref.weight === 2 && x.ref.res.adm2)?.ref;
          const day = inRange(input.dates, s, e).some((d) => !d.reporting && (d.date || d.anchor === "prev"));
          const act = inRange(input.cues, s, e).length > 0 || HARM.test(text.slice(s, e));
          return place && day && act ? place : null;
        };
        const left = own(sent.start, at);
        const right = own(at, sent.end);
        if (left && right && left.res.adm2 !== right.res.adm2) {
          cuts.push({ at: m.index + 1, background: false, separator: true });
          break;
        }
      }
    }
    cuts.sort((a, b) => a.at - b.at);
    for (let c = 0; c < cuts.length; c++) {
      const s = sent.start + cuts[c].at;
      const e = c + 1 < cuts.length ? sent.start + cuts[c + 1].at : sent.end;
      if (e <= s) continue;
      const ctext = text.slice(s, e);
      const actors = inRange(input.actors, s, e);
      // the casualty pass looks a little beyond the clause for counts and names only within the sentence
      const sentNumbers = inRange(input.numbers, sent.start, sent.end);
      const sentActors = inRange(input.actors, sent.start, sent.end);
      const background = cuts[c].background || (c > 0 && cuts[c - 1].background && !cuts[c].separator && cuts[c].at !== cuts[c - 1].at && cuts[c].background);
      const claimBy: string[] = [];
      const deniedBy: string[] = [];
      // the group that speaks is the first one named, not one it "split from" or is "linked to"
      // ... nor one the police blame in the same breath ("police blamed the TTP, but HGB claimed it")
      const blamedHere = blamedIn(text, s, e, actors);
      const groups = actors
        // (the Taliban before August 2021 were an insurgency claiming attacks like any group)
        .filter((a) => (GROUP_IDS.has(a.id) || (a.insurgent && a.role !== "speaker") || a.insurgentSpeaker) && !/\b(?:from|with|than|against|like|rejoined|joined|into)\s+(?:the\s+)?$/i.test(text.slice(Math.max(s, a.start - 20), a.start)))
        .filter((a, _, all) => !blamedHere.includes(a.id) || all.every((b) => blamedHere.includes(b.id)))
        .slice(0, 1)
        .map((a) => (a.insurgentSpeaker ? "AF_TALIBAN" : a.id));
      if (groups.length && !NO_CLAIM.test(ctext)) {
        // "He denied that Daesh still had any presence", "the Emirate denied that TTP fighters were sheltering there":
        // a group named only inside what someone else denies is the denial's content, not its speaker
        const denial = DENIAL.exec(ctext);
        const first = actors.find((a) => a.id === groups[0]);
        const otherDenier = !!denial && !!first && s + denial.index < first.start && OTHER_DENIER.test(ctext.slice(0, denial.index)) && !GROUP_SELF.test(ctext.slice(0, denial.index));
        if (denial) {
          if (!otherDenier) deniedBy.push(...groups);
        } else if (CLAIM.test(ctext) || RELAYED_CLAIM.test(ctext)) claimBy.push(...groups);
      } else if (!groups.length && lastClaimer && !NO_CLAIM.test(ctext) && !DENIAL.test(ctext) && CLAIM_ANAPHOR.test(ctext) && (CLAIM.test(ctext) || RELAYED_CLAIM.test(ctext))) {
        // "The same statement also took credit for the killing of a cleric in Khost", "The group's statement also said its
        // members had set fire to ...": the claimant told before, named back by its statement or as "the group"
        const lastGroup = [...input.actors].reverse().find((a) => a.end <= s && (GROUP_IDS.has(a.id) || (a.insurgent && a.role !== "speaker")) && !a.category);
        if (lastGroup && (lastGroup.id === lastClaimer || (lastGroup.insurgent && lastClaimer === "AF_TALIBAN"))) claimBy.push(lastClaimer);
      }
      if (claimBy.length) lastClaimer = claimBy[0];
      const groupToll = claimBy.length > 0 && GROUP_TOLL.test(ctext);
      const blamed = claimBy.length || deniedBy.length || NO_BLAME.test(ctext) ? [] : blamedHere;
      // "attacks in Bajaur have declined since the spring", "posts come under attack almost every week": a trend, not an event
      const trend = TREND.test(ctext) && !hasOwnDay(input.dates, s, e);
      const casualties = trend ? [] : findCasualties(text, s, e, sentNumbers, sentActors);
      // a closure after an earlier event, with nobody counted: the event words are only a back-reference
      const rebuts = rebuttal(stext, ctext, casualties.length);
      const aftermath = (!trend && casualties.length === 0 && aftermathOf(stext, sent.start, s, e, input.cues)) || rebuts;
      // a funeral, trial or review of an earlier event: only the dates told after the back-reference's link are that event's
      const link = trend || aftermath ? null : reactionLink(ctext, s, inRange(input.cues, s, e), casualties);
      frames.push({
        groupToll,
        ...(groupToll ? claimSpan(ctext, s, actors.find((a) => claimBy.includes(a.id) || (a.insurgentSpeaker && claimBy.includes("AF_TALIBAN")))) : {}),
        text: ctext,
        start: s,
        end: e,
        sentence: si,
        paragraph: sent.paragraph,
        ...(itemHead && c === 0 ? { itemHead: true } : {}),
        cues: trend || aftermath ? [] : causeless(text, inRange(input.cues, s, e)),
        generic: !trend && !aftermath && hasGenericAttack(protestCause(text, inRange(input.cues, s, e)) < 0 ? ctext : text.slice(s, protestCause(text, inRange(input.cues, s, e)))),
        casualties,
        dates: link ? inRange(input.dates, s + link.start, s + link.end) : inRange(input.dates, s, e),
        places: inRange(placeSpans, s, e).map((x) => x.ref),
        actors,
        separator: cuts[c].separator,
        midSentence: cuts[c].separator && cuts[c].at > 0,
        // "127 policemen lost their lives ... last year": the period word that closes the count may sit in the clause cut off after it
        aggregate: (isAggregate(ctext) && !datedItem(input, placeSpans, s, e)) || (c + 1 < cuts.length && cuts[c + 1].background && isAggregate(stext.slice(cuts[c + 1].at, cuts[c + 1].at + 40)) && !hasOwnDay(input.dates, s, e)),
        background: background || !!link,
        ...(link ? { reaction: true } : {}),
        ...(rebuts ? { rebuttal: true } : {}),
        ...(CLAIMED_FEAT.test(ctext) && DISPUTED.test(stext) ? { disputed: true } : {}),
        // ("killing five soldiers, in the latest in a string of attacks", "one of three attacks on police over the weekend":
        // the sentence's own incident, placed in a series, is one incident)
        plural: PLURAL.test(stext) && PLURAL.test(stext.replace(SERIES_MEMBER, " ")),
        claimBy: [...new Set(claimBy)],
        deniedBy: [...new Set(deniedBy)],
        blamed: [...new Set(blamed)],
      });
    }
    // "Five soldiers were killed in Kurram and three in Bajaur on Monday in separate attacks": the sentence tells
    // its incidents one clause each, so no clause is a summary, and the day named once is every clause's
    const own = frames.slice(from).filter((f) => f.sentence === si && !f.background);
    if (own.length >= 2 && own.some((f) => f.midSentence) && own.every((f) => f.places.some((p) => p.weight === 2) && f.casualties.length > 0)) {
      const day = own.flatMap((f) => f.dates).find((d) => !d.reporting && (d.date || d.anchor === "prev"));
      for (const f of own) {
        f.plural = false;
        if (day && !f.dates.some((d) => !d.reporting)) f.dates = [...f.dates, day];
      }
    }
    // "..., a day after a jeweller was wounded in Sariab": the recalled event's day counts back from the main one
    for (let fi = from; fi < frames.length; fi++) {
      const f = frames[fi];
      if (f.sentence !== si || !f.background) continue;
      // ("..., 24 hours after Taliban fighters overran two posts": the count of hours stays in the clause before the cut)
      const h = f.dates.some((d) => !d.reporting) ? null : BACK_HOURS.exec(f.text ?? "");
      const hours = h ? /(?:^|\s)(24|48|72|twenty-four|forty-eight|seventy-two)\s*$/i.exec(text.slice(Math.max(0, f.start - 14), f.start)) : null;
      if (h && hours) {
        const n = HOURS_DAYS[hours[1].toLowerCase()];
        const at = f.start - hours[0].length + hours[0].search(/\S/);
        f.dates = [{ start: at, end: f.start + h.index + h[0].length, date: null, precision: "day", anchor: "prev", delta: /after/i.test(h[1]) ? -n : n, reporting: false }];
        continue;
      }
      const m = BACK_DAYS.exec(f.text ?? "");
      if (!m) continue;
      // (the date pass reads "a day after" as a day after the event before: here it is the recalled event's own distance back)
      const phraseEnd = f.start + m.index + m[0].length;
      // (an opener, "A day after the Bannu attack, gunmen ...", dates the main clause from the recalled one: it keeps that reading)
      const opener = f.start - sent.start <= 3;
      if (f.dates.some((d) => !d.reporting && (opener || !(d.start >= f.start && d.end <= phraseEnd)))) continue;
      const n = (NUM_WORD[m[1].toLowerCase()] ?? Number(m[1])) * (/^weeks?$/i.test(m[2]) ? 7 : 1);
      if (!Number.isFinite(n) || n <= 0) continue;
      const at = f.start + m.index + m[0].search(/\S/);
      f.dates = [{ start: at, end: f.start + m.index + m[0].length, date: null, precision: "day", anchor: "prev", delta: /after/i.test(m[3]) ? -n : n, reporting: false }];
      // "A third policeman succumbed to his wounds on Sunday, a day after militants ambushed a police van", "Funeral prayers
      // were held on Monday, two days after ...": the main clause tells only what followed (a later death, a revised toll, a
      // statement, a funeral) on a day that is not the event's; the recalled clause is the report's incident, its day
      // counted back from that one
      const main = frames.slice(from, fi).filter((x) => !x.background).pop();
      const days = main ? main.dates.filter((d) => d.date && d.anchor !== "prev") : [];
      // ("released five policemen on Sunday, two days after abducting them": a clause with no subject of its own is the main
      // subject's act, which the release story reads as a whole)
      if (main && days.length && /after/i.test(m[3]) && !/^\s+[a-z]+ing\b/.test((f.text ?? "").slice(m.index + m[0].length)) && f.cues.length > 0 && main.cues.length === 0 && (main.reaction || days.every((d) => d.reporting))) {
        f.dates = [{ ...f.dates[0], date: addDays(days[days.length - 1].date!, f.dates[0].delta), anchor: "abs", delta: 0 }];
        f.background = false;
      }
    }
    // "... the deadliest since last spring, when a roadside bomb killed five policemen", "since March, when militants
    // stormed ...": the time named just before "when" is the recalled event's
    for (let fi = from + 1; fi < frames.length; fi++) {
      const f = frames[fi];
      const prev = frames[fi - 1];
      if (f.sentence !== si || prev.sentence !== si || !f.background || !/^\s*when\b/i.test(f.text ?? "") || f.dates.some((d) => !d.reporting)) continue;
      const named = prev.dates.filter((d) => !d.reporting && d.anchor !== "prev" && (d.date || d.period) && f.start - d.end <= 30).pop();
      if (named && /^[^.;]{0,25},\s*$/.test(text.slice(named.end, f.start))) f.dates = [named];
    }
    // "A day after the Bannu attack, gunmen ambushed ...": the opener's chained day is the main clause's
    // ("On Tuesday night, a day before the blast, gunmen fired ...": the day the sentence opens with, when it names one)
    const first = frames.length > from ? from : -1;
    for (let k = Math.max(first, 0) + 1; first >= 0 && k < frames.length; k++) {
      const prev = frames[k - 1];
      const opening = k - 2 >= from && k - 2 === first && DAY_OPENER_BEFORE.test(frames[first].text ?? "") ? frames[first].dates.filter((d) => !d.reporting && d.date && d.anchor !== "prev") : [];
      if (prev.background && !frames[k].background && frames[k].dates.length === 0 && opening.length) frames[k].dates = opening;
      else if (prev.background && !frames[k].background && frames[k].dates.length === 0) {
        const chained = prev.dates.filter((d) => d.anchor === "prev");
        if (chained.length) frames[k].dates = chained;
      }
    }
  });
  // "Taken together, the hospital figures show 13 people wounded across the four incidents. The two police deaths and the
  // two militants killed in Lakki bring the number of dead to four": a sum that goes on with the statistic before it
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i];
    const prev = frames[i - 1];
    if (prev.aggregate && prev.paragraph === f.paragraph && !f.aggregate && f.cues.length === 0 && f.casualties.length > 0 && SUM_TO.test(f.text ?? "")) f.aggregate = true;
  }
  return frames;
}
const SUM_TO = /\b(?:bring|brings|take|takes|put|puts)\s+(?:the\s+)?(?:overall\s+|total\s+|combined\s+)?(?:number of (?:the )?(?:dead|deaths|killed|wounded|injured)|death toll|toll|total|tally)\s+(?:up\s+)?to\b/i;

/** True when the sentence tells a closure after an earlier event and every event cue of the clause [s, e) lies in that back-reference. */
function aftermathOf(stext: string, at: number, s: number, e: number, cues: CueMention[]): boolean {
  const m = AFTERMATH.exec(stext);
  if (!m) return false;
  const lo = at + m.index;
  const hi = lo + m[0].length;
  const here = inRange(cues, s, e);
  return here.every((c) => c.start >= lo && c.end <= hi) && !ATTACK_WORD.test(stext.slice(0, m.index) + stext.slice(m.index + m[0].length));
}
const PROTEST_SUBS = new Set(["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]);
/** What a protest is about: "against the killing of", "over the attack on", "to protest the murder of", "demanding justice for". */
const PROTEST_CAUSE = /^[^.;]{0,80}?\b(?:against|over|condemn\w*|to protest|demand\w*|for justice)\b/i;
/** Where the cause of a protest told in the frame begins (the first protest cue's cause word), or -1. */
function protestCause(text: string, cues: CueMention[]): number {
  const p = cues.find((q) => q.sub === "Peaceful protest");
  if (!p) return -1;
  const m = PROTEST_CAUSE.exec(text.slice(p.end, p.end + 120));
  return m ? p.end + m[0].length : -1;
}
/** "Hundreds protested in Bannu against the killing of four policemen in an attack on a checkpost": the attack is the protest's cause. */
function causeless(text: string, cues: CueMention[]): CueMention[] {
  const at = protestCause(text, cues);
  return at < 0 ? cues : cues.filter((q) => PROTEST_SUBS.has(q.sub) || q.start < at);
}

/** A side telling what its own men did ("said its forces had overrun", "boasted of capturing", "claimed to have killed"). */
const CLAIMED_FEAT = gated(/\b(?:said|says|claimed|boasted|announced|stated)\b[^.;]{0,40}?\b(?:its|their|our)\s+(?:forces|fighters|men|troops|mujahideen|soldiers|guards|militants|commandos|cadres)\s+(?:had\s+|have\s+)?(?:overrun|overran|captured|seized|destroyed|flattened|killed|taken|took|shot down|downed|occupied|razed)\b|\bboast(?:ed|ing|s)? of\b|\bclaim(?:ed|ing|s)? (?:to have|that (?:its|their))\b/i);
/**
 * The accused side's answer to a charge ("dismissed the charge and said its soldiers had only returned fire when shot
 * at", "called the claim false and said the troops fired back in self-defence"): how its forces say they act, no event
 * of its own and no part of the event it answers, whose type it would otherwise turn into an exchange of fire.
 */
function rebuttal(stext: string, ctext: string, counted: number): boolean {
  return counted === 0 && REBUTS.test(stext) && ONLY_ANSWERED.test(ctext);
}
const REBUTS = gated(/\b(?:den(?:ied|ies|y(?:ing)?)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)|refut(?:ed|es|ing))\b|\b(?:called|termed|described)\s+(?:it|this|that|the (?:claim|charge|accusation|allegation|report)s?)\s+(?:as\s+)?(?:baseless|false|fabricated|propaganda|untrue|unfounded|a lie|lies)\b/i);
const ONLY_ANSWERED = gated(/\b(?:(?:had |have |has )?only (?:returned fire|fired back|responded|retaliated)|(?:returned fire|fired back|responded|retaliated)\b[^.;]{0,30}?\b(?:in self-defen[cs]e|when (?:shot at|fired (?:up)?on|attacked|provoked)|after (?:being|coming under) (?:fired (?:up)?on|attacked|shot at|fire)|to (?:unprovoked|hostile) fire))/i);

/** The claim denied in the same sentence ("a claim police dismissed", "which Islamabad denied", "called the claim baseless"). */
const DISPUTED = gated(/\b(?:a|the) claim\b[^.;]{0,40}?\b(?:denied|rejected|dismissed|refuted|disputed)\b|\bwhich\s+(?:[\w'-]+\s+){0,4}?(?:denied|rejected|dismissed|refuted|disputed)\b|\b(?:called|termed|described|dismissed)\s+(?:it|this|that|the claims?|the reports?|them)\s+(?:as\s+)?(?:baseless|false|fiction|fabricated|propaganda|untrue|lies|a lie|exaggerated|fake)\b|\b(?:denied|rejected|dismissed|refuted)\s+(?:the|this|that|these|such)\s+claims?\b|\bnever fell\b/i);

/**
 * What people do after violence, not violence: funerals and burials, mourning, a court's verdict, an anniversary, a
 * security review or inquiry, compensation for the victims' families.
 */
const REACTION = gated(/\b(?:funerals?|funeral prayers|namaz-e-janaza|janaza|laid to rest|buried|burial|mourn(?:ers|ed|ing)|coffins|wreaths?|condolences?|paid (?:homage|tribute)|tributes|anniversary|commemorat\w+|remembrance|memorial|vigils?|courts?|tribunal|found (?:\w+ ){0,3}guilty|pleaded (?:not )?guilty|sentenced|convicted|acquitted|verdicts?|indicted|trial of|charge-?sheet\w*|apex committee|review(?:ed|ing)? (?:the )?(?:security|law and order)|security (?:review|meeting)|inquiry|probe (?:into|committee)|compensation|relief cheques|cheques)\b/i);
const BODIES_SUBJECT = /^\s*(?:the\s+)?(?:bodies|coffins|remains|funerals?)\s+of\s+[^.;]{3,160}?((?:were|was|have been|had been)\s+(?:later\s+|then\s+)?(?:flown|sent|handed over|taken|brought|shifted|transported|laid to rest|buried|returned|dispatched|airlifted|received))\b/i;
/** A clause opening with "as", "while", "when" that holds the reaction word and ends at a comma. */
const SCENE_BEFORE = /(?:^|[,;]\s*)(?:[\w-]+\s+){0,4}?(?:as|while|when|just as)\s+[^,.;]*$/i;
/** Where the back-reference begins after the reaction word: "of", "for", "over", "after", "who were". */
const REACTION_LINK = /\b(?:of|for|over|against|after|following|in connection with|in the case of|in memory of|who|killed|martyred|victims)\b/gi;
/** A new event told in the same clause after the reaction word ("... when gunmen opened fire on the mourners"). */
const NEW_EVENT_AFTER = /(?:\b(?:when|as|while|before|and then)\b[^.;]{0,60}?|,\s+(?:[\w-]+\s+){0,3}?)\b(?:attacked|opened fire|exploded|went off|blew (?:himself|herself|themselves) up|struck|stormed|ambushed|hurled|lobbed|detonated|fired (?:at|on|upon)|shot dead|gunned down)\b/i;

/**
 * The back-reference of a reaction clause ("Mourners attended the funeral on Monday of three policemen who were martyred in
 * Sunday's attack ..."): from its link word to a little past its last event or casualty word, relative to the clause; null
 * when the clause tells violence of its own (an event or casualty word before the reaction word, or a new event after it).
 */
function reactionLink(ctext: string, s: number, cues: CueMention[], casualties: CasualtyStatement[]): { start: number; end: number } | null {
  if (cues.length === 0 && casualties.length === 0) return null;
  // "The bodies of the five labourers killed in Kech were flown to their hometowns": the dead of an earlier event as the subject
  const b = BODIES_SUBJECT.exec(ctext);
  if (b && !NEW_EVENT_AFTER.test(ctext.slice(b.index + b[0].length))) return { start: b.index + b[0].indexOf(" of ") + 1, end: b.index + b[0].length - b[1].length };
  const m = REACTION.exec(ctext);
  if (!m) return null;
  const at = m.index;
  if (cues.some((q) => q.start - s < at + m[0].length) || casualties.some((x) => x.start - s < at)) return null;
  if (hasGenericAttack(ctext.slice(0, at)) || NEW_EVENT_AFTER.test(ctext.slice(at))) return null;
  // "As mourners gathered for the funerals, a device planted beside the road exploded": the reaction is the scene of a
  // new event told in the main clause after it
  if (SCENE_BEFORE.test(ctext.slice(0, at))) {
    const comma = ctext.indexOf(",", at);
    if (comma > 0 && cues.some((q) => q.start - s > comma)) return null;
  }
  // (an anniversary's event is a year or more back: no day the clause names is its own)
  if (/^(?:anniversary|commemorat|remembrance|memorial)/i.test(m[0])) return { start: ctext.length, end: ctext.length };
  REACTION_LINK.lastIndex = at + m[0].length;
  const k = REACTION_LINK.exec(ctext);
  const last = Math.max(...cues.map((q) => q.end - s), ...casualties.map((x) => x.end - s));
  const start = k ? k.index : at + m[0].length;
  // ("... martyred in an attack in Bannu last week were offered on Tuesday": the reaction's own day comes after)
  return { start, end: Math.max(start, Math.min(ctext.length, last + 40)) };
}

/** Violence the closure sentence tells besides its back-reference: then it is an event after all. */
const ATTACK_WORD = /\b(?:attacked|ambushed|stormed|opened fire|killed|killing|wounded|injured|martyred|exploded|went off)\b/i;
