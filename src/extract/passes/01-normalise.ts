/**
 * Pass 01: normalisation. Typographic variants (curly quotes, dashes, non-breaking and zero-width spaces),
 * control characters, HTML tags and entities are made plain so that later passes need one spelling only.
 * The result keeps a map from every normalised offset back to the original text, so evidence always points
 * into what the source published.
 */

export interface Normalised {
  text: string;
  /** `map[i]` is the original offset of normalised character i; `map[text.length]` = original length. */
  map: Int32Array | null;
}

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "-", mdash: "-", rsquo: "'", lsquo: "'",
  rdquo: '"', ldquo: '"', hellip: "...",
};

const SPECIAL_SRC = "[\\u2018-\\u201f\\u2032\\u2033\\u00b4\\u0060\\u00ab\\u00bb\\u2010-\\u2015\\u2212\\u00a0\\u2000-\\u200d\\u202f\\u3000\\ufeff\\u00ad\\u0000-\\u0009\\u000b-\\u001f]";
const SPECIAL = new RegExp(SPECIAL_SRC);
const SPECIAL_G = new RegExp(SPECIAL_SRC, "g");

/** One-for-one character replacements (length preserving). */
function plainChar(c: number): number {
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032 || c === 0x00b4 || c === 0x0060) return 0x27; // '
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033 || c === 0x00ab || c === 0x00bb) return 0x22; // "
  if (c >= 0x2010 && c <= 0x2015) return 0x2d; // dashes → -
  if (c === 0x2212) return 0x2d;
  if (c === 0x00a0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) return 0x20;
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x00ad) return 0x20;
  if (c === 0x0d) return 0x0a;
  if (c < 0x20 && c !== 0x0a && c !== 0x09) return 0x20;
  if (c === 0x09) return 0x20;
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogates kept as they are
  return c;
}

/** Normalises `input`; HTML tags become spaces and entities their character, with the offset map kept. */
export function normalise(input: string): Normalised {
  const hasMarkup = input.indexOf("<") >= 0 || input.indexOf("&") >= 0;
  if (!hasMarkup) {
    // length preserving: offsets stay the same, no map needed
    const text = SPECIAL.test(input) ? input.replace(SPECIAL_G, (ch) => String.fromCharCode(plainChar(ch.charCodeAt(0)))) : input;
    return { text, map: null };
  }
  const chars: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === "<") {
      const close = input.indexOf(">", i + 1);
      const body = close > 0 && close - i < 2000 ? input.slice(i + 1, close) : null;
      if (body !== null && /^\/?[a-zA-Z!?][^<]*$/.test(body)) {
        // a tag: one space (block tags give a paragraph break so sentences do not run together)
        const block = /^\/?(?:p|div|br|li|h[1-6]|tr|td|section|article|header|footer|ul|ol|table|blockquote)\b/i.test(body);
        chars.push(block ? "\n" : " ");
        map.push(i);
        i = close + 1;
        continue;
      }
    } else if (ch === "&") {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(input.slice(i, i + 12));
      if (m) {
        const name = m[1];
        let rep: string | undefined;
        if (name[0] === "#") {
          const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
          rep = code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
        } else rep = ENTITIES[name.toLowerCase()];
        if (rep !== undefined) {
          for (const r of rep) {
            chars.push(String.fromCharCode(plainChar(r.charCodeAt(0))));
            map.push(i);
          }
          i += m[0].length;
          continue;
        }
      }
    }
    chars.push(String.fromCharCode(plainChar(input.charCodeAt(i))));
    map.push(i);
    i++;
  }
  map.push(input.length);
  return { text: chars.join(""), map: Int32Array.from(map) };
}

/** The original offset of normalised offset `i`. */
export function toOriginal(n: Normalised, i: number): number {
  if (!n.map) return i;
  if (i <= 0) return n.map.length ? n.map[0] : 0;
  if (i >= n.map.length) return n.map[n.map.length - 1];
  return n.map[i];
}

/** An original-text span for normalised [start, end). */
export function spanToOriginal(n: Normalised, start: number, end: number): { start: number; end: number } {
  if (!n.map) return { start, end };
  const s = toOriginal(n, start);
  // the end maps past the last character it covers
  const e = end > start ? toOriginal(n, end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
