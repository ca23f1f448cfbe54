import { hash } from "node:crypto";

/** Only ASCII: NFC leaves such text as it is, so the (costly) normalisation can be skipped. */
const NON_ASCII = /[^\x00-\x7f]/;
/** Whitespace the normal form changes beyond a line break: other kinds, runs, or at either end. */
const IRREGULAR_SPACE = /[^\S \n]|\s\s|^\s|\s$/;
/** Anything but printable ASCII and single inner line breaks or spaces (one test for the common case: a dataset row). */
const NOT_PLAIN = /[^\x20-\x7e\n]|\s\s|^\s|\s$/;

/** The identity of a text (a report's content hash: the store's, made here so that a reader can make it where it reads the text): whitespace and Unicode form do not make a new version. */
export function contentHash(text: string): string {
  if (!NOT_PLAIN.test(text)) {
    // printable ASCII with single line breaks ("column: value" lines): its bytes are its characters, and the normal
    // form only makes the line breaks spaces, done in the bytes handed to the hash (no second string, no UTF-8 pass)
    const bytes = Buffer.from(text, "latin1");
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) bytes[i] = 32;
    return hash("sha256", bytes, "hex");
  }
  const nfc = NON_ASCII.test(text) ? text.normalize("NFC") : text;
  const normal = IRREGULAR_SPACE.test(nfc) ? nfc.replace(/\s+/g, " ").trim() : nfc.replaceAll("\n", " ");
  return hash("sha256", normal, "hex");
}
