import type { ClaimKind, ExtractedClaim, ExtractedIncident } from "../../domain/index.js";
import { findActors } from "../actors.js";
import { findCues, type CueHit } from "./cues.js";
import { ARMED_GROUP_IDS } from "./data/speakers.js";
import { OFFICIAL_IDS } from "./data/statistics.js";
import { quoteRuns } from "./quotes.js";
import { splitSentences, type SentenceSpan } from "./sentences.js";
import {
  claimerId,
  countryOf,
  Discourse,
  documentCountry,
  documentSpeaker,
  hasSpeech,
  mentionsBoth,
  resolveSpeaker,
  speakerCandidates,
  type Speaker,
} from "./speakers.js";
import { findStatistics } from "./statistics.js";

export interface ClaimContext {
  /** Publication date (YYYY-MM-DD) or null. */
  published: string | null;
  title?: string | null;
  source?: string | null;
  /**
   * Optional (added by the claims pass): the incidents already read from the same text. A claim whose
   * sentence lies inside an incident's evidence, or the only incident of the report, gets its index.
   */
  incidents?: Pick<ExtractedIncident, "evidence">[];
}

/** Sentences longer than this are not read for claims (binary noise, tables run together): regexes stay linear in practice. */
const MAX_SENTENCE = 1500;
/** Sentences with cues read per report: beyond this a "report" is a dump, and time matters more (≤ 2 s/MB). */
const MAX_CUE_SENTENCES = 400;
/** A sentence carrying more cues than this is a list or noise: the first ones are read. */
const MAX_CUES = 12;
/** Cues whose speaker must be the group itself ("its fighters carried out", "we attacked"). */
const SELF_REPORT = /^(?:its|their|it|the group|the organi[sz]ation|the outfit|we|our|were|was)\b/i;

interface Found {
  kind: ClaimKind;
  by: string[];
  against: string[];
  value: number | null;
  start: number;
  end: number;
  confidence: number;
  /** Split from "each side blamed the other": kept only if that side says nothing more specific. */
  generic?: boolean;
}

/**
 * Reads the claims a report carries: responsibility, denial, allegation, statistic, commitment, each
 * with who makes it (`by`), whom it concerns (`against`), the sentence and its offsets in `text`.
 * Never throws: unreadable input gives no claims.
 */
export function extractClaims(text: string, ctx: ClaimContext): ExtractedClaim[] {
  try {
    return read(text, ctx);
  } catch {
    return [];
  }
}

function read(text: string, ctx: ClaimContext): ExtractedClaim[] {
  if (typeof text !== "string" || text.trim() === "") return [];
  const published = ctx.published ?? null;
  const d = new Discourse(documentSpeaker(ctx.source, ctx.title), documentCountry(text), published, mentionsBoth(text));
  const found: Found[] = [];
  const spans = splitSentences(text);
  const quotes = quoteRuns(text, spans);
  let cueSentences = 0;
  for (let si = 0; si < spans.length; si++) {
    const span = spans[si];
    if (span.end - span.start > MAX_SENTENCE) continue;
    if (cueSentences >= MAX_CUE_SENTENCES) break;
    const sentence = text.slice(span.start, span.end);
    const actors = findActors(sentence, { date: published });
    d.learnNames(actors);
    const cands = speakerCandidates(sentence, actors, d);
    const setting = countryOf(sentence) ?? d.docCountry;
    const push = (kind: ClaimKind, sp: Speaker, weight: number, value: number | null = null) => {
      if (sp.ids.length === 0) return; // an act of someone the ledger does not record
      const split = sp.ids.length > 1 && (kind !== "commitment" || !!sp.separate);
      const joint = split && !sp.separate;
      for (const ids of split ? sp.ids.map((i) => [i]) : [sp.ids]) {
        const by = [...new Set(ids)].sort();
        const against = againstOf(kind, by, actors, sentence, published, setting);
        found.push({ kind, by, against, value, start: span.start, end: span.end, confidence: round(weight * sp.confidence * (joint ? 0.8 : 1)), generic: joint });
      }
    };

    const closing = quotes.get(si);
    const hits = usable(findCues(sentence), sentence).slice(0, MAX_CUES);
    if (hits.length) cueSentences++;
    for (const hit of hits) {
      // inside a quotation whose speaker is named where it closes, that speaker is the author
      const quoted = closing !== undefined && !hasSpeech(sentence) ? quoteSpeaker(text, spans[closing], d, published, hit.kind === "responsibility") : null;
      const sp = quoted ?? speakerFor(hit, sentence, cands, d, actors);
      if (!sp) continue;
      if (hit.entry.crossBorder) {
        // one side's forces acting are an allegation only from the other side; so is an act "inside Afghan territory"
        const named = /\bpakistan/iu.test(sentence.slice(hit.start, hit.end)) ? "PK_" : "AF_";
        const accused = hit.entry.crossBorder === "named" ? named : named === "PK_" ? "AF_" : "PK_";
        if (sp.ids.some((i) => i.startsWith(accused))) continue;
      }
      push(hit.kind, sp, hit.weight);
    }
    // "the TTP said it was behind the attack": a group's own claim, not an allegation against itself
    for (let k = found.length - 1; k >= 0 && found[k].start === span.start; k--) {
      const f = found[k];
      if (f.kind === "allegation" && found.some((g) => g.start === span.start && g.kind === "responsibility" && g.by.join() === f.by.join())) found.splice(k, 1);
    }
    for (const st of findStatistics(sentence)) {
      let sp = resolveSpeaker(sentence, st.start, cands, d);
      if (sp && !sp.ids.every((i) => OFFICIAL_IDS.has(i))) sp = null;
      if (!sp && d.docSpeaker && OFFICIAL_IDS.has(d.docSpeaker)) sp = { ids: [d.docSpeaker], confidence: 0.6 };
      if (!sp && d.lastOfficial && !hasSpeech(sentence)) sp = { ids: d.lastOfficial, confidence: 0.5 };
      if (sp) push("statistic", sp, 0.85, st.value);
    }

    // What this sentence tells of who speaks, for the anaphora of the next ones.
    d.noteGroups(actors);
    if (hasSpeech(sentence)) {
      const sp = resolveSpeaker(sentence, sentence.length, cands, d, { speakerOnly: true });
      if (sp) d.note(sp.ids);
    }
  }
  return dedupe(found).map((f) => toClaim(f, text, ctx));
}

/** The speaker named after a closing quotation mark ("…,” the minister said.). */
function quoteSpeaker(text: string, span: SentenceSpan, d: Discourse, published: string | null, wantGroup: boolean): Speaker | null {
  const s = text.slice(span.start, span.end);
  const actors = findActors(s, { date: published });
  const sp = resolveSpeaker(s, s.length, speakerCandidates(s, actors, d), d, { speakerOnly: true, wantGroup });
  if (!sp || sp.ids.length === 0) return null;
  if (wantGroup && !sp.ids.every((i) => ARMED_GROUP_IDS.has(i))) return null;
  return { ids: sp.ids, confidence: sp.confidence * 0.9 };
}

/**
 * Cues that are claims: not negated; an allegation or responsibility after a denial is the denial's
 * object ("rejected the accusation that militants used Afghan soil") unless a new reporting verb
 * starts another statement in between ("denied …, and said the jets had hit homes").
 */
function usable(hits: CueHit[], sentence: string): CueHit[] {
  const live = hits.filter((h) => !h.negated);
  const firstDenial = live.find((h) => h.kind === "denial");
  return live.filter((h) => {
    if (!firstDenial || h.start <= firstDenial.start || (h.kind !== "allegation" && h.kind !== "responsibility")) return true;
    return NEW_STATEMENT.test(sentence.slice(firstDenial.end, h.start));
  });
}

/** A second reporting verb within a sentence: "…, and said …", "…, adding that …". */
const NEW_STATEMENT = /\b(?:and|but|while)\s+(?:also\s+|further\s+|later\s+)?(?:said|added|claimed|alleged|told|insisted|accused|blamed)\b|\b(?:adding|saying|insisting|claiming|alleging)\b/iu;

function speakerFor(hit: CueHit, sentence: string, cands: ReturnType<typeof speakerCandidates>, d: Discourse, actors: ReturnType<typeof findActors>): Speaker | null {
  if (hit.kind === "responsibility") {
    const selfReport = hit.entry.firstPerson || hit.entry.selfReport || SELF_REPORT.test(sentence.slice(hit.start, hit.start + 12));
    if (/claimed by$/i.test(sentence.slice(hit.start, hit.end))) {
      const g = actors.find((a) => a.start >= hit.end && ARMED_GROUP_IDS.has(a.id));
      return g ? { ids: [g.id], confidence: 0.9 } : null;
    }
    // "its fighters carried out …" is the group's claim only in its own reported words, not in narration
    if (selfReport && !hit.entry.firstPerson && !hasSpeech(sentence)) return null;
    const sp = resolveSpeaker(sentence, hit.start, cands, d, { wantGroup: true, speakerOnly: selfReport, act: !selfReport });
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
  // "India was blamed for the attack": a passive speech act names whom it concerns, not who speaks
  const passive = /\b(?:was|were|been|being|is|are|be)\s+(?:[\w'’-]+ly\s+)?$/iu.test(sentence.slice(Math.max(0, hit.start - 24), hit.start)) && !/^\s+by\s/iu.test(sentence.slice(hit.end, hit.end + 5));
  const content = !!hit.entry.content || passive;
  // "… was accused by Kabul of …": the author follows "by"
  const by = !content && /^\s+by\s/iu.test(sentence.slice(hit.end, hit.end + 5)) ? cands.find((c) => c.start >= hit.end && c.start <= hit.end + 10 && c.ids.length > 0) : undefined;
  if (by && /\b(?:was|were|been|being|is|are)\s+(?:[\w'’-]+\s+)?$/iu.test(sentence.slice(Math.max(0, hit.start - 20), hit.start))) return adjustToDocument({ ids: by.ids, confidence: 0.85 }, d);
  let sp = resolveSpeaker(sentence, hit.start, cands, d, { content, joint: hit.kind === "commitment", act: !content });
  if (!sp && content && hit.kind === "commitment") {
    // "Kabul will not allow …" in narration: a government promising in its own name
    const gov = resolveSpeaker(sentence, hit.start, cands, d);
    if (gov && gov.ids.every((i) => i.endsWith("_GOV"))) sp = gov;
    // "… said the Islamic Emirate would not allow …": the government named as the one promising
    const named = cands.filter((c) => c.end <= hit.start && c.ids.length > 0 && c.ids.every((i) => i.endsWith("_GOV"))).pop();
    if (!sp && named && hit.start - named.end < 40) sp = { ids: named.ids, confidence: 0.6 };
  }
  if (sp && !content && sp.ids.length === 1 && (sp.ids[0] === "PK_SECURITY" || isStateSubject(sentence, hit.start, cands))) {
    // "The ISPR said … Pakistan expected Kabul to …", "the statement said the security forces remained
    // determined …": the country or its forces in the words of its own reporting institution are that institution
    const reporter = resolveSpeaker(sentence, hit.start, cands, d, { speakerOnly: true });
    if (reporter && reporter.ids.length === 1 && reporter.ids[0] !== sp.ids[0] && reporter.ids[0].slice(0, 3) === sp.ids[0].slice(0, 3)) sp = reporter;
  }
  if (sp) return sp.ids.length ? adjustToDocument(sp, d) : sp;
  if (d.docSpeaker) return { ids: [d.docSpeaker], confidence: 0.55 };
  return null;
}

/** The last candidate before the cue is a bare state name ("Pakistan expects …"). */
function isStateSubject(sentence: string, cuePos: number, cands: ReturnType<typeof speakerCandidates>): boolean {
  const before = cands.filter((c) => c.end <= cuePos).pop();
  return !!before && before.source === "state" && cuePos - before.end < 40;
}

/**
 * Inside an official statement, "security forces" and "Pakistan" are the issuer speaking of itself:
 * an ISPR release's "security forces" are the army's (README annotation: ISPR claims are PK_ARMY).
 */
function adjustToDocument(sp: Speaker, d: Discourse): Speaker {
  const doc = d.docSpeaker;
  if (!doc) return sp;
  const pk = doc.startsWith("PK_");
  const ids = sp.ids.map((i) => {
    if (doc === "PK_ARMY" && (i === "PK_SECURITY" || i === "PK_GOV")) return doc;
    if (pk && i === "PK_SECURITY") return doc;
    return i;
  });
  return { ids: [...new Set(ids)], confidence: sp.confidence };
}

const VICTIMS = new Set(["CIVILIANS", "FOREIGN_NATIONALS"]);
const AF_NAMED = /\b(?:afghan|afghanistan|afghanistan's|kabul|islamic emirate|taliban government|interim afghan)\b/i;
const PK_NAMED = /\b(?:pakistan|pakistani|pakistan's|islamabad)\b/i;

/**
 * Whom a claim concerns: the actors named in its sentence other than its authors (victims left out),
 * and, for allegations and denials across the border, the other government when its country is named
 * ("militants use Afghan soil" concerns Kabul; "rejected Pakistan's allegation" answers Islamabad), so
 * that the ledger can pair an allegation with the denial that answers it.
 */
function againstOf(kind: ClaimKind, by: string[], actors: ReturnType<typeof findActors>, sentence: string, published: string | null, setting: ReturnType<typeof countryOf>): string[] {
  const ids = new Set(actors.map((a) => claimerId(a.id, published, setting)).filter((i) => !VICTIMS.has(i)));
  if (kind === "allegation" || kind === "denial") {
    const side = by.every((i) => i.startsWith("PK_")) ? "PK" : by.every((i) => i.startsWith("AF_")) ? "AF" : null;
    if (side === "PK" && AF_NAMED.test(sentence)) ids.add("AF_GOV");
    if (side === "AF" && PK_NAMED.test(sentence)) ids.add("PK_GOV");
  }
  for (const b of by) ids.delete(b);
  return [...ids];
}

/**
 * One claim per kind and author (and value, for statistics): a report repeating itself counts once.
 * "Each side blamed the other" gives way to a side's own, more specific statement of the same kind.
 */
function dedupe(found: Found[]): Found[] {
  const out = new Map<string, Found>();
  const side = (id: string) => id.slice(0, 3);
  found = found.filter((f) => !f.generic || !found.some((g) => !g.generic && g.kind === f.kind && g.by.some((i) => side(i) === side(f.by[0]))));
  for (const f of found) {
    const key = `${f.kind}|${f.by.join(",")}|${f.kind === "statistic" ? f.value : ""}`;
    const prev = out.get(key);
    if (!prev) out.set(key, f);
    else if (f.confidence > prev.confidence) prev.confidence = f.confidence;
  }
  return [...out.values()];
}

function toClaim(f: Found, text: string, ctx: ClaimContext): ExtractedClaim {
  const claim: ExtractedClaim = {
    kind: f.kind,
    by: f.by,
    against: f.against,
    value: f.value,
    text: text.slice(f.start, f.end),
    evidence: [{ start: f.start, end: f.end }],
    confidence: f.confidence,
  };
  const incident = incidentOf(f, ctx.incidents);
  if (incident !== undefined) claim.incident = incident;
  return claim;
}

function incidentOf(f: Found, incidents: ClaimContext["incidents"]): number | null | undefined {
  if (!incidents) return undefined;
  const i = incidents.findIndex((inc) => (inc.evidence ?? []).some((e) => e.start < f.end && e.end > f.start));
  if (i >= 0) return i;
  if (f.kind !== "statistic" && f.kind !== "commitment" && incidents.length === 1) return 0;
  return null;
}

const round = (x: number) => Math.max(0, Math.min(1, Math.round(x * 100) / 100));
