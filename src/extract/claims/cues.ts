import type { ClaimKind } from "../../domain/index.js";
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

let compiled: { entry: CueEntry; re: RegExp }[] | null = null;
let gate: RegExp | null = null;
function cues() {
  compiled ??= CUES.map((entry) => ({ entry, re: new RegExp(BOUND(spaces(entry.pattern)), "g") }));
  return compiled;
}
/** One pass that says whether a sentence holds any cue at all: most sentences of a report hold none. */
function anyCue(): RegExp {
  // a leading \b outside the alternation lets V8 skip most positions cheaply
  gate ??= new RegExp(`\\b(?:${CUES.map((e) => `(?:${spaces(e.pattern)})`).join("|")})`);
  return gate;
}

/** A negator in the last few words before a cue ("did not claim", "no group has claimed", "has yet to"). */
const NEGATED_BEFORE = new RegExp(`(?<![\\p{L}])${spaces(NEGATORS)}(?:[\\s\\u00a0]+[\\p{L}'’-]+){0,2}[\\s\\u00a0]*$`, "iu");
/** Hypothetical or interrogative frames that keep a cue from being a claim ("if the group claims", "whether"). */
/** A promise refused or withheld in the words before it. */
const REFUSED_BEFORE = /\b(?:refused|refuses|refusing|declined|declines|failed|fails|unwilling|reluctant|no guarantees?|not ready|without (?:any )?guarantees?)\b[^.;]*$/iu;
/** "it was not clear who was behind the attack": an open question (only before "was behind", "were responsible"). */
const QUESTION_BEFORE = /(?:\bwho|\bwhich group|\bwhat|\bwhoever)\s*$/iu;
const HYPOTHETICAL_BEFORE = /(?:\bif|\bwhether|\bunless|\bwould be asked to|\bthreatened to|\bexpected to|\bmay|\bmight|\bcould)(?:\s+[\p{L}'’-]+){0,7}\s*$/iu;

/** Every cue in `sentence`, left to right, with its negation. Overlapping cues of one kind keep the first. */
export function findCues(sentence: string): CueHit[] {
  const lower = lowerSameLength(sentence);
  if (!anyCue().test(lower)) return [];
  const hits: CueHit[] = [];
  for (const { entry, re } of cues()) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(lower)); ) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      // one cue per stretch of words and kind; a speech act ("condemned … as a violation") may overlap the content it frames
      if (hits.some((h) => h.kind === entry.kind && !!h.entry.content === !!entry.content && start < h.end && end > h.start)) continue;
      const before = sentence.slice(Math.max(0, start - 40), start);
      const negated =
        NEGATED_BEFORE.test(before) ||
        HYPOTHETICAL_BEFORE.test(sentence.slice(Math.max(0, start - 70), start)) ||
        (QUESTION_BEFORE.test(before) && /^(?:was|were|is|are|had been|has been)\b/.test(lower.slice(start, end))) ||
        // "asked Kabul to deny …", "urged it to reject …": what one is asked to do is not done (commitments excepted)
        (entry.kind !== "commitment" && /(?<!continu(?:e|es|ed|ing)|attempt(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|sought|seek(?:s|ing)?|managed|plann(?:ed|ing)|wanted)\s+to\s*$/iu.test(before)) ||
        // "… asked Kabul to act against them and deny them sanctuary": still what one is asked to do
        (entry.kind !== "commitment" && /\bto\s+(?:[\w'’-]+\s+){1,6}(?:and|or)\s*$/iu.test(before) && /^(?:deny|reject|dismiss|accuse|blame|claim|pledge|vow|promise)\b/iu.test(lower.slice(start, end))) ||
        // "refused to give guarantees that it would act": a promise withheld
        (entry.kind === "commitment" && REFUSED_BEFORE.test(sentence.slice(Math.max(0, start - 70), start))) ||
        // "said it would claim …", "will deny …": a future act is not yet a claim (commitments are exactly that)
        (entry.kind !== "commitment" && /\b(?:would|will|shall)\s*$/iu.test(before));
      hits.push({ kind: entry.kind, start, end, weight: entry.weight, entry, negated });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
