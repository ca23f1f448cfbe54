import type { ClaimKind } from "../../domain/index.js";
import { gated, requiredLiterals as gateLiterals } from "../gate.js";
import { LiteralSet } from "../literals.js";
import { CUES, NEGATORS, type CueEntry } from "./data/cues.js";

/** A claim cue found in a sentence; offsets relative to the sentence. */
export interface CueHit {
  kind: ClaimKind;
  start: number;
  end: number;
  weight: number;
  entry: CueEntry;
  negated: boolean;
}

/**
 * Cue patterns run on the lower-cased sentence with ASCII word boundaries and no "i"/"u" flags: several
 * times faster in V8 than case-insensitive Unicode matching, and English news text is ASCII in its words.
 */
const BOUND = (src: string) => `\\b(?:${src})(?![a-z0-9_])`;

/** Lower case with the same length, so that offsets stay valid (the rare characters that grow keep their case). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = "";
  for (const ch of s) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

/** Spaces in lexicon patterns match any run of white space (line-wrapped text, non-breaking spaces). */
export function spaces(src: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      out += c + (src[i + 1] ?? "");
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    if (c === " " && !inClass && src[i + 1] === "?") {
      out += "\\s*"; // "air ?strikes": an optional space
      i++;
      continue;
    }
    out += c === " " && !inClass ? "\\s+" : c;
  }
  return out;
}

/** Splits `src` at `sep` where it stands outside groups and character classes. */
function splitTop(src: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      cur += c + (src[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    if (c === sep && depth === 0 && !inClass) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** The letters a piece of pattern must start with ("harbou?red" → "harbo", "claim(?:ed)?" → "claim"). */
function leadingLetters(piece: string): string {
  const lit = /^[a-z'’-]+/.exec(piece)?.[0] ?? "";
  return /^[?*{]/.test(piece.slice(lit.length)) ? lit.slice(0, -1) : lit;
}

/** Literals of which one must start a match of `word`: its own letters, or each branch's of a leading group. */
function wordAnchors(word: string): string[] | null {
  const direct = leadingLetters(word);
  if (direct.length >= 3) return [direct];
  if (direct.length > 0 || !word.startsWith("(?:")) return null;
  // a leading non-capturing group that is not optional: one of its branches must match
  let depth = 0;
  let close = -1;
  for (let i = 0; i < word.length && close < 0; i++) {
    if (word[i] === "\\") i++;
    else if (word[i] === "(") depth++;
    else if (word[i] === ")" && --depth === 0) close = i;
  }
  if (close < 0) return null;
  // an optional leading group ("(?:full |sole )?responsibility"): what follows it is still required
  const quantifier = /^(?:\?|\*|\{0,?\d*\})\??/.exec(word.slice(close + 1))?.[0];
  if (quantifier) return wordAnchors(word.slice(close + 1 + quantifier.length));
  if (/^[+{]/.test(word.slice(close + 1))) return null;
  const branches = splitTop(word.slice(3, close), "|").map((b) => leadingLetters(b.trimStart()));
  return branches.every((b) => b.length >= 3) ? branches : null;
}

/**
 * Literals of which every match of `pattern` contains at least one, or null when none can be named: the anchors
 * of the pattern's most selective required word (space-separated at the top level), for each top-level branch.
 * A sentence holding none of them cannot match, which a substring search tells far faster than the regex
 * (a single alternation of every cue cost more than the rest of extraction together).
 */
export function requiredLiterals(pattern: string): string[] | null {
  const out: string[] = [];
  for (const branch of splitTop(pattern, "|")) {
    let best: string[] | null = null;
    for (const word of splitTop(branch, " ")) {
      if (!word || /^\((?:[^()]|\([^()]*\))*\)[?*]$/.test(word) || /^\{[\d,]*\}\??$/.test(word)) continue; // optional word
      const anchors = wordAnchors(word);
      if (anchors && (!best || Math.min(...anchors.map((a) => a.length)) > Math.min(...best.map((a) => a.length)))) best = anchors;
    }
    if (!best) return null;
    out.push(...best);
  }
  return out;
}

/**
 * Every required word's anchors, per top-level branch: a match of the branch contains one anchor of each of
 * its words (`requiredLiterals` keeps only the most selective word; all of them together rule out far more
 * sentences), or null when some branch has no anchored word.
 */
export function requiredWords(pattern: string): string[][][] | null {
  const out: string[][][] = [];
  for (const branch of splitTop(pattern, "|")) {
    const words: string[][] = [];
    for (const word of splitTop(branch, " ")) {
      if (!word || /^\((?:[^()]|\([^()]*\))*\)[?*]$/.test(word) || /^\{[\d,]*\}\??$/.test(word)) continue; // optional word
      const anchors = wordAnchors(word);
      if (anchors) words.push(anchors);
    }
    if (!words.length) return null;
    out.push(words);
  }
  return out;
}

interface CompiledCue {
  entry: CueEntry;
  re: RegExp;
  /** The clause of its gate literals (one must occur), or -1: not gated so. */
  gate: number;
  /** Per branch, the clauses of its required words (one anchor of each must occur); null: not gated so. */
  words: number[][] | null;
}

/**
 * The cues, and one automaton over all their anchors and gate literals. Each "one of these literals" condition
 * is a clause; `users[literal]` lists the clauses a literal satisfies, so a scan's hits mark the satisfied
 * clauses and a cue's test is a few byte reads.
 */
let compiled: {
  entries: CompiledCue[];
  literals: LiteralSet;
  users: number[][];
  ok: Uint8Array;
  /** For each clause, the cues that can match only where it holds (their gate, or the first word of a branch). */
  opens: number[][];
  /** Cues no clause rules out: tried on every sentence. */
  always: number[];
  /** The cues worth trying on the sentence being read, in CUES order; reused. */
  cand: Int32Array;
  seen: Uint8Array;
} | null = null;
function cues() {
  if (compiled) return compiled;
  const clauses: string[][] = [];
  const clause = (lits: string[]) => clauses.push(lits) - 1;
  const entries = CUES.map((entry) => {
    const re = new RegExp(BOUND(spaces(entry.pattern)), "g");
    const gate = gateLiterals(re.source, re.flags);
    const words = requiredWords(entry.pattern);
    return { entry, re, gate: gate ? clause(gate) : -1, words: words && words.map((b) => b.map(clause)) };
  });
  // every cue's anchors and gate literals in one automaton: one pass over the sentence says which are present;
  // a cue runs only where each word of one of its branches and one of its gate literals are there
  const literals = new LiteralSet(clauses.flat());
  const users: number[][] = literals.literals.map(() => []);
  clauses.forEach((lits, c) => {
    for (const l of new Set(lits)) users[literals.indexOf(l)].push(c);
  });
  // a cue can match only where its gate clause holds, or (ungated) where the first word of one of its branches does:
  // a sentence's satisfied clauses list the few cues worth asking mayMatch (most sentences satisfy a few dozen of
  // the clauses, and most cues none)
  const opens: number[][] = clauses.map(() => []);
  const always: number[] = [];
  entries.forEach((c, ci) => {
    if (c.gate >= 0) opens[c.gate].push(ci);
    else if (c.words === null || c.words.some((b) => b.length === 0)) always.push(ci);
    else for (const b of new Set(c.words.map((w) => w[0]))) opens[b].push(ci);
  });
  compiled = { entries, literals, users, ok: new Uint8Array(clauses.length), opens, always, cand: new Int32Array(entries.length), seen: new Uint8Array(entries.length) };
  return compiled;
}

/** FW_GATE_CHECK=1 (as in src/extract/gate.ts): every skipped cue is verified against its regex. */
const GATE_CHECK = typeof process !== "undefined" && process.env?.FW_GATE_CHECK === "1";

/** True when the cue can match a sentence whose satisfied clauses are `ok`. */
function mayMatch(c: CompiledCue, ok: Uint8Array): boolean {
  if (c.gate >= 0 && ok[c.gate] === 0) return false;
  const { words } = c;
  if (words === null) return true;
  for (let b = 0; b < words.length; b++) {
    const ws = words[b];
    let all = true;
    for (let w = 0; w < ws.length && all; w++) all = ok[ws[w]] === 1;
    if (all) return true;
  }
  return false;
}

/** A negator in the last few words before a cue ("did not claim", "no group has claimed", "has yet to"). */
const NEGATED_BEFORE = gated(new RegExp(`(?<![\\p{L}])${spaces(NEGATORS)}(?:[\\s\\u00a0]+[\\p{L}'’-]+){0,2}[\\s\\u00a0]*$`, "iu"), 2);
/** Hypothetical or interrogative frames that keep a cue from being a claim ("if the group claims", "whether"). */
/** A promise refused or withheld in the words before it. */
/** (until another statement starts: "declined to comment on the strikes, but said Pakistan would take all necessary steps") */
const REFUSED_BEFORE = gated(/\b(?:refused|refuses|refusing|declined|declines|failed|fails|unwilling|reluctant|no guarantees?|not ready|without (?:any )?guarantees?)\b(?:(?!\b(?:but|and) (?:also )?(?:said|says|added|stressed|insisted|maintained)\b)[^.;])*$/iu);
/** A condition on a party after a promise: "… only if Kabul acts", "… until the Taliban give guarantees" ("until the end of the year" is a time). */
// (a plain "if" or "as long as" keeps the promise, conditional or reciprocal: "would abide by the truce as long as the other side
// does", "was ready for a joint investigation if Pakistan shared evidence"; "only if", "unless", "until" withhold it)
const CONDITION_AFTER = /\b(?:only (?:if|when|after|once)|unless|on (?:the )?condition (?:that )?|until|till)\s+(?!(?:needed|necessary|required|asked|requested|possible)\b)(?:the\s+)?(?:kabul|islamabad|pakistan|afghanistan|taliban|afghan|pakistani|ttp|both|neither|the other side|[a-z]+\s+(?:government|side|authorities|regime))\b/iu;
/** "… would be released once its demands were met", "… in exchange for a ransom": a demand on the other side, no promise. */
const DEMAND_AFTER = /^[^.;]{0,40}?\b(?:(?:once|when|after|if|until|unless|provided)\s+(?:all\s+)?(?:its|their|our|his|the group's|the militants'|the kidnappers')\s+demands|in (?:exchange|return) for|against (?:a |the )?ransom|(?:once|when|if|after) (?:a |the )?ransom)\b/iu;
const RELEASE_CUE = /\b(?:releas|free|set free|hand(?:ed)? over|return)/;
/** (a condition ends where a coordinated verb starts: "would stay closed until further notice and promised compensation") */
const CONDITION_BEFORE = /\b(?:until|till|unless|only if|only when|(?<!\bat\s)once|provided|as long as)\s+(?:(?!(?:and|but)\s)[\p{L}'’-]+\s+){0,3}$/iu;
const ANYONE_BEFORE = /\b(?:anyone|anybody|any (?:group|groups|individual|individuals|person|persons|one|militants?|elements?|outfit)|whoever|those)\s+(?:found\s+|who\s+(?:are|were|is|was)\s+|caught\s+|involved in\s+)?$/iu;
/** A warning or threat governs what follows until another statement starts. */
const WARNED_BEFORE = gated(/\b(?:warned|warns|warning|threatened|threatens|threatening|cautioned|cautions)\b(?:(?!\b(?:and|but|said|says|adding|added|while)\b)[^.;])*$/iu);
/** A demand governs what follows: "pressed for guarantees that the Taliban would act" is no promise of the Taliban. */
const DEMANDED_BEFORE = gated(/\b(?:urged|urges|urging|requested|requests|requesting|appealed to|appeals to|appealing to|called on|calls on|called upon|pressed for|presses for|pressing for|press for|demanded|demands that|demanding|sought|seeks|seeking|asked for|asks for|asking for|called for|calls for|calling for|insisted on|insists on|wants|wanted)\b(?:(?!\b(?:and|but|said|says|adding|added|while|who|which|pledging|promising|vowing|assuring|announcing)\b)[^.;])*$/iu);
/** "the promised funds", "its pledged aid": a promise named as a thing, made before, not made here. */
const NAMED_PROMISE = /^(?:promised|pledged)\s+(?![a-z]+ly\b|to\b|that\b|by\b|in\b|on\b|at\b|the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z-]+/;
const NAMED_PROMISE_BEFORE = /\b(?:the|its|their|his|her|our|already|previously|earlier|long|once|oft)[\s-]+$/i;
const HELD_BEFORE = /\b(?:suspects|men|persons|people|individuals|youths|militants|terrorists|members|workers|activists|accomplices|facilitators|those|others|brothers|suspect|man|person)\s+(?:who (?:were|are|was|is|had been|have been)\s+|(?:all|both|allegedly|reportedly)\s+)?$/i;
const HABITUAL_BEFORE = gated(/\b(?:every time|each time|whenever|routinely|invariably|as usual|as always|time and again|time after time)\b[^.;]*$/iu);
/** "it was not clear who was behind the attack": an open question (only before "was behind", "were responsible"). */
const QUESTION_BEFORE = gated(/(?:\bwho|\bwhich group|\bwhat|\bwhoever)\s*$/iu);
// gated (src/extract/gate.ts): these `$`-anchored patterns are tried from every position of the slice
const HYPOTHETICAL_BEFORE = gated(/(?:\bif|\bwhether|\bunless|\bwould be asked to|\bthreatened to|\bexpected to|\bmay|\bmight|\bcould|\bhop(?:e|es|ed|ing|eful)|\bwish(?:es|ed)?|\bprovided that|\bon condition that|\bas long as)(?:\s+[\p{L}'’-]+){0,7}\s*$/iu, 2);

const COPULA_START = /^(?:was|were|is|are|had been|has been)\b/;
const ASKED_TO_BEFORE = /(?<!continu(?:e|es|ed|ing)|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|sought|seek(?:s|ing)?|managed|plann(?:ed|ing)|wanted)\s+to\s*$/iu;
/** "responded to unprovoked firing", "in response to the violation": a "to" that is a preposition, not an infinitive. */
const PREPOSITION_TO = /\b(?:respond(?:s|ed|ing)?|react(?:s|ed|ing)?|retaliat(?:e|es|ed|ing)|repl(?:y|ies|ied|ying)|response|reaction|retaliation|reply|due|owing|according|thanks|contrary|opposed|subjected|exposed|referred|pointed|objected|linked|tied|traced|attributed|close|next|prior|similar)\s+to\s*$/iu;
const ASKED_AND_BEFORE = /\bto\s+(?:[\w'’-]+\s+){1,6}(?:and|or)\s*$/iu;
const ASKED_ACT = /^(?:deny|reject|dismiss|accuse|blame|claim|pledge|vow|promise)\b/iu;
// (not "whom it described as belonging to the India-sponsored …": the speaker's own characterisation)
const LABEL_PREMISE_BEFORE = /\b(?:presence of|menace of|scourge of|curse of|(?<!\bas\s)(?:belonging to|affiliated with|linked to))\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:of\s+|belonging to\s+)?(?:the\s+)?$/iu;
const STOP_OBJECT_BEFORE = /^(?:(?!\b(?:not|never|no|nor|without|cannot)\b|n't\b).)*\b(?:stop|stopped|stops|prevent|prevented|prevents)\s+(?:the\s+|its\s+)?(?!using\b|use\b)[\p{L}'’-]+\s+(?:[\p{L}'’-]+\s+)?$/iu;
const FUTURE_BEFORE = gated(/\b(?:would|will|shall)\s*$/iu);

/** An opening quotation mark: “ or ‘ anywhere, a straight one after a space or bracket and before a letter or digit. */
const OPENING_QUOTES = /[“‘]|(?<=^|[\s(\[—–])["'](?=[\p{L}\d])/gu;
const OPENING_QUOTE = /[“‘]|(?:^|[\s(\[—–])["'][\p{L}\d]/u;

/** Every cue in `sentence`, left to right, with its negation. Overlapping cues of one kind keep the first. */
export function findCues(sentence: string): CueHit[] {
  // an opening quotation mark inside a claim ("would be 'brought to justice'", "had resorted to “unprovoked firing”") is read as
  // a space: scare quotes and quoted fragments do not break a cue's words (closing marks stay: apostrophes look the same)
  const lower = OPENING_QUOTE.test(sentence) ? lowerSameLength(sentence).replace(OPENING_QUOTES, " ") : lowerSameLength(sentence);
  const hits: CueHit[] = [];
  const { entries, literals, users, ok, opens, always, cand, seen } = cues();
  literals.scan(lower);
  ok.fill(0);
  let nc = 0;
  for (let j = 0; j < always.length; j++) (cand[nc++] = always[j]), (seen[always[j]] = 1);
  for (let h = 0; h < literals.hitCount; h++) {
    const u = users[literals.hits[h]];
    for (let j = 0; j < u.length; j++) {
      if (ok[u[j]] === 1) continue;
      ok[u[j]] = 1;
      const o = opens[u[j]];
      for (let k = 0; k < o.length; k++) if (seen[o[k]] === 0) (seen[o[k]] = 1), (cand[nc++] = o[k]);
    }
  }
  // in CUES order, as a loop over all of them would try them (the first of overlapping cues of a kind stays)
  const order = cand.subarray(0, nc).sort();
  for (let j = 0; j < nc; j++) seen[order[j]] = 0;
  // FW_GATE_CHECK=1 walks every cue, so that each skipped one is checked against its regex
  const n = GATE_CHECK ? entries.length : nc;
  for (let k = 0; k < n; k++) {
    const ci = GATE_CHECK ? k : order[k];
    const c = entries[ci];
    if (!mayMatch(c, ok)) {
      if (GATE_CHECK) {
        c.re.lastIndex = 0;
        if (c.re.test(lower)) throw new Error(`claims cue gate: /${c.re.source.slice(0, 60)}…/ matches a sentence without its literals`);
      }
      continue;
    }
    const { entry, re } = c;
    re.lastIndex = 0;
    for (let m; (m = re.exec(lower)); ) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      // one cue per stretch of words and kind; a speech act ("condemned … as a violation") may overlap the content it frames
      // (a state's reprisal told by its government is read beside a group's own words: each needs its own kind of speaker)
      if (hits.some((h) => h.kind === entry.kind && !!h.entry.content === !!entry.content && !!h.entry.stateAct === !!entry.stateAct && start < h.end && end > h.start)) continue;
      const before = sentence.slice(Math.max(0, start - 40), start);
      const negated =
        // ("Afghanistan must stop militants using its soil": what is to be stopped is alleged, not denied)
        (NEGATED_BEFORE.test(before) && !(entry.kind === "allegation" && entry.content && STOP_OBJECT_BEFORE.test(before))) ||
        HYPOTHETICAL_BEFORE.test(sentence.slice(Math.max(0, start - 70), start)) ||
        (QUESTION_BEFORE.test(before) && COPULA_START.test(lower.slice(start, end))) ||
        // "asked Kabul to deny …", "urged it to reject …": what one is asked to do is not done (commitments excepted)
        (entry.kind !== "commitment" && ASKED_TO_BEFORE.test(before) && !PREPOSITION_TO.test(before)) ||
        // "… asked Kabul to act against them and deny them sanctuary": still what one is asked to do
        (entry.kind !== "commitment" && ASKED_AND_BEFORE.test(before) && ASKED_ACT.test(lower.slice(start, end))) ||
        // "refused to give guarantees that it would act": a promise withheld
        (entry.kind === "commitment" && REFUSED_BEFORE.test(sentence.slice(Math.max(0, start - 70), start))) ||
        // "will reopen Torkham only if the Taliban stop …": a condition set on the other side, no promise
        (entry.kind === "commitment" && (CONDITION_AFTER.test(sentence.slice(end, end + 90).split(/[;.]/u)[0]) || CONDITION_BEFORE.test(before) || (RELEASE_CUE.test(lower.slice(start, end)) && DEMAND_AFTER.test(sentence.slice(end, end + 90))))) ||
        // "on the reported presence of khawarij of the Indian proxy Fitna al Khawarij", "to eliminate the menace of Indian-sponsored
        // terrorism": a label in an operation's premise or a release's closing resolve
        (!!entry.label && LABEL_PREMISE_BEFORE.test(sentence.slice(Math.max(0, start - 70), start))) ||
        // "action against anyone found using Afghan soil": a hypothetical party, nobody accused
        (entry.kind === "allegation" && !!entry.content && ANYONE_BEFORE.test(before)) ||
        // "warned that attacks … will not go unanswered", "every time a package is promised": a threat, a habit, no promise
        (entry.kind === "commitment" && (WARNED_BEFORE.test(sentence.slice(Math.max(0, start - 90), start)) || (DEMANDED_BEFORE.test(sentence.slice(Math.max(0, start - 90), start)) && !(/,\s*$/.test(before) && /^[a-z]+ing\b/.test(lower.slice(start, end)))) || HABITUAL_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)))) ||
        // "said it would claim …", "will deny …": a future act is not yet a claim (commitments are exactly that)
        (entry.kind !== "commitment" && FUTURE_BEFORE.test(before)) ||
        // "detained 14 suspects accused of links to the outfit": the men held described, nobody accusing
        (entry.kind === "allegation" && HELD_BEFORE.test(before) && /^(?:accused|charged)$/.test(lower.slice(start, end)) && /^\s+(?:of|with)\b/.test(lower.slice(end, end + 6))) ||
        (entry.kind === "commitment" && NAMED_PROMISE_BEFORE.test(before) && NAMED_PROMISE.test(lower.slice(start, start + 40)));
      hits.push({ kind: entry.kind, start, end, weight: entry.weight, entry, negated });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
