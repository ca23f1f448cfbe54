/**
 * A lexicon's alternation, matched as `new RegExp("(?<![W])(?:(a1)|(a2)|…)(?![W])", "g" + flags)` would be,
 * but faster. V8 pays for every capturing group at every position it tries, and a case-insensitive
 * alternation costs about twice a case-sensitive one; so the text is scanned with the same alternatives
 * without groups (and, when ignoring case, on its ASCII-lower-cased copy), and only at a match is the
 * alternative told, by whole-match tests of the few alternatives that can start with its first character.
 * The matches and the alternative of each are the same as the single regex's.
 */

export interface AltMatch {
  index: number;
  /** The matched text (m[0]). */
  text: string;
  /** Index of the alternative that matched, into the list given to the constructor; -1 if none said. */
  alt: number;
}

/** Characters outside ASCII that have no case and that nothing folds to (dashes, spaces, quotes): safe to match without "i". */
const CASELESS = /^[\u00a0\u00ad\u2010-\u2015\u2018\u2019\u201c\u201d]$/;

/** True when `src` matches the same in ASCII-lower-cased text without "i" as in any text with "i". */
function lowerable(src: string): boolean {
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) {
      // an escape: \uXXXX must be caseless; letters other than s, d, b, w (and their negations) are not handled
      const n = src[i + 1] ?? "";
      if (n === "u") {
        const h = src.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(h) || !CASELESS.test(String.fromCharCode(parseInt(h, 16)))) return false;
        i += 5;
      } else if (/[A-Za-z]/.test(n) && !/[sdbwSDBW]/.test(n)) return false;
      else i++;
      continue;
    }
    if (c >= 65 && c <= 90) return false; // an upper-case letter would need lower-casing with care
    if (c >= 128 && !CASELESS.test(src[i])) return false;
  }
  return true;
}

/** `[...]` matching exactly the characters that `[body]` matches under the "i" flag (no "u"). */
function foldedClass(body: string): string {
  const re = new RegExp(`[${body}]`, "i");
  let out = "";
  let runStart = -1;
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  for (let c = 0; c <= 0x10000; c++) {
    const inside = c < 0x10000 && re.test(String.fromCharCode(c));
    if (inside && runStart < 0) runStart = c;
    if (!inside && runStart >= 0) {
      out += runStart === c - 1 ? hex(runStart) : `${hex(runStart)}-${hex(c - 1)}`;
      runStart = -1;
    }
  }
  return `[${out}]`;
}

/** A-Z to a-z, every other character as it is (so offsets and non-ASCII letters stay). */
export function lowerAscii(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  return s.replace(/[A-Z]+/g, (w) => w.toLowerCase());
}

/** Characters that can begin a match of `src`, or null when that cannot be told (or it can match empty). */
export function firstChars(src: string, ignoreCase: boolean): Set<number> | null {
  const r = seq(src, 0, ignoreCase);
  if (!r || r.unknown || r.nullable || r.end !== src.length) return null;
  return r.chars;
}

interface SeqResult {
  chars: Set<number>;
  /** A character that may begin a match could not be told. */
  unknown: boolean;
  nullable: boolean;
  end: number;
}

/** Parses alternatives from `i` up to an unmatched ")" or the end; null when the syntax is not followed. */
function seq(src: string, i: number, ic: boolean): SeqResult | null {
  const chars = new Set<number>();
  let unknown = false;
  let nullable = false;
  let branchNullable = true; // the current branch has required nothing so far
  while (i <= src.length) {
    if (i === src.length || src[i] === ")" || src[i] === "|") {
      if (branchNullable) nullable = true;
      if (i < src.length && src[i] === "|") {
        branchNullable = true;
        i++;
        continue;
      }
      return { chars, unknown, nullable, end: i };
    }
    const a = atom(src, i, ic);
    if (!a) return null;
    let j = a.end;
    let optional = a.nullable;
    const q = /^(?:[?*+]|\{(\d*)(?:,\d*)?\})\??/.exec(src.slice(j, j + 16));
    if (q) {
      if (q[0][0] === "?" || q[0][0] === "*" || (q[0][0] === "{" && Number(q[1] || 0) === 0)) optional = true;
      j += q[0].length;
    }
    if (branchNullable && !a.zeroWidth) {
      if (a.chars === null) unknown = true;
      else for (const c of a.chars) chars.add(c);
      if (!optional) branchNullable = false;
    }
    i = j;
  }
  return null;
}

interface AtomResult {
  /** null: any character, as far as this analysis tells. */
  chars: Set<number> | null;
  nullable: boolean;
  zeroWidth: boolean;
  end: number;
}

/** Adds `c` (and its ASCII case partner when ignoring case); false when case folding is not told here. */
function addChar(set: Set<number>, c: number, ic: boolean): boolean {
  if (ic && c >= 128) return false;
  set.add(c);
  if (ic && c >= 65 && c <= 90) set.add(c + 32);
  else if (ic && c >= 97 && c <= 122) set.add(c - 32);
  return true;
}

function atom(src: string, i: number, ic: boolean): AtomResult | null {
  const ch = src[i];
  const chars = (s: Set<number> | null, end: number): AtomResult => ({ chars: s, nullable: false, zeroWidth: false, end });
  if (ch === "(") {
    let j = i + 1;
    let zeroWidth = false;
    if (src.startsWith("?:", j)) j += 2;
    else if (src.startsWith("?=", j) || src.startsWith("?!", j)) (j += 2), (zeroWidth = true);
    else if (src.startsWith("?<=", j) || src.startsWith("?<!", j)) (j += 3), (zeroWidth = true);
    else if (src[j] === "?") return null; // named groups and the like
    const inner = seq(src, j, ic);
    if (!inner || src[inner.end] !== ")") return null;
    if (zeroWidth) return { chars: null, nullable: true, zeroWidth: true, end: inner.end + 1 };
    return { chars: inner.unknown ? null : inner.chars, nullable: inner.nullable, zeroWidth: false, end: inner.end + 1 };
  }
  if (ch === "[") {
    let j = i + 1;
    let s: Set<number> | null = new Set<number>();
    if (src[j] === "^") {
      s = null;
      j++;
    }
    let first = true;
    while (j < src.length && (src[j] !== "]" || first)) {
      first = false;
      let c = -1;
      if (src[j] === "\\") {
        const e = escapeChar(src, j);
        if (e) c = e.code;
        j = e ? e.end : j + 2;
      } else c = src.charCodeAt(j++);
      if (src[j] === "-" && j + 1 < src.length && src[j + 1] !== "]") {
        let d = -1;
        if (src[j + 1] === "\\") {
          const e = escapeChar(src, j + 1);
          if (e) d = e.code;
          j = e ? e.end : j + 3;
        } else {
          d = src.charCodeAt(j + 1);
          j += 2;
        }
        if (c < 0 || d < c || d - c > 2000) s = null;
        else for (let x = c; x <= d && s; x++) if (!addChar(s, x, ic)) s = null;
      } else if (c < 0 || (s && !addChar(s, c, ic))) s = null;
    }
    if (src[j] !== "]") return null;
    return chars(s, j + 1);
  }
  if (ch === "\\") {
    const n = src[i + 1];
    if (n === undefined) return null;
    if (n === "b" || n === "B") return { chars: null, nullable: true, zeroWidth: true, end: i + 2 };
    if (n === "d") {
      const s = new Set<number>();
      for (let c = 48; c <= 57; c++) s.add(c);
      return chars(s, i + 2);
    }
    const e = escapeChar(src, i);
    if (!e) return chars(null, i + 2); // \s, \w, back-references: any character as far as this tells
    const s = new Set<number>();
    return chars(addChar(s, e.code, ic) ? s : null, e.end);
  }
  if (ch === "^" || ch === "$") return { chars: null, nullable: true, zeroWidth: true, end: i + 1 };
  if (ch === ".") return chars(null, i + 1);
  if (ch === "*" || ch === "+" || ch === "?" || ch === "{" || ch === "}" || ch === "]") return null;
  const s = new Set<number>();
  return chars(addChar(s, src.charCodeAt(i), ic) ? s : null, i + 1);
}

/** A single-character escape at `i` ("\.", "\-", "\u2010", "\'"), or null for classes (\s, \w) and the like. */
function escapeChar(src: string, i: number): { code: number; end: number } | null {
  const n = src[i + 1];
  if (n === undefined) return null;
  if (n === "u") {
    const h = /^[0-9a-fA-F]{4}/.exec(src.slice(i + 2, i + 6));
    return h ? { code: parseInt(h[0], 16), end: i + 6 } : null;
  }
  if (n === "x") {
    const h = /^[0-9a-fA-F]{2}/.exec(src.slice(i + 2, i + 4));
    return h ? { code: parseInt(h[0], 16), end: i + 4 } : null;
  }
  if (/[A-Za-z0-9]/.test(n)) return null;
  return { code: n.charCodeAt(0), end: i + 2 };
}

const WHITE = /[^ \S]|  /;
const WHITE_G = /\s+/g;
/** Sources that are plain lower-case words and "[\s\u00a0]+" between them: the wording with single spaces. */
const SPACE_SRC = "[\\s\\u00a0]+";
function plainWords(src: string, caseSensitive: boolean): string | null {
  const w = src.split(SPACE_SRC).join(" ");
  return (caseSensitive ? /^[A-Za-z0-9' ]+$/ : /^[a-z0-9' ]+$/).test(w) && !w.includes("  ") && !w.startsWith(" ") && !w.endsWith(" ") ? w : null;
}

/** `decide`'s answer when the context around the match would have to be looked at. */
const IN_PLACE = -2;
/** Distinct matched texts remembered (bad input could make many). */
const MAX_KNOWN = 4096;

export class Alternation {
  /** The same alternatives without groups, global, for the scan. */
  private readonly scanner: RegExp;
  /** The scanner runs on lowerAscii(text). */
  readonly lowered: boolean;
  /**
   * Which alternative a match is: the first, among those that can start with its first character, whose
   * whole-match regex accepts the matched text. That is the grouped regex's choice (a regex with no
   * lookaround of its own that matches the text exactly would have matched there), except for
   * alternatives that look around themselves (beyond the match): those are tried in place.
   */
  private readonly whole: Array<RegExp | null>;
  private readonly inPlace: Array<RegExp | null>;
  private readonly byFirst: Map<number, number[]>;
  /** Alternatives that are plain words (spaces standing for runs of white space): the first for each wording. */
  private readonly literal = new Map<string, number>();
  private readonly isLiteral: boolean[];
  private readonly anyFirst: number[];
  /**
   * `which`'s answers by matched text (the same wordings, "police", "militants", recur in every report): the
   * alternative, or IN_PLACE when an in-place alternative is reached, whose answer depends on the match's context.
   */
  private readonly known = new Map<string, number>();

  /**
   * `wordClass` is the body of a character class: a match may not start right after, nor end right before,
   * one of its characters (a lookbehind and a lookahead around the alternation).
   */
  constructor(alts: string[], wordClass: string, flags: "" | "i") {
    const body = (xs: string[]) => xs.map((a) => `(${a})`).join("|");
    const groups = new RegExp(`(?:${body(alts)})|`).exec("")!.length - 1;
    if (groups !== alts.length) throw new Error("Alternation: an alternative holds a capturing group of its own");
    this.lowered = flags === "i" && alts.every(lowerable);
    const plain = alts.join("|");
    if (this.lowered) {
      const cls = foldedClass(wordClass);
      this.scanner = new RegExp(`(?<!${cls})(?:${plain})(?!${cls})`, "g");
    } else this.scanner = new RegExp(`(?<![${wordClass}])(?:${plain})(?![${wordClass}])`, flags + "g");
    const scanFlags = this.lowered ? "" : flags;
    const cls = this.lowered ? foldedClass(wordClass) : `[${wordClass}]`;
    const looksAround = (a: string) => /\(\?<?[=!]|\\b|\\B/.test(a) || /(?<!\\)\$|(?<![\\[])\^/.test(a);
    this.whole = alts.map((a) => (looksAround(a) ? null : new RegExp(`^(?:${a})$`, scanFlags)));
    this.inPlace = alts.map((a) => (looksAround(a) ? new RegExp(`(?<!${cls})(?:${a})(?!${cls})`, scanFlags + "y") : null));
    this.isLiteral = alts.map((a, k) => {
      const w = plainWords(a, scanFlags === "");
      if (w === null || this.whole[k] === null || !this.whole[k]!.test(w)) return false;
      if (!this.literal.has(w)) this.literal.set(w, k);
      return true;
    });
    const firsts = alts.map((a) => firstChars(a, scanFlags === "i"));
    this.anyFirst = alts.map((_, k) => k).filter((k) => firsts[k] === null);
    this.byFirst = new Map();
    const codes = new Set<number>();
    for (const f of firsts) if (f) for (const c of f) codes.add(c);
    for (const c of codes) this.byFirst.set(c, alts.map((_, k) => k).filter((k) => firsts[k] === null || firsts[k]!.has(c)));
  }

  /** The alternative the grouped regex takes for its match `t` at `index` of the scanned text `s`, or -1. */
  private which(s: string, index: number, t: string): number {
    let k = this.known.get(t);
    if (k === undefined) {
      k = this.decide(s, index, t);
      if (this.known.size >= MAX_KNOWN) this.known.clear();
      this.known.set(t, k);
    }
    return k === IN_PLACE ? this.decide(s, index, t, true) : k;
  }

  /** `which` by the alternatives' own tests; IN_PLACE when an in-place alternative would be tried and `inPlace` is not set. */
  private decide(s: string, index: number, t: string, inPlace = false): number {
    const cands = this.byFirst.get(t.charCodeAt(0)) ?? this.anyFirst;
    // a plain wording is looked up; only the patterns before it need a test
    const lit = this.literal.get(WHITE.test(t) ? t.replace(WHITE_G, " ") : t) ?? Infinity;
    for (let j = 0; j < cands.length; j++) {
      const k = cands[j];
      if (k >= lit) return lit;
      if (this.isLiteral[k]) continue;
      const w = this.whole[k];
      if (w !== null) {
        if (w.test(t)) return k;
        continue;
      }
      if (!inPlace) return IN_PLACE;
      const r = this.inPlace[k]!;
      r.lastIndex = index;
      if (r.test(s)) return k;
    }
    return lit === Infinity ? -1 : lit;
  }

  /** Every match in `text`, left to right, as the global grouped regex's exec loop gives them. `lower` is lowerAscii(text) if at hand. */
  matches(text: string, lower?: string): AltMatch[] {
    const out: AltMatch[] = [];
    const scanned = this.lowered ? (lower ?? lowerAscii(text)) : text;
    const { scanner } = this;
    scanner.lastIndex = 0;
    for (let m; (m = scanner.exec(scanned)) !== null; ) {
      if (m[0].length === 0) {
        scanner.lastIndex++;
        out.push({ index: m.index, text: "", alt: -1 });
        continue;
      }
      out.push({ index: m.index, text: this.lowered ? text.slice(m.index, m.index + m[0].length) : m[0], alt: this.which(scanned, m.index, m[0]) });
    }
    return out;
  }
}
