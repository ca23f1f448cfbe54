import { hash } from "node:crypto";

/** Only ASCII: NFC leaves such text as it is, so the (costly) normalisation can be skipped. */
const NON_ASCII = /[^\x00-\x7f]/;
/** Whitespace the normal form changes beyond a line break: other kinds, runs, or at either end. */
const IRREGULAR_SPACE = /[^\S \n]|\s\s|^\s|\s$/;

/** The identity of a text: whitespace and Unicode form do not make a new version. */
export function contentHash(text: string): string {
  const nfc = NON_ASCII.test(text) ? text.normalize("NFC") : text;
  // dataset rows ("column: value" lines) only need their line breaks made spaces: no regex replace, less garbage
  const normal = IRREGULAR_SPACE.test(nfc) ? nfc.replace(/\s+/g, " ").trim() : nfc.replaceAll("\n", " ");
  return hash("sha256", normal, "hex");
}
