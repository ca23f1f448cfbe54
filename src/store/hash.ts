import { createHash } from "node:crypto";

/** The identity of a text: whitespace and Unicode form do not make a new version. */
export function contentHash(text: string): string {
  const normal = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normal).digest("hex");
}
