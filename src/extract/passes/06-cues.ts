import { AGGREGATE, BACKGROUND_CLAUSE, GENERIC_ATTACK, SEPARATOR, SUB_EVENT_CUES, WENT_OFF } from "../data/cues.js";
import { GateSet, gated } from "../gate.js";

/**
 * Pass 06: event cues. Words that make a sentence describe an event and say what kind ("suicide bomber",
 * "roadside bomb", "air strikes", "exchange of fire", "abducted"), plus the discourse cues that incident
 * assembly needs: separators ("in a separate incident"), aggregates ("during the month"), and clauses that
 * step back to an earlier event ("two days after an attack ...").
 */
export interface CueMention {
  start: number;
  end: number;
  sub: string;
  w: number;
}

// gated: each runs only on text holding a literal its matches must contain (src/extract/gate.ts)
const SUB_RE = SUB_EVENT_CUES.map((c) => ({ ...c, rx: gated(new RegExp(`(?<![A-Za-z\\u00c0-\\u024f])(?:${c.re})(?![A-Za-z\\u00c0-\\u024f])`, "gi")) }));
/** The sub-event cues' literals in one automaton: one pass over the text says which patterns can match. */
const SUB_GATE = new GateSet(SUB_RE.map((c) => c.rx));
const GENERIC_RE = gated(new RegExp(`\\b(?:${GENERIC_ATTACK})\\b`, "i"));
const SEPARATOR_RE = gated(new RegExp(`(?:^|[\\s,;(])(?:${SEPARATOR})`, "i"));
const SEPARATOR_START_RE = gated(new RegExp(`^\\s*(?:${SEPARATOR})`, "i"));
const AGGREGATE_RE = gated(new RegExp(`\\b(?:${AGGREGATE})`, "i"));
const BACKGROUND_RE = gated(new RegExp(BACKGROUND_CLAUSE, "i"));

const SEIZED_BEFORE = /\b(?:seiz(?:ed|ing)|recover(?:ed|ing)|confiscat(?:ed|ing)|defus(?:ed|ing)|found|siezed|haul of|possession of|cache of)\b(?:[^.;]{0,30}?\b(?:and|including|a|an|two|three|several)\b)?[^.;]{0,20}$/i;

// gated: a slow pattern (nested repeats) that seldom has its verbs to match
const SEIZED_AFTER = gated(/^(?:s|es)?(?:,?\s+(?:and\s+)?(?:an?\s+|two\s+|three\s+|several\s+|some\s+)?[\w-]+(?:\s+[\w-]+){0,2}){0,4}?,?\s+(?:was|were|had been|have been)\s+(?:also\s+)?(?:found|recovered|seized|confiscated|defused|taken into possession|impounded|shown to (?:the )?(?:reporters|journalists|media|press)|displayed|put on display)\b/i);
const HABITUAL_BEFORE = /\b(?:whenever|every time|each time|any time)\b[^.;:]{0,80}$/i;
/** The rest of the sentence counts dead or wounded. */
const TOLL_AFTER = /^[^.;]*?\b(?:killed|killing|kills|dead|died|wounded|wounding|injured|injuring|martyred|lives)\b/i;
const ACCUSED_OF_BEFORE = /\baccus(?:ed|es|ing)\s+[^.;]{1,50}?\s+of\s+(?:[\w-]+\s+){0,2}$/i;
/** The accused act's clause names where it fell ("of shelling villages in Dangam"): a day or month is no place. */
const PLACE_AFTER = /^[^.;,]{0,60}?\b(?:in|at|near|of)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Pakistan|Afghanistan|Islamabad|Kabul)\b)[A-Z][a-z]/;
/**
 * What is threatened, feared, planned or foiled, not done: "threatened to attack", "warned of a possible terrorist
 * attack", "could bring renewed fighting", "foiled a plot to bomb", "two would-be suicide bombers", "arrested ... with
 * explosive vests".
 */
const MODAL_BEFORE = /\b(?:(?:threaten(?:ed|s|ing)?|warn(?:ed|s|ing)?|vow(?:ed|s|ing)?)(?:\s+(?:on|last|this|again|repeatedly|publicly|openly)(?:\s+\w+)?)?\s+(?:to|of|about|against|that)|threats?\s+(?:to|of)|alert\w*\s+(?:of|about)|plot(?:ted|ting|s)?\s+to|plann?(?:ed|ing|s)?\s+to|intend(?:ed|s|ing)?\s+to|would|could|might|may|will|fears?|feared|fearing|possible|potential|likely|imminent|would-be|risk of|danger of|(?:foil|thwart|avert|prevent|forestall)(?:ed|ing|s)?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:plot|bid|attempt|plan|conspiracy)s?\s+to|remains?\s+a\s+threat|in case of|against (?:any|possible)|wanted to|sought to)\s+(?:(?:an?|the|any|another|more|new|renewed|fresh|further|major|big|terrorist|militant)\s+)*(?:[\w-]+\s+){0,2}$/i;
const POSSESSION_BEFORE = /\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|caught|nabbed|held|intercepted)\b[^.;]{0,50}?\bwith\s+(?:(?:an?|two|three|several|their|his)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** Defused or foiled: "thwarted a terror bid", "foiled a suicide attack" (the cue after the verb). */
const FOILED_BEFORE = /\b(?:foil(?:ed|ing|s)?|thwart(?:ed|ing|s)?|avert(?:ed|ing|s)?|prevent(?:ed|ing|s)?|pre-?empt(?:ed|ing)?|forestall(?:ed|ing)?|defus(?:ed|ing)|disarm(?:ed|ing)|neutrali[sz](?:ed|ing) (?:an? )?(?:bomb|device|ied))\s+(?:(?:an?|the|a major|a big|what could have been an?|a possible|a planned|a potential)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** What a protest is about: "to protest against the abduction of", "demanding the recovery of the kidnapped". */
const PROTEST_OBJECT_BEFORE = /\b(?:protest(?:ed|ing|s)?|demonstrat(?:ed|ing|ions?)|rall(?:y|ied|ies)|sit-ins?|strikes?|agitat\w+|chant\w*)\s+(?:against|over)\s+(?:the\s+)?(?:(?:recent|alleged|continued|continuing|brutal|latest|growing|rising|frequent|spate of|series of|wave of)\s+)*$|\bdemand(?:ed|ing|s)?\s+(?:the\s+)?(?:(?:immediate|safe|early)\s+)?(?:recovery|release|return)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;
const PROTEST_SUBS = new Set(["Peaceful protest", "Protest with intervention", "Excessive force against protesters"]);
/** Weapons the attackers had on them, not what was used: "the attackers also carried grenades", "armed with rockets and hand grenades". */
const CARRIED_BEFORE = /\b(?:carr(?:ied|ying|y)(?!\s+out\b)|armed with|equipped with|(?:were|was) (?:also )?in possession of|had with (?:them|him))\s+(?:(?:also|an?|two|three|four|several|some|many|their|his|hand|heavy|light|sophisticated|modern|automatic|loaded|live|other|more|spare|extra)\s+|[\w-]+,\s+|[\w-]+\s+and\s+)*$/i;
const CARRIED_SUBS = new Set(["Grenade", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"]);
const WENT_OFF_RE = new RegExp(`(?<![A-Za-z])(?:${WENT_OFF})(?![A-Za-z])`, "i");
/** Ordnance named in a sentence that never says it went off or hurt anyone: it only lies there ("unexploded ordnance still litters the fields"). */
function lyingAbout(text: string, at: number, end: number): boolean {
  let from = Math.max(0, at - 240);
  const cut = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at));
  if (cut >= from) from = cut + 1;
  let to = Math.min(text.length, end + 240);
  const dot = text.indexOf(". ", end);
  const nl = text.indexOf("\n", end);
  for (const k of [dot, nl]) if (k >= 0 && k < to) to = k;
  return !WENT_OFF_RE.test(text.slice(from, to));
}
/** Armed men as the subject of a roadblock told a few words on ("Gunmen who blocked", "armed men, who had blocked"). */
const ARMED_BLOCKERS_BEFORE = /\b(?:armed men|gunmen|militants|terrorists|attackers|insurgents|assailants|miscreants|fighters|separatists|rebels|kidnappers|abductors|dacoits|robbers|bandits|khawarij|sarmachars)\b(?:\s+(?:[\w-]+\s+){0,3}?)?,?\s+(?:who|that|which)\s+(?:had\s+|have\s+|also\s+|first\s+)?$/i;
/** A thing as what was seized: "a motorbike fitted with explosives had been seized". */
const THING_SEIZED_BEFORE = /\b(?:explosives?|weapons?|arms|ammunition|motorbikes?|motorcycles?|vehicles?|cars?|rifles?|pistols?|guns?|grenades?|detonators?|drugs?|narcotics|cash|documents?|laptops?|(?:mobile )?phones?|literature|material|equipment|vests?)\b[^.;]{0,40}\b(?:was|were|had been|have been|has been)\s+(?:also\s+)?$/i;
/** Found with other things: "the bodies were found in the compound, along with two rifles and a suicide vest". */
const FOUND_WITH_BEFORE = /\b(?:found|recovered|seized|confiscated|retrieved)\b[^.;]{0,60}?\b(?:along with|together with|as well as|besides)\b[^.;]{0,60}$/i;
/**
 * An earlier event named as what the people were behind, planned or wanted for ("the handler of last week's suicide
 * bombing", "believed to have helped plan the bombing", "the cell was behind the Jalalabad bombing", "wanted in the
 * Quetta blast"): a back-reference inside a sentence about something else (a raid on them), no weapon of this event.
 */
const CULPRIT_BEFORE = /\b(?:behind|handlers?\s+of|masterminds?\s+of|planners?\s+of|facilitators?\s+of|architects?\s+of|perpetrators?\s+of|(?:helped|help|had|who)\s+(?:to\s+)?plann?(?:ed)?|plann(?:ed|ing)|masterminded|orchestrated|facilitated|(?:involved|complicit|implicated|wanted)\s+(?:in|for)|linked\s+(?:to|with)|(?:role|hand|part|involvement)\s+in|(?:used|employed)\s+(?:in|for)|in\s+connection\s+with|suspected\s+in)\s+(?:the|last\s+(?:week|month|year)['\u2019]s|this\s+(?:week|month)['\u2019]s|several|recent|the\s+recent)\s+(?:[\w'\u2019-]+\s+){0,3}$/;
const ITEMS_BEFORE = /\b(?:items?|weapons|arms|materials?|equipment|things)\s+(?:seized|recovered|confiscated|found)\b[^.;]{0,45}$/i;

/** Every sub-event cue in `text`; overlapping weaker cues are dropped. */
export function findCues(text: string): CueMention[] {
  const all: CueMention[] = [];
  // ordnance only lying about: no cue inside its words either ("unexploded mortar rounds" tells no shelling)
  let lying: Array<[number, number]> | null = null;
  const may = SUB_GATE.scan(text);
  for (let k = 0; k < SUB_RE.length; k++) {
    const c = SUB_RE[k];
    if (!may[k]) continue;
    const rx = c.rx.re;
    rx.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rx.exec(text)) !== null) {
      if (c.spent && lyingAbout(text, m.index, m.index + m[0].length)) {
        (lying ??= []).push([m.index, m.index + m[0].length]);
        continue;
      }
      all.push({ start: m.index, end: m.index + m[0].length, sub: c.sub, w: c.w });
      if (m[0].length === 0) rx.lastIndex++;
    }
  }
  // "seized a suicide vest", "recovered explosives": weapons found say no attack took place
  // ("a suicide jacket, two rifles and a grenade were found in the room", "among the items seized were ...")
  // accused acts told only with their place: kept when the report tells no other event (then the accusation is the telling)
  let placedOnly: CueMention[] | null = null;
  for (let i = all.length - 1; i >= 0; i--) {
    const c = all[i];
    // "whenever a checkpoint is overrun ...", "accused police of arresting refugees": no event told
    const lead = text.slice(Math.max(0, c.start - 90), c.start);
    // ("accused Pakistan of carrying out air strikes that killed 40 civilians": the accusation tells an event with its toll)
    const accused = ACCUSED_OF_BEFORE.test(lead) && !TOLL_AFTER.test(text.slice(c.end, c.end + 160));
    if (accused && c.sub !== "Arrests" && PLACE_AFTER.test(text.slice(c.end, c.end + 120)) && !notDone(text, c.start, c.end)) {
      (placedOnly ??= []).push(c);
      continue;
    }
    if (HABITUAL_BEFORE.test(lead) || accused || (c.sub !== "Arrests" && notDone(text, c.start, c.end))) {
      all.splice(i, 1);
      continue;
    }
    if (c.sub === "Arrests") continue;
    if ((CARRIED_SUBS.has(c.sub) && CARRIED_BEFORE.test(lead)) || (!PROTEST_SUBS.has(c.sub) && PROTEST_OBJECT_BEFORE.test(lead))) {
      all.splice(i, 1);
      continue;
    }
    // "a motorbike fitted with explosives had been seized from the house": things seized, nobody taken
    if (c.sub === "Abduction/forced disappearance" && /^seized\b/i.test(text.slice(c.start, c.end)) && THING_SEIZED_BEFORE.test(lead)) {
      all.splice(i, 1);
      continue;
    }
    // "Gunmen who blocked the highway stopped two coaches": armed men's roadblock, no protest
    if (c.sub === "Peaceful protest" && /^(?:blocked|blocking|blockaded|barricaded)\b/i.test(text.slice(c.start, c.end)) && ARMED_BLOCKERS_BEFORE.test(text.slice(Math.max(0, c.start - 80), c.start))) {
      all.splice(i, 1);
      continue;
    }
    if (SEIZED_BEFORE.test(text.slice(Math.max(0, c.start - 45), c.start)) || SEIZED_AFTER.test(text.slice(c.end, c.end + 90)) || ITEMS_BEFORE.test(text.slice(Math.max(0, c.start - 70), c.start))) all.splice(i, 1);
    else if (!PROTEST_SUBS.has(c.sub) && (CULPRIT_BEFORE.test(text.slice(Math.max(0, c.start - 70), c.start)) || (CARRIED_SUBS.has(c.sub) || c.sub === "Suicide bomb") && FOUND_WITH_BEFORE.test(text.slice(Math.max(0, c.start - 130), c.start)))) all.splice(i, 1);
  }
  if (placedOnly) {
    const kept = placedOnly;
    if (all.some((c) => c.w >= 1 && !kept.includes(c))) for (let i = all.length - 1; i >= 0; i--) if (kept.includes(all[i])) all.splice(i, 1);
  }
  if (lying) {
    const spans = lying;
    for (let i = all.length - 1; i >= 0; i--) if (spans.some(([s, e]) => all[i].start < e && all[i].end > s)) all.splice(i, 1);
  }
  all.sort((a, b) => a.start - b.start || b.w - a.w);
  const out: CueMention[] = [];
  for (const c of all) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}

/**
 * Earlier events named together, as what someone was behind or wanted for ("had planned recent assaults on checkposts",
 * "a commander behind several recent bombings", "involved in past attacks"): no event told. Plural event words only.
 */
const PAST_PLURAL_BEFORE = /\b(?:recent|past|previous|earlier|prior|a (?:series|string|spate|wave|number) of|numerous)\s+(?:(?:deadly|major|terrorist|militant|suicide|bomb|cross-border|similar)\s+)?$/i;

/** "years of fighting", "four decades of war": a long period named, not an event told. */
// ("after a week of the deadliest fighting in years", "months of clashes": a span of fighting summed up, no one incident)
const LONG_PERIOD_BEFORE = /\b(?:years|decades|(?:a|one|two|three|four|several|many|\d{1,2})\s+(?:weeks?|months?))\s+of\s+(?:the\s+)?(?:(?:heavy|intense|bitter|on-and-off|sporadic|armed|civil|cross-border|deadliest|worst|fiercest|heaviest|bloodiest)\s+)?$/i;
/** What violence a step would keep from happening: "to resolve disputes before they escalate into fighting", "could spiral into clashes". */
const ESCALATE_BEFORE = /\b(?:escalat(?:e|es|ed|ing)|spiral(?:s|led|ling)?|descend(?:s|ed|ing)?|tip(?:s|ped|ping)? over)\s+in(?:to)?\s+(?:(?:open|full-scale|armed|renewed|fresh|more|further|wider)\s+)*$/i;

/** The cue at `at` tells what was threatened, feared, planned, foiled or carried as weapons, not an event. */
function notDone(text: string, at: number, end = -1): boolean {
  let from = Math.max(0, at - 80);
  // within the sentence only
  const cut = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at));
  if (cut >= from) from = cut + 1;
  const lead = text.slice(from, at);
  if (end > at && /s$/i.test(text.slice(at, end)) && PAST_PLURAL_BEFORE.test(lead)) return true;
  if (LONG_PERIOD_BEFORE.test(lead) || ESCALATE_BEFORE.test(lead)) return true;
  return MODAL_BEFORE.test(lead) || FOILED_BEFORE.test(lead) || POSSESSION_BEFORE.test(lead);
}
const GENERIC_ALL = new RegExp(GENERIC_RE.re.source, "gi");
/** A generic attack word that tells something done ("militants attacked"), not threatened ("threatened to attack"). */
export const hasGenericAttack = (s: string): boolean => {
  if (!GENERIC_RE.test(s)) return false;
  GENERIC_ALL.lastIndex = 0;
  for (let m; (m = GENERIC_ALL.exec(s)); ) if (!notDone(s, m.index, m.index + m[0].length)) return true;
  return false;
};
/** Where a separator cue ("in a separate incident") occurs in `s`, or -1. */
export function separatorAt(s: string): number {
  const m = SEPARATOR_RE.exec(s);
  return m ? m.index : -1;
}
export const startsWithSeparator = (s: string): boolean => SEPARATOR_START_RE.test(s);
/** "the deadliest since March", "the worst attack in the district this year": a comparison, not a count over a period. */
const SUPERLATIVE = /\b(?:deadliest|worst|bloodiest|biggest|largest|fiercest|first|most (?:serious|lethal|deadly|violent|intense)|heaviest|latest|second|third)\b[^.;]{0,40}?\b(?:since|in (?:the )?(?:past|last)|this year|in (?:20|19)\d\d|of the year)\b[^,.;]*/gi;
export const isAggregate = (s: string): boolean => AGGREGATE_RE.test(s) && AGGREGATE_RE.test(s.replace(SUPERLATIVE, " "));
/** Where an earlier event is brought in ("two days after ..."), or -1. */
export function backgroundAt(s: string): number {
  const m = BACKGROUND_RE.exec(s);
  if (!m) return -1;
  if (!COMPARED.test(s.slice(Math.max(0, m.index - 50), m.index))) return m.index;
  // "the deadliest since March": a comparison inside the sentence about the event; look for a later clause
  BACKGROUND_ALL.lastIndex = 0;
  let k: RegExpExecArray | null;
  while ((k = BACKGROUND_ALL.exec(s)) !== null) {
    if (k[0].length === 0) BACKGROUND_ALL.lastIndex++;
    if (!COMPARED.test(s.slice(Math.max(0, k.index - 50), k.index))) return k.index;
  }
  return -1;
}
const COMPARED = /\b(?:deadliest|worst|bloodiest|biggest|largest|fiercest|first|most (?:serious|lethal|deadly|violent|intense)|heaviest|latest)\b[^.;,]{0,40}$/i;
const BACKGROUND_ALL = new RegExp(BACKGROUND_CLAUSE, "gi");
