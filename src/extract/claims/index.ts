import type { ClaimKind, ExtractedClaim, ExtractedIncident } from "../../domain/index.js";
import { findActors, type ActorMention } from "../actors.js";
import { gated } from "../gate.js";
import { againstOf } from "./against.js";
import { adjustToDocument, quoteSpeaker, speakerFor } from "./attribute.js";
import { findCues, type CueHit } from "./cues.js";
import { OFFICIAL_IDS } from "./data/statistics.js";
import { ARMED_GROUP_IDS } from "./data/speakers.js";
import { dedupe, type Found } from "./found.js";
import { quoteRuns } from "./quotes.js";
import { splitSentences } from "./sentences.js";
import {
  countryOf,
  bodyOf,
  Discourse,
  documentCountry,
  documentSpeaker,
  hasSpeech,
  mentionsBoth,
  resolveSpeaker,
  speakerCandidates,
  type Country,
  type Speaker,
  type SpeakerCandidate,
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
  /**
   * Optional: `findActors(text, { date: published })` of the whole text, when the caller has it (the incident
   * passes do, for a text normalisation leaves as it is). Each sentence takes its share instead of a scan of its own.
   */
  actors?: ActorMention[];
}

/** Sentences longer than this are not read for claims (binary noise, tables run together): regexes stay linear in practice. */
const MAX_SENTENCE = 1500;
/** Sentences with cues read per report: beyond this a "report" is a dump, and time matters more (≤ 2 s/MB). */
const MAX_CUE_SENTENCES = 400;
/** A sentence carrying more cues than this is a list or noise: the first ones are read. */
const MAX_CUES = 12;
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
  const opinion = OPINION.test(ctx.source ?? "") || OPINION.test(ctx.title ?? "");
  const found: Found[] = [];
  const spans = splitSentences(text);
  const quotes = quoteRuns(text, spans);
  const whole = ctx.actors ?? findActors(text, { date: published });
  d.groupVoice = groupVoice(text, whole);
  let cueSentences = 0;
  let lastStat = -1;
  for (let si = 0; si < spans.length; si++) {
    const span = spans[si];
    if (span.end - span.start > MAX_SENTENCE) continue;
    if (cueSentences >= MAX_CUE_SENTENCES) break;
    const sentence = text.slice(span.start, span.end);
    const actors = sentenceActors(text, span, sentence, whole, published);
    d.learnNames(actors);
    const hits = usable(findCues(sentence), sentence).slice(0, MAX_CUES);
    // a sentence right after one that gave a statistic may add to the same tally
    const stats = findStatistics(sentence, lastStat >= 0 && si - lastStat <= 1);
    // the candidate speakers serve the cues, the statistics and a speech verb's speaker only: a sentence with none
    // of them (about one in nine) needs none
    const cands = hits.length > 0 || stats.length > 0 || hasSpeech(sentence) ? speakerCandidates(sentence, actors, d) : [];
    if (!d.counted && cands.some((c) => c.counts)) d.counted = true;
    const setting = countryOf(sentence) ?? d.docCountry;
    const closing = quotes.get(si);
    const push = finder(found, { opinion, sentence, closing, actors, published, setting, span });

    if (hits.length) cueSentences++;
    for (const hit of hits) {
      // "… said Islamabad had accused Kabul of sheltering the militants": what an accusation accuses of is its own, not the reporter's
      if (hit.kind === "allegation" && hit.entry.content && hits.some((h) => h.kind === "allegation" && !h.entry.content && h.end <= hit.start && !NEW_STATEMENT.test(sentence.slice(h.end, hit.start)))) continue;
      // inside a quotation whose speaker is named where it closes, that speaker is the author
      const quoted = closing !== undefined && !hasSpeech(sentence) ? quoteSpeaker(text, spans[closing], d, published, hit.kind === "responsibility") : null;
      let prevEnd = -1;
      for (const h of hits) if (h !== hit && h.end <= hit.start && h.end > prevEnd) prevEnd = h.end;
      let sp = quoted ?? speakerFor(hit, sentence, cands, d, actors, prevEnd);
      if (!sp) continue;
      const gov = sp.generic && sp.ids.length === 1 && (sp.ids[0].endsWith("_GOV") || !!sp.alt) ? sp.ids[0].slice(0, 3) : null;
      if (hit.entry.crossBorder) {
        // one side's forces acting are an allegation only from the other side; so is an act "inside Afghan territory"
        const named = PK_NAMED_ACT.test(sentence.slice(hit.start, hit.end)) ? "PK_" : "AF_";
        const accused = hit.entry.crossBorder === "named" ? named : named === "PK_" ? "AF_" : "PK_";
        // "Islamic Emirate forces killed three Daesh members in Kandahar, the police spokesman said": a side's forces
        // acting on an armed group at home, the other state named nowhere, accuse nobody
        if (actors.some((a) => a.start >= hit.start && ARMED_GROUP_IDS.has(a.id) && a.id !== "AF_TALIBAN" && a.id !== "PK_OTHER" && a.id !== "AF_OTHER") && onlySide(sentence) !== otherSide(accused) && !bothSides(sentence)) continue;
        // an office of unstated country that accuses its own side is the other side's ("the defence ministry said Pakistani jets …")
        // (not for acts a side's forces also do at home, in a report that speaks of one country only:
        // "Emirate forces killed two IS fighters, the police spokesman said" is the Afghan side's own account)
        if (gov === accused && (d.bothCountries || !DOMESTIC_ACT.test(sentence.slice(hit.start, hit.end)))) sp = otherGov(sp);
        else if (sp.ids.some((i) => i.startsWith(accused))) continue;
      } else if (gov && hit.kind === "allegation" && agentSide(sentence) === gov) sp = otherGov(sp);
      else if (gov && hit.kind === "denial") {
        // a denial answers the last allegation: "Kabul said Pakistani jets bombed homes. The ministry of foreign affairs rejected the claims."
        const last = found.filter((f) => f.kind === "allegation" && f.start < span.start).pop();
        const answered = ANSWERED.exec(sentence.slice(hit.start));
        if (answered) {
          // "rejected Pakistan's claims": the denier is the other side
          if (/^(?:pakistan|islamabad)/iu.test(answered[1] ?? answered[2] ?? answered[3]) === (gov === "PK_")) sp = otherGov(sp);
          // (only an accusation of the other state: "the men had been planning attacks on scholars" accuses a cell, and the
          // same office's "denied that anyone had been killed" next is its own side's)
        } else if (last && last.by.length === 1 && last.by[0].startsWith(gov) && last.against.some((i) => i.startsWith(otherSide(gov))) && onlySide(sentence) !== otherSide(gov)) sp = otherGov(sp);
      }
      push(hit.kind, sp, hit.weight, null, !!hit.entry.suspects);
    }
    // "the TTP said it was behind the attack": a group's own claim, not an allegation against itself
    if (hits.some((h) => h.kind === "allegation" && /\b(?:behind|responsible)\b/i.test(sentence.slice(h.start, h.end)))) {
      for (let k = found.length - 1; k >= 0 && found[k].start === span.start; k--) {
        const f = found[k];
        if (f.kind === "allegation" && found.some((g) => g.start === span.start && g.kind === "responsibility" && g.by.join() === f.by.join())) found.splice(k, 1);
      }
    }
    for (const st of stats) {
      let sp = compiledBy(sentence, cands, setting) ?? resolveSpeaker(sentence, st.start, cands, d);
      // a count by a think tank, a rights body or a group is no official statistic, whoever issued the report
      // (but a research body's counts are its statistics: "the institute counted 71 attacks during the month")
      const counter = sp && (sp.counts || (d.counted && sp.ids.every((i) => i === "PK_OTHER" || i === "AF_OTHER")));
      if (sp && sp.ids.length > 0 && !sp.ids.every((i) => OFFICIAL_IDS.has(i)) && !counter) continue;
      if (sp && sp.ids.length === 0) sp = null;
      // "security forces have killed 917 khawarij since January" in an ISPR release: the army's own figure
      // (only the unnamed forces: a home department's summary quoted in a release stays the government's)
      if (sp && sp.ids.includes("PK_SECURITY")) sp = adjustToDocument(sp, d);
      if (!sp && cands.some((c) => c.source === "nonclaimer" && c.end <= st.start && /^(?:un|united|unama|unhcr|ocha|iom|amnesty|human rights watch|international|red cross|icrc)/iu.test(sentence.slice(c.start, c.end)))) continue;
      if (!sp && d.docSpeaker && OFFICIAL_IDS.has(d.docSpeaker)) sp = { ids: [d.docSpeaker], confidence: 0.6 };
      if (!sp && d.lastOfficial && !hasSpeech(sentence)) sp = { ids: d.lastOfficial, confidence: 0.5 };
      if (sp) {
        push("statistic", sp, 0.85, st.value);
        lastStat = si;
      }
    }

    // What this sentence tells of who speaks, for the anaphora of the next ones.
    d.noteGroups(actors);
    d.lastBody = bodyOf(sentence, actors, published, setting) ?? d.lastBody;
    if (hasSpeech(sentence)) {
      // "The provincial information department said Pakistani artillery had shelled … Its spokesman rejected …": the body
      // that spoke, not the first actor its words name
      const opening = OPENING_SPEECH.exec(sentence);
      if (opening) {
        const body = resolveSpeaker(sentence, opening[0].length, cands, d, { speakerOnly: true });
        if (body && body.ids.length === 1) d.lastBody = body.ids;
      }
      const sp = resolveSpeaker(sentence, sentence.length, cands, d, { speakerOnly: true });
      if (sp) {
        d.note(sp.ids);
        // "The provincial information department said Pakistani artillery had shelled … Its spokesman rejected …": the body
        // that spoke, not the first actor its words name
        if (SPOKESMAN.test(sentence) && !BARE_SPOKESMAN.test(sentence)) d.lastSpokesman = sp.ids;
      }
    } else {
      // "Kabul's deputy spokesman rejected the accusations, writing on X …": no reporting verb, but the one who denied
      // (accused, pledged) has spoken, and "He went further, …" in the next sentence is that one
      const acts = found.filter((f) => f.start === span.start && f.kind !== "statistic" && !f.generic);
      if (acts.length) {
        const by = acts[acts.length - 1].by;
        d.note(by);
        if (SPOKESMAN.test(sentence) && !BARE_SPOKESMAN.test(sentence)) d.lastSpokesman = by;
      }
    }
    // "The Afghan Taliban accused Pakistan …": the side that just made a claim, for the offices that follow
    const own = found.filter((f) => f.start === span.start && f.by.length === 1 && (f.by[0].endsWith("_GOV") || f.by[0].startsWith("PK_"))).pop();
    if (own) d.lastGov = own.by[0].startsWith("PK_") ? "PK" : "AF";
    // "Officials in Kandahar gave a different account. The spokesman for the governor said …": the next sentence's offices
    // are the side that gives the other account
    const account = ACCOUNT_SWITCH.exec(sentence);
    const switched = account ? countryOf(sentence.slice(0, account.index)) : null;
    d.accountSide = switched;
    if (switched) d.lastGov = switched;
  }
  return dedupe(found).map((f) => toClaim(f, text, ctx));
}

/** A head line that says what the text is: "Statement of ...", "Press release", "Claim of responsibility". */
const HEAD_LINE = /^(?:\(?(?:unofficial )?translat\w*\)?\s*:?\s*)?(?:statement|press release|communiqu\S*|claim|announcement|message|declaration)\b/i;
/** A signature line: "Spokesman, Tehreek-e-Taliban Pakistan", "— Jeeyand Baloch, spokesman, BLA", "Central media cell of ...". */
const SIGNATURE = /\b(?:spokes(?:man|person|woman)|media (?:cell|wing|office|commission)|central (?:command|media)|information (?:cell|office))\b/i;
/**
 * The armed group whose own statement the text is: one group named in its head line ("Statement of ...") or its signature
 * (a short last line naming its spokesman), and no other group named there. Its fighters' acts told without a speech verb
 * ("the mujahideen carried out a sniper attack on a check post") are then its claims in its own words.
 */
function groupVoice(text: string, actors: ActorMention[]): string | null {
  const trimmed = text.trim();
  const firstEnd = trimmed.indexOf("\n");
  const lastStart = trimmed.lastIndexOf("\n");
  if (firstEnd < 0) return null;
  const base = text.indexOf(trimmed);
  const lines: Array<[number, number]> = [];
  if (firstEnd <= 120 && HEAD_LINE.test(trimmed.slice(0, firstEnd).trim())) lines.push([base, base + firstEnd]);
  const last = trimmed.slice(lastStart + 1);
  if (last.length <= 100 && SIGNATURE.test(last)) lines.push([base + lastStart + 1, base + trimmed.length]);
  const ids = new Set(actors.filter((a) => ARMED_GROUP_IDS.has(a.id) && lines.some(([s, e]) => a.start >= s && a.end <= e)).map((a) => a.id));
  return ids.size === 1 ? [...ids][0] : null;
}

/** What `push` in `read` needs of its sentence. */
interface SentenceOfFound {
  opinion: boolean;
  sentence: string;
  closing: number | undefined;
  actors: ActorMention[];
  published: string | null;
  setting: Country;
  span: { start: number; end: number };
}

/**
 * Records a claim of the sentence (split per author when several claim each on their own). Made by a factory at
 * module level, not as a closure inside the sentence loop: tsx (esbuild's keepNames) gives every named closure
 * a defineProperty call on creation, about 1.5 µs per sentence.
 */
function finder(found: Found[], c: SentenceOfFound): (kind: ClaimKind, sp: Speaker, weight: number, value?: number | null, suspects?: boolean) => void {
  const { opinion, sentence, closing, actors, published, setting, span } = c;
  return (kind, sp, weight, value = null, suspects = false) => {
    if (sp.ids.length === 0) return; // an act of someone the ledger does not record
    // an opinion piece's own narration ("Each government pledges a package and forgets it") is rhetoric; what it quotes is kept
    if (opinion && (kind === "commitment" || kind === "statistic") && !hasSpeech(sentence) && closing === undefined) return;
    const split = sp.ids.length > 1 && (kind !== "commitment" || !!sp.separate);
    const joint = split && !sp.separate;
    for (const ids of split ? sp.ids.map((i) => [i]) : [sp.ids]) {
      const by = [...new Set(ids)].sort();
      const against = againstOf(kind, by, actors, sentence, published, setting);
      // "police blamed militants for the kidnapping": naming unnamed attackers reports the incident; an
      // allegation accuses a party (a government, a named group, a foreign hand)
      if (kind === "allegation" && !suspects && against.length > 0 && against.every((i) => i === "MILITANTS") && !OTHER_PARTY.test(sentence)) continue;
      found.push({ kind, by, against, value, start: span.start, end: span.end, confidence: round(weight * sp.confidence * (joint ? 0.8 : 1)), generic: joint, ...(ANOTHER.test(sentence) ? { another: true } : {}) });
    }
  };
}

/** "X gave a different account", "offered a conflicting version": the other side's statement follows. */
const ACCOUNT_SWITCH = gated(/\b(?:gave|give|gives|offered|offers|told|presented|presents|had|has|put forward)\s+(?:a\s+|an\s+|their\s+own\s+|its\s+own\s+)?(?:very\s+)?(?:different|conflicting|contrasting|contradictory|opposite|rival|differing|another)\s+(?:account|version|story|picture|narrative)\b/i);

/** A sentence that opens on a body's reporting verb ("The provincial information department said …"). */
const OPENING_SPEECH = /^[^,;"“]{0,80}?\b(?:said|says|told|stated|added|announced|confirmed|reported)\b/iu;

/** A sentence that tells one more statement of the same party: "The BLA also claimed the blast on the track", "He went further, accusing …". */
const ANOTHER = /\b(?:also|went further|further (?:said|accused|alleged|claimed|announced|ordered))\b/i;

/** Characters that end a sentence (with its closing quotes and brackets). */
const ENDERS = new Set([46, 63, 33, 34, 39, 0x201d, 0x2019, 41, 93]); // . ? ! " ' ” ’ ) ]

/**
 * `findActors(sentence)`, taken from the whole text's mentions: the same mentions, as the lexicon's matcher
 * looks at one character around a match (white space at both edges of a sentence here) and the two lexicon
 * wordings that look further need a letter next to the edge to see past it. So the share is taken when
 * the sentence begins after, and ends with, sentence punctuation (or the text's own edges) and no mention
 * runs across an edge; otherwise (a line without a full stop, a headline) the sentence is scanned alone.
 */
function sentenceActors(text: string, span: { start: number; end: number }, sentence: string, whole: ActorMention[], published: string | null): ActorMention[] {
  const { start, end } = span;
  let p = start - 1;
  while (p >= 0 && /\s/.test(text[p])) p--;
  const hard = (p < 0 || ENDERS.has(text.charCodeAt(p))) && (end === text.length || ENDERS.has(text.charCodeAt(end - 1)));
  if (!hard) return findActors(sentence, { date: published });
  // first mention starting at or after `start`
  let lo = 0;
  let hi = whole.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (whole[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && whole[lo - 1].end > start) return findActors(sentence, { date: published });
  const out: ActorMention[] = [];
  for (let i = lo; i < whole.length && whole[i].start < end; i++) {
    const a = whole[i];
    if (a.end > end) return findActors(sentence, { date: published });
    out.push({ ...a, start: a.start - start, end: a.end - start });
  }
  return out;
}

/**
 * The compiler of a figure named with it: "figures compiled by the home departments …", "data released
 * by the provincial police …", "police figures show …" (police and CTD counts are the police's).
 */
function compiledBy(sentence: string, cands: SpeakerCandidate[], setting: Country): Speaker | null {
  const m = COMPILED_BY.exec(sentence);
  if (m) {
    const s = m.index + m[0].length - m[1].length;
    const c = cands.find((x) => x.start >= s && x.end <= s + m[1].length && x.ids.length > 0 && x.ids.every((i) => OFFICIAL_IDS.has(i)));
    if (c) return { ids: c.ids, confidence: 0.85 };
  }
  if (setting !== "AF" && POLICE_FIGURES.test(sentence)) return { ids: ["PK_POLICE"], confidence: 0.8 };
  // "official figures show …": the government of the setting (Pakistan's when the words do not say)
  if (GOVERNMENT_FIGURES.test(sentence)) return { ids: [setting === "AF" ? "AF_GOV" : "PK_GOV"], confidence: 0.7 };
  return null;
}
const COMPILED_BY = /\b(?:figures|data|statistics|numbers|records|tall(?:y|ies)|counts?|report)\s+(?:compiled|released|issued|gathered|collected|published|shared|provided|maintained|kept|prepared)\s+by\s+([^,;.]{1,120})/i;
const GOVERNMENT_FIGURES = /\b(?:official|government|govt|ministry|home department)(?:'s|’s)?\s+(?:figures|data|statistics|records|tally)\s+(?:show|showed|shows|reveal|revealed|reveals|indicate|indicated|indicates|put|puts)\b/i;
const POLICE_FIGURES = /\b(?:police|ctd|counter[- ]terrorism department)(?:'s|’s)?\s+(?:own\s+)?(?:figures|data|statistics|records|tally|count)\b/i;

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
    return NEW_STATEMENT.test(sentence.slice(firstDenial.end, h.end));
  });
}

/** Whose claim a denial answers: "rejected Pakistan's claims", "dismissed allegations by Kabul", "rejected Pakistani accusations". */
const ANSWERED = /^[\w'’ -]{0,40}?\b(?:(pakistan|islamabad|afghanistan|kabul|the taliban|the islamic emirate)(?:'s|’s)\s+(?:[\w-]+\s+)?(?:claims?|allegations?|accusations?|charges?|assertions?|remarks|statements?)|(?:claims?|allegations?|accusations?|charges?|assertions?|remarks|statements?)\s+(?:made\s+)?by\s+(pakistan|islamabad|afghanistan|kabul|the taliban|the islamic emirate)|(pakistani|afghan)\s+(?:[\w-]+\s+)?(?:claims?|allegations?|accusations?|charges?|assertions?|statements?))/iu;
/** The words of a cross-border cue that name Pakistan's side ("trained in camps in Balochistan" names Pakistan's soil). */
const PK_NAMED_ACT = /\b(?:pakistan|islamabad|balochistan|khyber pakhtunkhwa|waziristan|quetta|peshawar|chaman|kurram|bajaur)/iu;
const DOMESTIC_ACT = /\b(?:killed|shot|wounded|injured|abducted|detained|arrested|harassed|tortured|expelled|attacked|targeted|raided|bombed|pounded|struck)\b/iu;
const otherSide = (side: string) => (side === "PK_" ? "AF_" : "PK_");
const otherGov = (sp: Speaker): Speaker => ({ ids: sp.alt ?? [sp.ids[0].startsWith("PK_") ? "AF_GOV" : "PK_GOV"], confidence: sp.confidence * 0.9 });
const PK_STATE_WORDS = /\b(?:pakistan(?!i taliban)|islamabad)/giu;
const AF_STATE_WORDS = /\b(?:afghan(?!\s+refugees|\s+nationals|\s+migrants|\s+citizens)|afghanistan|kabul|the taliban|islamic emirate)/giu;
/** Whether a sentence names both states. */
function bothSides(sentence: string): boolean {
  const pk = PK_STATE_WORDS.test(sentence);
  const af = AF_STATE_WORDS.test(sentence);
  PK_STATE_WORDS.lastIndex = 0;
  AF_STATE_WORDS.lastIndex = 0;
  return pk && af;
}
/** The only one of the two states a sentence names (its forces, soil, capital), or null. */
function onlySide(sentence: string): "PK_" | "AF_" | null {
  const pk = PK_STATE_WORDS.test(sentence);
  const af = AF_STATE_WORDS.test(sentence);
  PK_STATE_WORDS.lastIndex = 0;
  AF_STATE_WORDS.lastIndex = 0;
  return pk && !af ? "PK_" : af && !pk ? "AF_" : null;
}

const PK_AGENT = /(?<!\b(?:on|at|against|towards?|targeting|targeted|into|hit|struck|shelled)\s+)\b(?:pakistani?|pakistan's|islamabad's) (?:side|forces|troops|military|army|jets|aircraft|warplanes|drones|border (?:forces|guards|police)|guards|intelligence|regime|government|authorities|posts)\b|\b(?:from|on|using|used|uses|use|inside) (?:the )?(?:pakistan|pakistani (?:soil|territory))\b/iu;
const AF_AGENT = /(?<!\b(?:on|at|against|towards?|targeting|targeted|into|hit|struck|shelled)\s+)\b(?:afghan|afghanistan's|kabul's|taliban) (?:side|forces|troops|military|army|border (?:forces|guards|police)|guards|intelligence|regime|government|authorities|posts)\b|\b(?:from|on|using|used|uses|use|inside) (?:the )?(?:afghanistan|afghan (?:soil|territory))\b/iu;
/** The one state a sentence names as acting (its forces, its soil as a base), or null. */
function agentSide(sentence: string): "PK_" | "AF_" | null {
  const pk = PK_AGENT.test(sentence);
  const af = AF_AGENT.test(sentence);
  return pk && !af ? "PK_" : af && !pk ? "AF_" : null;
}

const SPOKESMAN = gated(/\bspokes(?:man|woman|person)\b/iu);
const BARE_SPOKESMAN = /\bthe spokes(?:man|woman|person)\b/iu;
const OPINION = /\b(?:op-?ed|opinion|editorial|column|commentary|viewpoint|analysis)\b/iu;

/** Words that name a party beyond unnamed attackers: a country, a foreign hand, a cross-border origin. */
const OTHER_PARTY = /\b(?:afghan|afghanistan|kabul|pakistan|pakistani|islamabad|india|indian|foreign|abroad|hostile|enemy|durand line|other side|dossiers?|hired (?:hands|guns)|across the border|cross-border|agenc(?:y|ies)|handlers|sponsor(?:ed|s)?|backed|proxy|proxies|sanctuar(?:y|ies)|safe havens?|negligen(?:ce|t)|inaction|doing nothing|complicity|complicit)/i;

/** A second reporting verb within a sentence: "…, and said …", "…, adding that …". */
const NEW_STATEMENT = /\b(?:and|but|while)\s+(?:also\s+|further\s+|later\s+)?(?:said|added|claimed|alleged|told|insisted|accused|blamed)\b|\b(?:adding|saying|insisting|claiming|alleging)\b|,\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){1,5}?(?:said|says|added|claimed|alleged|insisted|told|maintained)\b/iu;

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
