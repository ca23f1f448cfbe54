import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ABBREVIATIONS } from "../data/abbreviations.js";

/**
 * Pass 02: sentences, with wink-nlp's sentence boundary model (no tagging, which the later passes do not need)
 * where a line needs it. Sentences never cross a line break (headlines, datelines and roundup items stand
 * alone), and a full stop after an abbreviation such as "D.I." or "Lt." does not end one.
 */
export interface Sentence {
  start: number;
  end: number;
  /** Paragraph number, counting blocks separated by blank lines. */
  paragraph: number;
}

export interface Segmented {
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The shared wink-nlp instance (sentence boundaries only). */
export function winkSbd(): Nlp {
  if (!nlp) nlp = winkNLP(model, ["sbd"]);
  return nlp;
}

const ABBREV_END = new RegExp(`(?:\\b(?:[A-Z]\\.){1,3}|\\b(?:${ABBREVIATIONS.join("|")}))\\.$`);

/**
 * Words whose full stop wink's model reads as an abbreviation (its lexicon's `isAbbrev` and `sbdHint` entries,
 * lower-cased, without the stop): after these the model decides by the words that follow, so a line holding
 * one is left to wink.
 */
const WINK_ABBREVIATIONS = new Set([
  "a", "a.d", "a.m", "ala", "anon", "approx", "apr", "apt", "ariz", "ark", "assoc", "aug", "ave", "b", "b.c", "brig", "c", "calif", "capt", "co", "col", "colo",
  "conn", "corp", "ct", "d", "d.c", "d.o.a", "dec", "del", "doz", "dr", "e.g", "eg", "esq", "etc", "feb", "fig", "figs", "fla", "floreant", "fri", "ft", "g.i",
  "ga", "gal", "gen", "gov", "ha", "hon", "i.e", "ie", "ill", "in", "inc", "ind", "jan", "jos", "jr", "jul", "jun", "kan", "kans", "kn", "ky", "la", "lb",
  "llp", "lt", "ltd", "mar", "mass", "md", "messrs", "mgmt", "mi", "mich", "minn", "miss", "mo", "mon", "mont", "mr", "mrs", "ms", "mt", "n.c", "n.dak",
  "n.h", "n.j", "n.mex", "n.y", "neb", "nebr", "nev", "no", "nol.pros", "nos", "nov", "o.d", "o.k", "oct", "okla", "ore", "oz", "p.m", "pa", "pct", "pp",
  "prof", "pt", "pty", "qt", "r.c", "r.i", "rd", "rep", "reps", "rit", "rs", "s.c", "sat", "sen", "sep", "sept", "sgt", "shri", "smt", "sr", "st", "ste",
  "sun", "tbsp", "tenn", "tex", "thu", "tsp", "tue", "va", "viz", "vs", "vt", "w.va", "wash", "wed", "wisc", "wyo", "yd",
]);

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The sentence ends wink's boundary model gives a plain line, or null when the line is not plain. Plain: printable
 * ASCII only, and every ".", "?" or "!" closes a word of two or more letters or digits standing after a space (no
 * abbreviation of the model's lexicon) and is followed by the line's end or by spaces and a letter, digit or "(".
 * Wink ends a sentence at each of those and nowhere else in such a line (its model only starts a boundary at a
 * stop, "?", "!", an abbreviation or a blank line); anything else (quotes or brackets at a stop, dashes after it,
 * initials, decimals, abbreviations, other scripts) goes to wink itself.
 */
function plainEnds(text: string, from: number, to: number, out: number[]): boolean {
  out.length = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return false;
    if (c !== 46 && c !== 63 && c !== 33) continue;
    let w = i;
    while (w > from && isAlnum(text.charCodeAt(w - 1))) w--;
    if (i - w < 2 || (w > from && text.charCodeAt(w - 1) !== 32)) return false;
    if (c === 46 && i - w <= 8 && WINK_ABBREVIATIONS.has(text.slice(w, i).toLowerCase())) return false;
    let j = i + 1;
    if (j < to) {
      if (text.charCodeAt(j) !== 32) return false;
      while (j < to && text.charCodeAt(j) === 32) j++;
      if (j < to && !isAlnum(text.charCodeAt(j)) && text.charCodeAt(j) !== 40) return false;
    }
    out.push(i + 1);
  }
  return true;
}

/** Wink's sentences of text[from, to) as [start, end) offsets into `text`, appended to `raw`. */
function winkSentences(text: string, from: number, to: number, raw: Array<[number, number]>): void {
  const n = winkSbd();
  const its = n.its;
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const doc = n.readDoc(part);
  const first = raw.length;
  // Sentence texts come back verbatim (wink keeps each token's preceding spaces), so each is found by a
  // forward search; only when that fails are token offsets walked (slower: every token's value).
  const sents = doc.sentences().out() as string[];
  let cursor = 0;
  let ok = true;
  for (const st of sents) {
    const t = st.replace(/^\s+/, "");
    if (!t) continue;
    const at = part.startsWith(t, cursor) ? cursor : part.indexOf(t, cursor);
    if (at < 0 || at - cursor > 400) {
      ok = false;
      break;
    }
    raw.push([from + at, from + at + t.length]);
    cursor = at + t.length;
  }
  if (!ok) {
    raw.length = first;
    const values = doc.tokens().out(its.value) as string[];
    const starts = new Int32Array(values.length);
    const ends = new Int32Array(values.length);
    cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      let at = part.startsWith(v, cursor) ? cursor : part.indexOf(v, cursor);
      if (at < 0 || at - cursor > 200) at = cursor;
      starts[i] = at;
      ends[i] = Math.min(part.length, at + v.length);
      cursor = ends[i];
    }
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const span = s.out(its.span) as unknown as [number, number];
      if (!span || span[0] == null || values.length === 0) return;
      raw.push([from + starts[span[0]], from + ends[Math.min(span[1], values.length - 1)]]);
    });
  }
}

/**
 * Splits `text` into sentences; offsets are into `text`. Sentences never cross a line break, so each line is
 * read alone: a plain line (`plainEnds`) by its stops, any other by wink's boundary model (the same ends wink
 * gives for the whole text; bench/extract/same-output.ts compares), then abbreviations are merged as before.
 */
export function segment(text: string): Segmented {
  const raw: Array<[number, number]> = [];
  const ends: number[] = [];
  for (let ls = 0; ls <= text.length; ) {
    let le = text.indexOf("\n", ls);
    if (le < 0) le = text.length;
    let s = ls;
    while (s < le && text.charCodeAt(s) === 32) s++;
    let e = le;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    if (e > s) {
      if (plainEnds(text, s, e, ends)) {
        let a = s;
        for (const b of ends) {
          if (b > a) raw.push([a, b]);
          a = b;
          while (a < e && text.charCodeAt(a) === 32) a++;
        }
        if (a < e) raw.push([a, e]);
      } else winkSentences(text, ls, le, raw);
    }
    ls = le + 1;
  }
  if (raw.length === 0 && text.trim()) raw.push([0, text.length]);
  // split at line breaks, merge after abbreviations
  const pieces: Array<[number, number]> = [];
  for (const [s, e] of raw) {
    let a = s;
    for (let i = s; i < e; i++) {
      if (text.charCodeAt(i) === 10) {
        if (text.slice(a, i).trim()) pieces.push([a, i]);
        a = i + 1;
      }
    }
    if (text.slice(a, e).trim()) pieces.push([a, e]);
  }
  const merged: Array<[number, number]> = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && !text.slice(last[1], p[0]).includes("\n") && ABBREV_END.test(text.slice(Math.max(last[0], last[1] - 12), last[1])) && /^\s*[A-Z(\d]/.test(text.slice(p[0], p[0] + 3))) {
      last[1] = p[1];
    } else merged.push([p[0], p[1]]);
  }
  // trim and number paragraphs
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const [s0, e0] of merged) {
    let s = s0;
    let e = e0;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e <= s) continue;
    if (/\n\s*\n/.test(text.slice(prevEnd, s))) paragraph++;
    sentences.push({ start: s, end: e, paragraph });
    prevEnd = e;
  }
  return { sentences };
}
