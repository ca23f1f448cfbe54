import { DOZEN, SCALES, TENS, UNITS, VAGUE, QUALIFIERS } from "../data/numbers.js";

/**
 * Pass 03: numbers. Digits ("1,200"), words ("fifty-four", "a dozen", "two dozen"), qualified amounts
 * ("at least 12", "more than 20") and ranges ("15 to 20", "between 15 and 20": the lower bound counts).
 * Vague amounts ("several", "dozens") are mentions with value null, so a count slot is filled but unknown.
 * Numbers that count nobody (ages, case and section numbers) are left out here, so no later pass sees them.
 */
export interface NumberMention {
  start: number;
  end: number;
  /** null = a vague amount. */
  value: number | null;
  qualifier: string | null;
  /** Written as a word ("three"), not digits: years and times are never words. */
  word: boolean;
}

const WORD_NUM = [...Object.keys(UNITS).filter((w) => w !== "a" && w !== "an" && w !== "no" && w !== "both" && w !== "pair" && w !== "lone" && w !== "single"), ...Object.keys(TENS)]
  .sort((a, b) => b.length - a.length)
  .join("|");
const UNIT_WORDS = Object.keys(UNITS).filter((w) => w.length > 2 && w !== "both" && w !== "pair" && w !== "lone" && w !== "single" && w !== "zero").join("|");
const QUAL = QUALIFIERS.map((q) => q.replace(/ /g, "\\s+")).sort((a, b) => b.length - a.length).join("|");
const VAG = VAGUE.filter((v) => v !== "some" && v !== "more").map((v) => v.replace(/ /g, "\\s+")).sort((a, b) => b.length - a.length).join("|");

const CORE =
  `(?:a\\s+couple(?=\\s+of\\b)|half\\s+a\\s+dozen|a\\s+(?:hundred|thousand)(?![-\\w])|(?:a|one|two|three|four|five)\\s+dozen|\\d{1,3}(?:,\\d{3})+|\\d+|` +
  `(?:(?:${WORD_NUM})(?:[-\\s](?:${UNIT_WORDS}))?(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:${WORD_NUM})(?:[-\\s](?:${UNIT_WORDS}))?)?)?))`;
const RE = new RegExp(
  `(?<![A-Za-z0-9\\u00c0-\\u024f.,])(?:(${QUAL})\\s+)?(?:between\\s+)?(${CORE})(?:\\s*(?:-|to|and|or)\\s*(${CORE}))?(?![A-Za-z0-9\\u00c0-\\u024f]|\\.\\d|,\\d)|(?<![A-Za-z0-9\\u00c0-\\u024f])(${VAG})(?![A-Za-z0-9\\u00c0-\\u024f])`,
  "gi",
);

/**
 * A digit number right after a label ("FIR No. 112", "Section 302", "case 45/2024", "Gate 3") names a thing,
 * it counts nothing: police statements cite case and penal-code numbers beside the tolls.
 */
const ID_LABEL = /(?:\b(?:no|nos|number|fir|case|cases|section|sections|sec|article|articles|clause|rule|gate|room|route|sector|block|street|plot|flight|page|chapter|resolution|ward|phase|wing|regiment|battalion|squadron|brigade)\.?|#)\s*$/i;
const isIdentifier = (text: string, start: number, end: number): boolean =>
  ID_LABEL.test(text.slice(Math.max(0, start - 16), start)) || /^\/\d/.test(text.slice(end, end + 2)) || /\d\/$/.test(text.slice(Math.max(0, start - 2), start));

/** An age ("aged 24", "a 36-year-old") counts nobody either. */
const AGE_BEFORE = /\b(?:aged|age(?: of)?|ages of|ages between)\s+(?:about\s+|around\s+)?$/i;
const AGE_AFTER = /^(?:\s*|-)(?:years?[- ]old|years? of age|yrs?\b)/i;
const isAge = (text: string, start: number, end: number): boolean =>
  AGE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || AGE_AFTER.test(text.slice(end, end + 14));
/** The next item of a list of ages ("aged seven, nine and twelve"): only a comma or "and" since the last age. */
const AGE_LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/i;

/** The value of one number core ("fifty-four", "1,200", "two dozen"). */
export function parseNumberWords(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, "").trim();
  if (/^\d+$/.test(t)) return t.length > 9 ? null : Number(t);
  if (t === "half a dozen") return 6;
  if (/^a\s+couple$/.test(t)) return 2;
  const dz = /^(\w+)\s+dozen$/.exec(t);
  if (dz) return (dz[1] === "a" ? 1 : UNITS[dz[1]] ?? 0) * DOZEN || null;
  let total = 0;
  let cur = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w === "and") continue;
    if (w in UNITS) cur += UNITS[w];
    else if (w in TENS) cur += TENS[w];
    else if (w in SCALES) cur = (cur || 1) * SCALES[w];
    else return null;
  }
  total += cur;
  return total;
}

/** Every number mention in `text`, left to right. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let guard = 0;
  let ageEnd = -1;
  const ageAt = (start: number, end: number): boolean => {
    const age = isAge(text, start, end) || (ageEnd >= 0 && start - ageEnd < 8 && AGE_LIST_GAP.test(text.slice(ageEnd, start)));
    if (age) ageEnd = end;
    return age;
  };
  while ((m = RE.exec(text)) !== null) {
    if (++guard > 200000) break;
    if (m[4]) {
      if (!ageAt(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, value: null, qualifier: null, word: true });
      continue;
    }
    const a = parseNumberWords(m[2]);
    if (a === null) continue;
    const word = !/\d/.test(m[2]);
    if (!word && !m[1] && isIdentifier(text, m.index, m.index + m[0].length)) continue;
    const rangeOk = m[3] && /\b(?:to|-|and)\b|-/.test(m[0].slice(m[0].indexOf(m[2]) + m[2].length));
    let end = m.index + m[0].length;
    let value: number | null = a;
    if (m[3]) {
      const b = parseNumberWords(m[3]);
      // "between 15 and 20", "15-20": the lower bound; "two and three" in lists are two numbers
      const isRange = rangeOk && b !== null && b > a && (/between/i.test(m[0]) || /\d\s*-\s*\d|\bto\b/i.test(m[0]));
      if (!isRange) {
        end = m.index + m[0].indexOf(m[2]) + m[2].length;
        RE.lastIndex = end;
      } else value = a;
    }
    if (ageAt(m.index, end)) continue;
    out.push({ start: m.index, end, value, qualifier: m[1] ? m[1].toLowerCase().replace(/\s+/g, " ") : null, word });
  }
  return out;
}
