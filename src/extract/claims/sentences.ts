/** A sentence as character offsets into the original text. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Tokens whose full stop does not end a sentence ("Lt. Gen.", "D.I. Khan", "No. 3"). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "brig", "sgt", "cpl", "sep", "hav", "st", "no", "nos",
  "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "govt", "dept", "rs",
  "u.s", "u.k", "u.n", "a.m", "p.m", "i.e", "e.g", "d.i", "d.g", "approx", "est", "inc", "ltd", "co", "jr", "sr", "mt",
]);

/**
 * Splits text into sentences, keeping offsets into the original string. Paragraph and line breaks
 * always end a sentence; a full stop, "?" or "!" ends one when followed by space and a capital, digit or
 * quote, unless it closes an abbreviation or a single-letter initial. Trailing quotes stay with their
 * sentence. Cheap and allocation-light: the claims pass runs it on every report.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    if (c !== 46 && c !== 63 && c !== 33) continue; // . ? !
    let j = i + 1;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 0xa0)) k++;
    if (k < n && text.charCodeAt(k) !== 10 && !OPENS_SENTENCE.test(text[k])) continue;
    if (c === 46) {
      // the word ending at this full stop
      let w = i - 1;
      while (w >= 0 && i - w < 12 && WORD_OR_DOT.test(text[w])) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (word.length === 1 && LETTER.test(word)) continue; // an initial: "D.I. Khan", "A. Khan"
      if (ABBREVIATIONS.has(word)) continue;
      if (INITIALS.test(word)) continue; // "d.i", "u.s"
    }
    push(j);
    start = j;
  }
  push(n);
  return out;
}

const CLOSERS = new Set([34, 39, 0x201d, 0x2019, 41, 93]); // " ' ” ’ ) ]
const OPENS_SENTENCE = /[\p{Lu}\d"“‘'(]/u;
const WORD_OR_DOT = /[\p{L}.]/u;
const LETTER = /\p{L}/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000;
}
