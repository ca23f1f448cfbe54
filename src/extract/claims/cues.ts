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

const BOUND = (src: string) => `(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])`;

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
    out += c === " " && !inClass ? "[\\s\\u00a0]+" : c;
  }
  return out;
}

let compiled: { entry: CueEntry; re: RegExp }[] | null = null;
function cues() {
  compiled ??= CUES.map((entry) => ({ entry, re: new RegExp(BOUND(spaces(entry.pattern)), "giu") }));
  return compiled;
}

/** A negator in the last few words before a cue ("did not claim", "no group has claimed", "has yet to"). */
const NEGATED_BEFORE = new RegExp(`(?<![\\p{L}])${spaces(NEGATORS)}(?:[\\s\\u00a0]+[\\p{L}'’-]+){0,2}[\\s\\u00a0]*$`, "iu");
/** Hypothetical or interrogative frames that keep a cue from being a claim ("if the group claims", "whether"). */
const HYPOTHETICAL_BEFORE = /(?:\bwho|\bwhich group|\bwhat|\bwhoever)\s*$|(?:\bif|\bwhether|\bunless|\bwould be asked to|\bthreatened to|\bexpected to|\bmay|\bmight|\bcould)(?:\s+[\p{L}'’-]+){0,3}\s*$/iu;

/** Every cue in `sentence`, left to right, with its negation. Overlapping cues of one kind keep the first. */
export function findCues(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const { entry, re } of cues()) {
    re.lastIndex = 0;
    for (let m; (m = re.exec(sentence)); ) {
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
        HYPOTHETICAL_BEFORE.test(before) ||
        // "asked Kabul to deny …", "urged it to reject …": what one is asked to do is not done (commitments excepted)
        (entry.kind !== "commitment" && /(?<!continu(?:e|es|ed|ing))\s+to\s*$/iu.test(before)) ||
        // "said it would claim …", "will deny …": a future act is not yet a claim (commitments are exactly that)
        (entry.kind !== "commitment" && /\b(?:would|will|shall)\s*$/iu.test(before));
      hits.push({ kind: entry.kind, start, end, weight: entry.weight, entry, negated });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.weight - a.weight);
}
