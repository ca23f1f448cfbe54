import { FIXED, SCALES, TENS, UNITS } from "./data/numbers.js";

/** A number found in text: offsets into the string searched, and its value. */
export interface NumberMention {
  start: number;
  end: number;
  value: number;
}

const WORD = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].filter((w) => w !== "a" && w !== "an");
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = `(?:${Object.keys(SCALES).join("|")})`;
const WORDS = `(?:${WORD.join("|")})(?:[\\s-]+(?:and[\\s-]+)?(?:${WORD.join("|")}))*`;
const FIXED_RE = Object.keys(FIXED).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, "\\s+")).join("|");
const NUMBER_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.,])(?:(${DIGITS})(?:\s*(${SCALE})\b)?|(${FIXED_RE})|(${WORDS}))(?![\p{L}\p{N}_])`,
  "giu",
);

const BARE_SCALE = new RegExp(`^${SCALE}(?:[\\s-]+${SCALE})*$`, "iu");

/** Value of a run of number words ("thirty-eight", "two hundred and five", "1.45 million"); null if not a number. */
export function wordsToNumber(words: string): number | null {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  if (parts.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const p of parts) {
    if (p in UNITS) {
      current += UNITS[p];
      seen = true;
    } else if (p in TENS) {
      current += TENS[p];
      seen = true;
    } else if (p in SCALES) {
      const scale = SCALES[p];
      if (!seen) current = 1;
      if (scale >= 1000) {
        total += current * scale;
        current = 0;
      } else current *= scale;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** Every number in `text` (digits with separators and scales, number words, "a dozen"). */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_RE.exec(text)) !== null) {
    let value: number | null = null;
    if (m[1] !== undefined) {
      value = Number(m[1].replace(/,/g, ""));
      if (m[2]) value = Math.round(value * SCALES[m[2].toLowerCase()]);
    } else if (m[3] !== undefined) {
      value = FIXED[m[3].toLowerCase().replace(/\s+/g, " ")] ?? null;
    } else if (m[4] !== undefined) {
      // "several thousand people", "many hundred": a scale word without a count of its own is no number ("a thousand" is)
      if (BARE_SCALE.test(m[4]) && !/\b(?:a|an|one)\s+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      value = wordsToNumber(m[4]);
    }
    if (value !== null && Number.isFinite(value)) out.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return out;
}
