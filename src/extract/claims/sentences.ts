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
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== "." && ch !== "?" && ch !== "!") continue;
    let j = i + 1;
    while (j < n && /["'”’)\]]/.test(text[j])) j++;
    if (j < n && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && (text[k] === " " || text[k] === "\t" || text[k] === "\u00a0")) k++;
    if (k < n && text[k] !== "\n" && !/[\p{Lu}\d"“‘'(]/u.test(text[k])) continue;
    if (ch === ".") {
      // the word ending at this full stop
      let w = i - 1;
      while (w >= 0 && /[\p{L}.]/u.test(text[w])) w--;
      const word = text.slice(w + 1, i).toLowerCase();
      if (word.length === 1 && /\p{L}/u.test(word)) continue; // an initial: "D.I. Khan", "A. Khan"
      if (ABBREVIATIONS.has(word)) continue;
      if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) continue; // "d.i", "u.s"
    }
    push(j);
    start = j;
  }
  push(n);
  return out;
}
