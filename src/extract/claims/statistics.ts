import { gated } from "../gate.js";
import { findNumbers } from "./numbers.js";
import {
  AGGREGATE_FRAMES,
  FLOW_MIN,
  FLOW_VERBS,
  NOT_A_COUNT_AFTER,
  NOT_A_COUNT_BEFORE,
  STAT_NOUNS,
  SECONDARY_BEFORE,
  SUBCOUNT_BEFORE,
  PARALLEL_BEFORE,
} from "./data/statistics.js";

/** A figure in a sentence that reads as an aggregate count; offsets relative to the sentence. */
export interface StatHit {
  start: number;
  end: number;
  value: number;
}

const B = (s: string) => `\\b(?:${s})(?![a-z0-9_])`;
// gated (src/extract/gate.ts): tried on every sentence, they match few
const FRAME_RE = gated(new RegExp(B(AGGREGATE_FRAMES), "i"));
/**
 * Frames that total over many events even in a sentence that names an attack ("during the month",
 * "so far this year", "a total of"); the others ("in March", "last month", "this year") make a figure
 * aggregate only in a sentence that is not itself telling of one attack.
 */
const STRONG_FRAME_RE = /^(?:during (?:the|this|that|\d{4})\b|between |in the first |in the (?:same|corresponding) |compared |so far|to date|year[- ]to[- ]date|since |a total of|in total|altogether|cumulative|across the |nationwide|countrywide|(?:monthly|annual|yearly|weekly|quarterly|half[- ]yearly|year[- ]end) )/iu;
/** Words telling of one particular attack ("a roadside bomb", "the blast", "gunmen stormed"), not of attacks in general. */
const INCIDENT_WORDS = new RegExp(B("(?:an?|the|this|that|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|yesterday's|last night's) (?:[\\w-]+ )?(?:attack|bombing|blast|explosion|ambush|raid|clash|assault|strike|bomb|shooting|grenade|landmine|mine|ied|rocket|mortar(?: shell| round)?)|suicide bomber|gunmen|exploded|went off|stormed|opened fire|shot dead|roadside bombs?|bombs? exploded|ambushed|(?:killed|wounded|injured|martyred|hurt) when"), "i");
const NOUN_AFTER = new RegExp(`^(?:[\\s\\u00a0]+(?:of the |of (?:their|its|our|his) |more |other |registered |suspected |alleged |afghan |pakistani |foreign |local |police |security |army |fc |levies |terrorist |militant |innocent |undocumented |unregistered |officers? and |men and |high[- ]value |intelligence[- ]based |[\\p{L}-]+ )?){0,3}${STAT_NOUNS}(?![\\p{L}])`, "iu");
const DAY_RE = /\b(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the \d{1,2}(?:st|nd|rd|th)|yesterday|today|last night|overnight|this morning|on \d{1,2} \w+|on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b/i;
const FRAMES_ALL = new RegExp(B(AGGREGATE_FRAMES), "gi");
const PLACE_FRAME = /^(?:across|nationwide|countrywide)/i;
/** Every aggregate frame in the sentence is a place ("across the province"), none a period. */
function onlyPlaces(sentence: string): boolean {
  FRAMES_ALL.lastIndex = 0;
  for (let m; (m = FRAMES_ALL.exec(sentence)); ) if (!PLACE_FRAME.test(m[0])) return false;
  return true;
}
const TOTAL_FRAME = /^(?:a total of|in total|in all|altogether|overall|cumulative)/i;
/** Every aggregate frame in the sentence is a total ("in all", "altogether"), none a period or an area. */
function onlyTotals(sentence: string): boolean {
  FRAMES_ALL.lastIndex = 0;
  let any = false;
  for (let m; (m = FRAMES_ALL.exec(sentence)); any = true) if (!TOTAL_FRAME.test(m[0])) return false;
  return any;
}
/** The report's own events named back: "in the three raids", "in these attacks", "across both operations". */
const OWN_EVENTS = gated(/\b(?:in|during|across|from) (?:the|these|those|both|all(?: the| these| three| four| five)?) (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) )?(?:[\w-]+ )?(?:raids|operations|attacks|incidents|clashes|engagements|encounters|blasts|bombings|strikes|assaults|ambushes|exchanges|explosions|gunfights)\b/i);
/** The previous sentence's counted events named back: "during these operations", "in those attacks", "in the same period". */
const BACK_REF = /^\s*(?:during|in|from|over|across)\s+(?:these|those|such)\s+(?:[\w-]+\s+)?(?:operations|attacks|incidents|raids|IBOs|engagements|actions)\b|\b(?:in|during|over) the same period\b|\b(?:in|during|from) (?:these|those) (?:[\w-]+ )?(?:operations|attacks|incidents|raids|engagements|actions)\b|^\s*(?:the|these|those|such)\s+(?:[\w-]+\s+)?(?:attacks|incidents|operations|raids|bombings)\s+(?:killed|left|claimed|wounded|injured|caused|took|cost)\b|^\s*of the [\d,]+ (?:[\w-]+ ){0,3}?[\w-]+,|^\s*of (?:these|those|them|the (?:[\w-]+ )?(?:attacks|incidents|operations|raids|bombings|killings|cases|arrests|deaths|dead|victims|fatalities)),\s*[\d,]+\s/i;
/** "Another 132 people were wounded", "A further 327 policemen were hurt": opening on the next figure of the tally. */
const FURTHER_OPEN = /^\s*(?:another|a further|separately,|in addition,|additionally,)\s/i;
/** A part of the tally by province: "In Balochistan, 61 terrorists were killed", "…, where 187 khawarij were killed", "Khyber Pakhtunkhwa bore the brunt, with 49 attacks". */
const PROVINCE_PART = /^\s*(?:in |across )?(?:khyber pakhtunkhwa|balochistan|sindh|punjab|gilgit-baltistan|the merged districts|the tribal districts|kp)\b|\b(?:in|across) (?:khyber pakhtunkhwa|balochistan|sindh|punjab|gilgit-baltistan|the merged districts|the tribal districts),? where\b/i;
/** "Civilians killed in militant attacks numbered 212": the counted noun is the subject. */
const NUMBERED_SUBJECT = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+){0,2}${STAT_NOUNS}(?![\\p{L}])`, "iu");
const COORD_AFTER = /^\s+(?:[\p{L}-]+\s+){1,3}and\s+[\d,]+\s/u;
const COORD_BEFORE = /\b[\d,]+\s+(?:[\p{L}-]+\s+){1,3}and\s+$/u;
const NUMBERED_NEXT = /\b(?:numbered|totall?ed)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more than\s+)?[\d,]+/i;
const NUMBERED_BEFORE = /\b(?:numbered|totall?ed|stood at|came to|amounted to)\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more than\s+)?$/i;
const SEPARATE_ANY = /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:separate|different|simultaneous|coordinated|distinct|parallel) (?:[\w-]+ )?(?:operations|attacks|incidents|raids|engagements|blasts|bombings|clashes|ambushes)\b/i;
const SEPARATE_AFTER = /^\s+(?:separate|different|simultaneous|coordinated|distinct|parallel)\s+(?:[\w-]+\s+)?(?:operations|attacks|incidents|raids|engagements|blasts|bombings|clashes|ambushes)\b/i;
/** The report, release or statement of the tally before, speaking again: "It said", "The report added", "The figures showed". */
const RELEASE_AGAIN = /^\s*(?:it|the (?:report|release|statement|data|figures|document|survey|review|study|analysis|tally|bulletin))\s+(?:also\s+)?(?:said|says|added|adds|showed|shows|noted|notes|stated|states|recorded|records|found|put|puts)\b/i;
/** Casualty words: "Another 20 people were wounded" tells a toll, which needs a frame of its own to be a tally. */
const HARMED = /\b(?:wounded|injured|hurt|died|killed|martyred|dead|lost their lives)\b/i;
/** A figure told as one more of a tally: "It also said …", "Another 212 suspects …", "In addition, …". */
const FURTHER = /\b(?:also|another|a further|besides|in addition|additionally|as well)\b/i;
const NUMBER_OF_RE = new RegExp(`\\b(?:number|count|tally|toll) of (?:[\\w-]+ ){0,2}?${STAT_NOUNS}`, "i");
const VALUE_VERB_BEFORE = /(?:rose|increased|climbed|jumped|surged|fell|dropped|declined|decreased|reached|stood at|totall?ed|touched|hit|was|were)(?:\s+to|\s+at)?\s+$/i;
const BRINGING_BEFORE = new RegExp(`\\b(?:bringing|taking|pushing|raising|lifting|bring|brings|brought|take|takes|took|push|pushes|pushed|raise|raises|raised)\\s+(?:the\\s+)?(?:overall\\s+|total\\s+|cumulative\\s+)?(?:total|number|tally|count|toll|figure)(?:\\s+of\\s+(?:[\\w-]+\\s+){0,2}?${STAT_NOUNS})?[^.;]{0,40}?\\s+to\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+|some\\s+)?$`, "i");
const PUT_AT = /\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|pegged|pegs)\s+(?:the\s+)?(?:total\s+|overall\s+)?(?:number|toll|tally|count|figure|total)\b[^.;]{0,130}?\s+at\s+(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+|some\s+|roughly\s+)?$/i;
const FLOW_RE = gated(new RegExp(B(FLOW_VERBS), "i"));
const SUBCOUNT_RE = new RegExp(`${SUBCOUNT_BEFORE}[\\s\\u00a0]+(?:[\\p{L}-]+[\\s\\u00a0]+)?$`, "iu");
const PARALLEL_RE = new RegExp(`${PARALLEL_BEFORE}[\\s\\u00a0]+(?:[\\p{L}-]+[\\s\\u00a0]+)?$`, "iu");
const SECONDARY_RE = new RegExp(`${SECONDARY_BEFORE}[\\s\\u00a0]+$`, "iu");
const SUBCOUNT_LIST_RE = new RegExp(`${SUBCOUNT_BEFORE}[\\s\\u00a0]+(?:[\\d,]+[\\s\\u00a0]+(?:[\\p{L}'’-]+[\\s\\u00a0]+){0,3}?[\\p{L}'’-]+(?:,[\\s\\u00a0]*(?:and[\\s\\u00a0]+)?|[\\s\\u00a0]+and[\\s\\u00a0]+))+$`, "iu");
const SUBCOUNT_AFTER = /^\s+(?:of (?:them|whom|those|these|the)|were (?:among|from))\b/iu;
const NOT_BEFORE_RE = new RegExp(`(?<![\\p{L}])(?:${NOT_A_COUNT_BEFORE})[\\s\\u00a0]*$`, "iu");
const NOT_AFTER_RE = new RegExp(`^[\\s\\u00a0-]*(?:${NOT_A_COUNT_AFTER})(?![\\p{L}])`, "iu");
const MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
const DATE_BEFORE = new RegExp(`${MONTH}\\.?[\\s\\u00a0]*$`, "iu");
const DATE_AFTER = new RegExp(`^[\\s\\u00a0]*(?:${MONTH}\\b|,[\\s\\u00a0]*\\d{4})`, "iu");

const ELIDED_BEFORE = /\b(?:another|a further|an additional)\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$/i;
const ELIDED_AFTER = /^\s+(?:were|was|had been|have been)\s+(?:wounded|injured|hurt|killed|martyred|arrested|detained|displaced)\b/i;
const FUTURE_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:will|would|shall)\s+(?:be|receive|get|join)\b/iu;
const FUTURE_BEFORE = /\b(?:will|would|shall)\s+(?:be\s+)?(?:[\p{L}-]+\s+){0,2}(?:at least\s+|up to\s+|another\s+)?$/iu;

/**
 * The aggregate figures of one sentence: numbers counting a noun of STAT_NOUNS in an aggregate frame
 * ("1,412 khawarij … since January", "a total of 84,270 people"), or large flows ("11,930 Afghans
 * returned"). Sub-counts ("including 73 …", "52 of them"), money, percentages, dates and years are not
 * figures of their own.
 */
export function findStatistics(sentence: string, inherit = false): StatHit[] {
  // "Altogether, nine insurgents died in the three raids": the sum of the report's own events, no period's tally
  if (OWN_EVENTS.test(sentence) && onlyTotals(sentence)) return [];
  const frame = FRAME_RE.exec(sentence);
  // "in separate attacks across the province on Sunday": a day's roundup, not a period's tally
  const oneDay = DAY_RE.test(sentence) && frame !== null && onlyPlaces(sentence);
  // "It also said 58 hideouts had been destroyed" right after a period's tally: a further figure of the same tally
  // "During these operations, 786 terrorists were sent to hell" / "In those attacks 96 policemen were martyred" right after
  // a period's tally: the same tally's events named back, not the report's own engagements
  const backRef = inherit && BACK_REF.test(sentence) && !DAY_RE.test(sentence);
  const numberedNext = NUMBERED_NEXT.test(sentence);
  const further = inherit && (FURTHER.test(sentence) || FURTHER_OPEN.test(sentence) || PROVINCE_PART.test(sentence) || numberedNext) && !INCIDENT_WORDS.test(sentence) && !DAY_RE.test(sentence);
  // (a toll of the wounded or dead needs the next figure's own opening, "Another 132 people were wounded", or a province's share)
  // "It said the police had killed 247 militants ... and arrested 1,048 suspects" right after a report's tally: the same
  // report speaking on, each figure one more of its tally (not a toll: the report, not an event, is the subject)
  const releaseOn = inherit && RELEASE_AGAIN.test(sentence) && !INCIDENT_WORDS.test(sentence) && !DAY_RE.test(sentence);
  const strongFrame = (frame !== null && STRONG_FRAME_RE.test(frame[0]) && !oneDay) || backRef || releaseOn || (further && (!HARMED.test(sentence) || FURTHER_OPEN.test(sentence) || PROVINCE_PART.test(sentence) || numberedNext));
  // "Security forces conducted four separate operations over the past three days, killing nine": the report's own engagements
  const weakOk = frame !== null && !INCIDENT_WORDS.test(sentence) && !oneDay && !SEPARATE_ANY.test(sentence);
  const flow = FLOW_RE.test(sentence);
  if (!strongFrame && !weakOk && !flow) return [];
  const out: StatHit[] = [];
  for (const n of findNumbers(sentence)) {
    const before = sentence.slice(Math.max(0, n.start - 30), n.start);
    const after = sentence.slice(n.end, n.end + 80);
    if (n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value) && !/[,]/.test(sentence.slice(n.start, n.end))) continue; // a year
    // "figures put the number of Afghans deported this year at 812,000": the value of the figure named before
    const putAt = PUT_AT.test(sentence.slice(Math.max(0, n.start - 180), n.start));
    if ((NOT_BEFORE_RE.test(before) && !putAt) || NOT_AFTER_RE.test(after)) continue;
    if (DATE_BEFORE.test(before) || DATE_AFTER.test(after)) continue;
    if (SUBCOUNT_RE.test(before) || SECONDARY_RE.test(before) || SUBCOUNT_AFTER.test(after)) continue;
    // "…, among them 117 security personnel, 96 civilians and 178 militants": every part of the list is a sub-count
    if (SUBCOUNT_LIST_RE.test(sentence.slice(Math.max(0, n.start - 160), n.start))) continue;
    if (!strongFrame && PARALLEL_RE.test(before)) continue;
    // "the number of attacks rose to 45": the counted noun came first
    // "14 of the 24 suicide bombings": the part is the figure, the whole its reference
    const partOf = /^\s+(?:of|out of) (?:the |these |those )?[\d,]+ /i.test(after) && NOUN_AFTER.test(after.replace(/^\s+(?:of|out of) (?:the |these |those )?[\d,]+/i, ""));
    // "…, bringing the number of returnees since April to 97,000": the total the sentence names before it
    const brought = BRINGING_BEFORE.test(sentence.slice(Math.max(0, n.start - 90), n.start));
    // "Of the 158 personnel martyred, 61 were killed in …", "Of these, 19 were suicide attacks": the share of the whole named first
    const shareOf = backRef && /^\s*of (?:the [\d,]+ [^,]*|these|those|them|the (?:[\w-]+ )?[\w-]+),\s*$/i.test(sentence.slice(0, n.start)) && /^\s+(?:were|was|had|have|died|took|came)\b/i.test(after);
    const numbered = NUMBERED_BEFORE.test(before) && NUMBERED_SUBJECT.test(sentence);
    // "… lost 134 personnel in 2025, and another 298 were wounded": the next figure of the tally, its noun left out
    const elided = out.length > 0 && ELIDED_BEFORE.test(before) && ELIDED_AFTER.test(after);
    // "1,500 new constables would be recruited", "would be given at least one carrier": a plan, not a count
    if (FUTURE_AFTER.test(after) || FUTURE_BEFORE.test(before)) continue;
    if (!NOUN_AFTER.test(after) && !partOf && !brought && !shareOf && !numbered && !elided && !(NUMBER_OF_RE.test(sentence) && (VALUE_VERB_BEFORE.test(before) || putAt))) continue;
    // "in which 296 security personnel and 338 civilians were killed" after the main figure: parts of a total not told
    if (out.length && (COORD_AFTER.test(after) || COORD_BEFORE.test(before))) continue;
    // "killed 88 people: 41 security personnel, 35 civilians and 12 …": the parts after the colon belong to the figure before it
    if (out.length && /:[^.;]*$/.test(sentence.slice(out[out.length - 1].end, n.start))) continue;
    if (!strongFrame && !weakOk && n.value < FLOW_MIN) continue;
    if (n.value === 0) continue;
    // "three separate operations", "two simultaneous attacks": the report's own engagements, counted, not a tally
    if (SEPARATE_AFTER.test(after)) continue;
    out.push({ start: n.start, end: n.end, value: n.value });
  }
  return out;
}
