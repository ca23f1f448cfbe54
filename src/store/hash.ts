import { hash } from "node:crypto";

/** Only ASCII: NFC leaves such text as it is, so the (costly) normalisation can be skipped. */
const NON_ASCII = /[^\x00-\x7f]/;

/** The identity of a text: whitespace and Unicode form do not make a new version. */
export function contentHash(text: string): string {
  const nfc = NON_ASCII.test(text) ? text.normalize("NFC") : text;
  return hash("sha256", nfc.replace(/\s+/g, " ").trim(), "hex");
}
