import { addDays, type DateMention } from "./04-dates.js";
import type { Frame, PlaceRef } from "./08-frames.js";
import type { CasualtyStatement } from "./07-casualties.js";

/**
 * Pass 09: incident assembly across sentences. Event frames join the current incident unless they open a
 * separate one: a separator ("in a separate incident"), a different place (another district, or another
 * town in the same district when the frame has its own attack), or a different event day. Frames without
 * an event (reactions, claims, context) attach to the incident before them. Chained dates ("two days
 * later") resolve against the previous incident's day. A lead that only summarises several incidents lends
 * them nothing.
 */
export interface Cluster {
  frames: Frame[];
  /** Frames without an event that follow this incident (claims, reactions). */
  context: Frame[];
  place: PlaceRef | null;
  date: string | null;
  dateMention: DateMention | null;
  datePrecision: "day" | "week" | "month" | "year";
  background: boolean;
  /** Casualty statements of this incident when they are not simply those of its frames (after a split). */
  casualties?: CasualtyStatement[];
  /** The two states' forces fighting along the border at many points at once: one incident of the country, no province. */
  fronts?: boolean;
  /** Its day is the one of the incident told before it (a roundup's item, "then shelled ..."), not named in its own sentences. */
  carried?: boolean;
}

export interface AssembleOptions {
  published: string | null;
}

const DAY = 86400000;
/** A sentence that opens with its own place or time ("In Wana, ...", "Late on Tuesday night, ..."). */
const OPENER = /^\s*(?:in|at|near|late|early|on|meanwhile|elsewhere|separately|later)\b[^,.;]{0,60},/i;
/**
 * A sentence that opens by placing its event in time against the one told before ("Hours earlier, ...", "About an hour
 * later, ...", "The same night, ...", "Earlier on Saturday, ...", "Shortly before that, ..."): news language's way of
 * moving to the next item of a sequence, not of going on with the item told.
 */
const TIME_SHIFT_OPENER = /^\s*(?:(?:about|around|some|nearly|roughly|barely|just|only)\s+)?(?:(?:an?|one|two|three|four|five|six|several|a few|\d{1,2})\s+(?:hours?|minutes?)\s+(?:earlier|later|before|after(?:wards)?)|hours?\s+(?:earlier|later|before|after(?:wards)?)|minutes\s+(?:earlier|later)|(?:earlier|later)\s+(?:on|that|in|the same)\b[^,.;]{0,30}|earlier|the same (?:night|day|evening|morning|afternoon)|that (?:same )?(?:night|evening|morning|afternoon)|shortly (?:before|after)(?:wards| that)?|soon after(?:wards)?|the (?:previous|preceding) (?:night|evening|morning|afternoon))\s*,/i;
/** A cue that refers back to an incident already told ("the shelling", "Monday's attack"). */
// (not a verb told after the group's men: "its members had set fire to", "their fighters then blew up")
// (nor a verb told after the ones who did it: "the same group fired rockets at", "the attackers stormed": a subject, not a
// noun the cue completes)
export const DEFINITE = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[A-Z][a-z]+day's)\s+(?:(?!(?:had|has|have|was|were|is|are|would|will|then|also|later|had\s+also)\s)[\w-]+\s+){0,2}(?<!\b(?:group|gang|band|men|attackers|assailants|gunmen|militants|terrorists|khawarij|insurgents|fighters|raiders|troops|soldiers|forces|policemen|bombers?|killers|culprits|squad|cell|outfit|rebels|separatists)\s+)$/;
/** A sentence whose subject is the event already told ("The operation targeted ...", "This attack also ..."). */
const DEFINITE_SUBJECT = /^\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:operation|raid|attack|assault|blast|explosion|bombing|ambush|strike|shelling|firing|clash|fighting|encounter|incident|shootout|gunfight)\b/;
const POSSESSIVE_EVENT_DAY = /^[\w ]*?day's\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|blast|explosion|bombing|ambush|strike|shelling|firing|clash|fighting|encounter|incident|shootout|raid|killings?|massacre)\b/i;
/** A finite attack verb: with its own place, a sentence using it opens an incident even without a cue word. */
const ATTACK_VERB = /\b(?:attacked|targeted|stormed|ambushed|raided|opened fire|fired (?:at|on|upon)|shelled|bombed|besieged|overran)\b/i;

/** A week told only as the one after or before ("the following week"): no day of its own. */
const VAGUE_WEEK = /^the\s+(?:following|next|previous|preceding)\s+week$/i;

/** An event told as still going on ("the operation was still under way"). */
const ONGOING = /\b(?:still (?:under ?way|going on|continuing|in progress|ongoing|on)|(?:was|were|is|are) (?:continuing|ongoing|under ?way|in progress)|(?:continued|went on|dragged on) (?:into|until|till|through|for)|remained under ?way)\b/i;

/** A spokesman's own side told as the ones who acted: "the ministry said its forces attacked several posts in Kurram". */
const OWN_SIDE_ACTED = /\b(?:its|their|our)\s+(?:forces|troops|fighters|soldiers|men|guards|border (?:forces|guards)|mujahideen)\s+(?:had\s+|have\s+|also\s+|then\s+)?(?:attacked|targeted|stormed|struck|shelled|raided|ambushed|fired|opened fire|hit|overran|bombed)\b/i;

function isEvent(f: Frame): boolean {
  return f.cues.length > 0 || f.casualties.length > 0 || (f.generic && f.places.some((p) => p.weight === 2) && (f.actors.some((a) => a.role !== "speaker") || OWN_SIDE_ACTED.test(f.text ?? "")));
}

/** True when the frame describes an attack of its own, not only a toll. */
function hasOwnAttack(f: Frame): boolean {
  return f.cues.length > 0 || f.generic;
}

const NEAR_EVENT = /\b(?:near|outside|area of|areas? of|struck|hit|attacked|targeted|ambushed|outskirts of|vicinity of|stormed|bombed|in the \w+ (?:area|tehsil|village) of)\s+(?:the\s+)?$/i;

/** The event told before, by its definite noun, said to have happened somewhere: "the attack took place in", "the blast occurred near". */
const PLACED_AGAIN = /\b(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attack|assault|ambush|blast|explosion|bombing|clash(?:es)?|fighting|raid|strike|incident|shooting|firing|encounter)\s+(?:had\s+)?(?:took place|happened|occurred|was carried out|unfolded)\s+(?:in|at|near|on)\b/i;
/** How much a place says where the incident was: weight, specificity, and "near X"/"struck X" wording. */
function placeScore(p: PlaceRef, text: string | null): number {
  let s = (p.res.adm2 ? 2 : p.res.adm1 ? 1 : 0) + (p.local ? 1 : 0) - (p.road ? 2 : 0);
  if (text && NEAR_EVENT.test(text.slice(Math.max(0, p.mention.start - 30), p.mention.start))) s += 2;
  return s;
}

/** The best location in a frame: strongest weight, then the best score, then the first. */
export function bestPlace(places: PlaceRef[], minWeight = 2, text: string | null = null): PlaceRef | null {
  let best: PlaceRef | null = null;
  let bestScore = -1;
  for (const p of places) {
    if (p.weight < minWeight) continue;
    if (p.res.country == null) continue;
    const sc = placeScore(p, text);
    if (!best || sc > bestScore) {
      best = p;
      bestScore = sc;
    }
  }
  return best;
}

/**
 * A lead listing events in three or more districts, one of them with the dead ("blowing up a pipeline in Dera Bugti, torching
 * a tower in Panjgur and machinery near Pasni, and attacking a Levies post in Kalat district where two personnel lost their
 * lives"): the incident with the dead is where the place named just before them is (each place told as where something
 * happened, "in", "near", "at"; not where people came from).
 */
function listedPlace(f: Frame, text: string | null): PlaceRef | null {
  if (!text || f.paragraph > 0) return null;
  const ps = f.places.filter((p) => p.weight === 2 && p.res.country && p.res.adm2 && /\b(?:in|near|at|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, p.mention.start - 30), p.mention.start)));
  if (new Set(ps.map((p) => p.res.adm2)).size < 3) return null;
  const dead = f.casualties.find((x) => x.value !== null && x.value > 0 && !x.toll);
  if (!dead) return null;
  const before = ps.filter((p) => p.mention.end <= dead.start && dead.start - p.mention.end <= 60 && !/[;.]/.test(text.slice(p.mention.end, dead.start))).pop();
  return before && /^\s*(?:district\s*)?,?\s*(?:where|in which|killing|leaving)\b/i.test(text.slice(before.mention.end, dead.start)) ? before : null;
}

function compatible(a: PlaceRef, b: PlaceRef): boolean {
  if (a.res.country !== b.res.country) return false;
  if (a.res.adm1 && b.res.adm1 && a.res.adm1 !== b.res.adm1) return false;
  if (a.res.adm2 && b.res.adm2 && a.res.adm2 !== b.res.adm2) return false;
  return true;
}

function sameLocal(a: PlaceRef, b: PlaceRef): boolean {
  if (!a.local || !b.local) return true;
  const x = a.mention.text.toLowerCase();
  const y = b.mention.text.toLowerCase();
  return x === y || x.includes(y) || y.includes(x) || a.res.place === b.res.place;
}

/** The event day a frame names (not a reporting date), resolving chains against `prev`. */
/** A possessive day naming an event ("Sunday's grenade attack") in a frame that also names a plain day of its own. */
function recalledDay(f: Frame): DateMention | null {
  if (!f.text || f.dates.length < 2) return null;
  const plain = f.dates.filter((d) => !d.reporting && d.date && !/'s$/.test(f.text!.slice(d.start - f.start, d.end - f.start)));
  if (!plain.length) return null;
  for (const d of f.dates) {
    if (d.reporting || !d.date || plain.includes(d)) continue;
    if (POSSESSIVE_EVENT_DAY.test(f.text.slice(d.start - f.start, d.end - f.start + 40)) && plain.some((p) => p.date !== d.date)) return d;
  }
  return relativeRecall(f)?.day ?? null;
}

/** "who had been kidnapped ... on October 27", "who was shot dead by gunmen ... on Sunday evening": an earlier event told in a relative clause. */
const RELATIVE_EVENT = /\b(?:who|whom|which|that)\s+(?:had\s+been|has\s+been|have\s+been|was|were|had)\s+/gi;
/**
 * The earlier event a relative clause tells, with a day of its own, after the main clause's own earlier-named later day
 * ("Police on Wednesday recovered two engineers who had been kidnapped near Pezu on October 27", "blocked the road with
 * the body of a merchant who was shot dead outside his shop on Sunday evening"): the clause's span and day, or null.
 */
function relativeRecall(f: Frame): { start: number; day: DateMention } | null {
  const t = f.text;
  if (!t || f.dates.length < 2 || !t.includes("wh") && !t.includes("that")) return null;
  const days = f.dates.filter((d) => !d.reporting && d.date && d.anchor !== "prev");
  for (let k = 1; k < days.length; k++) {
    const d = days[k];
    const main = days[0];
    if (!(d.date! < main.date!)) continue;
    const from = Math.max(main.end, d.start - 110) - f.start;
    RELATIVE_EVENT.lastIndex = from;
    let m: RegExpExecArray | null;
    let rel = -1;
    while ((m = RELATIVE_EVENT.exec(t)) !== null && m.index < d.start - f.start) rel = m.index;
    if (rel < 0) continue;
    const span = t.slice(rel, d.start - f.start);
    if (/[;:]|,\s+(?:and|but|while|before|after)\b|\.\s/.test(span)) continue;
    const s = f.start + rel;
    if (!f.cues.some((q) => q.start >= s && q.end <= d.start)) continue;
    return { start: s, day: d };
  }
  return null;
}

/**
 * "The gate stayed shut on Thursday after the two forces traded fire", "Shops kept their shutters down on Tuesday after two
 * attacks": the day of what followed the violence, told before "after" with no event or count before it, is not the
 * violence's day.
 */
function consequenceDay(f: Frame, d: DateMention): boolean {
  if (!f.text || d.anchor === "prev") return false;
  const after = f.text.slice(d.end - f.start, d.end - f.start + 24);
  if (!/^\s+(?:after|following|in the wake of)\s/i.test(after)) return false;
  if (!/\S/.test(f.text.slice(0, d.start - f.start).replace(/^[\p{Lu}\s,/.-]{2,40}(?:-|:|\u2014)\s*/u, ""))) return false;
  const before = f.text.slice(0, d.start - f.start);
  return !f.cues.some((q) => q.start < d.start) && !f.casualties.some((x) => x.start < d.start) && !ATTACK_VERB.test(before) && !CROWD_ACT.test(before);
}
/** What a crowd or armed men did, not a state that followed: "burned tyres and pelted a police van with stones on Sunday after ...". */
const CROWD_ACT = /\b(?:burn(?:ed|t)|torched|set (?:fire|ablaze)|set [\w'-]+(?: [\w'-]+){0,3} (?:on fire|ablaze)|pelted|hurled|threw|ransacked|looted|vandali[sz]ed|smashed|lynched|beat up|blew up|abducted|kidnapped|seized|captured|clashed|exchanged fire)\b/i;

/** What is done for the dead after an attack: their funeral, burial, the handing over of their bodies. */
const AFTERMATH_BEFORE = /\b(?:funeral(?:\s+prayers?)?|namaz-e-janaza|janaza|buried|laid to rest|burial|(?:bodies|remains)\b[^.;]{0,80}\b(?:handed over|returned|shifted|flown|taken home))\b[^.;]{0,60}$/i;
/**
 * "Funeral prayers were offered on Monday for four policemen martyred when militants stormed a post late last night",
 * "The bodies ... were handed over on Sunday, two days after the attack late on Friday": the first day is the
 * funeral's or the handover's; the day told after the event word is the event's.
 */
function aftermathDay(f: Frame, d: DateMention): boolean {
  if (!f.text || d.anchor === "prev") return false;
  if (!AFTERMATH_BEFORE.test(f.text.slice(0, d.start - f.start))) return false;
  if (f.cues.some((q) => q.start < d.start)) return false;
  return f.dates.some((x) => x !== d && x.start >= d.end && !x.reporting && !!x.date && x.date < (d.date ?? "") &&
    (f.cues.some((q) => q.start >= d.end && q.start < x.start) || f.casualties.some((c) => c.start >= d.end && c.start < x.start)));
}
const SINCE_BEFORE = /\b(?:since|than|compared (?:with|to))\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:in\s+|of\s+)?$/i;
function frameDate(f: Frame, prev: string | null): { date: string | null; mention: DateMention | null; precision: Cluster["datePrecision"] } | null {
  // "attended the funeral on Monday of the four policemen martyred in Saturday's attack": with no event word of its
  // own, the sentence's event is the one its possessive day names
  // (its only event word being the one the possessive names: "killed in Sunday's ambush")
  if (f.casualties.length > 0 && f.text && f.dates.length > 1) {
    for (const d of f.dates) {
      if (d.reporting || !d.date) continue;
      const t = f.text.slice(d.start - f.start, d.end - f.start + 40);
      if (POSSESSIVE_EVENT_DAY.test(t) && f.cues.every((q) => q.start >= d.end && q.start <= d.end + 40)) return { date: d.date, mention: d, precision: "day" };
    }
  }
  let period: DateMention | null = null;
  // "Three suspects wanted for Sunday's grenade attack were killed in a raid on Monday night": the possessive day names
  // the other event; the frame's own is the day told plainly
  const recalled = recalledDay(f);
  for (const d of f.dates) {
    if (d.reporting || d === recalled || consequenceDay(f, d) || aftermathDay(f, d)) continue;
    if (d.anchor === "prev") {
      // "Two days later, on Tuesday, ...": the day named outright after the chain says which day it was
      const named = f.text ? f.dates.find((x) => x.start >= d.end && x.anchor !== "prev" && x.date && !x.reporting && /^\s*,?\s*(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i.test(f.text!.slice(d.end - f.start, x.start - f.start))) : undefined;
      if (named) return { date: named.date, mention: named, precision: "day" };
      if (prev) return { date: addDays(prev, d.delta), mention: d, precision: "day" };
      continue;
    }
    if (d.date) return { date: d.date, mention: d, precision: "day" };
    // ("Earlier this month, on the 17th, ...", "In the first week of November, on a Tuesday, ...": the day named in the month says more)
    if (d.period && d.precision === "month" && f.dates.some((x) => x.start > d.start && !x.reporting && x.date && x.anchor !== "prev" && x.date.startsWith(d.period!))) continue;
    // ("The fighting, the fiercest since the clashes of October 2025, began on Saturday": the period of a comparison is
    // not the event's; the day told after it is)
    if (d.period && f.text && SINCE_BEFORE.test(f.text.slice(Math.max(0, d.start - f.start - 40), d.start - f.start)) && f.dates.some((x) => x.start > d.start && !x.reporting && x.date && x.anchor !== "prev")) continue;
    // ("twice this week, on Saturday and Monday": the days named say more than the week)
    if (d.period && !period) {
      if (d.precision !== "week") return { date: null, mention: d, precision: d.precision };
      period = d;
    }
  }
  return period ? { date: null, mention: period, precision: period.precision } : null;
}

/** Armed actors: the forces of either state, and armed groups. */
const ARMED = /^(?:PK_(?:ARMY|FC|SECURITY|POLICE|CONSTABULARY)|AF_(?:TALIBAN|FORMER_GOV)|MILITANTS|TTP|JUA|HGB|LI|ISKP|AQ|LEJ|BLA|BLF|BALOCH_OTHER)$/;
const AF_SIDE = /^AF_(?:TALIBAN|FORMER_GOV|GOV)$/;
const PK_SIDE = /^PK_(?:ARMY|FC|SECURITY|POLICE|CONSTABULARY|GOV)$/;
const EXCHANGE = /\bexchange(?:d|s)? (?:of )?(?:heavy )?fire\b|\btrad(?:e|ed|ing) (?:heavy )?fire\b|\bclash(?:ed|es)?\b|\bfighting\b|\bfirefight|\bskirmish/i;

/** The incident so far is the two states' forces fighting each other, and the frame speaks of the other side. */
function crossBorder(c: Cluster, f: Frame): boolean {
  const actors = [...c.frames, f].flatMap((x) => x.actors);
  return actors.some((a) => AF_SIDE.test(a.id)) && actors.some((a) => PK_SIDE.test(a.id)) && c.frames.some((x) => EXCHANGE.test(x.text ?? "") || x.cues.some((q) => q.sub === "Armed clash" || q.sub === "Shelling/artillery/missile attack"));
}

const ALONG_BORDER = /\b(?:along|across)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:border|frontier|durand line)\b|\b(?:several|multiple|various|many|different|numerous)\s+(?:points|places|locations|sectors|fronts|stretches|areas|posts)\b/i;
/** A toll told for every front at once: "in the fighting across all sectors", "along the whole border", "on all fronts". */
const ALL_FRONTS = /\b(?:across|in|on|along)\s+(?:all|every|the whole|the entire)\s+(?:the\s+)?(?:sectors?|fronts?|border|frontier|points)\b/i;
const PK_WORD = /\b(?:Pakistani|Pakistan's|Pakistan)\b/;
const AF_WORD = /\b(?:Afghan|Afghanistan's|Taliban|Emirate)\b/;
const FIGHT_WORD = /\b(?:clash\w*|fought|fighting|exchang\w+ (?:of )?fire|traded fire|firing|fired|skirmish\w*|battl\w+|attack\w*|shell\w*)\b/i;
const twoStates = (t: string): boolean => PK_WORD.test(t) && AF_WORD.test(t) && FIGHT_WORD.test(t);
/** The first frame tells the two states' forces fighting, along the border, at three or more places in two or more provinces. */
function multiFront(c: Cluster): boolean {
  const f = c.frames[0];
  if (!f || !(twoStates(f.text ?? "") || crossBorder(c, f))) return false;
  // (air strikes on several provinces are told strike by strike: each where it hit)
  if (c.frames.some((x) => x.cues.some((q) => q.sub === "Air/drone strike"))) return false;
  // ("from Kurram and Bajaur to Zhob": the span of the fronts counts too)
  // (not the capitals where statements come from: "KABUL/ISLAMABAD —" in a line of its own)
  const named = f.places.filter((p) => p.weight >= 1 && p.res.adm1 && !/^(?:kabul|islamabad|rawalpindi)$/i.test(p.mention.text));
  const adm = new Set(named.map((p) => `${p.res.country}|${p.res.adm1}|${p.res.adm2 ?? ""}`));
  const prov = new Set(named.map((p) => `${p.res.country}|${p.res.adm1}`));
  return adm.size >= 3 && (prov.size >= 3 || (prov.size >= 2 && ALONG_BORDER.test(f.text ?? "")));
}

const PROTEST_SUBS = new Set(["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]);
/** What the frames tell: a protest only, violence (any other cue), or neither. */
function kindOf(fs: Frame[]): "protest" | "violence" | "none" {
  let protest = false;
  for (const f of fs) for (const q of f.cues) {
    if (!PROTEST_SUBS.has(q.sub)) return "violence";
    protest = true;
  }
  return protest ? "protest" : "none";
}

/**
 * Security forces' follow-up of an attack ("began a search operation", "cordoned off the area and launched a
 * clearance operation", "raided houses"): with nobody killed or hurt it is no incident of its own.
 */
const FOLLOW_UP_CUE = /^(?:(?:search|clearance|combing|cordon[- ]and[- ]search|sanitisation|sanitization|security|military|joint|targeted|ground|counter[- ]?terrorism|intelligence[- ]based) operations?|operations? against|raids?|ibos?|arrest(?:ed|ing)|detained|apprehended|taken into custody|nabbed|rounded up)$/i;
/** Deaths a protest is about, told right before the count: "against the killing of", "the bodies of". */
const CAUSE_OF = /(?:\b(?:against|over|condemn\w*|protest(?:ing|ed)?|for justice for|demand(?:ing|ed)? justice for|mourn(?:ing)?)\s+(?:the\s+)?(?:(?:recent|alleged|brutal|targeted|cold-blooded|extrajudicial|mysterious|latest)\s+)*(?:killings?|murders?|deaths?|assassinations?|martyrdom|shooting)\s+of\s+(?:the\s+)?|\b(?:bodies|body|coffins?|corpses?)\s+of\s+(?:the\s+)?)$/i;
/** The same told with the count's own words ("against | the killing of two youths"). */
const CAUSE_BEFORE = /\b(?:against|over|condemn\w*|protest(?:ing|ed)?|for justice for|demand(?:ing|ed)? justice for|mourn(?:ing)?)\s+(?:the\s+)?(?:(?:recent|alleged|brutal|targeted|cold-blooded|extrajudicial|mysterious|latest)\s+)*$/i;
const CAUSE_NOUN = /^(?:killings?|murders?|deaths?|assassinations?|martyrdom|shooting)\s+of\b/i;
const PROTEST_CAUSE = /\b(?:against|over|condemn\w*|protest\w*|demand\w*|after|following|for justice)\b/i;
/** A sentence that moves the story on in time ("By evening, ...", "The day after the ambush, ..."). */
const LATER_OPENER = /^\s*(?:by (?:evening|nightfall|night|the (?:next|following) (?:day|morning))|later|the (?:next|following) (?:day|morning|evening)|the day after|a day after|hours? (?:later|after))\b/i;

const REPEAT_WORD = /\b(?:again|twice|both|two (?:separate )?(?:attacks|occasions|days))\b/i;
const REPEAT_JOIN = /^\s*,?\s*(?:and|then|,)\s+(?:then\s+)?(?:again\s+|once more\s+)?(?:(?:late |early )?on\s+|the following\s+)?$/i;
const SECOND_ONE = /^[^.;]{0,25}?\b(?:in|during) the (?:second|latter|later|last) (?:one|attack|assault|incident|strike|bombing|blast|raid|ambush|time)\b/i;
const SPAN_WORDS = /\b(?:between|from|until|till|through|continued|lasted|went on|dragged on|overnight)\b/i;
/** The second event day of a frame that tells the same attack twice ("on Sunday and again on Monday"), or null. */
function repeatDay(f: Frame, text: string | null, first: string): DateMention | null {
  const t = f.text ?? "";
  if (!text || !REPEAT_WORD.test(t) || SPAN_WORDS.test(t)) return null;
  const days = f.dates.filter((d) => !d.reporting && d.date);
  for (let k = 1; k < days.length; k++) {
    const a = days[k - 1];
    const b = days[k];
    if (a.date !== first || !b.date || b.date === first) continue;
    const between = text.slice(a.end, b.start);
    if (!REPEAT_JOIN.test(between)) continue;
    // "again" between the days, or "twice"/"both" told in the clause
    if (/\bagain\b|\bonce more\b/i.test(between) || /\b(?:twice|both|two (?:separate )?(?:attacks|occasions|days))\b/i.test(t)) return b;
  }
  return null;
}

/** The frame opens with its day ("On Monday, ...", "Late on Sunday, ...") or tells of an attack on that day. */
const DAY_OPENER = /^\s*(?:(?:late|early)\s+)?(?:on\s+)?(?:the\s+)?(?:(?:late|early)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * The incident told before (the one open excepted) whose day this frame names as its own, at a place that does not
 * contradict it: the story goes back to that incident. Only a day named outright counts ("on Saturday evening"),
 * not a reporting day; a frame without an event of its own must open with the day or speak of an attack.
 */
function dayOwner(f: Frame, cur: Cluster, clusters: Cluster[], background: Cluster[], frames: Frame[], text: string | null): Cluster | null {
  if (!cur.date || f.background || f.aggregate) return null;
  // (not the day of an event the frame only names, "responded to Friday's bombing with a strike on Saturday morning")
  const recalled = recalledDay(f);
  const d = f.dates.find((x) => !x.reporting && x.date && x.anchor !== "prev" && x !== recalled);
  if (!d || d.date === cur.date) return null;
  if (!isEvent(f) && !f.generic && !DAY_OPENER.test(f.text ?? "")) return null;
  let place = bestPlace(f.places, 2, text);
  // (a village the gazetteer puts in a district the report names nowhere else is a same-name place: it decides nothing)
  if (place && place.local && !frames.some((g) => g !== f && g.places.some((p) => p.res.adm2 === place!.res.adm2))) place = null;
  for (const c of [...clusters, ...background]) {
    if (c === cur || c.date !== d.date || !c.place) continue;
    if (place && !compatible(place, c.place)) continue;
    if (!compatible(c.place, cur.place ?? c.place)) continue;
    return c;
  }
  return null;
}

/** The incident the lead paragraph told, in its own clause, at the district of `f`'s place, when `f` names no day. */
function leadOwner(f: Frame, cur: Cluster, clusters: Cluster[], text: string | null): Cluster | null {
  if (f.dates.some((d) => !d.reporting && d.anchor === "prev")) return null;
  const place = bestPlace(f.places, 2, text);
  if (!place?.res.adm2 || (cur.place && compatible(place, cur.place))) return null;
  // (its day, if it names one, is that incident's: "In Dera Ismail Khan, the worker was shot ... on Monday afternoon")
  const days = f.dates.filter((d) => !d.reporting && d.date).map((d) => d.date);
  const lead = clusters.filter((c) => c !== cur && !c.background && c.place?.res.adm2 === place.res.adm2 && c.frames.length > 0 && c.frames.every((x) => x.paragraph === 0) && days.every((d) => d === c.date));
  return lead.length === 1 && clusters.some((c) => c.frames.some((x) => x.paragraph === 0 && x.midSentence)) ? lead[0] : null;
}

/** The speaker's day a frame opens with ("On Sunday, police said ..."), when it names no event day of its own. */
function spokeOpening(f: Frame): DateMention | null {
  if (!f.text || f.dates.some((d) => !d.reporting)) return null;
  const d = f.dates[0];
  if (!d || !d.date || d.anchor === "prev") return null;
  const before = f.text.slice(0, d.start - f.start);
  return /^\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(before) ? d : null;
}

/** A short line of its own without a closing stop ("Monday: Suicide attack in Quetta", "Friday - Grenade in Bara"). */
function isHeading(f: Frame): boolean {
  const t = (f.text ?? "").trim();
  return t.length > 0 && t.length <= 90 && !/[.!?;:,"'\u201d\u2019)]$/.test(t) && !/\n/.test(t);
}

/** A follow-up told as such: the suspects of, wanted for, in connection with the incident before. */
/** Only the opening words before the day that opens a sentence ("Early on Monday, ...", "Two days later, ..."). */
const DAY_FIRST = /^\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i;
const THINGS_HAD_BEEN_SEIZED = /\b(?:explosives?|weapons?|arms|ammunition|motorbikes?|motorcycles?|vehicles?|cars?|rifles?|pistols?|grenades?|detonators?|vests?|drugs?|cash|documents?)\b[^.;]{0,40}\bhad been seized\b/i;
/** The forces' own move on a place: "raided a house", "conducted a raid on a compound". */
const OWN_RAID = /\b(?:raided|conducted a raid on|stormed)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?(?:house|compound|hideout|den|shop|flat|apartment|home|building)\b/i;
const FOLLOW_UP_REF = /\b(?:suspects?|in connection with|wanted (?:for|in)|involved in|linked to|behind the|responsible for|accused of|perpetrators?|facilitators?|masterminds?|planners?)\b/i;

/** A count told with no day and no district of its own, which goes on with a statistic or a review's figures. */
function statisticOf(f: Frame, cur: Cluster | null, statParagraph: number, text: string | null): boolean {
  if (f.casualties.length === 0 || f.separator) return false;
  if (f.dates.some((d) => !d.reporting && (d.date || d.anchor === "prev"))) return false;
  if (f.places.some((p) => p.weight === 2 && p.res.adm2 && !f.plural)) return false;
  const big = f.casualties.some((x) => (x.value ?? 0) >= 50 && !x.toll && !x.subset);
  // (a big count with no act of its own is a tally, whatever precedes it: "police lost 158 officers and men to attacks")
  // (told of a province or of several districts at once: a single incident's toll told apart, "More than 200 were
  // injured", names no place)
  const wide = f.places.some((p) => p.weight === 2 && !p.res.adm2) || (f.plural && new Set(f.places.filter((p) => p.weight === 2 && p.res.adm2).map((p) => p.res.adm2)).size >= 2);
  if (big && wide && f.cues.length === 0) return true;
  if (statParagraph < 0) return false;
  // ... and any count right after a statistic, in its paragraph, or before the review's first item
  return f.paragraph === statParagraph || (!cur && f.cues.every((q) => !text || /\b(?:fighting|operations?)\b/i.test(text.slice(q.start, q.end))));
}

function hasOwnCues(f: Frame): boolean {
  return f.cues.length > 0;
}

/** The period the report is about ("came under fire again this week", "this month"), not an older one recalled. */
function currentPeriod(d: DateMention, text: string | null): boolean {
  return !!d.period && /^this\b/i.test((text ?? "").slice(d.start, d.end));
}

/**
 * "Troops conducted an operation in the Shewa area on Monday. Two terrorists were killed.": the sentence just before, in the
 * same paragraph, that puts armed men or the forces at a place on a day with no violence word of its own, sets the scene of
 * the count told next with neither place nor day; the two sentences tell one incident (an official statement's usual
 * two-liner), not a figure that goes on with a statistic told before.
 */
function sceneSetter(prior: Frame | null, f: Frame, text: string | null): Frame | null {
  if (!prior || prior.paragraph !== f.paragraph || prior.sentence + 1 !== f.sentence || f.casualties.length === 0) return null;
  if (isEvent(prior) || prior.background || prior.aggregate || prior.claimBy.length > 0) return null;
  if (f.places.length > 0 || f.dates.some((d) => !d.reporting && (d.date || d.anchor === "prev"))) return null;
  if (!bestPlace(prior.places, 2, text) || !prior.dates.some((d) => !d.reporting && d.date)) return null;
  return prior.actors.some((a) => a.role !== "speaker" && ARMED.test(a.id)) ? prior : null;
}

/** The frame counts dead of its own (not a toll revised, nor a part of a count told). */
function ownDead(f: Frame): boolean {
  return f.casualties.some((x) => x.kind === "killed" && !x.toll && !x.subset && (x.value ?? 0) > 0);
}

/** Right after a count: it sums several incidents ("killed in all", "wounded in total", "dead altogether"). */
const SUMMED_AFTER = /^\s*(?:(?:were|was|had been|have been)\s+)?(?:[\w-]+\s+)?(?:in all|in total|altogether|all told|combined)\b/i;

function newCluster(f: Frame): Cluster {
  return { frames: [f], context: [], place: null, date: null, dateMention: null, datePrecision: "day", background: f.background };
}

/** An incident that the sentence `intro` (the forces, a place, a day) opens and `f` (its fighting) goes on with. */
function openedBy(intro: Frame, f: Frame, place: PlaceRef | null, mention: DateMention | null, date: string): Cluster {
  return { ...newCluster(intro), frames: [intro, f], place, date, dateMention: mention };
}

/** The day a sentence names just before `f`, in its paragraph, telling no event, count or claim of its own. */
function clockSet(prior: Frame | null, f: Frame): string | null {
  if (!prior || prior.paragraph !== f.paragraph || prior.sentence === f.sentence || prior.background || prior.aggregate || prior.cues.length || prior.casualties.length || prior.claimBy.length) return null;
  return prior.dates.find((d) => !d.reporting && d.date && d.anchor !== "prev")?.date ?? null;
}

/** Groups frames into incidents. */
export function assemble(frames: Frame[], opts: AssembleOptions, text: string | null = null): Cluster[] {
  const clusters: Cluster[] = [];
  const background: Cluster[] = [];
  let cur: Cluster | null = null;
  let lastDate: string | null = null;
  /** The last event day named anywhere before (a roadup's lead: "in separate incidents on Sunday"). */
  let lastSeen: string | null = null;
  /** The last day named in any sentence before (a closure, talks): "the same night", "that very evening" count from it when no incident came first. */
  let lastMentioned: string | null = null;
  let prevFrame: Frame | null = null;
  /** The paragraph of the last statistic told ("The institute counted 71 attacks during the month"). */
  let statParagraph = -1;
  const perParagraph = new Map<number, number>();
  for (const f of frames) perParagraph.set(f.paragraph, (perParagraph.get(f.paragraph) ?? 0) + 1);
  for (const f of frames) {
    // "Tuesday: Police station attacked in Bannu": a wrap-up's heading over the paragraph that tells the item; it
    // tells nothing the paragraph does not
    if (perParagraph.get(f.paragraph) === 1 && isHeading(f) && frames.some((g) => g.paragraph === f.paragraph + 1)) continue;
    // "During the night of 18 June, in another engagement near Spinwam, three were killed": the day that opens the sentence
    // before its separator is the separated item's own
    if (f.midSentence && f.dates.length === 0 && prevFrame && prevFrame.sentence === f.sentence && prevFrame.cues.length === 0 && prevFrame.casualties.length === 0 && prevFrame.places.length === 0 && prevFrame.dates.some((d) => !d.reporting && d.date))
      f.dates = prevFrame.dates.filter((d) => !d.reporting);
    if (prevFrame) for (const d of prevFrame.dates) if (!d.reporting && d.date && d.anchor !== "prev") lastMentioned = d.date;
    const prior = prevFrame;
    prevFrame = f;
    // claims and denials without a toll or a day speak about an incident; they do not describe one
    if ((f.claimBy.length || f.deniedBy.length) && f.casualties.length === 0 && !f.dates.some((d) => !d.reporting && d.date)) {
      if (cur) cur.context.push(f);
      continue;
    }
    if (f.disputed && cur) {
      // "The ministry said its forces had overrun three posts, which the other side denied": a claim about the fighting
      // told, not an incident of its own (its figures are the claim's)
      cur.context.push(f);
      continue;
    }
    if (!f.aggregate && !sceneSetter(prior, f, text) && statisticOf(f, cur, statParagraph, text)) {
      // "The attacks killed 88 people: 41 security personnel ...", "In Balochistan, 61 terrorists were killed": the
      // figures that go on with a statistic (or a review's lead) before any item of it, with no day or district of their own
      if (cur) cur.context.push(f);
      continue;
    }
    if (f.aggregate) {
      statParagraph = f.paragraph;
      // "killed 925 terrorists in operations this year": a statistic, not an incident; a roundup's
      // "seven killed in separate incidents on Sunday" still gives its items their day
      const d = f.dates.find((x) => !x.reporting && x.date);
      if (d) lastSeen = d.date;
      if (cur) cur.context.push(f);
      continue;
    }
    if (f.background && !f.aggregate && isEvent(f)) {
      // an older incident recalled in a clause ("two days after an attack in Mir Ali killed seven soldiers"):
      // kept apart, marked background, when it says where
      // "..., a day after a jeweller was wounded by a gunman": with no place of its own, the main one's
      const chained = f.casualties.length > 0 && f.places.length === 0 && f.dates.some((d) => d.anchor === "prev" && d.delta < 0);
      // (not where the clause says the other country: "strikes in Afghanistan ..., two days after an attack in northwest Pakistan")
      const otherCountry = cur?.place ? (cur.place.res.country === "AF" ? /\bPakistan\b/ : /\bAfghanistan\b/).test(f.text ?? "") : false;
      // (a funeral's or trial's back-reference may name its place only where the mourners gathered: "the funeral in Tank of ...")
      const bp = bestPlace(f.places, 2, text) ?? (chained && cur?.place && !otherCountry ? cur.place : null) ?? (f.reaction ? bestPlace(f.places, 1, text) : null);
      if (bp && (f.casualties.length > 0 || f.cues.length > 0)) {
        const bc = newCluster(f);
        bc.background = true;
        bc.place = bp;
        // (a main event with no day of its own yet happened on the publication day, as the fallback below will say)
        const bd = frameDate(f, cur?.date ?? lastDate ?? (cur && chained ? opts.published : null));
        // a funeral or trial names the recalled event with no day of its own: nothing the record can date
        if (f.reaction && !bd?.date) continue;
        if (bd?.date) {
          bc.date = bd.date;
          bc.dateMention = bd.mention;
        } else if (bd?.mention) {
          bc.dateMention = bd.mention;
          bc.datePrecision = bd.precision;
        }
        background.push(bc);
      }
      continue;
    }
    if (f.background || f.aggregate) {
      if (cur && !isEvent(f)) cur.context.push(f);
      continue;
    }
    // "ISPR said 11 soldiers had been martyred in the fighting across all sectors": a toll of the border-wide fighting the
    // report opened with, not of the local incident told last (and the rival figures told after it go on with it)
    if (cur && !f.separator && f.casualties.length > 0 && !bestPlace(f.places, 2, text) && ALL_FRONTS.test(f.text ?? "")) {
      const wide = clusters.find((c) => c !== cur && !c.background && c.frames.some((x) => ALONG_BORDER.test(x.text ?? "") && twoStates(x.text ?? "")));
      if (wide && cur.place?.local) {
        wide.frames.push(f);
        cur = wide;
        continue;
      }
    }
    // "Troops killed seven militants on Sunday, a day after militants attacked a police station ... / The attack on the
    // police station on Saturday evening lasted an hour. Three policemen were killed ...": a sentence that names the day
    // of another incident already told (the one recalled in the lead, or the lead's own) goes on with that incident
    // "The attack came a day after a female polio worker was shot and wounded in Lakki Marwat district. Police there said
    // two men fired at the vaccinator outside a house in the Ghazni Khel area": the next sentence, at the recalled
    // event's district and not the open one's, with no day of its own, goes on with the recalled event
    const recalled: Cluster | undefined = cur && !f.separator && prior && prior.background && prior.sentence !== f.sentence ? background.find((b) => b.frames[0] === prior) : undefined;
    const here: PlaceRef | null = recalled ? bestPlace(f.places, 2, text) : null;
    const goesOn: boolean = !!recalled && !!here && !!recalled.place?.res.adm2 && !!cur?.place && compatible(here, recalled.place!) && !compatible(here, cur.place) && !f.dates.some((d) => !d.reporting && (d.date || d.anchor === "prev"));
    // "A policeman was shot dead in Bajaur on Tuesday, and a polio worker was killed in Dera Ismail Khan a day earlier. / In
    // Bajaur, two gunmen fired on the constable ...": a later paragraph at the district of an incident the lead told (not the
    // one open), with no day of its own, tells that incident
    const leadTold: Cluster | null = !goesOn && cur && !f.separator && f.paragraph > 0 && here === null ? leadOwner(f, cur, clusters, text) : null;
    const back: Cluster | null = goesOn ? recalled! : leadTold ?? (cur && !f.separator ? dayOwner(f, cur, clusters, background, frames, text) : null);
    if (back) {
      if (background.includes(back)) {
        background.splice(background.indexOf(back), 1);
        back.background = false;
        clusters.push(back);
      }
      cur = back;
      if (isEvent(f)) back.frames.push(f);
      else back.context.push(f);
      if (back.date) lastDate = back.date;
      continue;
    }
    if (!isEvent(f)) {
      if (cur) {
        cur.context.push(f);
        // "... said the attack took place in the Abdullah Khel area of Dara district": the event told before, placed
        // more closely in a sentence of its own, refines a location the report had only to its province
        const where = cur.place && !cur.place.res.adm2 && !cur.background && PLACED_AGAIN.test(f.text ?? "") ? bestPlace(f.places, 2, text) : null;
        if (where && where.res.adm2 && compatible(where, cur.place!)) cur.place = where;
      }
      continue;
    }
    const place = listedPlace(f, text) ?? bestPlace(f.places, 2, text);
    // "the same night", "that very evening" with no incident before: the day last named (a closure, talks)
    const sameDay = !cur && !lastDate && f.dates.some((d) => d.anchor === "prev" && d.delta === 0 && !d.reporting) ? lastMentioned : null;
    // "claimed responsibility on Sunday for a bombing ... the previous day": with no event told before, a chain counts
    // from the day the frame's speaker spoke
    const chain = !cur && !lastDate ? f.dates.find((d) => d.anchor === "prev" && !d.reporting) : undefined;
    const spoke = chain ? (f.dates.filter((d) => d.reporting && d.date && d.anchor !== "prev" && d.end <= chain.start).pop()?.date ?? null) : null;
    const fd0 = frameDate(f, cur?.date ?? lastDate ?? sameDay ?? spoke);
    const pastPeriod =
      fd0 && !fd0.date && fd0.mention?.period &&
      (/^(?:earlier|last)\b/i.test((text ?? "").slice(fd0.mention.start, fd0.mention.end)) ||
        (cur?.date && !cur.background ? fd0.mention.period < cur.date.slice(0, fd0.mention.period.length) : opts.published ? fd0.mention.period < opts.published.slice(0, fd0.mention.period.length) : false));
    if (pastPeriod && cur) {
      // "In 2014, militants attacked ...", "Earlier this month, a bomb ...": an older incident recalled
      const bc = newCluster(f);
      bc.background = true;
      bc.place = place ?? null;
      bc.dateMention = fd0!.mention;
      bc.datePrecision = fd0!.precision;
      if (place) background.push(bc);
      continue;
    }
    // "... and three more died in a separate clash elsewhere": told again later, with its place
    if (f.midSentence && !place) {
      const d = f.dates.find((x) => !x.reporting && x.date);
      if (d) lastSeen = d.date;
      continue;
    }
    const fd = frameDate(f, cur?.date ?? lastDate ?? sameDay ?? spoke ?? opts.published);
    let start = !cur;
    if (cur && f.separator) start = true;
    else if (cur && place && cur.place) {
      if (!compatible(place, cur.place)) start = true;
      // "... coordinated attacks across Balochistan overnight. In Musakhel, gunmen ...": a lead told province-wide
      // does not absorb the first district's item
      else if (!cur.place.res.adm2 && place.res.adm2 && cur.frames.every((x) => x.plural) && hasOwnCues(f) && OPENER.test(f.text ?? "")) start = true;
      else if (
        (f.cues.length > 0 || ATTACK_VERB.test(f.text ?? "")) &&
        cur.frames.some((x) => x.cues.length > 0 || ATTACK_VERB.test(x.text ?? "")) &&
        place.res.adm2 === cur.place.res.adm2 &&
        place.local &&
        // ("An hour earlier, the same group attacked a post at Mangochar, killing two": a town of the district told only by
        // its name so far, with dead of its own after a time shift, is another item too)
        (cur.place.local ? !sameLocal(place, cur.place) : TIME_SHIFT_OPENER.test(f.text ?? "") && ownDead(f) && cur.frames.some(ownDead)) &&
        ((fd?.date && cur.date && fd.date !== cur.date) || OPENER.test(f.text ?? "") || TIME_SHIFT_OPENER.test(f.text ?? ""))
      )
        start = true; // another town of the same district, told as its own item ("In Wana, gunmen ...")
    }
    // a protest told after the violence (or violence after a protest) is its own incident: "By evening, traders had
    // blocked the highway ...", "Relatives laid the coffins outside the office"
    let protestFollows = false;
    // (the event a possessive day names is not the frame's own: "responded to Friday's bombing with a shutter-down strike")
    const about = f.cues.length > 1 ? recalledDay(f) : null;
    const ownKind = about ? kindOf([{ ...f, cues: f.cues.filter((q) => !(q.start >= about.start && q.start <= about.end + 40)) }]) : kindOf([f]);
    if (!start && cur && f.cues.length > 0 && ownKind !== "none" && kindOf(cur.frames) !== "none" && ownKind !== kindOf(cur.frames) && ownKind === "protest") {
      // ... on a later day or after "by evening", "the day after": told the same day, in passing, it stays with the violence
      // (or about another incident than the one open: "responded to Friday's bombing with a shutter-down strike on Saturday")
      const later = (!!fd0?.date && !!cur.date && fd0.date !== cur.date) || LATER_OPENER.test(f.text ?? "") || (!!about?.date && !!cur.date && about.date !== cur.date);
      if (later || !cur.date) start = protestFollows = true;
    }
    const curDate = cur?.date ?? (fd?.mention?.anchor === "prev" ? opts.published : null);
    // ("... said troops had killed eleven militants in an operation in the Shewa area on Thursday": a count of its own, at
    // a place of its own, on a day of its own, with no cue word)
    const ownCount = !!place && !!cur?.place && place.local && !sameLocal(place, cur.place) && f.casualties.some((x) => x.kind === "killed" && !x.toll && !x.subset && (x.value ?? 0) > 0);
    if (!start && cur && fd?.date && curDate && fd.date !== curDate && (hasOwnAttack(f) || ownCount) && Math.abs(Date.parse(fd.date) - Date.parse(curDate)) >= DAY) {
      start = true;
    }
    const onlyBackReferences = !protestFollows && f.cues.length > 0 && f.cues.every((q) => DEFINITE.test((text ?? "").slice(Math.max(0, q.start - 40), q.start)));
    // "In Nangarhar, a Taliban spokesman said three Afghan guards were killed in the fighting": the other side's
    // dead of the cross-border exchange just told, one incident at the place the report leads with
    if (start && cur && !f.separator && place && cur.place && place.res.country !== cur.place.res.country && (f.cues.length === 0 || onlyBackReferences) && f.casualties.length > 0 && (!fd?.date || !cur.date || fd.date === cur.date) && crossBorder(cur, f)) start = false;
    // "The shells landed on houses in the Nawa area of the district": the event told before, by its definite noun, at a
    // locality the gazetteer puts in a district the report names nowhere else (a same-name village elsewhere): the same incident
    if (start && cur && !f.separator && (onlyBackReferences || DEFINITE_SUBJECT.test(f.text ?? "")) && place && cur.place && !compatible(place, cur.place) && !OPENER.test(f.text ?? "") && (!fd?.date || fd.date === cur.date) && !frames.some((g) => g !== f && g.places.some((p) => p.res.adm2 === place.res.adm2))) start = false;
    // a revised toll about "the blast" told before, without a place of its own elsewhere: the same incident
    if (start && cur && !f.separator && onlyBackReferences && f.casualties.length > 0 && f.casualties.every((x) => x.toll) && (!place || (cur.place && compatible(place, cur.place)))) start = false;
    if (start && cur && f.casualties.length === 0 && ((!hasOwnCues(f) && !(place && ATTACK_VERB.test(f.text ?? ""))) || (onlyBackReferences && !ATTACK_VERB.test(f.text ?? "")))) {
      // a frame with only generic attack words ("attacks", "violence") does not open an incident
      cur.context.push(f);
      continue;
    }
    // (not a review's item told in a paragraph of its own, on a day of its own, in another district: "On Saturday, Taliban
    // intelligence officers detained four men in Khost city", "Ten days later, a CTD raid on a compound in Jani Khel")
    // (nor a raid told in a paragraph of its own, on a day it names, at another town: "Late on Wednesday night, CTD personnel
    // raided a house in Jamrud and arrested two men suspected of supplying the rickshaw")
    const ownRaid = !!cur && !!prior && prior.paragraph !== f.paragraph && !!place && !!cur.place && place.local && cur.place.local && !sameLocal(place, cur.place) && f.dates.some((d) => !d.reporting && !!d.date && d.anchor !== "prev") && OWN_RAID.test(f.text ?? "");
    // (nor arrests told in a later paragraph that opens with a day of their own, after the incident's: "Early on Monday,
    // intelligence personnel detained two men ...", "Two days later, the directorate said its forces had detained three men")
    const ownDayArrest = !!cur && !!prior && prior.paragraph !== f.paragraph && !!fd?.date && !!fd.mention && !fd.mention.reporting && !!cur.date && fd.date > cur.date && !!text && DAY_FIRST.test(text.slice(f.start, fd.mention.start)) && f.cues.some((q) => q.sub === "Arrests");
    // (nor arrests told under a news-in-brief item's own heading: "SERAI NAURANG: Police arrested two suspected militants")
    const headedArrest = !!cur && !!prior && prior.paragraph !== f.paragraph && !!f.itemHead && f.cues.some((q) => q.sub === "Arrests");
    const ownItem = ownRaid || ownDayArrest || headedArrest || (!!cur && !!prior && prior.paragraph !== f.paragraph && !!place && !!cur.place && !compatible(place, cur.place) && !!fd?.date && !!cur.date && fd.date !== cur.date && !FOLLOW_UP_REF.test(f.text ?? ""));
    if (start && cur && !f.separator && !ownItem && f.casualties.length === 0 && f.cues.length > 0 && f.cues.every((q) => q.sub === "Arrests" || FOLLOW_UP_CUE.test((text ?? "").slice(q.start, q.end)))) {
      // "police later arrested two suspects in Peshawar": the follow-up of the incident told, not a new one
      cur.context.push(f);
      continue;
    }
    // (not things seized: "a motorbike fitted with explosives had been seized from the house")
    if (start && cur && f.casualties.length === 0 && !f.separator && !place && /\bhad been (?:abducted|kidnapped|taken away|picked up|seized)\b/i.test(f.text ?? "") && !THINGS_HAD_BEEN_SEIZED.test(f.text ?? "")) {
      // "The men had been abducted a week earlier": how the victims told of came to be there, no new incident
      cur.context.push(f);
      continue;
    }
    if (start && cur && f.casualties.length === 0 && !f.separator && ONGOING.test(f.text ?? "")) {
      // "a clearance operation was still under way on Thursday": the same event going on, not a new one
      cur.context.push(f);
      continue;
    }
    if (start && !hasOwnCues(f) && !place && !f.dates.some((d) => !d.reporting && (d.date || d.anchor === "prev")) && !ATTACK_VERB.test(f.text ?? "") && !(!cur && sceneSetter(prior, f, text))) {
      // a count with no event, place or day ("He said 383 soldiers were martyred") opens nothing
      if (cur) cur.context.push(f);
      continue;
    }
    // "On 22 June, troops detected a group of terrorists trying to cross the border in Zhob District. The infiltrators were
    // engaged and three of them were killed": a paragraph's opening sentence, with a day and a place but no violence, opens
    // the incident its next sentence tells with neither, when the incident before was told in an earlier paragraph
    if (cur && prior && !f.separator && !place && !fd0?.date && f.places.length === 0 && prior.paragraph === f.paragraph && prior.sentence + 1 === f.sentence && cur.context.includes(prior) && !isEvent(prior) && !prior.background && !prior.aggregate) {
      const day = prior.dates.find((d) => !d.reporting && d.date && d.anchor === "abs");
      const lastOwn = cur.frames[cur.frames.length - 1];
      const opens = !frames.some((g) => g.paragraph === f.paragraph && g.sentence < prior.sentence);
      const where = bestPlace(prior.places, 2, text);
      // (or on the same day in another district: "Later on 18 June, another group tried to cross the border in Mohmand")
      if (opens && day && (day.date !== cur.date || (!!where && !!cur.place && !compatible(where, cur.place))) && lastOwn && lastOwn.paragraph < f.paragraph && where && prior.actors.some((a) => a.role !== "speaker" && ARMED.test(a.id))) {
        cur.context.splice(cur.context.indexOf(prior), 1);
        cur = openedBy(prior, f, where, day, day.date!);
        clusters.push(cur);
        lastDate = cur.date;
        continue;
      }
    }
    // "Militants fired rockets at the colony late on Saturday. ... Security forces tracked the suspects to the hills on
    // Sunday. Two militants were killed in the exchange of fire": the sentence before, telling the forces moving on a
    // later day, opens a second incident that the fighting told next belongs to
    const later = !start && cur?.date && prior && prior.paragraph === f.paragraph && cur.context.includes(prior) && prior.cues.length === 0 && prior.casualties.length === 0 && !prior.background && !fd0?.date && hasOwnCues(f)
      ? prior.dates.map((d) => (d.reporting ? null : d.date ?? (d.anchor === "prev" && d.delta > 0 ? addDays(cur!.date!, d.delta) : null))).find((d) => !!d && d > cur!.date!)
      : undefined;
    if (later && cur && prior && prior.actors.some((a) => a.role !== "speaker" && ARMED.test(a.id))) {
      cur.context.splice(cur.context.indexOf(prior), 1);
      cur = openedBy(prior, f, bestPlace(prior.places, 2, text) ?? place ?? cur.place, prior.dates.find((d) => !d.reporting) ?? null, later);
      clusters.push(cur);
      lastDate = later;
      continue;
    }
    // "The crossing was shut after an incident on Tuesday afternoon on the Afghan side, in Spin Boldak. Officials said
    // Frontier Corps personnel had opened fire on a crowd ..., killing one man": after a protest, the violence that led to
    // it, told with the earlier day (and the place) of the sentence before, is an incident of its own on that day
    const earlier = !start && cur?.date && prior && prior.paragraph === f.paragraph && cur.context.includes(prior) && !prior.background && !fd0?.date && kindOf(cur.frames.map((x) => ({ ...x, cues: x.cues.filter((q) => q.sub !== "Arrests") }))) === "protest" && kindOf([f]) === "violence" && hasOwnCues(f) && f.casualties.some((x) => (x.value ?? 0) > 0)
      ? prior.dates.map((d) => (d.reporting ? null : d.date ?? (d.anchor === "prev" && d.delta < 0 ? addDays(cur!.date!, d.delta) : null))).find((d) => !!d && d < cur!.date!)
      : undefined;
    if (earlier && cur && prior) {
      cur.context.splice(cur.context.indexOf(prior), 1);
      cur = openedBy(prior, f, bestPlace(prior.places, 2, text) ?? place, prior.dates.find((d) => !d.reporting) ?? null, earlier);
      clusters.push(cur);
      lastDate = earlier;
      continue;
    }
    // "Security forces intercepted a group of terrorists in Zhob on Saturday. The terrorists opened fire, and five
    // were killed": the sentence before, with a day, a place and the forces but no toll or cue of its own, opens the event
    const intro = start && !cur && prior && prior.paragraph === f.paragraph && !isEvent(prior) && !prior.background && !prior.aggregate && !fd0?.date && !place ? prior : null;
    if (intro && bestPlace(intro.places, 2, text) && intro.dates.some((d) => !d.reporting && d.date) && intro.actors.some((a) => a.role !== "speaker" && ARMED.test(a.id))) {
      const d = intro.dates.find((x) => !x.reporting && x.date)!;
      cur = openedBy(intro, f, bestPlace(intro.places, 2, text), d, d.date!);
      clusters.push(cur);
      lastDate = cur.date;
      continue;
    }
    // "... nine people were killed when aircraft bombed two houses in Gurbuz, and three more died in a separate strike in
    // Barmal. Six people were wounded in Gurbuz": a count with no cue or day of its own, at the place of an incident told
    // just before the one told last, is that incident's
    if (start && cur && !f.separator && place?.res.adm2 && !fd0?.date && f.cues.length === 0 && f.casualties.length > 0 && !ATTACK_VERB.test(f.text ?? "")) {
      const owner = clusters.filter((c) => c !== cur && !c.background && c.place?.res.adm2 && compatible(place, c.place) && c.place.res.adm2 === place.res.adm2 && c.frames.some((g) => g.paragraph >= f.paragraph - 1)).pop();
      if (owner && (!owner.date || !cur.date || owner.date === cur.date)) {
        owner.frames.push(f);
        continue;
      }
    }
    // "The following week brought a suicide bombing in Dera Ismail Khan. On the 19th, a bomber drove ...": a sentence naming
    // the next item only by its week, told right before the sentence that gives the same kind of event its day, is that
    // item's lead, not an incident of its own
    if (start && cur && !f.separator && prior && text && cur.frames.length === 1 && cur.frames[0] === prior && prior.paragraph === f.paragraph && prior.casualties.length === 0 && cur.dateMention?.anchor === "prev" && VAGUE_WEEK.test(text.slice(cur.dateMention.start, cur.dateMention.end)) && fd?.date && fd.mention && fd.mention.anchor !== "prev" && (!place || !cur.place || compatible(place, cur.place)) && prior.cues.some((q) => f.cues.some((r) => r.sub === q.sub))) {
      start = false;
      cur.date = null;
      cur.dateMention = null;
      cur.datePrecision = "day";
    }
    if (start) {
      const prevDate: string | null = cur?.date ?? null;
      const prevPlace = cur?.place ?? null;
      cur = newCluster(f);
      if (protestFollows && !place && prevPlace) cur.place = prevPlace;
      clusters.push(cur);
      // a roundup item without its own day happened on the day told before ("In Panjgur, four attackers ...")
      if (fd && !fd.date && fd.mention?.period && !currentPeriod(fd.mention, text)) {
        // "Earlier this month, a roadside bomb killed ...": an older incident recalled, known to the month
        // (not "came under fire again this week": the period the report is about)
        cur.background = true;
      } else if (!fd?.date && spokeOpening(f)) {
        // "On Sunday, the CTD said its men had killed three militants in a raid near Quetta": an item opened by the day
        // its speaker spoke, with no event day of its own, happened by that day, not on the day of the item told before
        const d = spokeOpening(f)!;
        cur.date = d.date;
        cur.dateMention = d;
        if (opts.published && d.date! < addDays(opts.published, -365)) cur.background = true;
      } else if (!fd?.date && (clockSet(prior, f) ?? prevDate ?? lastSeen)) {
        // "By early Sunday the exchange had reached the south. Mortar rounds began landing in Spin Boldak ...", "The
        // latest blow came on Friday evening. A bomb ... exploded": the sentence just before, setting the clock with a
        // day of its own and no event of its own, dates the item
        cur.date = clockSet(prior, f) ?? prevDate ?? lastSeen;
        cur.carried = true;
      }
      // "Ten years ago today, gunmen stormed ...": an event a year or more before the report is one it recalls
      else if (fd?.date && opts.published && fd.date < addDays(opts.published, -365)) cur.background = true;
    } else cur!.frames.push(f);
    const c = cur!;
    if (place) {
      if (!c.place) c.place = place;
      else if (compatible(place, c.place) && ((!c.place.res.adm2 && place.res.adm2) || (!c.place.local && place.local && place.res.adm2 === c.place.res.adm2))) c.place = place;
      // "on the Quetta–Chaman highway ... near Qila Abdullah": a place on the road says more than its first town
      else if (c.place.road && !place.road && place.res.country === c.place.res.country && place.res.adm2) c.place = place;
    }
    if (fd && !c.date && fd.date) {
      c.date = fd.date;
      c.dateMention = fd.mention;
      c.datePrecision = fd.precision;
    } else if (fd && !c.date && !c.dateMention) {
      c.dateMention = fd.mention;
      c.datePrecision = fd.precision;
    }
    if (c.date) lastDate = c.date;
    // "suspects wanted for Sunday's grenade attack on a police station were killed on Monday": the attack recalled by its
    // day is an incident of its own (a later sentence may tell it in full: "Two policemen had been wounded in Sunday's attack")
    const rd = !f.background && c.date ? recalledDay(f) : null;
    if (rd && rd.date && rd.date < c.date! && text) {
      // (a relative clause tells the event before its day, with the counts it names: "a merchant who was shot dead ... on Sunday")
      const rel = relativeRecall(f);
      const from = rel && rel.day === rd ? rel.start : rd.start;
      const end = rel && rel.day === rd ? rd.end : Math.min(f.end, rd.end + 60);
      const own = rel && rel.day === rd ? f.casualties.filter((x) => x.end > from && x.end <= end) : [];
      const bc = newCluster({ ...f, start: from, end, text: text.slice(from, end), cues: f.cues.filter((q) => q.start >= (rel && rel.day === rd ? from : rd.end) && q.end <= end), casualties: own, places: f.places.filter((p) => p.mention.start >= from && p.mention.end <= end), ...(rel && rel.day === rd ? { actors: f.actors.filter((a) => a.start >= from) } : {}), dates: [rd], separator: false, midSentence: false, claimBy: [], deniedBy: [], blamed: [] });
      if (own.length) f.casualties = f.casualties.filter((x) => !own.includes(x));
      bc.background = true;
      bc.place = bestPlace(bc.frames[0].places, 2, text) ?? c.place;
      bc.date = rd.date;
      bc.dateMention = rd;
      if (bc.frames[0].cues.length) {
        background.push(bc);
        // the recalled attack's weapon is not the later event's ("accused of Friday's suicide attack ... killed in a shootout")
        f.cues = f.cues.filter((q) => !bc.frames[0].cues.includes(q));
      }
    }
    // "attacked the post on Sunday and again on Monday", "twice this week, on Saturday and Monday": a second incident
    // on the second day, at the same place (the counts told stay with the first unless a later sentence gives its own)
    const again = c.date && !f.background ? repeatDay(f, text, c.date) : null;
    if (again) {
      // "..., wounding a guard in the second assault": that count is the second incident's
      const second = (x: CasualtyStatement) => !!text && SECOND_ONE.test(text.slice(x.end, x.end + 40));
      const twin: Frame = { ...f, casualties: f.casualties.filter(second), dates: [again], separator: true, midSentence: false };
      f.casualties = f.casualties.filter((x) => !second(x));
      cur = newCluster(twin);
      cur.place = c.place;
      cur.date = again.date;
      cur.dateMention = again;
      clusters.push(cur);
      lastDate = again.date;
    }
  }
  // a placeless lead before incidents with places: merge it into the only one, or drop its counts if it sums up several
  const provinceLead = (c: Cluster) => !!c.place && !c.place.res.adm2 && c.frames.every((x) => x.plural);
  if (clusters.length >= 2 && (!clusters[0].place || provinceLead(clusters[0]))) {
    const lead = clusters[0];
    const rest = clusters.slice(1).filter((c) => c.place);
    // (not a lead that tells an attack of its own on another day than the only incident after it: "Two guards were
    // killed on Saturday evening when a bomb exploded ... A day later, forces raided a house in Chaparhar")
    // (nor, before several, one told on a day of its own that none of them has: "The trouble began on Friday afternoon, when
    // border forces exchanged fire near the gate ... Late on Saturday, gunmen abducted ... On Sunday, a bomb ...")
    const ownDay = rest.length >= 1 && !lead.carried && !!lead.date && rest.every((r) => !!r.date && r.date !== lead.date) && lead.frames.some((x) => x.cues.length > 0 && !x.plural);
    if (rest.length === clusters.length - 1 && !ownDay) {
      if (rest.length === 1) {
        rest[0].frames.unshift(...lead.frames);
        rest[0].context.unshift(...lead.context);
        if (!rest[0].date) {
          rest[0].date = lead.date;
          rest[0].dateMention = lead.dateMention;
        }
      } else {
        for (const r of rest) if (!r.date && lead.date) r.date = lead.date;
      }
      clusters.shift();
    }
  }
  // a review's lead that sums up the items told after it, each in a paragraph and at a place of its own ("A week that opened
  // with a bombing in Bajaur and closed with a shootout on the edge of Dera Ismail Khan left at least 14 people dead across
  // Khyber Pakhtunkhwa"): no incident of its own
  if (clusters.length >= 3 && frames.length && !clusters[0].background) {
    const lead = clusters[0];
    const p0 = frames[0].paragraph;
    const rest = clusters.slice(1).filter((c) => !c.background && c.place);
    const leadPlaces = lead.frames.flatMap((f) => f.places.filter((p) => p.weight === 2 && p.res.adm1));
    const retold = (p: PlaceRef) => rest.some((r) => r.place!.res.country === p.res.country && r.place!.res.adm1 === p.res.adm1 && (!p.res.adm2 || r.place!.res.adm2 === p.res.adm2 || p.res.adm2 === p.res.adm1));
    const districts = new Set(leadPlaces.map((p) => p.res.adm2 ?? p.res.adm1));
    const subs = new Set(lead.frames.flatMap((f) => f.cues.map((q) => q.sub)));
    const restSubs = new Set(rest.flatMap((c) => c.frames.flatMap((f) => f.cues.map((q) => q.sub))));
    if (
      rest.length >= 2 &&
      lead.frames.every((f) => f.paragraph === p0) &&
      (lead.frames.some((f) => f.plural) || districts.size >= 2) &&
      ((leadPlaces.length > 0 && leadPlaces.every(retold)) || (subs.size > 0 && [...subs].every((x) => restSubs.has(x))))
    ) {
      for (const f of lead.frames) f.summary = true;
      clusters.shift();
    }
  }
  // a lead sentence naming two or more provinces or districts that are each an incident's told after it ("accused Pakistan
  // of air strikes on homes in Khost and Paktika provinces, killing twelve people" before nine in Gurbuz and three in
  // Barmal), with a count larger than any one incident's: its counts sum them up
  if (clusters.filter((c) => !c.background).length >= 2 && frames.length && !clusters[0].background && clusters[0].frames.length >= 2) {
    const first = clusters[0];
    const f0 = first.frames[0];
    const main = clusters.filter((c) => !c.background && c.place);
    const ps = f0.places.filter((p) => p.weight === 2 && p.res.adm1);
    const areas = new Set(ps.map((p) => `${p.res.country}/${p.res.adm1}/${p.res.adm2 ?? ""}`));
    const within = (p: PlaceRef, c: Cluster) => c.place!.res.country === p.res.country && c.place!.res.adm1 === p.res.adm1 && (!p.res.adm2 || c.place!.res.adm2 === p.res.adm2);
    const owners = ps.map((p) => main.filter((c) => within(p, c)));
    const killedIn = (fs: Frame[]) => Math.max(0, ...fs.flatMap((f) => f.casualties.filter((x) => x.kind === "killed" && x.value !== null && !x.more).map((x) => x.value as number)));
    const leadMax = killedIn([f0]);
    const otherMax = Math.max(killedIn(first.frames.slice(1)), ...main.filter((c) => c !== first).map((c) => killedIn(c.frames)));
    // (each area its own incidents: no incident in two of them)
    const apart = owners.every((o, i) => owners.every((q, j) => i === j || (ps[i].res.adm1 === ps[j].res.adm1 && ps[i].res.adm2 === ps[j].res.adm2) || !o.some((c) => q.includes(c))));
    if (f0.paragraph === frames[0].paragraph && areas.size >= 2 && owners.every((o) => o.length >= 1) && apart && leadMax > otherMax && otherMax > 0) f0.summary = true;
  }
  // a lead whose count is the sum of the counts that two or more incidents told after it give of the same kind ("strikes
  // in two provinces killed twelve civilians" before nine dead at one place and three at another): it sums them up, and
  // its counts are no one incident's (whatever places the lead names)
  {
    const main = clusters.filter((c) => !c.background);
    const first = main[0];
    const lead = first && frames.length ? first.frames.filter((f) => f.paragraph === frames[0].paragraph && !f.summary) : [];
    const rest = first ? first.frames.filter((f) => !lead.includes(f)) : [];
    for (const kind of ["killed", "injured"] as const) {
      if (main.length < 2 || !lead.length || main[0] !== clusters[0]) break;
      const count = (fs: Frame[]) => Math.max(0, ...fs.flatMap((f) => f.casualties.filter((x) => x.kind === kind && x.value !== null && !x.claimed).map((x) => x.value as number)));
      const leadN = count(lead);
      // (the first incident told again with a count of its own after the lead: a lead that is only that incident's
      // telling, "killed three terrorists in Khyber" before two dead in Kech and one in Lakki, is no sum)
      // (only incidents of the lead's own day, or of no day told, can be what it sums: "the second attack this month;
      // on March 1 a bomb killed two" is background whose count only happens to complete the lead's)
      const sameDay = main.slice(1).filter((c) => !c.date || !first.date || c.date === first.date);
      const parts = [count(rest), ...sameDay.map((c) => count(c.frames))].filter((n) => n > 0);
      // (a lead that itself names whose dead they were, "three civilians and a soldier were killed", tells one incident's
      // toll by side; a later smaller figure is an earlier count or the other side's account, not a part)
      const sides = lead.flatMap((f) => f.casualties.filter((x) => x.kind === kind && x.value !== null && !x.claimed && x.category !== "total"));
      const bySide = new Set(sides.map((x) => x.category)).size >= 2 && sides.reduce((a, x) => a + (x.value as number), 0) === leadN;
      if (!bySide && leadN > 0 && count(rest) > 0 && parts.length >= 2 && parts.every((n) => n < leadN) && parts.reduce((a, n) => a + n, 0) === leadN) {
        for (const f of lead) f.summary = true;
        break;
      }
    }
  }
  // a lead without a place of its own, before several incidents with places, sums them up: its counts are no one incident's
  if (clusters.filter((c) => !c.background).length >= 2) {
    const first = clusters[0];
    const lead: Frame[] = [];
    for (const f of first.frames) {
      if (bestPlace(f.places, 2, text)) break;
      lead.push(f);
    }
    // it sums up when its count exceeds any one incident's told later ("killing at least 57" before 52 and 7)
    const maxKilled = (fs: Frame[]) => Math.max(0, ...fs.flatMap((f) => f.casualties.filter((x) => x.kind === "killed" && x.value !== null).map((x) => x.value as number)));
    const leadMax = maxKilled(lead);
    const otherMax = Math.max(0, ...clusters.slice(1).filter((c) => !c.background).map((c) => maxKilled(c.frames)), maxKilled(first.frames.slice(lead.length)));
    // ... and when what it names (a suicide bombing) is what two or more of the incidents told later are
    const leadSubs = new Set(lead.flatMap((f) => f.cues.map((q) => q.sub)));
    const rest = [first.frames.slice(lead.length), ...clusters.slice(1).filter((c) => !c.background).map((c) => c.frames)];
    const sharing = rest.filter((fs) => fs.some((f) => f.cues.some((q) => leadSubs.has(q.sub)))).length;
    if (lead.length && (lead.some((f) => f.plural) || (leadMax > 0 && otherMax > 0 && leadMax > otherMax && sharing >= 2))) for (const f of lead) f.summary = true;
  }
  // "on the Quetta–Chaman highway. ... the attack took place near Qila Abdullah": a later sentence about the incident
  // naming a place of the same province says where on the road it was
  for (const c of clusters) {
    if (!c.place?.road) continue;
    const road = c.place;
    const on = bestPlace(c.context.flatMap((f) => f.places).filter((p) => !p.road && p.res.adm2 && p.res.country === road.res.country && p.res.adm1 === road.res.adm1), 2, text);
    if (on) c.place = on;
  }
  // fall back to any date in the incident's sentences, then to the publication date
  for (const c of clusters) {
    if (c.date) continue;
    if (c.dateMention && c.datePrecision !== "day") continue;
    for (const pass of [0, 1]) {
      const fs = pass === 0 ? [...c.frames, ...c.context] : c.frames;
      for (const f of fs) {
        const d = f.dates.find((x) => x.date && (pass === 1 || !x.reporting));
        if (d) {
          c.date = d.date;
          c.dateMention = d;
          break;
        }
      }
      if (c.date) break;
    }
    // "Police said on Thursday they had foiled an attack on the station late on Wednesday. Terrorists first used a
    // quadcopter ... A constable was martyred": the lead sentence, with a day but no event word of its own, dates the first
    // incident told after it that counts its dead or hurt (one that counts nobody is left without a day: commentary)
    if (!c.date && c === clusters.find((x) => !x.background) && c.frames.some((f) => f.casualties.length > 0)) {
      const held = new Set(clusters.flatMap((x) => [...x.frames, ...x.context]));
      const lead = frames.slice(0, Math.max(0, frames.indexOf(c.frames[0]))).filter((f) => !held.has(f) && !f.background && !f.aggregate);
      const d = lead.flatMap((f) => f.dates).find((x) => x.date && !x.reporting && x.anchor !== "prev");
      if (d) {
        c.date = d.date;
        c.dateMention = d;
      }
    }
    if (!c.date && opts.published) c.date = opts.published;
  }
  // a recalled incident that the report also tells in full is not a second one
  // (one on another day in the same district is another incident)
  const kept = background.filter((b) => {
    // (not one told with an older month or year of its own: "since last spring, when a roadside bomb killed five policemen")
    const older = (c: Cluster) => !b.date && !!b.dateMention?.period && !!c.date && b.dateMention.period < c.date.slice(0, b.dateMention.period.length);
    // ("responded to Friday's bombing with a strike": a recalled event with no place of its own, on the day of an incident
    // of its kind told, is that one)
    const sameDayKind = (c: Cluster) => !b.place && !!b.date && c.date === b.date && !c.background && kindOf(b.frames) !== "none" && kindOf(c.frames) === kindOf(b.frames);
    const told = clusters.find((c) => (c.place && b.place && c.place.res.adm2 && c.place.res.adm2 === b.place.res.adm2 && (!b.date || !c.date || b.date === c.date) && !older(c)) || sameDayKind(c));
    // ("Two policemen had been wounded in Sunday's attack": the incident told without its weapon takes the recalled one's)
    if (told && b.date && told.date === b.date && told.frames.every((x) => x.cues.length === 0) && b.frames[0].cues.length) told.frames.unshift(b.frames[0]);
    // ("Funeral prayers were held for the four policemen martyred in Sunday's attack": the toll the attack told without one lacks)
    else if (told && b.date && told.date === b.date && b.frames[0].reaction && !told.casualties && told.frames.every((x) => x.casualties.length === 0) && b.frames[0].casualties.length) told.frames.push(b.frames[0]);
    return !told;
  });
  // "blocked the highway to protest against the killing of a doctor": in a peaceful protest the deaths named are what it is about, not its toll
  for (const c of clusters) {
    if (c.casualties || kindOf(c.frames) !== "protest" || c.frames.some((f) => f.cues.some((q) => q.sub !== "Peaceful protest"))) continue;
    const cause = (f: Frame, x: CasualtyStatement) => {
      const cue = f.cues.filter((q) => q.end <= x.start).pop();
      return !!cue && !!text && PROTEST_CAUSE.test(text.slice(cue.end, x.start));
    };
    if (c.frames.every((f) => f.casualties.every((x) => cause(f, x)))) c.casualties = [];
  }
  // "blocked the road to protest against the killing of two youths; five protesters were injured", "placed the
  // bodies of two men killed by gunmen on the road": in any protest the deaths it is about are its cause, not its
  // toll (the killing is an incident of its own only where the report tells it as an event)
  for (const c of clusters) {
    if (c.casualties || !text || !c.frames.some((f) => f.cues.some((q) => PROTEST_SUBS.has(q.sub)))) continue;
    for (const f of c.frames) {
      if (!f.casualties.length) continue;
      const kept = f.casualties.filter((x) => !CAUSE_OF.test(text.slice(Math.max(0, x.start - 70), x.start)) && !(CAUSE_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)) && CAUSE_NOUN.test(text.slice(x.start, x.end))));
      if (kept.length !== f.casualties.length) f.casualties = kept;
    }
  }
  // "Pakistani and Afghan forces clashed at several points along the border, in Kurram, Bajaur, Chitral and Zhob": one
  // border-wide clash (told with national totals), not an incident of the first front named
  for (const c of clusters) if (multiFront(c)) c.fronts = true;
  // "Eleven people were killed in all.": with two or more incidents told, a count summed over them ("in all", "in total",
  // "altogether", "all told") in a sentence with no act of its own is their sum, no one incident's toll
  if (text && clusters.filter((c) => !c.background).length >= 2) {
    for (const c of clusters) {
      if (c.frames.length < 2) continue;
      const sums = c.frames.filter((f) => f.cues.length === 0 && f.casualties.length > 0 && f.casualties.every((x) => SUMMED_AFTER.test(text.slice(x.end, x.end + 30))));
      if (!sums.length) continue;
      c.frames = c.frames.filter((f) => !sums.includes(f));
      c.context.push(...sums);
    }
  }
  // an older event recalled with neither a place nor a day ("the fighting earlier this month") is no incident the record can hold
  return [...clusters.filter((c) => !(c.background && !c.place && !c.date)), ...kept];
}

const FIRE_WORDS = /\b(?:exchange(?:d|s)? (?:of )?fire|fired|firing|gunfight|gun battle|firefight|shoot-?out|clash\w*|encounter|resist\w*|opened fire|shot|hurt|injur\w*|wounded|killed|dead|died|martyred)\b/i;
/**
 * Arrests, raids and searches with nobody killed or hurt and no fire exchanged ("Police arrested three suspected TTP
 * militants in a raid and seized weapons"): no violent event, so no incident (FORMAT.md: an operation with casualties).
 * The caller drops them after the claims are assigned (a claim about them is no other incident's).
 */
export function arrestOnly(c: Cluster, text: string | null): boolean {
  if (c.casualties?.some((x) => x.value !== null && x.value > 0)) return false;
  const cues = c.frames.flatMap((f) => f.cues);
  if (!cues.length || !text) return false;
  if (!cues.some((q) => q.sub === "Arrests")) return false;
  if (!cues.every((q) => q.sub === "Arrests" || FOLLOW_UP_CUE.test(text.slice(q.start, q.end)))) return false;
  return c.frames.every((f) => f.casualties.every((x) => x.value === null || x.value === 0) && !FIRE_WORDS.test((f.text ?? "").replace(NO_FIRE, " ")));
}
/** Fire or harm said not to have happened (or not told): "no shots were fired", "it did not say whether anyone was hurt", "no one was hurt", "without firing a shot", "no resistance was offered". */
const NO_FIRE = /\bnobody\s+(?:was\s+)?(?:hurt|injured|wounded|harmed|killed)\b|\b(?:no|not a single)\s+(?:(?:shots?|bullets?|rounds?)\s+(?:(?:was|were|had been)\s+)?fired|(?:one|body|person|policeman|official|suspect|casualties)\s+(?:was\s+|were\s+)?(?:hurt|injured|wounded|harmed|killed|reported))\b|\bwithout (?:a (?:shot|bullet) being fired|firing (?:a|any) (?:shot|bullet)s?|(?:any )?(?:resistance|casualties|injur(?:y|ies)))\b|\bno (?:resistance|casualties)\b[^.;]{0,20}|\b(?:did not|didn't|would not|could not|declined to) (?:say|tell|know|confirm|disclose) (?:whether|if) (?:anyone|anybody|any of them|any one)\b[^.;]{0,30}?\b(?:hurt|injured|wounded|harmed|killed)\b/gi;

/**
 * One report sentence may name strikes or attacks in two districts at once ("jets bombed houses in Barmal
 * district of Paktika and Spera district of Khost ... three people in Barmal and five in Spera"). When an
 * incident's own sentences name two or more districts and the counts are given per place ("N in X"), it is
 * split into one incident per district, each with its own counts.
 */
export function splitByPlace(c: Cluster, text: string): Cluster[] {
  const byAdm2 = new Map<string, PlaceRef>();
  for (const f of c.frames) {
    for (const p of f.places) {
      if (p.weight < 2 || !p.res.adm2) continue;
      const prev = byAdm2.get(p.res.adm2);
      if (!prev || (!prev.local && p.local)) byAdm2.set(p.res.adm2, p);
    }
  }
  if (byAdm2.size < 2 || byAdm2.size > 6) return [c];
  // "eight in Urgun", "three people in Barmal", "five in Spera district"
  const per = new Map<string, Array<{ value: number; kind: "killed" | "injured"; category: CasualtyStatement["category"]; start: number; end: number }>>();
  for (const f of c.frames) {
    const kinds = f.casualties.filter((x) => !x.subset);
    const kind0 = kinds[0]?.kind ?? "killed";
    const cat0 = kinds[0]?.category ?? "total";
    for (const p of f.places) {
      if (!p.res.adm2 || !byAdm2.has(p.res.adm2)) continue;
      const before = text.slice(Math.max(f.start, p.mention.start - 40), p.mention.start);
      // "two policemen in Tank and a soldier in Bannu", "five soldiers were killed in Kurram and three in ..."
      const m = /(?:^|[\s,:;(-])(\d{1,4}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+((?:[a-z-]+\s+){0,3}?)in\s+(?:the\s+)?$/i.exec(before) ?? /(?:^|[\s,:;(-])(\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty)\s+()in\s+(?:the\s+)?$/i.exec(before);
      if (!m) continue;
      const words = m[2].trim();
      if (words && (NOT_COUNTED.test(words) || !/^(?:(?:people|persons|civilians|of them|others|more|were|was|killed|dead|wounded|injured|martyred|hurt)\s*)*$/i.test(words) && !f.actors.some((a) => a.start >= p.mention.start - m[0].length && a.end <= p.mention.start && a.role !== "speaker"))) continue;
      if (/^an?$/i.test(m[1]) && (!words || /s$/.test(words.split(/\s+/)[0]))) continue;
      const value = WORDS[m[1].toLowerCase()] ?? Number(m[1]);
      if (!Number.isFinite(value)) continue;
      const counted = f.actors.find((a) => a.start >= p.mention.start - m[0].length && a.end <= p.mention.start && a.role !== "speaker");
      const cat: CasualtyStatement["category"] = counted ? categoryOf(counted) : cat0;
      const local = text.slice(p.mention.start - 40, p.mention.start).toLowerCase();
      const kind = /wound|injur/.test(local) ? "injured" : /killed|dead/.test(local) ? "killed" : kind0;
      const list = per.get(p.res.adm2) ?? [];
      list.push({ value, kind, category: cat, start: p.mention.start - m[0].length + (m[0].length - m[0].trimStart().length), end: p.mention.end });
      per.set(p.res.adm2, list);
    }
  }
  if (per.size < 2) {
    // "Drones struck A and B; three civilians were hurt at each site": one figure for every place named
    // "Spera in Khost": the province named after a place is no place of its own
    const each = [...byAdm2.values()].filter((p, _, all) => !all.some((q) => q !== p && q.res.adm1 && q.res.adm1.toLowerCase() === p.mention.text.toLowerCase()));
    if (each.length >= 2 && each.length <= 3 && c.frames.some((f) => EACH_PLACE.test(f.text ?? ""))) return each.map((place) => ({ ...c, place, fronts: false }));
    return [c];
  }
  // "Militants killed seven soldiers in North Waziristan and four in Zhob": one act whose toll is told per place, across a
  // provincial line, the districts named nowhere else as where something happened (and no "separate attacks"): one
  // incident, at the first place, with the whole toll
  const provinces = new Set([...per.keys()].map((a) => byAdm2.get(a)!.res.adm1));
  // (civilians killed by strikes or shelling in two places are two strikes: each where it hit)
  const fought = ![...per.values()].flat().every((x) => x.category === "civilians") && !c.frames.some((f) => f.cues.some((q) => q.sub === "Air/drone strike" || q.sub === "Shelling/artillery/missile attack"));
  if (provinces.size >= 2 && fought && !c.frames.some((f) => SEPARATE_ACTS.test(f.text ?? ""))) {
    const inCounts = (p: PlaceRef) => (per.get(p.res.adm2!) ?? []).some((x) => x.start <= p.mention.start && x.end >= p.mention.end);
    const namedElsewhere = [...per.keys()].filter((a) => c.frames.some((f) => f.places.some((p) => p.res.adm2 === a && p.weight >= 1 && !inCounts(p))));
    if (namedElsewhere.length < 2) {
      const first = [...per.values()].flat().sort((a, b) => a.start - b.start)[0];
      const place = [...byAdm2.values()].find((p) => first.start <= p.mention.start && first.end >= p.mention.end) ?? c.place;
      const sums = new Map<string, CasualtyStatement>();
      for (const x of [...per.values()].flat().sort((a, b) => a.start - b.start)) {
        const k = `${x.kind}|${x.category}`;
        const had = sums.get(k);
        if (had) had.value = (had.value ?? 0) + x.value;
        else sums.set(k, { kind: x.kind, value: x.value, category: x.category, subset: false, more: false, toll: false, attacker: false, actor: null, start: x.start, end: x.end, confidence: 0.7 });
      }
      // the other counts of its sentences (the wounded told once for all) stay
      const rest = c.frames.flatMap((f) => f.casualties).filter((x) => ![...sums.values()].some((y) => y.kind === x.kind));
      return [{ ...c, place, casualties: [...sums.values(), ...rest] }];
    }
  }
  const out: Cluster[] = [];
  for (const [adm2, place] of byAdm2) {
    const statements: CasualtyStatement[] = [];
    for (const x of per.get(adm2) ?? []) {
      statements.push({ kind: x.kind, value: x.value, category: x.category, subset: false, more: false, toll: false, attacker: false, actor: null, start: x.start, end: x.end, confidence: 0.75 });
    }
    // statements in frames that name only this district belong to it
    for (const f of c.frames) {
      const adm = new Set(f.places.filter((p) => p.weight === 2 && p.res.adm2).map((p) => p.res.adm2));
      if (adm.size === 1 && adm.has(adm2)) for (const x of f.casualties) if (!statements.some((y) => y.kind === x.kind)) statements.push(x);
    }
    out.push({ ...c, place, casualties: statements, fronts: false });
  }
  return out;
}

const SEPARATE_ACTS = /\b(?:separate|different|unrelated|two|three|four|both)\s+(?:[\w-]+\s+)?(?:attacks|incidents|clashes|ambushes|bombings|blasts|raids|operations|engagements)\b/i;
const EACH_PLACE = /\bapiece\b|\b(?:at|in) (?:each|both)\b(?! other)|\beach (?:of the (?:two|three) )?(?:sites?|places?|locations?|villages?|districts?|spots?|towns?|compounds?|targets?|areas?)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) (?:[\w-]+ ){0,2}each\b(?! other)/i;
const NOT_COUNTED = /\b(?:attacks?|incidents?|bomb\w*|blasts?|explosions?|operations?|raids?|clash\w*|strikes?|separate|similar|house|houses|vehicle|days?|weeks?|hours?)\b/i;
const SECURITY = new Set(["PK_ARMY", "PK_FC", "PK_CONSTABULARY", "PK_POLICE", "PK_SECURITY", "PK_AIR_FORCE", "AF_FORMER_GOV"]);
function categoryOf(a: { id: string; insurgent?: boolean }): CasualtyStatement["category"] {
  if (a.insurgent) return "militants";
  if (SECURITY.has(a.id) || a.id === "AF_TALIBAN") return "security_forces";
  if (a.id === "CIVILIANS" || a.id === "FOREIGN_NATIONALS") return "civilians";
  return "militants";
}

const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20,
};
