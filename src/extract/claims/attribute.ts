import { findActors, type ActorMention } from "../actors.js";
import type { CueHit } from "./cues.js";
import { ARMED_GROUP_IDS } from "./data/speakers.js";
import type { SentenceSpan } from "./sentences.js";
import { hasSpeech, resolveSpeaker, speakerCandidates, type Discourse, type Speaker, type SpeakerCandidate } from "./speakers.js";

// Who authors the claim a cue expresses: the per-kind rules on top of the sentence-level speaker resolution.

/** Cues whose speaker must be the group itself ("its fighters carried out", "we attacked"). */
const SELF_REPORT = /^(?:its|their|it|they|the group|the organi[sz]ation|the outfit|we|our|were|was)\b/i;

/** The speaker named after a closing quotation mark ("…,” the minister said.). */
export function quoteSpeaker(text: string, span: SentenceSpan, d: Discourse, published: string | null, wantGroup: boolean): Speaker | null {
  const s = text.slice(span.start, span.end);
  const actors = findActors(s, { date: published });
  const sp = resolveSpeaker(s, s.length, speakerCandidates(s, actors, d), d, { speakerOnly: true, wantGroup });
  if (!sp || sp.ids.length === 0) return null;
  if (wantGroup && !sp.ids.every((i) => ARMED_GROUP_IDS.has(i))) return null;
  return { ids: sp.ids, confidence: sp.confidence * 0.9 };
}

/** `prevEnd`: where the sentence's previous cue ends ("The chief minister pledged …, and the IG promised …": a new subject after it). */
export function speakerFor(hit: CueHit, sentence: string, cands: SpeakerCandidate[], d: Discourse, actors: ActorMention[], prevEnd = -1): Speaker | null {
  if (hit.kind === "responsibility" && hit.entry.stateAct) {
    // "Kabul's defence ministry said its forces had hit Pakistani posts in retaliation": the state speaking of its own act
    const sp = resolveSpeaker(sentence, hit.start, cands, d, { speakerOnly: true });
    if (!sp || !sp.ids.length || !sp.ids.every((i) => i.endsWith("_GOV") || /^(?:PK_|AF_TALIBAN$)/.test(i))) return null;
    // (the named forces are the speaker's own: "Emirate forces" in Kabul's words, not Pakistan's)
    const named = sentence.slice(hit.start, hit.start + 30);
    const side = /^(?:emirate|islamic emirate|afghan)\b/i.test(named) ? "AF" : /^pakistani\b/i.test(named) ? "PK" : null;
    if (side && !sp.ids.every((i) => (side === "AF" ? i.startsWith("AF_") : i.startsWith("PK_")))) return null;
    return sp;
  }
  if (hit.kind === "responsibility") {
    const selfReport = hit.entry.firstPerson || hit.entry.selfReport || SELF_REPORT.test(sentence.slice(hit.start, hit.start + 12));
    if (/(?:claimed|made|issued|posted|published|released|taken|accepted|assumed) by$/i.test(sentence.slice(hit.start, hit.end))) {
      const g = actors.find((a) => a.start >= hit.end && ARMED_GROUP_IDS.has(a.id));
      return g ? { ids: [g.id], confidence: 0.9 } : null;
    }
    // "a statement claiming the bombing on behalf of the Islamic State": the group it speaks for
    const behalf = /^[^.;]{0,60}?\bon behalf of\s+(?:the\s+)?/iu.exec(sentence.slice(hit.end, hit.end + 90));
    if (behalf) {
      const at = hit.end + behalf[0].length;
      const g = actors.find((a) => a.start >= at && a.start <= at + 2 && ARMED_GROUP_IDS.has(a.id));
      if (g) return { ids: [g.id], confidence: 0.85 };
    }
    // "its fighters carried out …" is the group's claim only in its own reported words, not in narration
    // ... or in the group's own statement ("the mujahideen of the TTP targeted a patrol", signed by its spokesman), when
    // the sentence names no other group
    if (selfReport && !hit.entry.firstPerson && !hasSpeech(sentence)) {
      const voice = d.groupVoice;
      return voice && actors.every((a) => !ARMED_GROUP_IDS.has(a.id) || a.id === voice) ? { ids: [voice], confidence: 0.7 } : null;
    }
    const sp = resolveSpeaker(sentence, hit.start, cands, d, { wantGroup: true, speakerOnly: selfReport, act: !selfReport, needVerb: selfReport && !hit.entry.firstPerson });
    if (sp) return sp;
    // "Two groups claimed the attack: the Hafiz Gul Bahadur group …, and …": the groups listed after a colon
    if (/^\s*[:—–]/u.test(sentence.slice(hit.end, hit.end + 40).replace(/^[^:—–.]*/u, ""))) {
      const listed = actors.filter((a) => a.start >= hit.end && ARMED_GROUP_IDS.has(a.id)).map((a) => a.id);
      if (listed.length) return { ids: [...new Set(listed)], confidence: 0.75, separate: true };
    }
    // "… claimed responsibility" with no group named in the sentence: the group of the last sentences.
    if (!selfReport && /^(?:it|they|the group)\b/i.test(sentence) && d.lastGroup) return { ids: [d.lastGroup], confidence: 0.6 };
    return null;
  }
  if (hit.kind === "denial") {
    const ap = appositiveDenier(sentence, hit.start, cands);
    if (ap) return adjustToDocument(ap, d);
  }
  // "a post which, Islamabad says, violates …", "a structure that Pakistani officials say was built …": the embedded speaker
  const emb = EMBEDDED.exec(sentence.slice(Math.max(0, hit.start - 80), hit.start));
  if (emb && hit.kind !== "commitment") {
    const base = Math.max(0, hit.start - 80) + emb.index;
    const c = cands.filter((x) => x.start >= base && x.end <= hit.start && x.ids.length > 0 && x.source !== "nonclaimer").pop();
    if (c) return adjustToDocument({ ids: c.ids, confidence: 0.75 }, d);
  }
  // "India was blamed for the attack": a passive speech act names whom it concerns, not who speaks
  const passive = /\b(?:was|were|been|being|is|are|be)\s+(?:[\w'’-]+ly\s+)?$/iu.test(sentence.slice(Math.max(0, hit.start - 24), hit.start)) && !/^\s+by\s/iu.test(sentence.slice(hit.end, hit.end + 5));
  const content = !!hit.entry.content || passive;
  // "… was accused by Kabul of …": the author follows "by"
  const by = !content && /^\s+by\s/iu.test(sentence.slice(hit.end, hit.end + 5)) ? cands.find((c) => c.start >= hit.end && c.start <= hit.end + 10 && c.ids.length > 0) ?? stateAfterBy(sentence.slice(hit.end)) : undefined;
  if (by && /\b(?:was|were|been|being|is|are)\s+(?:[\w'’-]+\s+)?$/iu.test(sentence.slice(Math.max(0, hit.start - 20), hit.start))) return adjustToDocument({ ids: by.ids, confidence: 0.85 }, d);
  let sp = resolveSpeaker(sentence, hit.start, cands, d, { content, joint: hit.kind === "commitment", act: !content, after: prevEnd });
  if (!sp && content && hit.kind === "commitment") {
    // "Kabul will not allow …" in narration: a government promising in its own name
    const gov = resolveSpeaker(sentence, hit.start, cands, d);
    // "… said the Islamic Emirate would not allow …": the government named as the one promising; the nearest
    // one when a sentence has two ("Kabul will act against the TTP, and Islamabad will reopen the crossings")
    const named = cands.filter((c) => c.end <= hit.start && c.ids.length > 0 && c.ids.every((i) => i.endsWith("_GOV"))).pop();
    if (named && hit.start - named.end < 40 && named.source === "state") sp = { ids: named.ids, confidence: 0.6 };
    else if (gov && gov.ids.every((i) => i.endsWith("_GOV"))) sp = gov;
    if (!sp && named && hit.start - named.end < 40) sp = { ids: named.ids, confidence: 0.6 };
  }
  if (sp && !content && sp.ids.length === 1 && (sp.ids[0] === "PK_SECURITY" || isStateSubject(hit.start, cands))) {
    // "The ISPR said … Pakistan expected Kabul to …", "the statement said the security forces remained
    // determined …": the country or its forces in the words of its own reporting institution are that institution
    const reporter = resolveSpeaker(sentence, hit.start, cands, d, { speakerOnly: true });
    if (reporter && reporter.ids.length === 1 && reporter.ids[0] !== sp.ids[0] && reporter.ids[0].slice(0, 3) === sp.ids[0].slice(0, 3)) sp = reporter;
  }
  if (sp) return sp.ids.length ? adjustToDocument(sp, d) : sp;
  if (d.docSpeaker) return { ids: [d.docSpeaker], confidence: 0.55 };
  return null;
}

const EMBEDDED = /(?:\b(?:which|that|who)\s*,?\s*(?:according to\s+[^,;]{1,50}?|[^,;]{1,50}?\s+(?:says?|said|claims?|claimed|maintains?|insists?|alleges?|alleged|considers?|considered|believes?|calls?|called)(?:\s+(?:an?|the|to be(?:\s+an?)?))?)|,\s*according to\s+[^,;]{1,50}?)\s*,?\s*$/iu;
/** "…, a charge Kabul denies", "…, an allegation it rejects": the denial of the one the sentence accuses. */
const APPOSITIVE_DENIAL = /,\s*(?:a|an)\s+(?:charges?|allegations?|accusations?|claims?|assertions?|accusation|claim)\s+(?:which\s+|that\s+)?((?:[\w'’-]+\s+){0,4}?)(?:(?:has|have|had|always|repeatedly|strongly|consistently|categorically|vehemently|also|firmly)\s+)*$/iu;
const ACCUSING = /\b(?:accus|blam|charg)[a-z]*\b/giu;
function appositiveDenier(sentence: string, cuePos: number, cands: SpeakerCandidate[]): Speaker | null {
  const m = APPOSITIVE_DENIAL.exec(sentence.slice(0, cuePos));
  if (!m) return null;
  const named = cands.filter((c) => c.start >= m.index && c.end <= cuePos && c.ids.length > 0 && c.source !== "nonclaimer");
  if (named.length) return { ids: named[named.length - 1].ids, confidence: 0.8 };
  if (!/^\s*(?:it|they|which)?\s*$/iu.test(m[1])) return null;
  // a pronoun: the accused party, the object of an active accusation or the subject of a passive one
  const main = sentence.slice(0, m.index);
  ACCUSING.lastIndex = 0;
  const v = ACCUSING.exec(main);
  if (!v) return null;
  const passive = /\b(?:been|was|were|is|are|being)\s+(?:[\w'’-]+ly\s+)?$/iu.test(main.slice(0, v.index));
  const pool = cands.filter((c) => c.ids.length > 0 && c.source !== "nonclaimer" && c.end <= m.index);
  const accused = passive ? pool.filter((c) => c.end <= v.index).pop() : pool.find((c) => c.start >= v.index + v[0].length);
  return accused ? { ids: accused.ids, confidence: 0.7 } : null;
}

/** "accused by Islamabad": a bare state name after "by", which the candidates leave out as an object. */
function stateAfterBy(after: string): { ids: string[] } | undefined {
  const m = /^\s+by\s+(?:the\s+)?(pakistan|islamabad|pakistani side|afghanistan|kabul|afghan side|islamic emirate)\b/iu.exec(after);
  if (!m) return undefined;
  return { ids: [/^(?:pakistan|islamabad)/iu.test(m[1]) ? "PK_GOV" : "AF_GOV"] };
}

/** The last candidate before the cue is a bare state name ("Pakistan expects …"). */
function isStateSubject(cuePos: number, cands: SpeakerCandidate[]): boolean {
  const before = cands.filter((c) => c.end <= cuePos).pop();
  return !!before && before.source === "state" && cuePos - before.end < 40;
}

/**
 * Inside an official statement, "security forces" and "Pakistan" are the issuer speaking of itself:
 * an ISPR release's "security forces" are the army's (README annotation: ISPR claims are PK_ARMY).
 */
export function adjustToDocument(sp: Speaker, d: Discourse): Speaker {
  const doc = d.docSpeaker;
  if (!doc) return sp;
  const pk = doc.startsWith("PK_");
  const ids = sp.ids.map((i) => {
    if (doc === "PK_ARMY" && (i === "PK_SECURITY" || i === "PK_GOV")) return doc;
    if (pk && i === "PK_SECURITY") return doc;
    return i;
  });
  return { ids: [...new Set(ids)], confidence: sp.confidence, ...(sp.generic ? { generic: true, alt: sp.alt } : {}) };
}
