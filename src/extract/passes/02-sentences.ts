import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ABBREVIATIONS } from "../data/abbreviations.js";

/**
 * Pass 02: sentences and tokens with wink-nlp (sentence boundary detection only: no tagging, which the
 * later passes do not need). Sentences never cross a line break (headlines, datelines and roundup items
 * stand alone), and a full stop after an abbreviation such as "D.I." or "Lt." does not end one.
 */
export interface Sentence {
  start: number;
  end: number;
  /** Paragraph number, counting blocks separated by blank lines. */
  paragraph: number;
}

export interface Segmented {
  sentences: Sentence[];
  tokens: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The shared wink-nlp instance (sentence boundaries only). */
export function winkSbd(): Nlp {
  if (!nlp) nlp = winkNLP(model, ["sbd"]);
  return nlp;
}

const ABBREV_END = new RegExp(`(?:\\b(?:[A-Z]\\.){1,3}|\\b(?:${ABBREVIATIONS.join("|")}))\\.$`);

/** Splits `text` into sentences; offsets are into `text`. */
export function segment(text: string): Segmented {
  const n = winkSbd();
  const its = n.its;
  const doc = n.readDoc(text);
  // Sentence texts come back verbatim (wink keeps each token's preceding spaces), so each is found by a
  // forward search; only when that fails are token offsets walked (slower: every token's value).
  const raw: Array<[number, number]> = [];
  const sents = doc.sentences().out() as string[];
  const tokens = doc.tokens().length();
  let cursor = 0;
  let ok = true;
  for (const st of sents) {
    const t = st.replace(/^\s+/, "");
    if (!t) continue;
    const at = text.startsWith(t, cursor) ? cursor : text.indexOf(t, cursor);
    if (at < 0 || at - cursor > 400) {
      ok = false;
      break;
    }
    raw.push([at, at + t.length]);
    cursor = at + t.length;
  }
  if (!ok) {
    raw.length = 0;
    const values = doc.tokens().out(its.value) as string[];
    const starts = new Int32Array(values.length);
    const ends = new Int32Array(values.length);
    cursor = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      let at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
      if (at < 0 || at - cursor > 200) at = cursor;
      starts[i] = at;
      ends[i] = Math.min(text.length, at + v.length);
      cursor = ends[i];
    }
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const span = s.out(its.span) as unknown as [number, number];
      if (!span || span[0] == null || values.length === 0) return;
      raw.push([starts[span[0]], ends[Math.min(span[1], values.length - 1)]]);
    });
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
  return { sentences, tokens };
}
