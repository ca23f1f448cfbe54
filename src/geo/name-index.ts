import type { GazetteerEntry } from "./data-types.js";
import { nameTokens } from "./normalize.js";

/** Words after a name that show it is used as a place ("Tank district", "Bara bazaar"). */
const PLACE_WORDS = new Set([
  "district", "districts", "tehsil", "area", "areas", "valley", "town", "city", "village", "villages", "bazaar", "bazar",
  "market", "border", "province", "road", "highway", "agency", "subdivision", "sub", "region", "cantonment", "cantt",
  "checkpost", "check", "post", "police", "crossing", "camp", "fort",
]);
/** Words before a name that show it is used as a place ("in Tank", "near Bara"). */
const PLACE_PREPS = new Set(["in", "near", "at", "from", "of", "to", "outside", "inside", "around", "across", "toward", "towards", "into", "via"]);

/** A gazetteer name found in text: the character span and the entries it may refer to. */
export interface NameHit {
  start: number;
  end: number;
  entries: number[];
  /** What the words around the name say it is ("Khost provincial ...", "the city of Kandahar"). */
  hint?: "province" | "district" | "town";
}

interface Seq {
  rest: string[];
  entries: number[];
  /** The name is an ordinary word too: needs a place-like position. */
  ambiguous: boolean;
}

/**
 * Token-keyed index of every gazetteer name and alias: the first token maps to the names starting with it,
 * longest first, so a scan of the text costs one map look-up per word.
 */
export class NameIndex {
  private readonly byFirst = new Map<string, Seq[]>();

  /** `ambiguousWords`: name keys (see nameKey) that are ordinary words too (data/geo/curated/ambiguous-words.txt). */
  constructor(entries: GazetteerEntry[], ambiguousWords: Iterable<string> = []) {
    const amb = new Set(ambiguousWords);
    const seqs = new Map<string, Seq>();
    entries.forEach((e, i) => {
      const names = new Set([e.name, ...e.aliases, ...derivedNames(e)]);
      for (const n of names) {
        const toks = nameTokens(n);
        if (toks.length === 0) continue;
        const key = toks.join(" ");
        let s = seqs.get(key);
        if (!s) {
          s = { rest: toks.slice(1), entries: [], ambiguous: false };
          seqs.set(key, s);
          const list = this.byFirst.get(toks[0]) ?? [];
          list.push(s);
          this.byFirst.set(toks[0], list);
        }
        if (!s.entries.includes(i)) s.entries.push(i);
        // Ambiguous when the name is listed as an ordinary word, or when every entry bearing it is flagged.
        if (amb.has(key)) s.ambiguous = true;
        else s.ambiguous = s.entries.every((j) => entries[j].ambiguousWord === true);
      }
    });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  }

  /** Every name in `text`, leftmost-longest, left to right; names must start with a capital letter. */
  scan(text: string): NameHit[] {
    const toks = tokenize(text);
    const hits: NameHit[] = [];
    for (let i = 0; i < toks.length; i++) {
      // Only words starting with a capital letter or digit can start a name ("tank", "bara" are words).
      const c = text.charCodeAt(toks[i].s);
      if (!(c >= 65 && c <= 90) && !(c >= 48 && c <= 57) && !(c > 127 && text[toks[i].s] !== text[toks[i].s].toLowerCase())) continue;
      const list = this.byFirst.get(keyOf(text, toks[i]));
      if (!list) continue;
      let matched: Seq | null = null;
      for (const s of list) {
        if (i + s.rest.length >= toks.length) continue;
        let ok = true;
        for (let j = 0; j < s.rest.length && ok; j++) {
          const a = toks[i + j], b = toks[i + j + 1];
          ok = joinable(text, a.e, b.s) && keyOf(text, b) === s.rest[j];
        }
        if (ok) {
          matched = s;
          break;
        }
      }
      if (!matched) continue;
      const last = toks[i + matched.rest.length];
      if (matched.ambiguous && !placeLike(text, toks, i, i + matched.rest.length)) continue;
      const hint = kindHint(text, toks, i, i + matched.rest.length);
      hits.push(hint ? { start: toks[i].s, end: last.e, entries: matched.entries, hint } : { start: toks[i].s, end: last.e, entries: matched.entries });
      i += matched.rest.length;
    }
    return hits;
  }
}

interface Tok {
  s: number;
  e: number;
  /** Lower-case, accent-free form; computed on first use. */
  k?: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Word tokens (letters and digits) with their offsets; a hand-written loop, faster than a global regex. */
function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let start = -1;
  for (let p = 0; p <= text.length; p++) {
    const c = p < text.length ? text.charCodeAt(p) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && WORD_CHAR.test(text[p]));
    if (word) {
      if (start < 0) start = p;
    } else if (start >= 0) {
      toks.push({ s: start, e: p });
      start = -1;
    }
  }
  return toks;
}

function keyOf(text: string, t: Tok): string {
  if (t.k !== undefined) return t.k;
  const w = text.slice(t.s, t.e);
  let ascii = true;
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 127) { ascii = false; break; }
  t.k = ascii ? w.toLowerCase() : nameTokens(w).join("");
  return t.k;
}

/** "X province/provincial", "province of X" → province; "X district", "district of X" → district; "city of X", "X city" → town. */
function kindHint(text: string, toks: Tok[], i: number, last: number): NameHit["hint"] | undefined {
  const next = toks[last + 1];
  if (next && next.s - toks[last].e <= 1) {
    const k = keyOf(text, next);
    if (k === "province" || k === "provincial" || k === "provinces") return "province";
    if (k === "district" || k === "districts") return "district";
    if (k === "city") return "town";
  }
  const p1 = toks[i - 1], p2 = toks[i - 2];
  if (p1 && p2 && keyOf(text, p1) === "of" && toks[i].s - p1.e <= 1) {
    const k = keyOf(text, p2);
    if (k === "province") return "province";
    if (k === "district") return "district";
    if (k === "city" || k === "town") return "town";
  }
  return listHint(text, toks, i, last);
}

/**
 * A name inside a list the plural names: "the provinces of Paktika and Khost", "Kunar and Nangarhar provinces"
 * (only capitalised words and "and" between).
 */
function listHint(text: string, toks: Tok[], i: number, last: number): NameHit["hint"] | undefined {
  // (provinces only: a district list, "the districts of Bannu, Lakki Marwat and Tank", names districts already)
  const plural = (k: string) => (k === "provinces" ? "province" : undefined);
  const inList = (t: Tok) => /^\p{Lu}/u.test(text[t.s]) || keyOf(text, t) === "and";
  const linked = (a: Tok, b: Tok) => /^[\s,]*$/.test(text.slice(a.e, b.s)) && b.s - a.e <= 3;
  let sawAnd = false;
  for (let j = i - 1, n = 0; j >= 1 && n < 8 && linked(toks[j], toks[j + 1]); j--, n++) {
    const k = keyOf(text, toks[j]);
    if (k === "of") return plural(keyOf(text, toks[j - 1]));
    if (!inList(toks[j])) break;
    if (k === "and") sawAnd = true;
  }
  sawAnd = false;
  for (let j = last + 1, n = 0; j < toks.length && n < 8 && linked(toks[j - 1], toks[j]); j++, n++) {
    const k = keyOf(text, toks[j]);
    const h = plural(k);
    if (h) return sawAnd ? h : undefined;
    if (!inList(toks[j])) break;
    if (k === "and") sawAnd = true;
  }
  return undefined;
}

/** Tokens of one name are separated by spaces, hyphens, dots or apostrophes only ("D.I. Khan", "Takht-e-Nasrati"). */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let p = from; p < to; p++) {
    const ch = text[p];
    if (ch !== " " && ch !== "-" && ch !== "." && ch !== "'" && ch !== "’" && ch !== "\u2011" && ch !== "–") return false;
  }
  return true;
}

/** An ambiguous word counts as a place after a preposition, before a place word, or inside a sentence after a comma. */
function placeLike(text: string, toks: Tok[], i: number, last: number): boolean {
  const next = toks[last + 1];
  if (next && next.s - toks[last].e <= 2 && PLACE_WORDS.has(keyOf(text, next))) return true;
  const prev = toks[i - 1];
  if (prev && PLACE_PREPS.has(keyOf(text, prev)) && /^[\s]+$/.test(text.slice(prev.e, toks[i].s))) return true;
  // "Wana, South Waziristan" / "Mir Ali and Tank": a comma-separated list of places.
  if (prev && /^,\s*$/.test(text.slice(prev.e, toks[i].s))) return true;
  // A dateline ("TANK: ...") at the start of a line.
  const before = text.slice(Math.max(0, toks[i].s - 2), toks[i].s);
  const after = text.slice(toks[last].e, toks[last].e + 1);
  return (toks[i].s === 0 || before.endsWith("\n")) && (after === ":" || after === ",");
}

/** Names every district and province also goes by ("Bannu district", "Kurram agency", "Balochistan province"). */
function derivedNames(e: GazetteerEntry): string[] {
  // "Sarobi district", "Bermal district": every spelling of a district with the word after it
  if (e.kind === "district") return [e.name, ...e.aliases].filter((n) => !/\bdistrict$/i.test(n)).map((n) => `${n} district`);
  if (e.kind === "province") return [`${e.name} province`];
  return [];
}
