/**
 * Text tokens for linking: lower-cased content words of the passage a mention comes from, without
 * stop words, numbers and date words, so that two outlets' wording of the same event overlaps while
 * boilerplate does not.
 */
import { boundedMemo } from "./memo.js";

export const STOP_WORDS: ReadonlySet<string> = new Set(
  ("a an the and or but of in on at to for from by with as is was were be been being are this that these those it its " +
    "he she they them their his her we our you your i me my not no nor so than then there here who whom whose which what " +
    "when where why how all any both each few more most other some such only own same too very can will would should could " +
    "may might must shall has have had do does did said says say told according also after before while during into over " +
    "under about against between through up down out off again further once just now new one two three four five six seven " +
    "eight nine ten dozen people least more than least including among near late early since until per cent " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september " +
    "october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday day days week night morning " +
    "evening afternoon earlier later toll killed wounded injured dead died official officials police reported report reports " +
    "news agency attack attacks district province city area local sources source spokesman statement").split(/\s+/),
);

const NON_ASCII = /[^\x00-\x7f]/;

/** Content tokens of a text (deduplicated, at most `max`, in order of first occurrence). */
export function contentTokens(text: string, max = 80): string[] {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  // ASCII text has no accents to strip (NFKD would leave it as it is): skip two passes over it
  const plain = NON_ASCII.test(lower) ? lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : lower;
  // the runs of a-z, read by char code (as split(/[^a-z]+/) would cut them, without the array of every piece)
  const n = plain.length;
  let i = 0;
  while (i < n) {
    let c = plain.charCodeAt(i);
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const from = i;
    do c = plain.charCodeAt(++i);
    while (i < n && c >= 97 && c <= 122);
    if (i - from < 3) continue;
    const raw = plain.slice(from, i);
    if (STOP_WORDS.has(raw)) continue;
    const t = stem(raw);
    if (t.length < 3 || STOP_WORDS.has(t)) continue;
    out.add(t);
    if (out.size >= max) break;
  }
  return [...out];
}

/**
 * Crude stemming: plural and -ed/-ing endings, so "bombings"/"bombing"/"bombed" meet. The longest of the endings
 * "ings", "ing", "ed", "es", "s" comes off (as `raw.replace(/(ings|ing|ed|es|s)$/, "")`: of endings that can both
 * match, the longer starts earlier).
 */
function stem(raw: string): string {
  const n = raw.length;
  const last = raw.charCodeAt(n - 1);
  if (last === 115 /* s */) {
    if (n >= 4 && raw.endsWith("ings")) return raw.slice(0, n - 4);
    if (n >= 2 && raw.charCodeAt(n - 2) === 101 /* e */) return raw.slice(0, n - 2);
    return raw.slice(0, n - 1);
  }
  if (last === 103 /* g */ && n >= 3 && raw.endsWith("ing")) return raw.slice(0, n - 3);
  if (last === 100 /* d */ && n >= 2 && raw.charCodeAt(n - 2) === 101) return raw.slice(0, n - 2);
  return raw;
}

/** Jaccard similarity of two token lists (0 when either is empty). */
export function jaccard(a: readonly string[], b: ReadonlySet<string> | readonly string[]): number {
  if (!a.length) return 0;
  const set = b instanceof Set ? (b as ReadonlySet<string>) : new Set(b as readonly string[]);
  if (!set.size) return 0;
  let inter = 0;
  for (const t of a) if (set.has(t)) inter++;
  return inter / (a.length + set.size - inter);
}

/** Overlap coefficient: shared / size of the smaller set (robust when one side is a long union). */
export function overlap(a: readonly string[], b: ReadonlySet<string>): number {
  if (!a.length || !b.size) return 0;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / Math.min(a.length, b.size);
}

/**
 * Normalises a place or district name for comparison: case-, accent- and punctuation-blind, no admin words.
 * With `keepTown`, "Bannu city" stays apart from "Bannu" (a named town, not just the district).
 */
export function normName(s: unknown, keepTown = false): string | null {
  if (typeof s !== "string") return null;
  // a dataset import asks for the same few hundred names tens of thousands of times
  return keepTown ? townNames(s) : districtNames(s);
}

const townNames = boundedMemo(20_000, (s) => normalisedName(s, true));
const districtNames = boundedMemo(20_000, (s) => normalisedName(s, false));

function normalisedName(s: string, keepTown: boolean): string | null {
  const n = s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .replace(keepTown ? /\b(district|province|agency|tehsil|area|the)\b/g : /\b(district|province|agency|tehsil|city|town|village|area|the)\b/g, " ")
    .replace(/[^a-z0-9]+/g, " ").trim();
  return n || null;
}
