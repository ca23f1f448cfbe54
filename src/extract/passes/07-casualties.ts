import { SECURITY_FORCE_IDS } from "../../domain/index.js";
import type { ActorMention } from "../actors.js";
import { INJURE_ACTIVE, INJURE_PASSIVE, KILL_ACTIVE, KILL_PASSIVE } from "../data/cues.js";
import { CIVIL_PERSON, MILITANT_ASSOCIATE, OTHER_PERSON } from "../data/people.js";
import { NamedGates, gated } from "../gate.js";
import type { NumberMention } from "./03-numbers.js";

/**
 * Pass 07: casualty statements. "Two constables were martyred" (count before a passive verb), "killing
 * at least 26 people, 14 of them soldiers" (count after an active verb, then a subset), "the toll rose to
 * 101" (a revision), "the bomber was also killed" (a definite singular). Each statement carries the
 * category of the people counted, read from the actor lexicon over the counted noun phrase.
 */
export type CasualtyCategory = "total" | "security_forces" | "civilians" | "militants";

export interface CasualtyStatement {
  kind: "killed" | "injured";
  value: number | null;
  category: CasualtyCategory;
  /** "14 of them soldiers": part of a total stated alongside. */
  subset: boolean;
  /** "three more", "two other soldiers": adds to what was said before. */
  more: boolean;
  /** "the toll rose to 47": a revised total, the largest one wins. */
  toll: boolean;
  /** A toll revised outright ("revised down to nine", "eight, not eleven"): it wins over larger ones told before. */
  revised?: boolean;
  /** An earlier figure recalled ("officials had initially put the toll at 12"). */
  superseded?: boolean;
  /** Militants counted because they died attacking ("the bomber was also killed"). */
  attacker: boolean;
  /** Actor id of the counted people, when the lexicon named them. */
  actor: string | null;
  /** "the rest were passengers": the remainder of the total. */
  rest?: boolean;
  /** "every victim was a pilgrim", "all of them students": the whole total is of this side. */
  all?: boolean;
  /** A civilian part of a count of "people" ("26 people, among them 11 women"): the others not named are civilians too. */
  civRest?: boolean;
  /** "Three more succumbed": a count added with no noun of its own, of the people told before. */
  bare?: boolean;
  /** "a third soldier died", "a fourth was hurt": the ordinal the person is told by (one more, unless the people counted
   * before of that kind already reach it: "killing three policemen ... a third constable died overnight"). */
  ordinal?: number;
  /** The category was taken from the count before ("a soldier was killed and two more wounded"). */
  inherited?: boolean;
  /** Deaths among the wounded ("two of the injured died", "one of them later succumbed"): of the wounded's side. */
  fromWounded?: boolean;
  /** Deaths told as of people counted among the wounded before, whatever their side ("one of the wounded constables
   * died", "two of the injured succumbed"): the tally takes them off the wounded when they add to the dead. */
  woundedDeath?: boolean;
  /** A figure the attackers' side claims ("the group claimed to have killed 15"): counts only when no one else gives one. */
  claimed?: boolean;
  /** A claimed figure that the report says was rejected or unverified: never the toll. */
  contested?: boolean;
  /** A figure any side is told as claiming ("claiming that ten soldiers had been killed"): dropped only where another
   * count of the same people (kind and category) is told. */
  hearsay?: boolean;
  start: number;
  end: number;
  confidence: number;
}

const MILITANT_IDS = new Set(["TTP", "JUA", "HGB", "LI", "ISKP", "AQ", "LEJ", "BLA", "BLF", "BALOCH_OTHER", "MILITANTS", "PK_OTHER", "AF_OTHER"]);
const CIVILIAN_IDS = new Set(["CIVILIANS", "FOREIGN_NATIONALS"]);

const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).join("|");
const KILL_P = new RegExp(`\\b(?:${alt(KILL_PASSIVE)})\\b`, "gi");
const INJ_P = new RegExp(`\\b(?:${alt(INJURE_PASSIVE)})\\b`, "gi");
const KILL_A = new RegExp(`^(?:${alt(KILL_ACTIVE)})$`, "i");
const INJ_A = new RegExp(`^(?:${alt(INJURE_ACTIVE)})$`, "i");
const GENERIC_PEOPLE = /^(?:people|persons|individuals|others?|those|men|souls|lives|bodies|of the)\b/i;
const SUBSET_BEFORE = /(?:of them|of whom|including|among them|among the (?:dead|killed|injured|wounded|victims)|of the (?:dead|killed|injured|wounded|victims|casualties)|namely)\s*(?:were\s+)?$/i;
const MORE = /\b(?:more|other|another|further|additional)\b/i;
/** "Four others lost their lives in hospital": others of the dead told before (not "killing two and injuring three others"). */
const OTHERS = /\bothers\b/i;
/** "Another eight died", "a further two succumbed": the count before its noun adds to the people told before. */
const MORE_BEFORE = /\b(?:another|a further|an additional|further|additional)\s+(?:(?:at least|some|about|around|nearly)\s+)?$/i;
/** A death told after the wounding: "two injured constables later succumbed" adds to the dead. */
const ORDINAL_HEAD = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s/i;
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
/** The first ordinal word in a phrase: "a third constable" 3. */
function ordinalOf(phrase: string): number | null {
  const m = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(phrase);
  return m ? ORDINALS[m[1].toLowerCase()] : null;
}
const LATER_DEATH = /^(?:succumbed|died|passed away|expired|breathed|lost)/i;
/** A death told as of wounds: "died of his injuries", "died in hospital", "on the way to hospital". */
const WOUNDS_AFTER = /^[^.;]{0,12}?\b(?:of (?:his|her|their) (?:injuries|wounds)|in (?:the )?hospital|on the way to (?:the )?hospital|during treatment|while being treated)\b/i;
const TOLL = /\b(?:death toll|toll|(?:casualty |death |earlier |initial |first |official |final |revised |latest )?figure(?= (?:of|at|was|had|has|stood|stands|rose|climbed)\b)|(?:the )?(?:dead|fatalities|deaths)(?= (?:had |has |have )?(?:numbered|risen|rose|climbed|reached|stood|increased|jumped|mounted))|number of (?:the )?(?:dead|deaths|casualties|fatalities|people|persons|those|\w+)(?: (?:killed|dead|martyred|injured|wounded))?)\b/i;
const TOLL_G = new RegExp(TOLL.source, "gi");
const ACTIVE_WORDS = /\b(?:gunning down|shooting dead|killing|kills|kill|left|leaving|wounding|injuring|hurting|maiming|claimed the lives of|claiming the lives of|martyring|eliminating|neutralising|neutralizing)\b/gi;
const TOLL_VERB = /\b(?:numbered|rose|risen|rising|climbed|reached|jumped|increased|went up|gone up|mounted|stood|stands|has risen|was|is|hit|touched|surged|grew|put|climbing)\s+(?:to\s+|at\s+)?$/i;
const RANKS = /^(?:Sepoy|Naik|Lance Naik|Havildar|Subedar|Naib Subedar|Major|Maj|Captain|Capt|Lieutenant|Lt|Colonel|Col|Brigadier|Constable|Head Constable|ASI|SHO|DSP|SSP|Sub-Inspector|Assistant Sub-Inspector|Inspector)$/i;
/** "killed in the bombing in Bannu on Friday: three soldiers, ...": the breakdown after the verb's own phrases. */
const PP_LEAD = /^\s+(?:in|on|at|near|during|when|after)\b[^.;:,\d]{0,60}?(?::|\s-\s)\s*/i;
/** "a fourth was evacuated to Peshawar", "another was": one more of the people counted before. */
const ORDINAL_ONE = /(?:^|[\s,;])(?:and\s+|while\s+|but\s+)?(?:another|one other|a second|a third|a fourth|a fifth|a sixth|one more)\s+(?:(?:was|were|had been|also|later)\s+)+(?:[\w'-]+\s+){0,4}$/i;
/** Between two joined counts, the first one's force named after "of"/"from": " border guards of the Islamic Emirate and ", " soldiers from the Emirate's forces and ". */
const FORCE_OF_GAP = /^\s*(?:[\p{L}-]+\s+){0,3}?(?:of|from)\s+(?:the\s+)?(?:[\p{L}'\u2019-]+\s+){0,3}?[\p{L}'\u2019-]+(?:\s+and\s+|,\s+and\s+)$/u;
/** The people's ages after their noun ("Two boys, aged nine and ten, were hurt"): no measure of the count before it. */
const AGES_AFTER_NOUN = /^(\s+[\p{L}-]+),?\s+aged\s+(?:[\p{L}\d-]+(?:,\s*|\s+and\s+|\s*&\s*)){0,5}[\p{L}\d-]+,?(?=\s)/u;
/** A participle phrase set off by commas: "the contractor, pulled from the rubble, was ...". */
const PARTICIPLE_ASIDE = /,\s+(?:[a-z]+(?:ed|en)|shot|hit|caught|left|trapped|found)\b[^,;.]{0,40},(?=\s+(?:(?:was|were|had|has|also|later)\b)[^,]*$)/g;
/** An aside naming a part of the count before it: ", four of them children,", " - including two women - ", "(among them a boy)". */
const PAREN_SUBSET = /(?:,|\s-\s?|\u2014|\()\s*(?:(?:among them|including|of whom|among whom)\b[^,()\u2014]{1,50}?|[\w-]+ of (?:them|whom)\b[^,()\u2014]{0,40}?)\s*(?:,|\s?-\s|\u2014|\))\s*(?:(?:were|was|had been|have been|also|later|all|had|have|still)\s+)*$/i;
const inRangeNumbers = (numbers: NumberMention[], s: number, e: number): NumberMention[] => numbers.filter((x) => x.start >= s && x.end <= e);
/** A side with no casualties: "no soldier was harmed", "none of the troops was hurt", "the convoy escaped without casualties". */
const ZERO_SIDE = /\b(?:no|none of (?:the|our|its|their))\s+((?:[\w-]+\s+){0,2}?(?:soldiers?|troops?|policem[ae]n|police(?: personnel| officials?)?|personnel|jawans?|officials?|officers?|men|sepoys?|constables?|one (?:on|from) (?:our|the security forces'?|the police) side|one (?:of|among) (?:our|the) (?:men|troops|personnel|jawans|policemen))|one on our side)\s+(?:(?:was|were|had been|has been|have been|got|suffered|sustained)\s+)?(?:\w+\s+)?(killed|injured|hurt|harmed|wounded|martyred|injuries|casualties)\b|(?<=\b(?:the|our|own) (?:[\w-]+\s+){0,2}?(?:patrol|convoy|troops|soldiers|policemen|personnel|team|party|men)\s+)(?:escaped|remained|were|was|returned)\s+(unhurt|unharmed|unscathed|safe|without (?:any )?(?:casualties|injur(?:y|ies)|a scratch|loss of life))/gi;
/** The one person an aside names: ", among them a shopkeeper,", " - including the shop's owner - ". */
const ASIDE_ONE = /^\s*(?:,|\s-\s?|\u2014|\()\s*(?:among them|including|among whom)\s+(?:a|an|one|the)\s+((?:[\w-]+['\u2019]s\s+)?(?:[\w-]+\s+)?[\w-]+)\s*(?:,|\s?-\s|\u2014|\))/i;
/** A name set off by commas after the person it names: "a constable, Zahid Khan, was ...". */
const APPOSITION = /,\s+[\p{Lu}][\p{L}'.-]+(?:\s+[\p{Lu}][\p{L}'.-]+){0,3},(?=\s*$|\s+(?:(?:was|were|had|has|also|later|sustained|suffered|received|got|incurred|died|succumbed|embraced|lost)\b)[^,]*$)/gu;
/**
 * "the driver of the van, a head constable, died of his wounds": a person told by what they did, then by who they were,
 * set off by commas before the verb; the apposition is the subject the count reads (the words before it blanked).
 */
const COMMON_APPOSITION = /\b(?:the|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,5}?,\s+((?:a|an|the)\s+[\w'-]+(?:\s+[\w'-]+){0,2}),(?=\s*$|\s+(?:(?:also|later|then)\s+)?(?:was|were|had|has|died|succumbed|embraced|passed away|lost)\b[^,]*$)/giu;
function keepApposition(m: string, a: string): string {
  const at = m.lastIndexOf(a);
  return " ".repeat(at) + a + " ".repeat(m.length - at - a.length);
}
/** Asides about the person between the person and the verb, as military releases tell them: "one soldier, a 26-year-old
 * resident of District Karak, having fought gallantly, embraced shahadat", "a constable, aged 32, was wounded". */
const PERSON_ASIDE = /(?:,\s+(?:(?:a|an)\s+)?(?:\d{1,2}-year-old|aged\s+\d{1,2}\b|resident of|hailing from|having\s+(?:fought|battled|resisted|displayed|shown|put up))[^,;.]{0,60})+,/gi;
const PERSON_ASIDE_ONE = new RegExp(PERSON_ASIDE.source, "i");
/** "a neighbour who rushed to help was wounded": the relative clause between the person and the verb. */
const RELATIVE_CLAUSE = /(\S)\s+who\s+[^.;,]{3,80}?\s+((?:was|were|had been|has been)\s+[^\s]*\s*)?$/i;
const NON_PERSON = /\b(?:family|household|clan|tribe|vehicle|car|van|truck|bus|bomb|device|house|home|building|post|checkpost|school|mosque|shop|tower|bridge|road|area|day|week|month|year|statement|report|attack|blast|explosion|operation|case|number|toll|figure|part|section|roof|wall|him|her|them|it)\b/i;
/** "A fourth person, a passer-by, was also hurt", "a third soldier was martyred": one person more, by an ordinal. */
const ORDINAL_PERSON = /(?:^|[.;:]\s*|,\s*(?:and|while)\s+|\s(?:and|while)\s+)(?:a|one|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+((?:[\w-]+\s+){0,2}?[\w-]+)(?:\s*,\s*[^,.;]{2,40},)?\s+(?:was|had been|has been|is)\s+(?:(?:also|later|reportedly|critically|seriously|slightly|badly)\s+)*$/i;
const PERSON_HEAD = /^(?:(?:[\w-]+\s+){0,2})?(?:person|man|woman|boy|girl|child|victim|individual|civilian)$/i;
/** A force's vehicle or post named right after the force: "a Levies pickup", "an FC vehicle", "the police station". */
const FORCE_THING = /^\s*(?:[\w-]+\s+)?(?:vehicles?|vans?|pickups?|trucks?|jeeps?|cars?|convoy|patrol|mobiles?|buses|bus|posts?|check ?posts?|stations?|pickets?)\b/i;
const FORCE_THING_END = /\s(?:vehicles?|vans?|pickups?|trucks?|mobiles?|posts?|check ?posts?|stations?|pickets?)$/i;
/** An object right after a verb: "shot dead its owner", "gunned down a cleric", "killed the two guards". */
const ACTIVE_OBJECT = /^\s+(?:(?:a|an|the|his|her|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?!(?:same|next|previous|following|day|night|morning|evening|week|month|year)\b)|(?:him|them|her)\b)/i;
/** A passive auxiliary or "who/that were" before a participle: "were shot dead", "had been killed", "got gunned down". */
const PASSIVE_AUX = /\b(?:was|were|is|are|been|being|be|got|get|gets)\s+(?:(?:also|reportedly|allegedly|later|then|all|both|brutally|mercilessly)\s+)*$/i;
/** Between a death count and the wounded who died among it: "…, five of the wounded having died", "… after four of the injured …". */
const WITHIN_LINK = /^[^.;]{0,40}?(?:\b(?:after|with|including|as|since)\s+(?:(?:another|a further|at least)\s+)?|,\s*)$/i;
const OF_INJURED = /^\s+of (?:the|those) (?:\w+ )?(?:injured|wounded)\b/i;
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** A figure revised: "corrected to nine", "revised it downward to 16", "lowered the count to 14". */
const REVISION = gated(/\b(?:revised|corrected|lowered|reduced|brought down|scaled (?:down|back)|updated|amended|adjusted)(?:\s+(?:it|them|this|that|the (?:[\w-]+ )?(?:figures?|counts?|tally|number|toll|estimates?)))?(?:\s+(?:down(?:wards?)?|up(?:wards?)?))?\s+to\s+(?=\S)/gi);
/** "killed or wounded", "dead or injured", "killing or maiming": the dead and the hurt counted as one, a count of neither. */
const EITHER_AFTER = /^\s+or\s+(?:were\s+|was\s+)?(?:seriously\s+|badly\s+)?(?:wounded|injured|hurt|maimed|wounding|injuring|maiming|hurting)\b/i;
const EITHER_BEFORE = /\b(?:killed|dead|died|martyred|killing|slain)\s+or\s+$/i;
const CASUALTY_WORD = /\b(?:killed|dead|died|deaths?|toll|martyred|lives|bodies|fatalit\w*|casualt\w*|injured|wounded|hurt)\b/i;
const ONLY_WOUNDED = /^(?![\s\S]*\b(?:killed|dead|died|deaths?|martyred|lives|bodies|fatalit\w*|death toll)\b)[\s\S]*\b(?:injured|wounded|hurt)\b/i;
/** What "of one" counts when it is no person: "of one (extended) family", "of a single household", "of one clan". */
const ONE_GROUP_AFTER = /^\s+(?:[\w-]+\s+)?(?:family|families|household|clan|tribe|house|home|village|compound)\b/i;
/** A pronoun subject dying: "he died on the spot", "they were killed in the exchange of fire", "they were all shot dead". */
const PRONOUN_DEATH = /(?:^|[;:,]\s*|\b(?:and|but|where|after which)\s+)(he|she|they)\s+(?:(?:also|later|then|all|both|themselves|himself|herself)\s+)*(?:(?:was|were|had been|have been|got)\s+(?:(?:also|later|then|all|both)\s+)*(?:killed|shot dead|gunned down|neutrali[sz]ed|eliminated)|(died|succumbed|passed away|perished))\b/gi;
const PRONOUN_SUBJECT = /\b(?:he|she|they)\b/i;
/** People nouns a pronoun may stand for, attackers and others (the last before the pronoun is its antecedent). */
const PEOPLE_NOUN = /\b(?:(?:suicide\s+)?bombers?|attackers?|assailants?|gunm[ae]n|militants?|terrorists?|raiders?|insurgents?|khawarij|men|man|wom[ae]n|boys?|girls?|child(?:ren)?|people|persons?|policem[ae]n|constables?|soldiers?|troops|guards?|personnel|officers?|officials?|drivers?|passengers?|workers?|labourers?|residents?|villagers?|shopkeepers?|owners?|vaccinators?|teachers?|students?|brothers?|sons?|relatives?|victims?|civilians?|commandos?|jawans?|sepoys?|presidents?|leaders?|chiefs?|elders?|lawyers?|journalists?|reporters?|judges?|clerics?|scholars?|traders?|politicians?|candidates?|ministers?|commanders?|inspectors?|cameram[ae]n|doctors?|patients?|pilgrims?|worshippers?|customers?|farmers?|tribesm[ae]n|members?|nephews?|cousins?|fathers?|daughters?|wife|husband|son|spokesm[ae]n)\b/gi;
const ATTACKER_HEAD = /^(?:(?:suicide\s+)?bombers?|attackers?|assailants?|gunm[ae]n|militants?|terrorists?|raiders?|insurgents?|khawarij)$/i;
/**
 * The people a pronoun stands for: the subject of the last main clause before it that names people of its number, in
 * its own sentence, else in the sentence before ("Two policemen were wounded when gunmen fired. They later died": the
 * policemen; "a bomber blew himself up and three attackers forced their way in. They were killed": the attackers), with
 * the words before the noun.
 */
function lastPeople(before: string, one: boolean, nearest = false): { noun: string; before: string } | null {
  const cuts = [...before.matchAll(/[.!?]["'\u201d\u2019]?\s+(?=["'\u201c\u2018]?[A-Z])/g)].map((m) => m.index! + m[0].length);
  const own = cuts.length ? cuts[cuts.length - 1] : 0;
  const prev = cuts.length >= 2 ? cuts[cuts.length - 2] : 0;
  for (const [from, to] of [[own, before.length], [prev, own]]) {
    const span = before.slice(from, to);
    // (main clauses: cut at a semicolon and a coordinator, not at "when" or "after")
    const parts: Array<[number, number]> = [];
    let p0 = 0;
    for (const m of span.matchAll(/;|,?\s+(?:and|but|while|whereas)\s+/g)) {
      parts.push([p0, m.index!]);
      p0 = m.index! + m[0].length;
    }
    parts.push([p0, span.length]);
    // ("wounding three constables. Two of them succumbed": a count "of them" takes up the people counted last, else the
    // people named last: "The attackers fired from two sides. Two of them were killed")
    if (nearest) {
      const all = [...span.matchAll(PEOPLE_NOUN)].filter((m) => (/(?:s|men|children|people|troops|personnel|khawarij)$/i.test(m[0]) && m[0].toLowerCase() !== "gunman") !== one);
      const counted = all.filter((m) => /(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several|both)\s+(?:[\w-]+\s+){0,2})$/i.test(span.slice(Math.max(0, m.index! - 40), m.index!)));
      const m = counted.pop() ?? all.pop();
      if (m) return { noun: m[0], before: before.slice(Math.max(0, from + m.index! - 40), from + m.index!) };
      if (!cuts.length) break;
      continue;
    }
    for (const [a, b] of parts.reverse()) {
      for (const m of span.slice(a, b).matchAll(PEOPLE_NOUN)) {
        const w = m[0].toLowerCase();
        const plural = /(?:s|men|children|people|troops|personnel|khawarij)$/.test(w) && w !== "gunman";
        if (plural === one) continue;
        const at = from + a + m.index!;
        return { noun: m[0], before: before.slice(Math.max(0, at - 40), at) };
      }
    }
    if (!cuts.length) break;
  }
  return null;
}
/** A killing verb whose object is a pronoun or quantifier: "killed them", "shot both dead", "gunned them all down". */
const PRONOUN_KILL = gated(/\b(killed|killing|gunned down|gunning down|executed|murdered|slaughtered|shot)\s+(them(?: all)?|both(?: of them)?)(?:\s+(down))?(\s+dead)?\b(?!\s+(?:of|in|with)\b)/gi);
const OWN_ZERO = gated(/\b(?:(?:own|our|the) )?(troops|soldiers|forces|side|men|personnel|jawans|policemen|police party|patrol|convoy)\b(?:\s+(?:responded|returned fire|retaliated|fought back)[^.;]{0,30}?\band)?\s+(?:(?:also|however)\s+)?(?:suffered|sustained|had|reported|remained|stayed|were|was)\s+(?:no\s+(loss(?:es)? of (?:life|lives)|casualties|losses|injuries|fatalities|deaths)|(safe|unhurt|unharmed|unscathed))\b/gi);
const AMONG_N = gated(/\b(?:(were|was) among|among) the ((?:at least )?[\w,-]+) (dead|killed|victims|people killed|injured|wounded|people injured|people wounded)\b(?:\s+(?:were|was|included)\s+)?/gi);
const OF_THE_DEAD = gated(/\b(?:of|among) the (dead|killed|deceased|victims|slain|martyred|injured|wounded|hurt)\s*,\s*/gi);
const DEATHS = gated(/\b(?:deaths|fatalities)\b/gi);
/**
 * The attackers' side telling its own figure: "the group claimed to have killed 15", "the militants' statement spoke of
 * seven soldiers killed", "the outfit boasted of killing", "their spokesman put the toll at 20".
 */
const CLAIMED_COUNT = gated(/\b(?:the (?:group|outfit|militants|insurgents|attackers|terrorists|separatists|rebels|organi[sz]ation|faction|khawarij|banned (?:group|outfit))(?:['\u2019]s?)?|(?:its|their) (?:statement|spokesman|message|claim|commander))(?: (?:statement|spokesman|message|claim|commander|media wing))?\b[^.;]{0,110}?\b(?:claim(?:ed|s|ing)?|boast(?:ed|s|ing)?|spoke of|speaks of|put (?:the|its) (?:toll|number|figure)|said (?:it|they|its (?:fighters|men)|their (?:fighters|men)) (?:had |have )?(?:killed|martyred|eliminated|wounded|injured))\b/gi);
/** After a group's name, the group telling what it did: ", in a statement emailed to reporters, said it had", " said its fighters". */
const GROUP_SAID = /^(?:['\u2019]s?)?(?:\s*\([^)]{0,20}\))?[^.;"\u201c]{0,90}?\b(?:said|says|stated|announced|boasted|asserted|told [^.;]{0,40}?)(?: that)? (?:it|they|its (?:fighters|men|militants|members|cadres|sarmachars|fidayeen|mujahideen)|their (?:fighters|men|members))(?: had| has| have)?\b/i;
/** The claim called false or left unconfirmed by the report: "which an official rejected as propaganda", "could not be verified". */
/** Any side's claim of a figure, "claiming that ten soldiers had been killed", "claimed to have killed 40": hearsay of that
 * side's count, not the toll, where someone else counts the same people. */
const CLAIMED_THAT = gated(/\bclaim(?:ed|ing|s)\s+(?:that\s+|to have\s+(?=killed|martyred|eliminated|wounded|injured)\b)/gi);
const CONTESTED = /\b(?:rejected|dismissed|denied|refuted|disputed|called (?:it |the claim )?(?:baseless|fabricated|false|propaganda|fiction|exaggerated)|as (?:baseless|fabricated|false|propaganda|exaggerated|fiction)|could not be (?:independently )?(?:verified|confirmed)|unverified|unconfirmed|no evidence)\b/i;
const OF_WHOM_N = gated(/,\s*(?:of whom|among whom|among them|of them)\s+(?=\w)/gi);
const FAMILY_OF = gated(/\bfamily of (?=\w)/gi);
const FAMILY_KILLED = /\b(?:kill\w*|dead|died|martyred|wiped out|perished|lost their lives|shot dead|gunned down|massacred)\b/i;
/** "lost two men", "lost three of their own", "lost four soldiers": the dead of the side that lost them (group 1: the count and noun). */
const LOST_MEN = gated(/\b(?:lost|losing)\s+(?:(?:at least|some|about)\s+)?(\w+(?:-\w+)?\s+(?:of (?:their|its|his|our) (?:own|men|comrades|colleagues|soldiers|fighters|personnel|troops|guards|members|mujahideen)|(?:[\w-]+\s+)?(?:m[ae]n|soldiers?|troops|fighters?|personnel|members?|comrades?|colleagues?|jawans?|policem[ae]n|guards?|officers?|mujahideen|sepoys?|constables?)))\b/gi);
const ATTACKER_WORD = "(?:(?:lone|suicide|would-be|teenage|young|female|second|third)\\s+)*(?:bomber|attacker|assailant|gunman|militant|terrorist|raider|insurgent)";
const ATTACKER_AMONG = gated(new RegExp(`\\b(?:toll|figure|count|tally|total|number|dead)(?: of (?:at least )?[\\w,-]+)? (?:also )?(?:includes?|included|counts?|counted|covers?)\\s+(?:the|a|one)\\s+${ATTACKER_WORD}\\b|\\b(?:including|among them|among whom|among the dead (?:was|were))\\s+(?:the|a|one)\\s+${ATTACKER_WORD}\\b|\\b(?:the|a|one)\\s+${ATTACKER_WORD}\\s+(?:(?:was|being)\\s+)?(?:among (?:them|the dead|those killed|the (?:[\\w-]+ )?(?:dead|killed|victims))|included)\\b`, "gi"));
/** The last casualty word before a phrase: which kind of count it belongs to. */
const KIND_WORD = /\b(?:killed|killing|dead|died|martyred|lives|deaths|bodies|toll|figure|injured|injuring|wounded|wounding|hurt)\b/gi;
const AND_HIMSELF = gated(/\b(?:killing|killed|kills)\s+[^.;]{1,60}?\s+(?:and|as well as|along with)\s+himself\b/gi);
/** After a toll, the same toll told again by a pronoun: "; it rose to four by nightfall", ", and this later climbed to 12". */
const TOLL_AGAIN = /^[^.]{0,80}?(?:;|,\s*(?:and|but)|\band|\bbut)\s+(?:it|this|that|the (?:toll|figure|number))\s+(?:(?:later|then|subsequently|had|has|eventually|soon)\s+)*(?:rose|risen|climbed|jumped|increased|went up|gone up|mounted|reached|grew|surged)\s+to\s+(?=\S)/i;
/** A toll brought down: "was lowered to 14", "has been revised downward to nine". */
const DOWN_REVISION = /\b(?:revised|corrected|lowered|reduced|brought down|scaled (?:down|back)|amended|adjusted|down(?:wards?)?)\b/i;
/** An earlier figure recalled: "officials had initially put the number of dead at 20", "the earlier figure of 11". */
const EARLIER_FIGURE = /\b(?:initial(?:ly)?|first|earlier|previous(?:ly)?|original(?:ly)?|had (?:put|given|said|reported|been put|stood))\b/i;
/** What a number counts when it is not people: "to 3 per cent", "to two hours". */
const NOT_PEOPLE_AFTER = /^\s*(?:per ?cent|%|percent|hours?|days?|weeks?|months?|years?|km|kilomet\w+|metres?|rupees|rs|million|billion|crore|lakh|points?)\b/i;
/** "eight, not eleven", "nine rather than 12": the first of two figures corrects the second. */
const NOT_INSTEAD = /^\s*,?\s*(?:and\s+)?(?:not|rather than|instead of)\s+$/i;
const CUE_AFTER = /^[^.;]{0,30}?\b(killed|dead|died|martyred|lost their lives|perished|injured|wounded|hurt)\b/i;
/** Between a count and "dead": an active "shot/gunned <object>" ("two men on a motorcycle shot the cleric dead"). */
const SHOT_OBJECT = /\b(?:shot|gunned|stabbed|beat|hacked|clubbed|bludgeoned)\s+(?:the|a|an|his|her|their|its|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+[^,;]{0,40}$/i;
const NEG_BEFORE = /\b(?:no|none|not|nobody|without)\s+(?:\w+\s+){0,3}$/i;

const PRO_ANTI = gated(/\b(?:pro|anti)[-\u2010\u2011]\w/i);
const PRO_ANTI_BEFORE = /\b(?:pro|anti)[-\u2010\u2011]$/i;
/** "mujahideen", "mujahids": fighters in the words of the side they fight for (not the name Mujahid). */
const MUJAHIDEEN = gated(/\bmujahid(?:een|een's|in|s)\b/gi);

/**
 * The fighters a statement calls mujahideen belong to the side it speaks for: the Islamic Emirate's forces when the
 * sentence names the Emirate or the Taliban (an insurgency before August 2021), a group's men when it names that group;
 * neither or both named, no side.
 */
function withMujahideen(text: string, start: number, clause: string, actors: ActorMention[]): ActorMention[] {
  const af = actors.find((a) => a.id === "AF_TALIBAN" || a.id === "AF_GOV");
  const group = actors.find((a) => MILITANT_IDS.has(a.id) && a.id !== "MILITANTS");
  if (!af === !group) return actors;
  const extra: ActorMention[] = [];
  const re = MUJAHIDEEN.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause)) !== null) {
    const s = start + m.index;
    if (actors.some((a) => a.start <= s && a.end > s)) continue;
    const insurgent = !!af && (af.insurgent || af.insurgentSpeaker);
    extra.push({ start: s, end: s + m[0].length, text: text.slice(s, s + m[0].length), id: af ? "AF_TALIBAN" : group!.id, confidence: 0.6, ...(insurgent ? { insurgent } : {}) });
  }
  return extra.length ? [...actors, ...extra].sort((a, b) => a.start - b.start) : actors;
}

/** Category of the people named in [start, end). */
function categorize(actors: ActorMention[], start: number, end: number): { category: CasualtyCategory; actor: string | null } {
  for (const a of actors) {
    if (a.start < start || a.start >= end || a.role === "speaker") continue;
    if (a.insurgent) return { category: "militants", actor: a.id };
    if (SECURITY_FORCE_IDS.has(a.id)) return { category: "security_forces", actor: a.id };
    if (MILITANT_IDS.has(a.id)) return { category: "militants", actor: a.id };
    if (CIVILIAN_IDS.has(a.id)) return { category: "civilians", actor: a.id };
  }
  return { category: "total", actor: null };
}

/** Category of the people in [start, end), or civilians when the words name kin or a civil occupation. */
function personCategory(actors: ActorMention[], text: string, start: number, end: number): { category: CasualtyCategory; actor: string | null } {
  const c = categorize(actors, start, end);
  if (c.category !== "total") return c;
  if (ASSOCIATE.test(text.slice(start, end))) return { category: "militants", actor: "MILITANTS" };
  return CIV_PERSON.test(text.slice(start, end)) ? { category: "civilians", actor: null } : c;
}

/** The noun phrase after a count: up to the next clause boundary, at most ~6 words. */
function nounPhraseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, Math.min(limit, from + 70));
  const m = /[,;:.()]|\s[-\u2013\u2014]\s|\s(?:and|when|while|as|after|before|in|on|at|near|during|who|which|were|was|had|have|has|said|including|among|from|inside|outside|since|with)\b/i.exec(rest);
  return from + (m ? m.index : rest.length);
}

interface Ctx {
  text: string;
  numbers: NumberMention[];
  actors: ActorMention[];
}

function numberEndingNear(ctx: Ctx, lo: number, hi: number): NumberMention | null {
  let best: NumberMention | null = null;
  for (const n of ctx.numbers) {
    if (n.start >= lo && n.end <= hi) best = n;
    if (n.start >= hi) break;
  }
  return best;
}

const ASSOCIATE = new RegExp(`\\b(?:${alt(MILITANT_ASSOCIATE)})\\b`, "i");
const CIV_PERSON = new RegExp(`\\b(?:${alt(CIVIL_PERSON)})\\b`, "i");
const ANY_PERSON = new RegExp(`\\b(?:${alt(CIVIL_PERSON)}|${alt(OTHER_PERSON)})\\b`, "gi");
/** A person word of a casualty list names civilians unless it is of no side ("people", "guards"). */
const isCivilPerson = (s: string): boolean => CIV_PERSON.test(s);
/** Words that end a noun phrase in a list: a verb or clause word means the words are no longer people. */
const NOT_IN_ITEM = /\b(?:was|were|is|are|had|has|have|been|be|said|says|told|when|after|before|while|who|whom|which|that|killed|injured|wounded|died|dead|martyred|attacked|opened|fired|hit|struck|in|on|at|near|from|with|(?<!-)by|during|into|including|among)\b|[;:.()"]/i;
const ITEM_DET = /^(?:(a|an|one|the|his|her|their|its|another|each)\s+)?/i;
const PLURAL_HEAD = /(?:[^s]s|men|children|people|folk|police|personnel|staff|levies|kin|passers[- ]?by|youth|khawarij|mujahideen|fidayeen|taliban|militia|army|military)$/i;

/** Force and group words that name one person ("a policeman", "an FC sepoy"), not a body ("the army"). */
const FORCE_PERSON = /\b(?:\w*m[ae]n|soldiers?|sepoys?|jawans?|troopers?|constables?|cops?|officers?|officials?|guards?|inspectors?|superintendents?|commanders?|militants?|terrorists?|attackers?|assailants?|insurgents?|bombers?|gunm[ae]n|fighters?|khawarij|kharjis?|naiks?|havildars?|subedars?|majors?|captains?|lieutenants?|colonels?|brigadiers?|sho|dsp|asi|ssp|dpo|commandos?|personnel|members?|raiders|miscreants?|jihadists?|extremists?|outlaws|kidnappers?|abductors?|wardens?|khasadars?|persons)\b/i;

const FORCE_RANK = /\b(?:captain|major|lieutenant|colonel|brigadier|sepoy|naik|lance naik|havildar|subedar|jawan|constable|head constable|inspector|sub-inspector|assistant sub-inspector)\b/i;

export interface ListItem {
  start: number;
  end: number;
  value: number;
  category: CasualtyCategory;
  actor: string | null;
  /** Counted by a number ("two sons"), not by a singular determiner ("his wife"). */
  numbered: NumberMention | null;
}

/**
 * One person item of a casualty list in [p, e): "a farmer", "his two sons", "the driver of the coach",
 * "three FC personnel", "a police guard". Null when the words are not people, or a plural has no count.
 */
function listItem(ctx: Ctx, p: number, e: number, bare = false): ListItem | null {
  const { text, actors } = ctx;
  const seg = text.slice(p, e);
  if (!seg.trim() || seg.length > 70) return null;
  // a number first ("at least five", "a dozen"), else a determiner and maybe a number ("his two sons")
  let n = ctx.numbers.find((x) => x.start === p);
  const d = n ? null : ITEM_DET.exec(seg)!;
  let q = p + (d ? d[0].length : 0);
  if (!n) n = ctx.numbers.find((x) => x.start === q);
  // ("his driver and guard", "the judge's son and nephew": after "and", a singular person word shares the determiner before)
  if (!d?.[1] && !n && !(bare && /^[\s\w-]+$/.test(seg) && seg.trim().split(/\s+/).length <= 2 && ANY_ONE.test(seg.trim()) && !PLURAL_HEAD.test(seg.trim()))) return null;
  if (n) {
    if (n.value === null || n.end > e) return null;
    q = n.end;
  }
  const words = text.slice(q, e);
  const rest = words.trim();
  if (!rest || rest.split(/\s+/).length > 6 || NOT_IN_ITEM.test(words)) return null;
  const cat = categorize(actors, p, e);
  // the person word: the first one named (before "of the coach", "selling tea")
  ANY_PERSON.lastIndex = 0;
  const pm = ANY_PERSON.exec(words);
  const actor = actors.find((a) => a.start >= q && a.end <= e && a.role !== "speaker");
  // "a captain and a sepoy": a rank in lower case names a soldier or policeman the lexicon did not catch
  if (cat.category === "total" && !pm && !actor && FORCE_RANK.test(words)) return { start: p, end: e, value: n ? n.value! : 1, category: "security_forces", actor: null, numbered: n ?? null };
  // "two of his accomplices", "the alleged mastermind of the attack": the attackers' helpers are militants
  if (cat.category === "total" && !actor && ASSOCIATE.test(words) && (n || !PLURAL_HEAD.test(rest))) return { start: p, end: e, value: n ? n.value! : 1, category: "militants", actor: "MILITANTS", numbered: n ?? null };
  if (cat.category === "total" && !pm) return null;
  if (!pm && !actor) return null;
  // "the military", "the police": a force named as a body is no person counted
  if (!pm && !n && !FORCE_PERSON.test(words)) return null;
  const headText = pm ? pm[0] : rest.split(/\s+/).pop()!;
  // ("the van's driver": the thing owned is no person, its owner's word is not the head)
  const before = words.slice(0, pm ? pm.index : words.length).replace(/[\w-]+['\u2019]s\b/g, " ");
  if (NON_PERSON.test(before) && !actor) return null;
  let value: number;
  if (n) value = n.value!;
  else {
    // "his sons", "the children": a plural without a count is no number
    if (PLURAL_HEAD.test(headText.trim()) && !/^(?:each|one)$/i.test(d?.[1] ?? "")) return null;
    value = 1;
  }
  const category = cat.category === "total" && pm && isCivilPerson(pm[0]) && !actor ? "civilians" : cat.category;
  return { start: p, end: e, value, category, actor: cat.actor, numbered: n ?? null };
}

/** The side of a list's people when they are all of one ("a soldier and his two sons" are not). */
function listCategory(items: ListItem[]): { category: CasualtyCategory; actor: string | null } {
  const c = items[0].category;
  return items.every((x) => x.category === c) ? { category: c, actor: items[0].actor } : { category: "total", actor: null };
}

const LIST_SEP = /^(?:\s*,\s*and\s+|\s*,?\s+(?:along|together) with\s+|\s*,\s+|\s+and\s+|\s+as well as\s+|\s+plus\s+)/i;

/** An aside naming part of a list's item, before the list goes on: ", among them three women, and ", ", including a boy, as well as ". */
const LIST_ASIDE = /^\s*,\s*(?:among them|among whom|including|of whom|[\w-]+ of (?:them|whom))\s[^,;.:()]{1,50},\s*(?:and|as well as|along with|together with|plus)\s+/i;
/** The list of people that starts at `p`: "a farmer and his two sons", "five FC men, three passengers and the driver". */
function listAfter(ctx: Ctx, p: number, end: number): ListItem[] {
  const out: ListItem[] = [];
  let at = p;
  // the list ends with the last item joined by "and": "killing 23 soldiers, the military said" is one item
  let lastAnd = 1;
  for (let guard = 0; guard < 8 && at < end; guard++) {
    const ws = /^\s*/.exec(ctx.text.slice(at, at + 4))![0].length;
    const s = at + ws;
    const d = ITEM_DET.exec(ctx.text.slice(s, s + 20))!;
    const np = nounPhraseEnd(ctx.text, s + d[0].length + 1, end);
    const it = listItem(ctx, s, np);
    // "..., the police said": the speaker of the sentence, not one of the dead
    if (!it || /^\s+(?:said|says|told|added|stated|confirmed|reported|claimed|announced)\b/i.test(ctx.text.slice(np, np + 12))) break;
    out.push(it);
    // "14 passengers, among them three women, and a police constable": the aside names some of the item before it; the
    // list goes on after it
    const aside = LIST_ASIDE.exec(ctx.text.slice(np, Math.min(end, np + 80)));
    if (aside) {
      lastAnd = out.length + 1;
      at = np + aside[0].length;
      continue;
    }
    const sep = LIST_SEP.exec(ctx.text.slice(np, Math.min(end, np + 16)));
    if (!sep) break;
    if (/\band\b|as well as|plus|with/i.test(sep[0])) lastAnd = out.length + 1;
    at = np + sep[0].length;
  }
  return othersOfSide(ctx, out.slice(0, lastAnd));
}

/**
 * "a former chairman, his two nephews and four other people", "an elder, his bodyguard and three relatives": others
 * and a civilian's own guard counted in a list of civilians are civilians too.
 */
function othersOfSide(ctx: Ctx, items: ListItem[]): ListItem[] {
  if (items.length < 2 || !items.some((x) => x.category === "total")) return items;
  const sides = items.filter((x) => x.category !== "total");
  if (!sides.length || !sides.every((x) => x.category === sides[0].category)) return items;
  // ("a militant commander and his guard", "a police officer and two of his guards": a man's own guards are of his side)
  const side = sides[0];
  const re = side.category === "civilians" ? OTHERS_ITEM : OWN_GUARD_ITEM;
  return items.map((x) => (x.category === "total" && re.test(ctx.text.slice(x.start, x.end)) ? { ...x, category: side.category, actor: side.category === "civilians" ? x.actor : side.actor } : x));
}
/** A singular person word of no known side ("commander", "guard"), for "the commander and two of his guards". */
const ANY_ONE = new RegExp(`\\b(?:${alt(OTHER_PERSON)}|${alt(CIVIL_PERSON)})$`, "i");
const OWN_GUARD_ITEM = /\b(?:his|her|their)\s+(?:(?:body|private|personal|security)\s*)?guards?\b/i;
const OTHERS_ITEM = /\bother\s+(?:people|persons|men|women|villagers|relatives|individuals|passengers|residents)\b|\b(?:his|her|their)\s+(?:(?:body|private|personal|security)\s*)?guards?\b/i;

/** The list of people that ends at `hi` (the subject of a passive verb): "A judge, his driver and a police guard". */
function listBefore(ctx: Ctx, lo: number, hi: number): ListItem[] {
  const { text } = ctx;
  const aux = /(?:\s+(?:were|was|had been|have been|has been|had|have|has|are|is|also|all|both|later|reportedly|themselves|too|each|allegedly|still|being))*\s*$/i.exec(text.slice(lo, hi))!;
  const e = lo + aux.index;
  const win = text.slice(lo, e);
  if (!win.trim() || /,\s*$/.test(win)) return [];
  const seps = [...win.matchAll(/\s*,\s*and\s+|\s*,\s+|\s+and\s+|\s+as well as\s+/gi)];
  const out: ListItem[] = [];
  let right = e;
  for (let k = seps.length - 1; k >= -1; k--) {
    const left = k >= 0 ? lo + seps[k].index! + seps[k][0].length : lo;
    const it = listItem(ctx, left, right, k >= 0 && right === e && /\band\s*$/i.test(seps[k][0]));
    if (it) {
      out.unshift(it);
      if (k < 0) break;
      if (out.length === 1 && !/\band\b|as well as/i.test(seps[k][0])) return [];
      right = lo + seps[k].index!;
      continue;
    }
    // the leftmost item begins after words of its own clause ("Police said a soldier")
    const cand = text.slice(left, right);
    for (const m of cand.matchAll(/(?:^|\s)(?=(?:a|an|one|another|the|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten)\s)/gi)) {
      const s = left + m.index! + m[0].length;
      if (s === left) continue;
      // "troops engaged the khawarij and two soldiers were martyred": the object of a verb before is not a subject
      const prevWord = /(\w+)\s*$/.exec(text.slice(left, s));
      if (prevWord && /(?:ed|ing)$/i.test(prevWord[1]) && !/^(?:reported|confirmed|stated|added|revealed|disclosed|informed|learned|learnt)$/i.test(prevWord[1])) break;
      const it2 = listItem(ctx, s, right);
      if (it2) {
        out.unshift(it2);
        break;
      }
    }
    break;
  }
  return out.length >= 2 ? othersOfSide(ctx, out) : [];
}

/**
 * The casualty statements of one clause [start, end) of `text`. `numbers` and `actors` are the mentions of
 * the whole text (only those inside the clause are used).
 */
/*
 * The statement sinks of findCasualties are made by factories at module level, not as named closures inside it:
 * tsx (esbuild's keepNames) gives every named closure a defineProperty call on creation, which cost more than
 * the closures' own work (about 1.5 µs each, per clause).
 */
type Push = (st: CasualtyStatement, n: NumberMention | null) => void;
type PushList = (items: ListItem[], kind: CasualtyStatement["kind"], subset: boolean, to: number, toll?: boolean, civRest?: boolean) => boolean;

/** Adds a statement, once per number (a number's start counted once). */
function pusher(out: CasualtyStatement[], used: Set<number>): Push {
  return (st, n) => {
    if (n) {
      if (used.has(n.start)) return;
      used.add(n.start);
    }
    out.push(st);
  };
}

/** A list of people ("a judge, his driver and a police guard"): one statement per side, and their sum. */
function listPusher(out: CasualtyStatement[], used: Set<number>): PushList {
  return (items, kind, subset, to, toll = false, civRest = false) => {
    if (!items.length || items.some((it) => it.numbered && used.has(it.numbered.start))) return false;
    const byCat = new Map<CasualtyCategory, CasualtyStatement>();
    let sum = 0;
    for (const it of items) {
      sum += it.value;
      if (it.numbered) used.add(it.numbered.start);
      if (it.category === "total") continue;
      const g = byCat.get(it.category);
      if (g) {
        g.value = (g.value ?? 0) + it.value;
        g.end = it.end;
      } else byCat.set(it.category, { kind, value: it.value, category: it.category, subset, more: false, toll, attacker: !subset && it.category === "militants", actor: it.actor, start: it.start, end: it.end, confidence: 0.75, ...(civRest && subset && it.category === "civilians" ? { civRest } : {}) });
    }
    out.push(...byCat.values());
    if (!subset) out.push({ kind, value: sum, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: items[0].start, end: to, confidence: 0.75 });
    return true;
  };
}

/** The breakdown after a total ("24 wounded: 10 soldiers and 14 civilians"): each part a subset of it. */
/** Between two parts of a breakdown: "eight were elders and four were guards", "…, while two belonged to …", "…; three were …". */
const PART_SEP = /^[\s,;]*(?:(?:and|while|whereas|but)\s+)?(?:(?:the )?other\s+)?$/i;
/** What makes a count a part: "N were X", "N of them were X", "N belonged to X", "N were from X", "N served in X". */
const PART_VERB = /^\s+(?:of them\s+)?(?:(?:were|was|are)\s+(?:all\s+)?(?:(?:members|personnel|men|officials|employees) of\s+|from\s+|with\s+)?|(?:belonged|belong|belonging) to\s+|(?:served|serving) (?:in|with)\s+|came from\s+)/i;

/** An aside or modifier after a part, still open: ", including three women and a", " travelling in the van to". */
const PART_ASIDE = /^\s*,\s*(?:including|among them|among whom|of whom)\b[^.;:,]{0,60}$/i;
/** A modifier or aside after a part, then the next part: " travelling in the van to a hearing, and ", ", among them a boy, while ". */
const PART_AFTER_ASIDE = /^(?:\s+(?:[a-z][\w-]*\s+){0,10}?[a-z][\w-]*|\s*,\s*(?:including|among them|among whom|of whom)\b[^.;:,]{1,60}),\s*(?:and|while|whereas|but)\s+(?:(?:the )?other\s+)?$/;
function breakdownPusher(ctx: Ctx, end: number, pushList: PushList): (from: number, kind: CasualtyStatement["kind"], toll: boolean, ofPeople?: boolean) => void {
  return (from, kind, toll, ofPeople = false) => {
    // "nine dead: five FC men, three passengers and the driver": people counted by numbers or one by one
    const items = listAfter(ctx, from, end);
    if (!items.length || items.every((x) => x.category === "total")) return;
    // ("26 people, among them 11 women": women named among "people" make the people not named civilians too)
    pushList(items, kind, true, items[items.length - 1].end, toll, ofPeople && /(?:including|among them)\s*$/i.test(ctx.text.slice(Math.max(0, from - 16), from)));
  };
}

/**
 * The parts of a total told before, from `from` on: "eight were tribal elders and four were Levies guards" (each a
 * subset of the total, on its own side); stops at the first part that is not "N were <people of one side>".
 */
function pushParts(ctx: Ctx, push: Push, used: Set<number>, kind: CasualtyStatement["kind"], from: number, end: number): void {
  const { text, numbers, actors } = ctx;
  let p0 = from;
  for (const k of numbers) {
    if (k.start < p0 || k.end > end || k.value === null || used.has(k.start)) continue;
    const gap = text.slice(p0, k.start);
    // ("17 of the dead were passengers, including three women and a child, and two were policemen": the aside's counts
    // are of the item before; "five were policemen travelling in the van, and six were shopkeepers": so is its modifier)
    if (p0 > from && PART_ASIDE.test(gap) && !PART_AFTER_ASIDE.test(gap)) continue;
    if (!PART_SEP.test(gap) && !(p0 > from && PART_AFTER_ASIDE.test(gap))) break;
    const verb = PART_VERB.exec(text.slice(k.end, k.end + 32));
    if (!verb) break;
    const s2 = k.end + verb[0].length;
    const e2 = nounPhraseEnd(text, s2, end);
    const c2 = personCategory(actors, text, s2, e2);
    if (c2.category === "total") break;
    push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
    p0 = e2;
  }
}

// The whole-clause patterns of findCasualties (each loop below says what it reads), gated together: one automaton
// pass over a clause tells which can match at all, and most match no clause (src/extract/gate.ts).
const ofRe = /\b(?:of|among) the (dead|deceased|killed|victims|fatalities|injured|wounded)\s+(?:were|was|included|are)\s+/gi;
const inclRe = /(?:\b(?:the|among the|among those) (dead|deceased|killed|victims|injured|wounded|casualties|martyred|slain)|\bamong those (?:who (?:were )?)?(killed|died|perished|martyred|lost their lives|injured|wounded|hurt)|(?:^|[.;:]\s*)(dead|killed|injured|wounded|those killed|those injured|those wounded|those martyred|those who died|those who were killed))(?:\s+(?:in|of|from|at)\s+[^.;:,]{3,70}?|\s*,\s+(?:shifted|taken|moved|rushed|referred|evacuated|admitted|brought)\b[^.;:,]{3,80},)?(?:\s+(?:included|include|were|are|comprised)\s+|\s*:\s*)/gi;
const appRe = /\bthe (injured|wounded|dead|deceased|victims)\s*(?:,|\u2014|:|\()\s*/gi;
const besides = /\b(?:not counting|not including|excluding|exclusive of|excludes?|(?:does|did|do)(?: not|n't) (?:include|count)|leaves? out|left out|besides|apart from|in addition to|on top of) (?:the )?(?:(two|three|four|five|\d{1,2}) )?(?:suicide )?(bombers?|attackers?|assailants?|militants?|terrorists?|gunm[ae]n|raiders?|insurgents?|khawarij|kharijis?|kharijites?)\b/gi;
const bodiesRe = /\b(?:recover(?:ed|y of)|found|discovered|retrieved|fished out|dumped|received|brought in)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?bod(?:y|ies)\s+of\s+(?:(a|an|one)\s+|(?=\S))|\bbod(?:y|ies)\s+of\s+(?:(a|an|one)\s+|(?=\S))(?=[^.;]{0,60}\b(?:was|were)\s+(?:found|recovered|discovered|dumped))/gi;
const nBodies = /\b(?:bodies|corpses|dead bodies)\b(?!\s+of\b)/gi;
const selfRe = /\b(?:blew (?:himself|herself) up|blown (?:himself|herself) up|detonated (?:his|her) (?:own )?(?:suicide |explosives?[- ]?(?:laden |packed )?)?(?:vest|jacket|belt|explosives)|self[- ]detonated)\b/gi;
const livesRe = /\bclaim(?:ed|ing|s)\s+(?:at least\s+|some\s+|over\s+|more than\s+)?(\S+(?:[- ]\S+)?)\s+lives\b/gi;
const zero = /\b(?:no (?:one|body|(?:other |further |more |additional )?(?:casualties|injuries|deaths|fatalities|loss of life)|personnel|civilians|soldiers|policemen)|nobody|none of (?:them|the \w+))\b[^.;]{0,30}?\b(?:killed|injured|hurt|harmed|wounded|reported|caused|occurred|suffered)\b(?:\s+or\s+(?:injured|hurt|wounded|harmed|killed))?|\bthere (?:were|was|had been|have been) no (?:other |further |more |additional )?(?:casualties|deaths|fatalities|loss of life)\b|\bwithout (?:causing |inflicting )?(?:any )?(?:casualties|injuries|loss of life)\b|\b(?:caus(?:ed|ing)|result(?:ed|ing) in|leaving|left) no (?:other |further )?(?:casualties|injuries|deaths|fatalities|loss of life)\b|\b(?:everyone|everybody|all (?:of them|the (?:passengers|occupants|others|rest)|others|those (?:on board|inside|present)|on board|passengers|occupants))\s+(?:(?:had|have|were|was|are)\s+)?(?:escaped|survived|remained|were|was|came out)\s+(?:unhurt|unharmed|unscathed|uninjured|without (?:a scratch|injur(?:y|ies)))\b|\b(?:the|his|her|their|its|both)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+(?:\s*,[^,.;]{1,50},)?\s+(?:[\w'-]+\s+){0,3}?(?:unhurt|unharmed|unscathed|uninjured)\b/gi;
const ofN = /\b(?:of|among) the (?=\S)/gi;
const restRe = /\b(?:(the (?:rest|others|remainder|remaining(?: \w+)?|other (?:\w+))(?: of (?:them|the (?:dead|victims|injured|wounded)))?(?:,[^,.;]{1,40},)?)|(all (?:of )?(?:the )?(?:others|those killed|those who died|those injured|the dead|the victims|the injured|the wounded|them|victims)|every (?:one of them|victim|one of the (?:victims|dead|injured|wounded|casualties))|all))(?:\s+(?:were|are|was|being)(?:\s+all)?|(?<=[,;]\s*(?:the (?:rest|others|remainder)|all of them|every one of them)))\s+/gi;
const ofThemRe = /\b of (?:them|whom|those|these)\s+(?:were|was|are)\s+(?:all\s+)?/gi;
const numbering = /\b(?:the|those|all the) (injured|wounded|hurt|dead|killed|deceased|victims|casualties)(?:\s+(?:people|persons))?(?:\s*(?:,|\s-\s?|\u2014|\()\s*(?:(numbering|totall?ing|who numbered|numbered)\s+)?|\s+(?:(?:have |had |has )?(?:totall?ed|numbered|stood at|stand at|were put at)\s+))/gi;
const killingOf = /\b(?:killing|murder|assassination|slaying|beheading) of (?:(a|an|one)\s+|(?=\S))/gi;
const behindRe = /\b(?:leaving|left) behind (?:the )?(?:(bod(?:y|ies)|corpses?) of (\w+) of (?:their|his) (?:comrades?|accomplices|associates|fellows?|fellow \w+|companions|men)|(\w+) (?:dead )?(?:bodies|corpses)(?: of (?:their|his) (?:comrades?|accomplices|associates|companions))?|(?:a|the) (?:dead )?body of (?:an?|one) (?:attacker|assailant|militant|terrorist|comrade|accomplice))/gi;
const leftOne = /\b(?:left|leaving)\s+(?:another|one other|one more|a (?:second|third|fourth|fifth|sixth))\s+(?:[\w-]+\s+)?(?:bleeding|wounded|injured|hurt|critically|seriously|with\s+(?:[\w-]+\s+){0,2}?(?:burns|wounds|injuries|fractures?|a fractured))\b/gi;
const CLAUSE_GATES = new NamedGates({
  toll: TOLL_G, revision: REVISION, deaths: DEATHS, pronounKill: PRONOUN_KILL, ownZero: OWN_ZERO, ofTheDead: OF_THE_DEAD, amongN: AMONG_N,
  zeroSide: ZERO_SIDE, active: ACTIVE_WORDS, killP: KILL_P, injP: INJ_P,
  ofRe, inclRe, appRe, besides, bodiesRe, nBodies, selfRe, livesRe, zero, ofN, restRe, ofThemRe, numbering, killingOf, behindRe, leftOne,
  mujahideen: MUJAHIDEEN, attackerAmong: ATTACKER_AMONG, andHimself: AND_HIMSELF, familyOf: FAMILY_OF, lostMen: LOST_MEN, ofWhomN: OF_WHOM_N,
  claimedCount: CLAIMED_COUNT, claimedThat: CLAIMED_THAT,
});

export function findCasualties(text: string, start: number, end: number, numbers: NumberMention[], sentActors: ActorMention[]): CasualtyStatement[] {
  const clause = text.slice(start, end);
  const may = CLAUSE_GATES.scan(clause);
  const withMuj = may.mujahideen ? withMujahideen(text, start, clause, sentActors) : sentActors;
  // ("a pro-Taliban cleric", "an anti-TTP elder": a group named in an adjective is not the person's side)
  const actors = PRO_ANTI.test(clause) ? withMuj.filter((a) => !PRO_ANTI_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start))) : withMuj;
  const ctx: Ctx = { text, numbers, actors };
  const out: CasualtyStatement[] = [];
  const used = new Set<number>(); // number starts already counted

  // ("nine members of one extended family died", "three men of a single household": the one is the family's, no count)
  const groupOne = new Set<number>();
  if (/\bof\s+(?:one|a|a single)\s/i.test(clause)) for (const n of numbers) {
    if (n.start < start || n.end > end || n.value !== 1) continue;
    if (/\bof\s+$/i.test(text.slice(Math.max(0, n.start - 4), n.start)) && ONE_GROUP_AFTER.test(text.slice(n.end, n.end + 30))) {
      used.add(n.start);
      groupOne.add(n.start);
    }
  }
  const push = pusher(out, used);
  const pushList = listPusher(out, used);
  const pushBreakdown = breakdownPusher(ctx, end, pushList);

  // 1. Tolls: "the death toll rose to 101", "put the number of dead at 59"
  const tollRe = TOLL_G;
  tollRe.lastIndex = 0;
  let tm: RegExpExecArray | null;
  while (may.toll && (tm = tollRe.exec(clause)) !== null) {
    const at = start + tm.index;
    for (const n of numbers) {
      if (n.start < at || n.start > at + 260 || n.end > end) continue;
      const between = text.slice(at, n.start);
      if (/[.;]/.test(between)) break;
      if (!TOLL_VERB.test(between) && !/\b(?:at|to|of)\s+$/i.test(between)) continue;
      if (/\bfrom\s+$/i.test(between) || n.value === null) continue;
      const phrase = tm[0].toLowerCase();
      // ("the earlier figure of 11": a figure counts the wounded when the clause speaks only of them; not "a figure of Rs 5 million")
      const figure = /figure$/.test(phrase);
      if (figure && (!CASUALTY_WORD.test(text.slice(Math.max(0, start - 200), end)) || NOT_PEOPLE_AFTER.test(text.slice(n.end, n.end + 14)))) break;
      const kind = /injur|wound/.test(phrase) || (figure && ONLY_WOUNDED.test(text.slice(Math.max(0, start - 200), end))) ? "injured" : "killed";
      // "the number of martyred soldiers had risen to seven": the people counted come after "number of"
      // ("the number of people killed when a suicide bomber drove into a convoy rose to nine": not the bomber's side; the
      // clause after the counted people tells how they died)
      const comma = between.search(/[,(]|\s(?:when|after|as|in|on|at|during|since|who|that|which|by)\s/i);
      const catEnd = /^number of/i.test(phrase) ? at + (comma >= 0 ? comma : between.length) : at + tm[0].length;
      const cat = categorize(actors, at, catEnd);
      const revised = DOWN_REVISION.test(between);
      const superseded = !revised && EARLIER_FIGURE.test(text.slice(Math.max(start, at - 50), n.start));
      push({ kind, value: n.value, category: cat.category, subset: false, more: false, toll: true, attacker: false, actor: cat.actor, start: at, end: n.end, confidence: 0.9, ...(revised ? { revised } : {}), ...(superseded ? { superseded } : {}) }, n);
      // ("revised the death toll ... down to nine soldiers": the side of the revised figure too)
      if (revised && cat.category === "total") {
        const side = categorize(actors, n.end, Math.max(nounPhraseEnd(text, n.end, end), n.end + 1));
        if (side.category !== "total") out.push({ kind, value: n.value, category: side.category, subset: true, more: false, toll: true, attacker: false, actor: side.actor, start: n.start, end: n.end, confidence: 0.75 });
      }
      // "the toll was put at seven — four policemen and three shoppers": the breakdown of the revised figure
      const lead = /^\s*(?:-|:|\(|,)\s*/.exec(text.slice(n.end, n.end + 6));
      if (lead && cat.category === "total") {
        pushBreakdown(n.end + lead[0].length, kind, true);
      }
      // "put the toll at two in the first hours; it rose to four by nightfall": the same toll, told again by a pronoun
      const again = TOLL_AGAIN.exec(text.slice(n.end, end));
      if (again && !revised) {
        const a2 = n.end + again.index + again[0].length;
        const n2 = numbers.find((x) => x.start === a2);
        if (n2 && n2.value !== null && !NOT_PEOPLE_AFTER.test(text.slice(n2.end, n2.end + 14))) {
          push({ kind, value: n2.value, category: cat.category, subset: false, more: false, toll: true, attacker: false, actor: cat.actor, start: n.end + again.index, end: n2.end, confidence: 0.85 }, n2);
        }
      }
      break;
    }
  }

  // "the earlier figure of 12 was corrected to nine", "revised it downward to 16": the figure a revision gives is a toll
  // (the latest toll told counts, FORMAT.md), of the dead unless the clause speaks only of the wounded
  if (may.revision && CASUALTY_WORD.test(text.slice(Math.max(0, start - 200), end))) {
    const re = REVISION.re;
    re.lastIndex = 0;
    let rv: RegExpExecArray | null;
    while ((rv = re.exec(clause)) !== null) {
      const a0 = start + rv.index + rv[0].length;
      const n = numbers.find((x) => x.start === a0);
      if (!n || n.value === null || NOT_PEOPLE_AFTER.test(text.slice(n.end, n.end + 14))) continue;
      const kind = ONLY_WOUNDED.test(text.slice(Math.max(0, start - 200), end)) ? "injured" : "killed";
      push({ kind, value: n.value, category: "total", subset: false, more: false, toll: true, revised: true, attacker: false, actor: null, start: start + rv.index, end: n.end, confidence: 0.8 }, n);
      // ("revised the toll down to nine soldiers": the side of the revised figure too)
      const side = categorize(actors, n.end, Math.max(nounPhraseEnd(text, n.end, end), n.end + 1));
      if (side.category !== "total") out.push({ kind, value: n.value, category: side.category, subset: true, more: false, toll: true, attacker: false, actor: side.actor, start: n.start, end: n.end, confidence: 0.75 });
    }
  }
  // "later said eight, not eleven, had been killed": the first figure corrects the second
  for (let i = 0; i + 1 < numbers.length; i++) {
    const k1 = numbers[i];
    const k2 = numbers[i + 1];
    if (k1.start < start || k2.end > end || k1.value === null || k2.value === null) continue;
    if (!NOT_INSTEAD.test(text.slice(k1.end, k2.start))) continue;
    const cue = CUE_AFTER.exec(text.slice(k2.end, Math.min(end, k2.end + 50)));
    if (!cue) continue;
    const kind = /injur|wound|hurt/i.test(cue[1]) ? "injured" : "killed";
    used.add(k2.start);
    push({ kind, value: k1.value, category: "total", subset: false, more: false, toll: true, revised: true, attacker: false, actor: null, start: k1.start, end: k2.end, confidence: 0.75 }, k1);
  }

  // 2. "97 of the dead were police personnel and three were civilians"
  ofRe.lastIndex = 0;
  let om: RegExpExecArray | null;
  while (may.ofRe && (om = ofRe.exec(clause)) !== null) {
    const kind = /injur|wound/i.test(om[1]) ? "injured" : "killed";
    const at = start + om.index;
    const first = numbers.find((x) => x.end <= at && x.end >= at - 3);
    let np0 = at + om[0].length;
    if (first && first.value !== null) {
      const e1 = nounPhraseEnd(text, np0, end);
      const c1 = categorize(actors, np0, e1);
      if (c1.category !== "total") push({ kind, value: first.value, category: c1.category, subset: true, more: false, toll: false, attacker: c1.category === "militants", actor: c1.actor, start: first.start, end: e1, confidence: 0.85 }, first);
      np0 = e1;
    } else if (numbers.some((x) => x.start >= np0 && x.start <= np0 + 12)) {
      // "among the dead were seven policemen"
    }
    // continuation: "and three were civilians", ", 14 soldiers"
    const np1 = np0;
    for (const k of numbers) {
      if (k.start < np0 || k.start > np0 + (np0 > np1 || first ? 90 : 40) || k.end > end || k.value === null) continue;
      const gap = text.slice(np0, k.start);
      // (an aside or modifier of the part before: "17 of the dead were passengers, including three women, and two were ...")
      if (first && PART_ASIDE.test(gap) && !PART_AFTER_ASIDE.test(gap)) continue;
      if (!PART_SEP.test(gap) && !(first && PART_AFTER_ASIDE.test(gap))) break;
      if (!PART_SEP.test(gap) && !PART_VERB.test(text.slice(k.end, k.end + 32))) break;
      const after = PART_VERB.exec(text.slice(k.end, k.end + 32));
      const e2 = nounPhraseEnd(text, k.end + (after ? after[0].length : 0), end);
      const c2 = categorize(actors, k.end, e2);
      if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
      np0 = e2;
    }
  }

  // "The dead included a party leader, two policemen and nine workers", "Among the injured were ...",
  // "Dead were a retired colonel, his wife and a domestic worker": a breakdown, person by person
  inclRe.lastIndex = 0;
  let im: RegExpExecArray | null;
  while (may.inclRe && (im = inclRe.exec(clause)) !== null) {
    const kind = /injur|wound|hurt/i.test(im[1] ?? im[2] ?? im[3]) ? "injured" : "killed";
    const items = listAfter(ctx, start + im.index + im[0].length, end);
    if (items.some((x) => x.category !== "total")) pushList(items, kind, true, items[items.length - 1].end);
  }

  // "The injured, 22 policemen and two passers-by, were taken to hospital": a breakdown of a total told before
  appRe.lastIndex = 0;
  let ap: RegExpExecArray | null;
  while (may.appRe && (ap = appRe.exec(clause)) !== null) {
    const kind = /injur|wound/i.test(ap[1]) ? "injured" : "killed";
    let p0 = start + ap.index + ap[0].length;
    // ("The injured, two policemen and a rickshaw driver, were referred ...": person by person when the list names them so)
    const items = listAfter(ctx, p0, end);
    if (items.length >= 2 && items.some((x) => !x.numbered) && items.some((x) => x.category !== "total") && pushList(items, kind, true, items[items.length - 1].end)) continue;
    for (const k of numbers) {
      if (k.start < p0 || k.end > end || k.value === null) continue;
      if (!/^[\s,]*(?:and\s+)?(?:(?:at least|some|about)\s+)?$/i.test(text.slice(p0, k.start))) break;
      const e2 = nounPhraseEnd(text, k.end, end);
      const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
      if (c2.category === "total") break;
      push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.75 }, k);
      p0 = e2;
    }
  }

  // "seven dead, not counting the bomber": the attackers' deaths come on top
  besides.lastIndex = 0;
  let bs: RegExpExecArray | null;
  while (may.besides && (bs = besides.exec(clause)) !== null) {
    const value = bs[1] ? SMALL[bs[1].toLowerCase()] ?? Number(bs[1]) : /(?:s|men|khawarij)$/i.test(bs[2]) ? null : 1;
    if (value === null || !Number.isFinite(value)) continue;
    // ("The figure excludes the two bombers": a figure of the dead told in the sentence before)
    if (!/\b(?:dead|killed|died|toll|lives|bodies|fatalities|deaths)\b/i.test(clause) && !(/\b(?:figure|count|tally|number)\b/i.test(clause) && /\b(?:dead|killed|died|toll|lives|martyred)\b/i.test(text.slice(Math.max(0, start - 200), start)))) continue;
    const at = start + bs.index;
    out.push({ kind: "killed", value, category: "militants", subset: false, more: false, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + bs[0].length, confidence: 0.65 });
  }

  // "killing six people, including the bomber", "Seven people, the attacker among them, died", "the gunman among the
  // dead": the attacker is one of the dead counted, a militant within the total (not on top of it)
  if (may.attackerAmong) {
    const re = ATTACKER_AMONG.re;
    re.lastIndex = 0;
    let aa: RegExpExecArray | null;
    while ((aa = re.exec(clause)) !== null) {
      const before = clause.slice(0, aa.index + aa[0].length);
      // (the count's verb before the phrase, else after it: "Seven people, including the bomber, died")
      KIND_WORD.lastIndex = 0;
      let k: RegExpExecArray | null | undefined = [...before.matchAll(KIND_WORD)].pop();
      if (!k) {
        KIND_WORD.lastIndex = aa.index + aa[0].length;
        k = KIND_WORD.exec(clause);
      }
      const kind = k && /injur|wound|hurt/i.test(k[0]) ? "injured" : k ? "killed" : null;
      if (!kind) continue;
      const at = start + aa.index;
      out.push({ kind, value: 1, category: "militants", subset: true, more: false, toll: false, attacker: false, actor: "MILITANTS", start: at, end: at + aa[0].length, confidence: 0.65 });
    }
  }

  // "killing nine worshippers and himself": the bomber died with the people he killed, on top of them
  if (may.andHimself && /\b(?:bombers?|attackers?|assailants?|gunm[ae]n|militants?|terrorists?)\b/i.test(clause)) {
    const re = AND_HIMSELF.re;
    re.lastIndex = 0;
    let ah: RegExpExecArray | null;
    while ((ah = re.exec(clause)) !== null) {
      const at = start + ah.index;
      out.push({ kind: "killed", value: 1, category: "militants", subset: false, more: false, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + ah[0].length, confidence: 0.6 });
    }
  }

  // "killing a family of six", "a family of five was wiped out", "an entire family of seven died": a family are civilians
  if (may.familyOf) {
    const re = FAMILY_OF.re;
    re.lastIndex = 0;
    let fo: RegExpExecArray | null;
    while ((fo = re.exec(clause)) !== null) {
      const at = start + fo.index;
      const n = numbers.find((x) => x.start === at + fo![0].length);
      if (!n || n.value === null || n.value < 2 || used.has(n.start)) continue;
      const around = clause.slice(Math.max(0, fo.index - 60), fo.index + fo[0].length + 60);
      const kind = FAMILY_KILLED.test(around) ? "killed" : /\b(?:injur\w*|wound\w*|hurt)\b/i.test(around) ? "injured" : null;
      if (!kind) continue;
      push({ kind, value: n.value, category: "civilians", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: n.end, confidence: 0.7 }, n);
    }
  }

  // "Taliban border forces lost two men", "killed one soldier and lost three of their own": the subject's own dead
  if (may.lostMen) {
    const re = LOST_MEN.re;
    re.lastIndex = 0;
    let lm0: RegExpExecArray | null;
    while ((lm0 = re.exec(clause)) !== null) {
      const at = start + lm0.index;
      const n = numbers.find((x) => x.start === at + lm0![0].length - lm0![1].length);
      if (!n || n.value === null || used.has(n.start)) continue;
      const npE = at + lm0[0].length;
      let cat = categorize(actors, n.end, npE);
      if (cat.category === "total") {
        // the subject: the actor right before the verb, else the one the clause opens with (not one fought "with")
        const prior = actors.filter((a) => a.end <= at && a.start >= start && a.role !== "speaker");
        const adj = prior.length && /^\s*(?:(?:also|reportedly|however|themselves|too)\s+)*$/i.test(text.slice(prior[prior.length - 1].end, at)) ? prior[prior.length - 1] : null;
        const subj = adj ?? prior.find((a) => !/\b(?:with|against|by|on|at|from|of|and)\s+(?:the\s+)?$/i.test(text.slice(Math.max(start, a.start - 14), a.start)));
        if (subj) cat = categorize(actors, subj.start, subj.end);
      }
      if (cat.category === "total") continue;
      push({ kind: "killed", value: n.value, category: cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: at, end: npE, confidence: 0.65 }, n);
    }
  }

  // "recovered the bullet-riddled bodies of two men", "the body of a driver was found": a killing known from its dead
  bodiesRe.lastIndex = 0;
  let bo: RegExpExecArray | null;
  while (may.bodiesRe && (bo = bodiesRe.exec(clause)) !== null) {
    const a0 = start + bo.index + bo[0].length;
    const n = bo[1] || bo[2] ? null : numbers.find((x) => x.start === a0);
    if (!(bo[1] || bo[2]) && (!n || n.value === null)) continue;
    const from = n ? n.end : a0;
    const np = nounPhraseEnd(text, from, end);
    if (NON_PERSON.test(text.slice(from, np))) continue;
    const cat = categorize(actors, from, Math.max(np, from + 1));
    push({ kind: "killed", value: n ? n.value : 1, category: cat.category === "total" ? "civilians" : cat.category, subset: false, more: false, toll: false, attacker: cat.category === "militants", actor: cat.actor, start: start + bo.index, end: np, confidence: 0.6 }, n ?? null);
  }

  // "14 bodies and 30 injured were brought to the hospital": a count of the dead by their bodies
  nBodies.lastIndex = 0;
  let nb: RegExpExecArray | null;
  while (may.nBodies && (nb = nBodies.exec(clause)) !== null) {
    const at = start + nb.index;
    const n = numbers.filter((x) => x.end <= at && x.end >= at - 8).pop();
    if (!n || n.value === null || n.value < 2 || !/^\s+(?:(?:dead|more|other|further)\s+)?$/i.test(text.slice(n.end, at))) continue;
    push({ kind: "killed", value: n.value, category: "total", subset: false, more: /more|other|further/i.test(text.slice(n.end, at)), toll: false, attacker: false, actor: null, start: n.start, end: at + nb[0].length, confidence: 0.7 }, n);
  }

  // "hospital sources reported nine deaths", "12 confirmed fatalities": the dead counted by their deaths
  if (may.deaths) {
    const re = DEATHS.re;
    re.lastIndex = 0;
    let dm: RegExpExecArray | null;
    while ((dm = re.exec(clause)) !== null) {
      const at = start + dm.index;
      const n = numbers.filter((x) => x.end <= at && x.end >= at - 12).pop();
      if (!n || n.value === null || !/^\s+(?:(?:confirmed|reported|more|further|other)\s+)?$/i.test(text.slice(n.end, at))) continue;
      push({ kind: "killed", value: n.value, category: "total", subset: false, more: /more|further|other/i.test(text.slice(n.end, at)), toll: false, attacker: false, actor: null, start: n.start, end: at + dm[0].length, confidence: 0.7 }, n);
    }
  }

  // "a bomber blew himself up", "detonated his explosives vest": the bomber died, a militant counted in the total
  selfRe.lastIndex = 0;
  let sd: RegExpExecArray | null;
  while (may.selfRe && (sd = selfRe.exec(clause)) !== null) {
    const at = start + sd.index;
    out.push({ kind: "killed", value: 1, category: "militants", subset: false, more: false, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + sd[0].length, confidence: 0.6 });
  }

  // "The bomber set off his explosives at the gate; he died on the spot", "three gunmen forced their way in. They were
  // killed after a long gunbattle": the attackers' own deaths told by the pronoun that stands for them (the last people
  // named before it, of its number, are attackers)
  PRONOUN_DEATH.lastIndex = 0;
  let pd: RegExpExecArray | null;
  while (PRONOUN_SUBJECT.test(clause) && (pd = PRONOUN_DEATH.exec(clause)) !== null) {
    const at = start + pd.index;
    const one = /^(?:he|she)$/i.test(pd[1]);
    // ("he had been shot dead by gunmen": killed by someone else, no attacker's own death)
    if (/^\s+by\b/i.test(text.slice(at + pd[0].length, at + pd[0].length + 4))) continue;
    const ante = lastPeople(text.slice(Math.max(0, at - 300), at), one);
    if (!ante) continue;
    const head = ante.before.match(/(?:^|\s)(\w+)\s+((?:(?:other|more|remaining|armed|suicide|heavily armed|injured|wounded)\s+)*)$/);
    const value = one ? 1 : head ? (SMALL[head[1].toLowerCase()] ?? (/^\d{1,2}$/.test(head[1]) ? +head[1] : null)) : null;
    if (value === null || value < 1) continue;
    if (ATTACKER_HEAD.test(ante.noun)) {
      // ("a bomber blew himself up ... three other attackers ... They were killed": more than the bomber)
      const more = !one && !!head && /\b(?:other|more)\b/i.test(head[2]);
      out.push({ kind: "killed", value, category: "militants", subset: false, more, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + pd[0].length, confidence: 0.55 });
    } else if (/^(?:died|succumbed|passed away)/i.test(pd[2] ?? "") && (/\b(?:later|subsequently|afterwards)\b/i.test(pd[0]) || WOUNDS_AFTER.test(text.slice(at + pd[0].length, at + pd[0].length + 40))) && /\b(?:injured|wounded|hurt)\b/i.test(text.slice(Math.max(0, at - 300), at))) {
      // "Two policemen were wounded ... They later died in hospital": the wounded who died, the tally's to move
      out.push({ kind: "killed", value, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: at + pd[0].length, confidence: 0.55, fromWounded: true, woundedDeath: true });
    }
  }

  // "stopped a car carrying two brothers ... and shot both dead", "intercepted five truck drivers ... and killed them":
  // the dead are the people counted before, named again by a pronoun or quantifier
  if (may.pronounKill) {
    const re = PRONOUN_KILL.re;
    re.lastIndex = 0;
    let pk: RegExpExecArray | null;
    while ((pk = re.exec(clause)) !== null) {
      const at = start + pk.index;
      if (/^shot$/i.test(pk[1]) && !pk[4]) continue;
      const q = pk[2].toLowerCase();
      let value: number | null = /^both/.test(q) ? 2 : null;
      // the people counted before, in this sentence, by a number not counted yet
      const ante = numbers.filter((x) => x.end <= at && x.start >= at - 200 && x.value !== null && !used.has(x.start)).pop();
      let cat: { category: CasualtyCategory; actor: string | null } = { category: "total", actor: null };
      if (ante) {
        const np = nounPhraseEnd(text, ante.end, at);
        ANY_PERSON.lastIndex = 0;
        const words = text.slice(ante.end, np);
        cat = personCategory(actors, text, ante.end, Math.max(np, ante.end + 1));
        if (cat.category === "total" && !ANY_PERSON.test(words) && !FORCE_PERSON.test(words)) continue;
        if (value === null) value = ante.value;
        else if (value !== ante.value) continue;
      }
      if (value === null) continue;
      if (ante) used.add(ante.start);
      push({ kind: "killed", value, category: cat.category, subset: false, more: false, toll: false, attacker: cat.category === "militants", actor: cat.actor, start: ante ? ante.start : at, end: at + pk[0].length, confidence: 0.65 }, null);
    }
  }

  // "the blast claimed 12 lives"
  livesRe.lastIndex = 0;
  let lm: RegExpExecArray | null;
  while (may.livesRe && (lm = livesRe.exec(clause)) !== null) {
    const at = start + lm.index;
    const n = numbers.find((x) => x.start >= at && x.end <= at + lm![0].length);
    if (n && n.value !== null) push({ kind: "killed", value: n.value, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: at + lm[0].length, confidence: 0.85 }, n);
  }

  // "no one was hurt", "no casualties were reported": zero, unless a number is given elsewhere
  zero.lastIndex = 0;
  let zm: RegExpExecArray | null;
  while (may.zero && (zm = zero.exec(clause)) !== null) {
    const w = zm[0].toLowerCase();
    const at = start + zm.index;
    // ("The officer escaped unhurt, but two of his guards were killed": one person spared beside others hit says nothing
    // of the toll of the kind not told)
    if (/^(?:the|his|her|their|its|both)\s/.test(w)) {
      const s0 = Math.max(text.lastIndexOf(".", at) + 1, at - 200);
      const e0 = text.indexOf(".", at + zm[0].length);
      const sentence = text.slice(s0, e0 < 0 ? Math.min(text.length, at + 200) : e0);
      if (/\b(?:but|while|though|although|whereas)\b/i.test(sentence) && /\b(?:killed|martyred|dead|died|wounded|injured|hurt|shot)\b/i.test(sentence.replace(zm[0], " "))) continue;
    }
    // ("a fourth labourer escaped unhurt", "the judge survived": one more person's luck says nothing of the toll; everyone's
    // does, and so do the people at the scene named as known, "the guard on duty was unharmed", "his son escaped unhurt":
    // nought unless a count is told elsewhere, which wins)
    // ("no one was killed or hurt": both)
    const both = (/casualt|hurt|harm|unscathed|scratch|loss of life/.test(w) && !/killed/.test(w)) || (/kill|death|fatalit/.test(w) && /injur|wound|hurt|harm/.test(w));
    const kinds: Array<"killed" | "injured"> = both ? ["killed", "injured"] : /injur|wound|hurt/.test(w) ? ["injured"] : /kill|death|fatalit/.test(w) ? ["killed"] : [];
    // (the "one" of "no one" counts nobody)
    for (const k of inRangeNumbers(numbers, at, at + zm[0].length)) used.add(k.start);
    for (const kind of kinds) out.push({ kind, value: 0, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: at + zm[0].length, confidence: 0.6 });
  }

  // "no soldier was harmed", "none of the policemen was hurt", "no one on our side was injured", "the patrol escaped
  // without casualties": a zero for the side named (a raid's militant dead and the force's none)
  ZERO_SIDE.lastIndex = 0;
  let zs: RegExpExecArray | null;
  while (may.zeroSide && (zs = ZERO_SIDE.exec(clause)) !== null) {
    const at = start + zs.index;
    const nounAt = zs[1] !== undefined ? at + zs[0].indexOf(zs[1]) : start;
    const nounEnd = zs[1] !== undefined ? nounAt + zs[1].length : at;
    const own = /\b(?:our|own)\b/i.test(zs[1] ?? "");
    const c = own ? { category: "security_forces" as CasualtyCategory, actor: null } : categorize(actors, nounAt, Math.max(nounEnd, nounAt + 1));
    if (c.category === "total" || c.category === "militants") continue;
    const w = (zs[2] ?? zs[0]).toLowerCase();
    const kinds: Array<"killed" | "injured"> = /harm|hurt|casualt|unscathed|unharmed|scratch|safe/.test(w) ? ["killed", "injured"] : /injur|wound/.test(w) ? ["injured"] : ["killed"];
    for (const kind of kinds) out.push({ kind, value: 0, category: c.category, subset: false, more: false, toll: false, attacker: false, actor: c.actor, start: at, end: at + zs[0].length, confidence: 0.6 });
  }

  // "Own troops suffered no loss of life", "troops returned fire and suffered no casualties", "our side remained safe":
  // the force's own zero
  if (may.ownZero) {
    const re = OWN_ZERO.re;
    re.lastIndex = 0;
    let oz: RegExpExecArray | null;
    while ((oz = re.exec(clause)) !== null) {
      const w = (oz[2] ?? oz[3]).toLowerCase();
      const kinds: Array<"killed" | "injured"> = /loss|fatalit|death/.test(w) ? ["killed"] : /injur/.test(w) ? ["injured"] : ["killed", "injured"];
      const at = start + oz.index;
      for (const kind of kinds) out.push({ kind, value: 0, category: "security_forces", subset: false, more: false, toll: false, attacker: false, actor: null, start: at, end: at + oz[0].length, confidence: 0.6 });
    }
  }

  // "the rest were passengers": whatever the other counts leave of the total
  // "Of the 12 killed, seven were policemen ...", "Among the 30 injured, eight were children": a total, then its parts
  ofN.lastIndex = 0;
  let on: RegExpExecArray | null;
  while (may.ofN && (on = ofN.exec(clause)) !== null) {
    const a0 = start + on.index + on[0].length;
    const n = numbers.find((x) => x.start === a0);
    if (!n || n.value === null || used.has(n.start)) continue;
    const head = /^\s+(?:(?:people|persons|men|victims|others)\s+)?(?:who\s+(?:were|had been)\s+)?(dead|killed|died|martyred|deceased|victims|fatalities|casualties|injured|wounded|hurt)\s*,\s*/i.exec(text.slice(n.end, Math.min(end, n.end + 50)));
    if (!head) continue;
    const kind = /injur|wound|hurt/i.test(head[1]) ? "injured" : "killed";
    push({ kind, value: n.value, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: a0, end: n.end + head[0].length, confidence: 0.8 }, n);
    pushParts(ctx, push, used, kind, n.end + head[0].length, end);
  }

  // "Of the dead, eight were tribal elders and four were Levies guards", "Of the wounded, four were FC personnel": the parts
  // of a total told before
  if (may.ofTheDead) {
    const re = OF_THE_DEAD.re;
    re.lastIndex = 0;
    let od: RegExpExecArray | null;
    while ((od = re.exec(clause)) !== null) {
      const kind = /injur|wound|hurt/i.test(od[1]) ? "injured" : "killed";
      pushParts(ctx, push, used, kind, start + od.index + od[0].length, end);
    }
  }

  // "Three Levies men and a shopkeeper were among the seven dead", "Among the 12 wounded were four constables": a total
  // and the part of it named
  if (may.amongN) {
    const re = AMONG_N.re;
    re.lastIndex = 0;
    let an: RegExpExecArray | null;
    while ((an = re.exec(clause)) !== null) {
      const a0 = start + an.index + an[0].indexOf(an[2]);
      const n = numbers.find((x) => x.start === a0);
      if (!n || n.value === null || used.has(n.start)) continue;
      const kind = /injur|wound|hurt/i.test(an[3]) ? "injured" : "killed";
      push({ kind, value: n.value, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: n.start, end: start + an.index + an[0].length, confidence: 0.8 }, n);
      const at = start + an.index;
      if (an[1]) {
        // the subject before "were among": a list of people, or one count of them
        const lst = listBefore(ctx, Math.max(start, at - 90), at);
        if (lst.length >= 2) pushList(lst, kind, true, at);
        else {
          const k = numberEndingNear(ctx, Math.max(start, at - 60), at);
          if (k && k.value !== null && !used.has(k.start)) {
            const c2 = categorize(actors, k.end, at);
            if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: at, confidence: 0.75 }, k);
          }
        }
      } else {
        const items = listAfter(ctx, start + an.index + an[0].length, end);
        if (items.some((x) => x.category !== "total")) pushList(items, kind, true, items[items.length - 1].end);
      }
    }
  }

  // "the rest were passengers", "five were policemen, the others shoppers": whatever the other counts leave of the total
  restRe.lastIndex = 0;
  let rm: RegExpExecArray | null;
  while (may.restRe && (rm = restRe.exec(clause)) !== null) {
    // a bare "all were" must follow the count it sums up in the same clause
    if (rm[2] && /^all$/i.test(rm[2]) && !/[,;]\s*$/.test(clause.slice(Math.max(0, rm.index - 3), rm.index))) continue;
    const a0 = start + rm.index + rm[0].length;
    const c3 = personCategory(actors, text, a0, nounPhraseEnd(text, a0, end));
    const kind = /injur|wound|hurt/i.test(rm[0]) || (!/\b(?:killed|dead|died|martyred|lost their lives|victims|deaths)\b/i.test(clause) && /injur|wound|hurt/i.test(clause)) ? "injured" : "killed";
    if (c3.category !== "total") out.push({ kind, value: null, category: c3.category, subset: true, more: false, toll: false, attacker: false, actor: c3.actor, start: start + rm.index, end: a0, confidence: 0.6, rest: true, ...(rm[2] ? { all: true } : {}) });
  }

  // "Eighteen people were wounded; six of them were policemen": a part of the count told before
  ofThemRe.lastIndex = 0;
  let ot: RegExpExecArray | null;
  while (may.ofThemRe && (ot = ofThemRe.exec(clause)) !== null) {
    const at = start + ot.index;
    const k = numbers.find((x) => x.end === at);
    if (!k || k.value === null || used.has(k.start)) continue;
    const a0 = at + ot[0].length;
    const e2 = nounPhraseEnd(text, a0, end);
    const c2 = personCategory(actors, text, a0, e2);
    if (c2.category === "total") continue;
    const prev = out.filter((x) => x.start < k.start).pop();
    const kind = prev ? prev.kind : /injur|wound|hurt/i.test(clause) && !/\b(?:killed|dead|died|martyred)\b/i.test(clause) ? "injured" : "killed";
    push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.75 }, k);
  }

  // "The injured, numbering seventeen, ...", "Those wounded - eight in all - ...", "the dead totalled 14": a count in apposition
  numbering.lastIndex = 0;
  let nm: RegExpExecArray | null;
  while (may.numbering && (nm = numbering.exec(clause)) !== null) {
    const a0 = start + nm.index + nm[0].length;
    const k = numbers.find((x) => x.start === a0);
    if (!k || k.value === null || used.has(k.start)) continue;
    const appositive = /[,(\u2014-]\s*$/.test(nm[0]);
    if (appositive && !nm[2] && !/^\s+(?:in all|in total|altogether|all told)\b/i.test(text.slice(k.end, k.end + 14))) continue;
    const kind = /injur|wound|hurt/i.test(nm[1]) ? "injured" : "killed";
    push({ kind, value: k.value, category: "total", subset: false, more: false, toll: false, attacker: false, actor: null, start: start + nm.index, end: k.end, confidence: 0.8 }, k);
  }

  // "claimed the killing of a JUI-F leader", "the murder of two teachers"
  killingOf.lastIndex = 0;
  let ko: RegExpExecArray | null;
  while (may.killingOf && (ko = killingOf.exec(clause)) !== null) {
    // "were wanted for the killing of a teacher": an earlier crime of the dead, not this event's toll
    if (/\b(?:wanted|involved|accused|charged|suspected|responsible|booked|convicted|arrested|tried|sought|avenge|behind|planned|masterminded|connection|case)\b[^.;]{0,20}$/i.test(clause.slice(Math.max(0, ko.index - 30), ko.index))) continue;
    const a0 = start + ko.index + ko[0].length;
    const np = nounPhraseEnd(text, a0, end);
    const cat = categorize(actors, a0, Math.max(np, a0 + 1));
    if (ko[1]) {
      const head = text.slice(a0, np);
      if (cat.category === "total" && !/\b(?:man|woman|boy|girl|child|person|resident|official|guard|leader|elder|cleric|scholar|journalist|worker|employee|trader)\b/i.test(head)) continue;
      if (NON_PERSON.test(head) && cat.category === "total") continue;
      push({ kind: "killed", value: 1, category: cat.category === "total" ? "civilians" : cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: start + ko.index, end: np, confidence: 0.65 }, null);
    } else {
      const n = numbers.find((x) => x.start === a0 || (x.start > a0 && x.start <= a0 + 12 && /^(?:at least|some|about|over)\s+$/i.test(text.slice(a0, x.start))));
      if (!n || n.value === null || n.end > end) continue;
      const e2 = nounPhraseEnd(text, n.end, end);
      const c2 = categorize(actors, n.end, Math.max(e2, n.end + 1));
      push({ kind: "killed", value: n.value, category: c2.category, subset: false, more: false, toll: false, attacker: false, actor: c2.actor, start: start + ko.index, end: e2, confidence: 0.7 }, n);
    }
  }

  // attackers who fled "leaving behind the body of one of their comrades" / "leaving behind two bodies": dead attackers
  behindRe.lastIndex = 0;
  let bm: RegExpExecArray | null;
  while (may.behindRe && (bm = behindRe.exec(clause)) !== null) {
    const word = (bm[2] ?? bm[3] ?? "one").toLowerCase();
    const value = SMALL[word] ?? (/^\d+$/.test(word) ? Number(word) : null);
    if (value === null) continue;
    const at = start + bm.index;
    out.push({ kind: "killed", value, category: "militants", subset: false, more: false, toll: false, attacker: true, actor: "MILITANTS", start: at, end: at + bm[0].length, confidence: 0.7 });
  }

  // "Five soldiers were killed in Kurram and three in Bajaur": a count without its verb, in a clause cut off
  // from the one that told it, counts the same kind of people
  const ell = /^\s*,?\s*(?:and|while|with)\s+(?:(?:at least|another|a further)\s+)?$/i;
  for (const k of numbers) {
    if (k.start < start || k.start > start + 30 || k.value === null) continue;
    if (!ell.test(text.slice(start, k.start)) || !/^\s+(?:more\s+|others?\s+)?(?:in|at|near)\s+[\p{Lu}]/u.test(text.slice(k.end, k.end + 24))) break;
    const back = text.slice(Math.max(0, start - 160), start);
    const cut = Math.max(back.lastIndexOf("."), back.lastIndexOf(";"), back.lastIndexOf("\n"));
    const told = back.slice(cut + 1);
    const cue = [...told.matchAll(/\b(?:killed|martyred|dead|died|injured|wounded|hurt)\b/gi)].pop();
    if (!cue) break;
    const kind = /injur|wound|hurt/i.test(cue[0]) ? "injured" : "killed";
    const lo = start - told.length;
    const ante = actors.filter((a) => a.start >= lo && a.end <= start && a.role !== "speaker").pop();
    const cat = ante ? categorize(actors, ante.start, ante.end) : { category: "total" as CasualtyCategory, actor: null };
    push({ kind, value: k.value, category: cat.category, subset: false, more: false, toll: false, attacker: cat.category === "militants", actor: cat.actor, start: k.start, end: k.end, confidence: 0.65 }, k);
    break;
  }

  // 3. Cue words
  // "six members of a family were killed or wounded", "killing or wounding 14": a count of the dead and the hurt
  // together is neither's count (a cue of both with no count, "a number of guards were killed or wounded", stays)
  const eitherCount = (at: number, len: number): boolean =>
    (EITHER_AFTER.test(clause.slice(at + len, at + len + 30)) || EITHER_BEFORE.test(clause.slice(Math.max(0, at - 30), at))) &&
    numbers.some((x) => x.value !== null && x.start >= start && ((x.end <= start + at && x.start >= start + at - 100) || (x.start >= start + at && x.start <= start + at + len + 60)));
  const cues: Array<{ kind: "killed" | "injured"; s: number; e: number; word: string }> = [];
  for (const [re, kind] of [[KILL_P, "killed"], [INJ_P, "injured"]] as const) {
    if (!(re === KILL_P ? may.killP : may.injP)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(clause)) !== null) {
      // "the dead", "the injured" are nouns, not statements
      if (/\b(?:the|of|among|for|with)\s+$/i.test(clause.slice(Math.max(0, m.index - 8), m.index)) && /^(?:dead|injured|wounded|killed|slain|martyred)$/i.test(m[0])) continue;
      // "two more injured policemen died": an adjective before the people, who are counted by the verb after
      if (kind === "injured" && /^(?:injured|wounded)$/i.test(m[0])) {
        const next = actors.find((a) => a.start > start + m!.index && a.start <= start + m!.index + m![0].length + 2);
        if (next && /^[\s\w-]{0,40}?\b(?:died|succumbed|passed away|breathed their last|lost their lives|were martyred)\b/i.test(text.slice(next.end, next.end + 60))) continue;
      }
      // "was hit in the head and died": the wounded one died, and counts once, with the dead
      // "the bodies were shifted to hospital": the dead, not the wounded
      if (kind === "injured" && /^(?:rushed|shifted|taken|moved|referred|evacuated|airlifted|admitted)\b/i.test(m[0]) && /\b(?:bod(?:y|ies)|corpses?|remains|dead|deceased|killed|slain)\b[^.;]{0,50}$/i.test(clause.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "six members of a family were killed or wounded": one count of the dead and the hurt together, neither's count
      if (eitherCount(m.index, m[0].length)) continue;
      const died = kind === "injured" && /^\s*,?\s*(?:and|but)\s+(?:later\s+|then\s+|subsequently\s+)?(?:died|succumbed|passed away|expired|breathed (?:his|her) last)\b/i.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 40));
      cues.push({ kind: died ? "killed" : kind, s: start + m.index, e: start + m.index + m[0].length, word: m[0] });
    }
  }
  // active verbs: one pass of one regex over the clause
  ACTIVE_WORDS.lastIndex = 0;
  let am: RegExpExecArray | null;
  while (may.active && (am = ACTIVE_WORDS.exec(clause)) !== null) {
    const w = am[0].toLowerCase();
    if (eitherCount(am.index, am[0].length)) continue;
    const kind = /wound|injur|hurt|maim/.test(w) ? "injured" : "killed";
    cues.push({ kind, s: start + am.index, e: start + am.index + am[0].length, word: w });
  }
  cues.sort((a, b) => a.s - b.s);
  let prevCat: { category: CasualtyCategory; actor: string | null } | null = null;
  let prevKind: "killed" | "injured" | null = null;
  let clauseStart = start;
  for (const cue of cues) {
    const word = cue.word.toLowerCase();
    // active: verb + count ("killing 12 people", "killed three militants", "left five dead")
    const activeOk = cue.kind === "killed" ? KILL_A.test(word) || /claim(?:ed|ing) the lives of/.test(word) : INJ_A.test(word);
    let handled = false;
    // "killing a farmer and his two sons", "shot dead a retired teacher, his wife and their three sons"
    if (activeOk && !/^(?:left|leaving)$/.test(word)) {
      const lst = listAfter(ctx, cue.e, end);
      if (lst.length >= 2 && lst.some((x) => !x.numbered) && pushList(lst, cue.kind, false, lst[lst.length - 1].end)) {
        prevCat = listCategory(lst);
        prevKind = cue.kind;
        clauseStart = cue.e;
        continue;
      }
    }
    if (activeOk) {
      const n = numbers.find((x) => x.start >= cue.e && x.start <= cue.e + 40 && x.end <= end);
      // ("killed the bomber's two handlers": a possessor before the count)
      if (n && /^\s*(?:(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:['\u2019]s|s['\u2019])\s+|(?:his|her|their)\s+)?(?:(?:at least|about|around|nearly|over|more than|some|up to|as many as|an estimated|all(?: of)?(?: the)?|the|both)\s+)?$/i.test(text.slice(cue.e, n.start).replace(/^\s+/, " ")) ) {
        const npEnd = nounPhraseEnd(text, n.end, end);
        let kind = cue.kind;
        if (/^(?:left|leaving)$/.test(word)) {
          const tail = text.slice(npEnd, Math.min(end, npEnd + 25)).toLowerCase();
          const np = text.slice(n.end, npEnd).toLowerCase();
          if (/\b(?:dead|killed)\b/.test(np + tail.slice(0, 8))) kind = "killed";
          else if (/\b(?:injured|wounded|hurt)\b/.test(np + tail.slice(0, 10))) kind = "injured";
          else continue;
        }
        let cat = categorize(actors, n.end, Math.max(npEnd, n.end + 1));
        // ("the bomber's two handlers", "three facilitators of the attack": the attackers' helpers are militants)
        if (cat.category === "total" && ASSOCIATE.test(text.slice(n.end, npEnd))) cat = { category: "militants", actor: "MILITANTS" };
        // ("injured his two sons", "wounded three shopkeepers": kin and civil occupations, not men or people of no side)
        else if (cat.category === "total" && CIV_PERSON.test(text.slice(n.end, npEnd)) && !/^\s*(?:[\w-]+\s+)?(?:m[ae]n|people|persons)\b/i.test(text.slice(n.end, npEnd))) cat = { category: "civilians", actor: null };
        // "killing two policemen and injuring three others": the others are of the people just counted
        // ("killing two policemen and wounding three": a bare count, or "more", is of them too)
        if (cat.category === "total" && prevCat && prevCat.category !== "total" && (/^\s*others\b/i.test(text.slice(n.end, npEnd)) || (kind !== prevKind && /^\s*(?:more\b|$)/i.test(text.slice(n.end, npEnd)))) && /^(?:injuring|wounding|hurting|maiming|killing|injured|wounded|killed)$/.test(word)) cat = prevCat;
        // "opened fire on labourers at the site, killing seven of them": them = the last people named
        if (cat.category === "total" && /^\s+of (?:them|whom)\b/i.test(text.slice(n.end, n.end + 10))) {
          const ante = actors.filter((a) => a.end <= cue.s && a.start >= cue.s - 160 && a.role !== "speaker").pop();
          if (ante) cat = categorize(actors, ante.start, ante.end);
        }
        const generic = cat.category === "total";
        push({ kind, value: n.value, category: cat.category, subset: false, more: MORE.test(text.slice(n.end, npEnd)), toll: false, attacker: false, actor: cat.actor, start: cue.s, end: npEnd, confidence: generic ? 0.85 : 0.9 }, n);
        prevCat = cat;
        prevKind = cue.kind;
        handled = true;
        // "left nine people dead: five FC men, three passengers and the driver"
        if (generic) {
          const lead = /^\s*(?:(?:dead|killed|injured|wounded|hurt)\s*)?(?::|\s-\s|\u2014|\()\s*/i.exec(text.slice(npEnd, npEnd + 20)) ?? PP_LEAD.exec(text.slice(npEnd, Math.min(end, npEnd + 80)));
          if (lead) pushBreakdown(npEnd + lead[0].length, kind, false, /^\s*(?:people|persons|civilians)\b/i.test(text.slice(n.end, npEnd)));
        }
        // coordinated counts: "killing 13 attackers and five soldiers", "five Chinese nationals and their driver"
        let npE = npEnd;
        for (let guard = 0; guard < 4; guard++) {
          const rest = text.slice(npE, Math.min(end, npE + 60));
          const co = /^\s*,?\s*(?:and|as well as|plus)\s+(?:(?:at least|about|some)\s+)?/i.exec(rest);
          if (!co) break;
          const k = numbers.find((x) => x.start === npE + co[0].length);
          if (k && k.value !== null) {
            const e2 = nounPhraseEnd(text, k.end, end);
            const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
            let kind2 = kind;
            if (/^(?:left|leaving)$/.test(word)) {
              // "left eight soldiers dead and 141 civilians injured": each count has its own word
              const tail2 = text.slice(k.end, Math.min(end, e2 + 12)).toLowerCase();
              kind2 = /\b(?:injured|wounded|hurt)\b/.test(tail2) ? "injured" : /\b(?:dead|killed)\b/.test(tail2) ? "killed" : kind;
            }
            push({ kind: kind2, value: k.value, category: c2.category, subset: false, more: c2.category === cat.category, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
            npE = e2;
            continue;
          }
          const sg = /^(?:their|his|her|a|an|one|the)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i.exec(rest.slice(co[0].length));
          if (sg) {
            const s2 = npE + co[0].length;
            const e2 = nounPhraseEnd(text, s2 + sg[0].length - sg[1].length, end);
            const c2 = categorize(actors, s2, Math.max(e2, s2 + sg[0].length));
            if (c2.category !== "total" && !/s$/i.test(sg[1])) {
              push({ kind, value: 1, category: c2.category, subset: false, more: c2.category === cat.category, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: s2, end: e2, confidence: 0.7 }, null);
              npE = e2;
              continue;
            }
          }
          break;
        }
        // subsets right after: ", 14 of them soldiers", ", including seven policemen"
        const sub = /^\s*,?\s*(?:(?:including|among them)\s+)?(?:(at least|some)\s+)?$/i;
        for (const k of numbers) {
          if (k.start <= npEnd || k.start > npEnd + 60 || k.end > end || k.value === null) continue;
          const gap = text.slice(npEnd, k.start);
          const after = text.slice(k.end, Math.min(end, k.end + 40));
          if (sub.test(gap) && /including|among/i.test(gap)) {
            const e2 = nounPhraseEnd(text, k.end, end);
            const c2 = categorize(actors, k.end, e2);
            if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.85 }, k);
          } else if (/^\s*,?\s*$/.test(gap) && /^\s+of\s+(?:them|whom)\s+(?:were\s+)?/i.test(after)) {
            const ofm = /^\s+of\s+(?:them|whom)\s+(?:were\s+)?/i.exec(after)!;
            const e2 = nounPhraseEnd(text, k.end + ofm[0].length, end);
            const c2 = categorize(actors, k.end, e2);
            if (c2.category !== "total") push({ kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.85 }, k);
          }
          break;
        }
      } else if (/^(?:killing|killed|shot dead|gunned down|kills|martyring|martyred|wounding|wounded|injuring|injured|hurting)$/.test(word)) {
        // (with a count further on, not its object: "killing a soldier and injuring two others")
        const after = text.slice(cue.e, end);
        // "... and wounded another", "injuring one other": one more of the people just counted
        if (/^\s+(?:another|one other|one more|a (?:second|third|fourth|fifth)(?: (?:one|person|man))?)\b(?!\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|blast|explosion|bomb|time|day|place|area|district|post|vehicle))/i.test(after)) {
          const c0 = prevCat ?? { category: "total" as CasualtyCategory, actor: null };
          push({ kind: cue.kind, value: 1, category: c0.category, subset: false, more: prevCat !== null && cue.kind === "killed", toll: false, attacker: c0.category === "militants", actor: c0.actor, start: cue.s, end: cue.e + after.search(/\S/) + 7, confidence: 0.65 }, null);
          handled = true;
          clauseStart = cue.e;
          continue;
        }
        // "opened fire on the car of a PPP leader, killing him and his driver": the person just named
        const pro = /^\s+(him|her)\b(?!\s*self)/i.exec(after);
        if (pro && /^(?:killing|killed|shot dead|gunned down|martyring|martyred|wounding|injuring|wounded|injured)$/.test(word)) {
          const ante = actors.filter((a) => a.end <= cue.s && a.start >= start - 200 && a.role !== "speaker" && a.id !== "MILITANTS").pop();
          const ca = ante ? categorize(actors, ante.start, ante.end) : { category: "civilians" as CasualtyCategory, actor: null };
          const cat = ca.category === "total" || ca.category === "militants" ? { category: "civilians" as CasualtyCategory, actor: null } : ca;
          const e2 = cue.e + pro[0].length;
          push({ kind: cue.kind, value: 1, category: cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: cue.s, end: e2, confidence: 0.6 }, null);
          handled = true;
          prevCat = cat;
          prevKind = cue.kind;
          const and2 = /^\s+and\s+(?:his|her|their|a|an|one|the)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i.exec(text.slice(e2, end));
          if (and2 && !/s$/i.test(and2[1]) && !NON_PERSON.test(and2[1])) {
            const s3 = e2 + and2[0].length - and2[1].length;
            const e3 = nounPhraseEnd(text, s3, end);
            const c3 = categorize(actors, s3, Math.max(e3, s3 + and2[1].length));
            push({ kind: cue.kind, value: 1, category: c3.category === "total" ? cat.category : c3.category, subset: false, more: true, toll: false, attacker: false, actor: c3.actor, start: s3, end: e3, confidence: 0.6 }, null);
          }
          clauseStart = cue.e;
          continue;
        }
        // "shot dead a tribal elder", "killing a policeman"
        // ("injuring the cashier": a definite singular person too)
        // ("shot dead its owner", "killing his nephew": a person told by a possessive)
        let sm = /^\s+(?:a|an|one|the|its|his|her|their)\s+((?:[\w-]+\s+){0,3}?[\w-]+)/i.exec(after);
        if (sm && /^\s+(?:the|its|his|her|their)\s/i.test(after) && (/s$/i.test(sm[1].split(/\s+/)[0]) || NON_PERSON.test(sm[1]))) sm = null;
        // "killed Constable Zahid Ullah", "martyring Sepoy Ali": one person named by rank
        const rk = sm ? null : actors.find((a) => a.start >= cue.e && a.start <= cue.e + 2 && RANKS.test(a.text) && /^\s+[\p{Lu}]/u.test(text.slice(a.end, a.end + 3)));
        if (rk) {
          const cat = categorize(actors, rk.start, rk.end);
          if (cat.category !== "total") {
            push({ kind: cue.kind, value: 1, category: cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: cue.s, end: rk.end, confidence: 0.7 }, null);
            handled = true;
          }
        } else if (sm) {
          const s2 = cue.e;
          const e2 = nounPhraseEnd(text, cue.e + sm[0].length - sm[1].length, end);
          let cat = categorize(actors, s2, Math.max(e2, cue.e + sm[0].length));
          // "The bomb struck a Levies pickup, wounding its driver": the driver of a force's vehicle or post is of the force
          if ((cat.category === "total" || cat.actor === "CIVILIANS") && /^\s+(?:its|their)\s/i.test(after)) {
            const owner = actors.filter((a) => a.end <= cue.s && a.start >= Math.max(start, cue.s - 80) && a.role !== "speaker").pop();
            if (owner && SECURITY_FORCE_IDS.has(owner.id) && (FORCE_THING.test(text.slice(owner.end, owner.end + 24)) || FORCE_THING_END.test(owner.text))) cat = { category: "security_forces", actor: owner.id };
          }
          if (cat.category !== "total" || /\b(?:man|woman|boy|girl|child|person|resident|passer-?by|official|guard|watchman|chowkidar|employee|shopkeeper|trader|visitor|technician|worker|labourer|driver|youth|teenager)\b/i.test(text.slice(cue.e, e2)) || CIV_PERSON.test(text.slice(cue.e, e2).replace(/^\s*\w+\s+[\w-]+['\u2019]s\b/, ""))) {
            push({ kind: cue.kind, value: 1, category: cat.category === "total" ? "civilians" : cat.category, subset: false, more: false, toll: false, attacker: false, actor: cat.actor, start: cue.s, end: e2, confidence: 0.75 }, null);
            handled = true;
            // ("killing a policeman and injuring two others": the others are of his side)
            prevCat = cat.category === "total" ? { category: "civilians", actor: null } : cat;
            prevKind = cue.kind;
            // "shot dead a customs official and his guard": one more person of the same act
            const and2 = /^\s+and\s+(?:his|her|their|a|an|one|the)\s+((?:[\w-]+\s+){0,2}?[\w-]+)/i.exec(text.slice(e2, end));
            if (and2 && !/s$/i.test(and2[1]) && !NON_PERSON.test(and2[1])) {
              const s3 = e2 + and2[0].length - and2[1].length;
              const e3 = nounPhraseEnd(text, s3, end);
              const c3 = categorize(actors, s3, Math.max(e3, s3 + and2[1].length));
              push({ kind: cue.kind, value: 1, category: c3.category === "total" ? (cat.category === "total" ? "civilians" : cat.category) : c3.category, subset: false, more: true, toll: false, attacker: false, actor: c3.actor, start: s3, end: e3, confidence: 0.65 }, null);
            }
          }
        }
      }
    }
    if (handled) {
      clauseStart = cue.e;
      continue;
    }
    // passive: count + noun phrase + (were|was|...) + verb
    if (/^(?:gunning down|shooting dead|killing|kills|kill|left|leaving|wounding|injuring|hurting|maiming|martyring|eliminating|neutrali[sz]ing|claimed the lives of|claiming the lives of)$/.test(word)) continue;
    // (asides about the person, "one soldier, a 26-year-old resident of District Dera Ghazi Khan, having fought gallantly,",
    // take more room before the verb)
    const wideLo = Math.max(clauseStart, cue.s - 170, start);
    const lo = Math.max(wideLo, cue.s - (PERSON_ASIDE_ONE.test(text.slice(wideLo, cue.s)) ? 170 : 90));
    const windowText = text.slice(lo, cue.s);
    // "A district judge, his driver and a police guard were killed": a list of people before the verb
    const lstB = NEG_BEFORE.test(windowText) ? [] : listBefore(ctx, lo, cue.s);
    if (lstB.length >= 2 && lstB.some((x) => !x.numbered) && pushList(lstB, cue.kind, false, cue.e)) {
      prevCat = listCategory(lstB);
      prevKind = cue.kind;
      clauseStart = cue.e;
      continue;
    }
    // "Nine members of the family, four of them children, received injuries": the subject's count is the count,
    // the aside between commas or dashes only a part of it
    const par = PAREN_SUBSET.exec(windowText);
    if (par) {
      const pStart = lo + par.index;
      const main = numbers.filter((x) => x.end <= pStart && x.start >= Math.max(lo, pStart - 60) && !used.has(x.start)).pop();
      if (main && main.value !== null && !/\b(?:was|were|is|are|killed|injured|wounded|said|when|after|in|on|at|near)\b|[,;:]/i.test(text.slice(main.end, pStart))) {
        const cm = personCategory(actors, text, main.end, pStart);
        push({ kind: cue.kind, value: main.value, category: cm.category, subset: false, more: MORE.test(text.slice(main.end, pStart)), toll: false, attacker: cm.category === "militants", actor: cm.actor, start: main.start, end: cue.e, confidence: 0.8 }, main);
        // "Ten soldiers and six civilians, among them two children, were wounded": the counts joined before the aside's item
        let head = main;
        for (let guard = 0; guard < 3; guard++) {
          const prev = numbers.filter((x) => x.end <= head.start && x.start >= Math.max(clauseStart, lo, head.start - 60)).pop();
          if (!prev || prev.value === null || used.has(prev.start)) break;
          const gap = text.slice(prev.end, head.start);
          if (!/^\s*[\p{L}\s-]{0,40}?(?:,\s*|\s+and\s+|,\s+and\s+)$/u.test(gap) || /\b(?:killing|killed|injuring|wounding|died|dead|of|in|from)\b/i.test(gap)) break;
          if (/\b(?:along with|together with|with|including|among them)\s+$/i.test(text.slice(Math.max(start, prev.start - 25), prev.start))) break;
          const cp = categorize(actors, prev.end, head.start);
          if (cp.category === "total") break;
          push({ kind: cue.kind, value: prev.value, category: cp.category, subset: false, more: cp.category === cm.category, toll: false, attacker: cp.category === "militants", actor: cp.actor, start: prev.start, end: cue.e, confidence: 0.75 }, prev);
          head = prev;
        }
        for (const k of inRangeNumbers(numbers, pStart, cue.s)) {
          if (k.value === null || used.has(k.start)) continue;
          const e2 = nounPhraseEnd(text, k.end, cue.s);
          const c2 = /^\s+of (?:them|whom)\b/i.test(text.slice(k.end, k.end + 10)) ? personCategory(actors, text, k.end + 8, e2 + 30 > cue.s ? cue.s : e2 + 30) : personCategory(actors, text, k.end, e2);
          if (c2.category !== "total" && c2.category !== cm.category) push({ kind: cue.kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.7 }, k);
          else used.add(k.start);
        }
        // ("Five people, among them a shopkeeper, were hurt": one civilian named among people makes them civilians)
        const one = cm.category === "total" && !inRangeNumbers(numbers, pStart, cue.s).length ? ASIDE_ONE.exec(text.slice(pStart, cue.s)) : null;
        if (one && /^\s*(?:people|persons|individuals)\b/i.test(text.slice(main.end, pStart)) && CIV_PERSON.test(one[1]) && /^(?:total|civilians)$/.test(categorize(actors, pStart, cue.s).category)) {
          out.push({ kind: cue.kind, value: 1, category: "civilians", subset: true, more: false, toll: false, attacker: false, actor: null, start: pStart, end: cue.s, confidence: 0.6, civRest: true });
        }
        prevCat = cm;
        prevKind = cue.kind;
        clauseStart = cue.e;
        continue;
      }
    }
    // "Three armed men stormed a shop and shot dead its owner": a verb that takes an object after it, with no
    // "were" before it, is active; the count before it is of its subject, the attackers, not of the dead
    if (activeOk && ACTIVE_OBJECT.test(text.slice(cue.e, Math.min(end, cue.e + 24))) && !PASSIVE_AUX.test(text.slice(Math.max(start, cue.s - 30), cue.s))) continue;
    // "A fifth man, a watchman, was also injured": one more person, after the people counted before
    const ord = ORDINAL_PERSON.exec(windowText);
    if (ord) {
      const o0 = lo + ord.index + ord[0].length - ord[0].trimStart().length;
      const c = personCategory(actors, text, o0, cue.s);
      if (c.category !== "total" || PERSON_HEAD.test(ord[1])) {
        push({ kind: cue.kind, value: 1, category: c.category, subset: false, more: true, toll: false, attacker: c.category === "militants", actor: c.actor, start: o0, end: cue.e, confidence: 0.65, ...(ordinalOf(ord[0]) ? { ordinal: ordinalOf(ord[0])! } : {}) }, null);
        prevCat = c;
        prevKind = cue.kind;
        clauseStart = cue.e;
        continue;
      }
    }
    let n = numberEndingNear(ctx, lo, cue.s);
    // (the count before the family's one: "nine members of one family")
    if (n && groupOne.has(n.start)) n = numberEndingNear(ctx, lo, n.start);
    const isAge = !!n && !n.word && /^\s*,/.test(text.slice(n.end, n.end + 3)) && /[\p{Lu}][\p{L}]+,\s*$/u.test(text.slice(Math.max(start, n.start - 30), n.start));
    if (n && !used.has(n.start) && !isAge) {
      const between = text.slice(n.end, cue.s);
      if (/[;:]|\b(?:killing|killed|injuring|wounding|attacked|when|after|said|told)\b|,\s+(?:and|while|but)\s+(?:a|an|one|the|his|her|their)\s/i.test(between) && !/^\s+(?:of them|of whom)\b/i.test(between)) {
        // the count belongs to something else
      } else if (/^dead$/i.test(cue.word) && SHOT_OBJECT.test(between)) {
        // "two men on a motorcycle shot the cleric dead": the count is of the gunmen, the subject of "shot ... dead"
      } else if (between.length <= 70 && !/\b(?:from|aged|age|year|years|days?|weeks?|months?|hours?|minutes?|km|kilometres?|metres?|rs|rupees|per cent|percent|am|pm)\b/i.test(between.replace(AGES_AFTER_NOUN, "$1").slice(0, 12))) {
        const before = text.slice(Math.max(start, n.start - 40), n.start);
        let subset = SUBSET_BEFORE.test(before) || /^\s+of (?:them|whom|the dead|those)\b/i.test(between);
        if (subset && /\b(?:including|among them)\s*$/i.test(before)) {
          // "10 others, including three officers, were injured": the count before "including" is the main one
          const main = numbers.filter((x) => x.end <= n.start && x.start >= n.start - 45 && !used.has(x.start)).pop();
          if (main && main.value !== null && /^[\s\p{L}-]{0,25},?\s*(?:including|among them)\s*$/iu.test(text.slice(main.end, n.start))) {
            const cm = categorize(actors, main.end, n.start);
            push({ kind: cue.kind, value: main.value, category: cm.category, subset: false, more: MORE.test(text.slice(main.end, n.start)), toll: false, attacker: cm.category === "militants", actor: cm.actor, start: main.start, end: cue.e, confidence: 0.8 }, main);
          }
        }
        let cat = categorize(actors, n.end, cue.s);
        // "counted five dead raiders", "12 dead soldiers": the people after the adjective
        if (cat.category === "total" && /^\s+$/.test(between) && /^dead$/i.test(cue.word)) {
          const c6 = categorize(actors, cue.e, Math.max(nounPhraseEnd(text, cue.e + 1, end), cue.e + 1));
          if (c6.category !== "total") cat = c6;
        }
        let ofThem = false;
        // ("The Taliban said two of their fighters died": their = the side that speaks)
        const theirOwn = cat.category === "total" && /^\s+of (?:their|its|our) (?:own )?(?:fighters|men|soldiers|troops|personnel|members|comrades|colleagues|guards|forces|cadres|jawans)\b/i.test(between);
        if (cat.category === "total" && (/^\s+of (?:them|whom)\b/i.test(between) || theirOwn)) {
          // "the attackers tried to breach the camp; nine of them were killed": them = the last people named
          const ante = actors.filter((a) => a.end <= n.start && a.start >= n.start - 160 && (a.role !== "speaker" || theirOwn) && a.id !== "CIVILIANS" && !(theirOwn && /^(?:PK_GOV|AF_GOV)$/.test(a.id))).pop();
          if (ante) {
            cat = categorize(actors, ante.start, ante.end);
            ofThem = cat.category !== "total" && !SUBSET_BEFORE.test(before);
          }
          // ("The attackers fired rockets at the post. Two of them were killed in the return fire": them = the
          // attackers the clause before names, though no actor was read there)
          if (cat.category === "total" && !theirOwn) {
            const people = lastPeople(text.slice(Math.max(0, n.start - 300), n.start), false, true);
            if (people && ATTACKER_HEAD.test(people.noun)) {
              cat = { category: "militants", actor: "MILITANTS" };
              ofThem = !SUBSET_BEFORE.test(before);
            }
          }
        }
        const allOf = /^[^.;]{0,40}?\ball of them(?:\s+were)?\s+/i.exec(text.slice(cue.e, end));
        if (cat.category === "total" && allOf) {
          const a0 = cue.e + allOf.index + allOf[0].length;
          const c3 = categorize(actors, a0, nounPhraseEnd(text, a0, end));
          if (c3.category !== "total") {
            push({ kind: cue.kind, value: n.value, category: c3.category, subset: true, more: false, toll: false, attacker: false, actor: c3.actor, start: n.start, end: a0, confidence: 0.8 }, null);
          }
        }
        // "Two constables were martyred and one was injured", "a soldier was killed and two more/others wounded":
        // the second count is of the same people, when it is the other kind (the dead, then the wounded)
        const bare = between.replace(/^\s*(?:more|others?)\b/i, " ");
        const otherKind = prevKind !== null && prevKind !== cue.kind;
        let inherited = false;
        if (cat.category === "total" && (bare === between || otherKind) && !GENERIC_PEOPLE.test(bare.trim()) && /^\s*(?:were|was|had been|have been|are|is|also|later|reportedly)?\s*(?:\w+\s+)?$/i.test(bare) && prevCat) {
          cat = prevCat;
          inherited = true;
        }
        if (NEG_BEFORE.test(before)) continue;
        if (ofThem) subset = false;
        // "Lieutenant Colonel Kashif and Captain Ahmed, along with five soldiers, embraced shahadat"
        if (/\balong with\s*$/i.test(before)) {
          const named = actors.filter((a) => a.start >= Math.max(clauseStart, n.start - 120) && a.end <= n.start && RANKS.test(a.text));
          const people = named.filter((a, i) => i === 0 || !/^\s*$/.test(text.slice(named[i - 1].end, a.start)));
          if (people.length) {
            const cr = categorize(actors, people[0].start, people[0].end);
            push({ kind: cue.kind, value: people.length, category: cr.category, subset: false, more: true, toll: false, attacker: false, actor: cr.actor, start: people[0].start, end: cue.e, confidence: 0.7 }, null);
          }
        }
        const attacker = cat.category === "militants";
        // "five of the injured later died": deaths added to the toll, not a count of the injured
        const ofInjured = cue.kind === "killed" && OF_INJURED.test(between);
        if (ofInjured) subset = false;
        // "Another eight died on the way to hospital", "two injured policemen later succumbed": more deaths than those told
        const woundedDied = cue.kind === "killed" && LATER_DEATH.test(cue.word) && /\b(?:injured|wounded)\b/i.test(between);
        const othersDied = cue.kind === "killed" && OTHERS.test(between) && !out.some((x) => x.kind !== cue.kind && x.start >= start && x.start < n.start);
        // "eight troops were dead by Tuesday, five of the wounded having died", "rose to nine after four of the injured
        // succumbed": the wounded who died are within the larger count just told, not more of them
        const within = (ofInjured || woundedDied) && n.value !== null && out.some((x) => x.kind === "killed" && !x.toll && x.value !== null && x.value > n.value! && x.start >= start && x.end <= n.start && WITHIN_LINK.test(text.slice(x.end, n.start)))
          && (!/,\s*$/.test(before) || /\bhaving\s*$/i.test(between) || /^(?:dying|succumbing)/i.test(cue.word));
        if (within) subset = true;
        // "Four other soldiers were injured, and one of them died in hospital": of the wounded just told, more dead
        const ofHurt = cue.kind === "killed" && ofThem && prevKind === "injured" && LATER_DEATH.test(cue.word);
        const more = !within && (MORE.test(between) || ofInjured || MORE_BEFORE.test(before) || woundedDied || othersDied || ofHurt);
        // ("Three more succumbed": no noun, so the people are those told before)
        const bareCount = more && cat.category === "total" && /^\s*(?:(?:more|others?|of the (?:injured|wounded)|of them)\s+)?(?:(?:were|was|had|have|also|later|then|subsequently)\s+)*$/i.test(between);
        // ("One of them later succumbed to his injuries": of the wounded when wounded were told before; the tally decides)
        const fromWounded = !within && cue.kind === "killed" && cat.category === "total" && (ofInjured || woundedDied || (LATER_DEATH.test(cue.word) && /^\s+of (?:them|whom)\b/i.test(between) && (/^succumbed/i.test(cue.word) || /\b(?:later|subsequently|afterwards)\b/i.test(between) || WOUNDS_AFTER.test(text.slice(cue.e, cue.e + 40)))));
        push({ kind: cue.kind, value: n.value, category: cat.category, subset, more, toll: false, attacker, actor: cat.actor, start: n.start, end: cue.e, confidence: 0.85, ...(inherited ? { inherited } : {}), ...(bareCount ? { bare: true } : {}), ...(fromWounded ? { fromWounded } : {}), ...(cue.kind === "killed" && (ofInjured || woundedDied || fromWounded || ofHurt) ? { woundedDeath: true } : {}) }, n);
        // "five children and a woman were killed": one more of the named kind
        const andOne = /\s+and\s+(?:a|an|one|the|their|his|her)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:was|were|had been|have been|also)\s+)*$/i.exec(between);
        if (andOne) {
          const a0 = n.end + andOne.index;
          const c4 = categorize(actors, a0, cue.s);
          if (c4.category !== "total" && !/s$/i.test(andOne[1])) push({ kind: cue.kind, value: 1, category: c4.category, subset: false, more: c4.category === cat.category, toll: false, attacker: c4.category === "militants", actor: c4.actor, start: a0, end: cue.e, confidence: 0.7 }, null);
        }
        // "Both attackers died, along with five worshippers"
        const along = /^\s*,?\s*(?:along with|together with|as well as)\s+/i.exec(text.slice(cue.e, Math.min(end, cue.e + 30)));
        if (along) {
          const k = numbers.find((x) => x.start === cue.e + along[0].length);
          if (k && k.value !== null) {
            const e2 = nounPhraseEnd(text, k.end, end);
            const c2 = categorize(actors, k.end, Math.max(e2, k.end + 1));
            push({ kind: cue.kind, value: k.value, category: c2.category, subset: false, more: c2.category === cat.category, toll: false, attacker: c2.category === "militants", actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
          }
        }
        // "A constable and two attackers were killed": one person named before the count, joined by "and"
        // ("The commander and two of his guards were killed": a person named by role with "the" too)
        const single = /(?:^|[\s,;(])(a|an|one|the|his|her|their)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+and\s+(?:(?:at least|some|about)\s+)?$/i.exec(text.slice(Math.max(clauseStart, n.start - 60), n.start));
        const s3 = single ? n.start - single[0].length + (single[0].length - single[0].trimStart().length) : 0;
        // (with "the", the person opens the subject: not the object of a verb, "troops engaged the khawarij and seven ...")
        const opensSubject = !!single && (/^(?:a|an|one)$/i.test(single[1]) || (!PLURAL_HEAD.test(single[2]) && /(?:^|[,;:.]|\b(?:said|that|when|after|and))\s*$/i.test(text.slice(Math.max(start, s3 - 12), s3))));
        if (single && opensSubject && !/s$/i.test(single[2]) && !NON_PERSON.test(single[2])) {
          const c5 = personCategory(actors, text, s3, n.start);
          const role = c5.category !== "total" || /^(?:a|an|one)$/i.test(single[1]) ? c5.category !== "total" : FORCE_PERSON.test(single[2]) || ANY_ONE.test(single[2]);
          if (c5.category !== "total") push({ kind: cue.kind, value: 1, category: c5.category, subset: false, more: c5.category === cat.category, toll: false, attacker: c5.category === "militants", actor: c5.actor, start: s3, end: cue.e, confidence: 0.7 }, null);
          else if (role) push({ kind: cue.kind, value: 1, category: "total", subset: false, more: true, toll: false, attacker: false, actor: null, start: s3, end: cue.e, confidence: 0.6 }, null);
        }
        // "four attackers and one soldier were killed": the counts before, joined by "and"
        let head = n;
        for (let guard = 0; guard < 3; guard++) {
          const prev = numbers.filter((x) => x.end <= head.start && x.start >= Math.max(clauseStart, head.start - 60)).pop();
          if (!prev || prev.value === null || used.has(prev.start)) break;
          const gap = text.slice(prev.end, head.start);
          // ("Two border guards of the Islamic Emirate and three civilians were killed": a force named after "of"/"from" is
          // the first count's side, not another place or group)
          const forceOf = FORCE_OF_GAP.test(gap) && !/\b(?:killing|killed|injuring|wounding|died|dead|in)\b/i.test(gap) && categorize(actors, prev.end, head.start).category === "security_forces";
          if (!forceOf && (!/^\s*[\p{L}\s-]{0,40}?(?:,\s*|\s+and\s+|,\s+and\s+)(?:all\s+|both\s+|the\s+)?$/u.test(gap) || /\b(?:killing|killed|injuring|wounding|died|dead|of|in|from)\b/i.test(gap))) break;
          if (/\b(?:along with|together with|with|including|among them)\s+$/i.test(text.slice(Math.max(start, prev.start - 25), prev.start))) break;
          const cp = categorize(actors, prev.end, head.start);
          // ("Four women and three children were killed": two counts of one side add up)
          push({ kind: cue.kind, value: prev.value, category: cp.category, subset: false, more: cp.category !== "total" && cp.category === cat.category && !subset, toll: false, attacker: cp.category === "militants", actor: cp.actor, start: prev.start, end: cue.e, confidence: 0.8 }, prev);
          head = prev;
        }
        prevCat = cat;
        prevKind = cue.kind;
        clauseStart = cue.e;
        // "24 people were wounded: 10 soldiers and 14 civilians"
        if (cat.category === "total") {
          const lead = /^\s*(?::|-|\(|,\s*(?:including|among them))\s*/i.exec(text.slice(cue.e, cue.e + 20)) ?? PP_LEAD.exec(text.slice(cue.e, Math.min(end, cue.e + 80)));
          if (lead) {
            pushBreakdown(cue.e + lead[0].length, cue.kind, false, /^\s*(?:people|persons|civilians)\b/i.test(between));
          }
          // "Forty people were wounded, four of them Frontier Corps soldiers"
          const ofThemM = /^\s*,\s*/.exec(text.slice(cue.e, cue.e + 4));
          if (!lead && ofThemM) {
            const k = numbers.find((x) => x.start >= cue.e && x.start <= cue.e + ofThemM[0].length + 10 && x.end <= end && /^\s*,\s*(?:(?:at least|some|about)\s+)?$/i.test(text.slice(cue.e, x.start)));
            const ofm = k ? /^\s+of (?:them|whom)\s+(?:were\s+|being\s+)?/i.exec(text.slice(k.end, k.end + 20)) : null;
            if (k && k.value !== null && ofm) {
              const a0 = k.end + ofm[0].length;
              const e2 = nounPhraseEnd(text, a0, end);
              const c2 = categorize(actors, a0, Math.max(e2, a0 + 1));
              if (c2.category !== "total") push({ kind: cue.kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: e2, confidence: 0.8 }, k);
            }
          }
        }
        continue;
      }
    }
    // "A policeman was killed and another injured": one more of the same people
    // ("Three FC men died; a fourth was airlifted to Quetta with a fractured leg": an ordinal is one more of them)
    const anotherM = /\b(?:and|while)\s+(?:another|one other|a second|one more)\s+(?:(?:was|were|had been|also)\s+)?$/i.exec(windowText) ?? ORDINAL_ONE.exec(windowText);
    const ordN = anotherM ? ordinalOf(anotherM[0]) : null;
    if (anotherM && prevCat) {
      push({ kind: cue.kind, value: 1, category: prevCat.category, subset: false, more: !!ordN && prevKind === cue.kind, toll: false, attacker: prevCat.category === "militants", actor: prevCat.actor, start: lo + anotherM.index, end: cue.e, confidence: 0.7, ...(ordN && prevKind === cue.kind ? { ordinal: ordN } : {}) }, null);
      clauseStart = cue.e;
      continue;
    }
    // "Two soldiers were martyred. A third was later pronounced dead": one more of the people told before
    if (anotherM && ordN && !/(?:and|while)\s+(?:another|one other|one more)/i.test(anotherM[0])) {
      push({ kind: cue.kind, value: 1, category: "total", subset: false, more: true, bare: true, toll: false, attacker: false, actor: null, start: lo + anotherM.index, end: cue.e, confidence: 0.6, ordinal: ordN }, null);
      clauseStart = cue.e;
      continue;
    }
    // a named rank: "Sepoy Muhammad Irfan, 23, of District Karak ... embraced shahadat"
    // "Havildar A, aged 36, of Kohat, and Sepoy B, aged 24, of Bannu ... embraced shahadat": every named rank counts
    const named = actors.filter((a) => a.start >= Math.max(start, clauseStart, cue.s - 260) && a.start < cue.s && RANKS.test(a.text) && !used.has(-a.start - 1) && /^\s+[\p{Lu}]/u.test(text.slice(a.end, a.end + 3)) && !/[.;]/.test(text.slice(a.end, cue.s)));
    const ranked = named.filter((a, i) => i === 0 || !/^\s*$/.test(text.slice(named[i - 1].end, a.start)));
    const rank = ranked[0];
    if (rank && (ranked.length === 1 || ranked[0].start >= cue.s - 120 || ranked.every((a, i) => i === 0 || /\band\b|,/.test(text.slice(ranked[i - 1].end, a.start))))) {
      for (const a of named) used.add(-a.start - 1);
      const cat = categorize(actors, rank.start, rank.end);
      // (named after the count of them, "A soldier was martyred ... Sepoy Gul Khan was killed", they are the same people;
      // a named man who later "succumbed" is one more)
      push({ kind: cue.kind, value: ranked.length, category: cat.category, subset: false, more: cue.kind === "killed" && (/^(?:succumbed|passed away|expired)/i.test(cue.word) || /^\s+(?:later|of (?:his|her|their) (?:injuries|wounds))\b/i.test(text.slice(cue.e, cue.e + 30))), toll: false, attacker: false, actor: cat.actor, start: rank.start, end: cue.e, confidence: 0.7 }, null);
      prevCat = cat;
      prevKind = cue.kind;
      clauseStart = cue.e;
      continue;
    }
    // singular subjects: "a soldier was martyred", "the bomber was also killed", "both attackers died"
    // ("a constable, Zahid Khan, was wounded": the name in apposition is the same person)
    const sm = /(?:^|[\s,;(])(both|all|(?:a|an|one|another|the|their|his|her|its)(?:\s+other)?)\s+((?:(?!and\s)[\w'-]+\s+){0,4}?)([\w'-]+)(?:,?\s+who\b[^.;,]{0,60}?,?)?\s+(?:(?:was|were|had been|has been|is|are|also|later|reportedly|himself|themselves|too|still)\s+){0,3}$/i.exec(windowText.replace(APPOSITION, (m) => " ".repeat(m.length)).replace(PERSON_ASIDE, (m) => " ".repeat(m.length)).replace(COMMON_APPOSITION, keepApposition).replace(PARTICIPLE_ASIDE, (m) => " ".repeat(m.length)).replace(RELATIVE_CLAUSE, (_m, a: string, b: string | undefined) => `${a} ${b ?? ""}`));
    const s2n = sm ? lo + sm.index + (sm[0].length - sm[0].trimStart().length) : 0;
    // "None of the policemen was hurt": no one counted
    if (sm && /\b(?:(?:none|neither|not one|not a single one)\s+of|no)\s+$/i.test(text.slice(Math.max(start, s2n - 20), s2n))) {
      clauseStart = cue.e;
      continue;
    }
    if (sm && !/\b(?:number|toll|figure|total)\b/i.test(sm[0])) {
      const s2 = s2n;
      let cat = categorize(actors, s2, cue.s);
      const det = sm[1].toLowerCase();
      // "a girl who had been waiting at the bus stop", "the van's driver": kin and civil occupations are civilians
      const possessed = det === "the" && /^[\w-]+['\u2019]s\s/.test(sm[2]);
      const headWords = (sm[2] + sm[3]).replace(/^[\w-]+['\u2019]s\s+/, "");
      if (cat.category === "total" && (/^(?:a|an|one|another|their|his|her|the)/.test(det)) && !/s$/i.test(sm[3]) && CIV_PERSON.test(headWords) && !NON_PERSON.test(headWords)) cat = { category: "civilians", actor: null };
      // "A policeman guarding a polio team was shot dead": the subject is the first person named in the clause
      if (cat.category === "total") cat = categorize(actors, lo, cue.s);
      const personLike = /^(?:a|an|one|another|their|his|her)/.test(det) && !NON_PERSON.test(sm[2] + sm[3]) && !/s$/i.test(sm[3]);
      if (cat.category !== "total" || personLike) {
        const value = det === "both" ? 2 : det === "all" ? null : det === "the" && /s$/.test(sm[3]) ? null : 1;
        // "the bomber was also killed"; "the policeman escorting him was injured": one named person, not a group
        if (det === "the" && !possessed && !(cat.category === "civilians" && CIV_PERSON.test(headWords) && !/s$/i.test(sm[3])) && cat.category !== "militants" && !(cat.category === "security_forces" && !/s\b/i.test(sm[2].split(/\s+/)[0] || sm[3]) && !/\band\b/i.test(sm[0]))) continue;
        if (/^(?:their|his|her|its)$/.test(det) && /s$/i.test(sm[3])) continue;
        // "Two labourers were killed ..., and the contractor ... was pronounced dead": a person of another name, joined by
        // "and" or told with "also", is one more of the same side
        const last = out.filter((x) => x.kind === cue.kind && x.category === cat.category && x.value !== null && x.end <= s2).pop();
        const otherHead = !!last && value === 1 && !new RegExp(`\\b${sm[3].slice(0, 5).replace(/[^\w]/g, "")}`, "i").test(text.slice(last.start, last.end)) && (/\b(?:and|also)\s*$/i.test(text.slice(Math.max(start, s2 - 8), s2)) || /\balso\b/i.test(sm[0]));
        // ("A third soldier died of his wounds": an ordinal is one more of them)
        push({ kind: cue.kind, value, category: cat.category, subset: false, more: /another|other/.test(det) || otherHead || (value === 1 && ORDINAL_HEAD.test(sm[2])), toll: false, attacker: cat.category === "militants", actor: cat.actor, start: s2, end: cue.e, confidence: 0.7, ...(value === 1 && ORDINAL_HEAD.test(sm[2]) && ordinalOf(sm[2]) ? { ordinal: ordinalOf(sm[2])! } : {}) }, null);
        // "A Pakistani soldier and a civilian were killed": the person named before "and" too
        const pair = /(?:^|[\s,;(])(?:a|an|one)\s+((?:[\w'-]+\s+){0,2}?[\w'-]+)\s+and\s+$/i.exec(text.slice(Math.max(clauseStart, start, s2 - 60), s2));
        if (pair && value === 1 && !/s$/i.test(pair[1]) && !NON_PERSON.test(pair[1])) {
          const p0 = s2 - pair[0].length + (pair[0].length - pair[0].trimStart().length);
          const cp = categorize(actors, p0, s2);
          if (cp.category !== "total") push({ kind: cue.kind, value: 1, category: cp.category, subset: false, more: cp.category === cat.category, toll: false, attacker: cp.category === "militants", actor: cp.actor, start: p0, end: cue.e, confidence: 0.65 }, null);
        }
        const along2 = /^\s*,?\s*(?:along with|together with|as well as)\s+/i.exec(text.slice(cue.e, Math.min(end, cue.e + 30)));
        const k2 = along2 ? numbers.find((x) => x.start === cue.e + along2[0].length) : undefined;
        if (k2 && k2.value !== null) {
          const e3 = nounPhraseEnd(text, k2.end, end);
          const c3 = categorize(actors, k2.end, Math.max(e3, k2.end + 1));
          push({ kind: cue.kind, value: k2.value, category: c3.category, subset: false, more: c3.category === cat.category, toll: false, attacker: c3.category === "militants", actor: c3.actor, start: k2.start, end: e3, confidence: 0.75 }, k2);
        }
        prevCat = cat;
        prevKind = cue.kind;
        clauseStart = cue.e;
      }
    }
  }
  // "killing two guards and leaving a third with bullet wounds", "left another bleeding": one more wounded of the dead's side
  leftOne.lastIndex = 0;
  let lo1: RegExpExecArray | null;
  while (may.leftOne && (lo1 = leftOne.exec(clause)) !== null) {
    const at = start + lo1.index;
    const dead = out.filter((x) => x.kind === "killed" && x.end <= at && x.value !== null && x.category !== "total").pop();
    const c = dead ? { category: dead.category, actor: dead.actor } : { category: "total" as CasualtyCategory, actor: null };
    out.push({ kind: "injured", value: 1, category: c.category, subset: false, more: false, toll: false, attacker: c.category === "militants", actor: c.actor, start: at, end: at + lo1[0].length, confidence: 0.65 });
  }

  // "killed 15 people, of whom nine were policemen", "Twenty were hurt, among them six were children": a part of the
  // count before
  if (may.ofWhomN) {
    const re = OF_WHOM_N.re;
    re.lastIndex = 0;
    let ow: RegExpExecArray | null;
    while ((ow = re.exec(clause)) !== null) {
      const at = start + ow.index;
      const k = numbers.find((x) => x.start > at && x.start <= at + ow![0].length);
      if (!k || k.value === null || used.has(k.start)) continue;
      const verb = /^\s+(?:of them\s+)?(?:were|was|are)\s+(?:all\s+)?/i.exec(text.slice(k.end, k.end + 20));
      if (!verb) continue;
      const prev = out.filter((x) => x.end <= at && x.value !== null && !x.subset).pop();
      if (!prev) continue;
      const a0 = k.end + verb[0].length;
      const c2 = personCategory(actors, text, a0, nounPhraseEnd(text, a0, end));
      if (c2.category === "total") continue;
      push({ kind: prev.kind, value: k.value, category: c2.category, subset: true, more: false, toll: false, attacker: false, actor: c2.actor, start: k.start, end: a0, confidence: 0.75 }, k);
    }
  }

  // "..., while the group claimed to have killed 15 personnel": the counts told after the claim are the claim's
  if (may.claimedCount && out.length) {
    const re = CLAIMED_COUNT.re;
    re.lastIndex = 0;
    const cm = re.exec(clause);
    if (cm) {
      const at = start + cm.index;
      const contested = CONTESTED.test(clause.slice(cm.index));
      for (let i = 0; i < out.length; i++) if (out[i].start >= at) out[i] = { ...out[i], claimed: true, ...(contested ? { contested } : {}) };
    }
  }
  // "The Balochistan Liberation Army, in a statement emailed to reporters, said it had "captured" the post and killed eight
  // Levies men": a named group telling what it did, its figure
  if (out.length && !out.some((x) => x.claimed)) {
    for (const a of actors) {
      if (a.role === "speaker" || a.start < start || a.start >= end || !MILITANT_IDS.has(a.id) || a.id === "MILITANTS" || a.id === "PK_OTHER" || a.id === "AF_OTHER") continue;
      const gm = GROUP_SAID.exec(text.slice(a.end, end));
      if (!gm) continue;
      const at = a.end + gm[0].length;
      const contested = CONTESTED.test(text.slice(at, end));
      for (let i = 0; i < out.length; i++) if (out[i].start >= at) out[i] = { ...out[i], claimed: true, ...(contested ? { contested } : {}) };
      break;
    }
  }
  if (may.claimedThat && out.length) {
    const re = CLAIMED_THAT.re;
    re.lastIndex = 0;
    const cm = re.exec(clause);
    if (cm) {
      const at = start + cm.index + cm[0].length;
      for (let i = 0; i < out.length; i++) if (out[i].start >= at && !out[i].claimed) out[i] = { ...out[i], claimed: true, hearsay: true };
    }
  }
  // "Two militant commanders were among the dead", "a commander and his guard were among those killed": people named
  // among the dead are part of the dead, not attackers added to them
  for (const s of out) {
    if (s.category === "total" || s.subset || s.toll || s.value === null) continue;
    if (AMONG_DEAD_END.test(text.slice(Math.max(s.start, s.end - 48), s.end))) {
      s.subset = true;
      s.attacker = false;
    }
  }
  // "Thirteen people had been reported wounded on Thursday" (after "Eleven wounded people remained in hospital"): a
  // figure told as reported before, in the past perfect, is an earlier figure
  for (const s of out) {
    if (s.toll || s.value === null || s.subset) continue;
    if (REPORTED_EARLIER.test(text.slice(s.start, Math.min(end, s.end + 12)))) s.superseded = true;
  }

  return out;
}
/** A count told as an earlier report: "had been reported wounded", "had initially been put at", "were first reported killed". */
const REPORTED_EARLIER = /\b(?:had (?:(?:earlier|initially|first|originally|previously)\s+)?been|(?:were|was) (?:earlier|initially|first|originally|previously)(?: been)?)\s+(?:reported|put|given|listed|counted|said to (?:have been|be))\b/i;

/** "... were among the dead", "... was among those killed", "... were among the victims" at a statement's end. */
const AMONG_DEAD_END = /\b(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the|those)\s+(?:(?:people|persons|\w+)\s+)?(?:dead|killed|victims|slain|martyred|who (?:were killed|died|lost their lives))$/i;
