import { open, stat } from "node:fs/promises";

/** Reads a file as strict UTF-8, refusing what is not text, with a message that says why. */
export async function readTextFile(path: string, maxBytes: number): Promise<{ text: string } | { error: string }> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return { error: "not a regular file" };
    size = s.size;
  } catch (e) {
    return { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  if (size === 0) return { error: "empty file" };
  if (size > maxBytes) {
    return { error: `file too large: ${(size / 1048576).toFixed(1)} MB exceeds the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-mb)` };
  }
  const fh = await open(path, "r");
  let buf: Buffer;
  try {
    buf = Buffer.alloc(size);
    await fh.read(buf, 0, size, 0);
  } finally {
    await fh.close();
  }
  return decodeText(buf);
}

/** Strict UTF-8 decode; binary (NUL bytes) and invalid sequences are errors, not mojibake. */
export function decodeText(buf: Uint8Array): { text: string } | { error: string } {
  const nul = buf.indexOf(0);
  if (nul >= 0) return { error: `binary content (NUL byte at offset ${nul}), not text` };
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
    if (!text.trim()) return { error: "no text (only whitespace)" };
    return { text };
  } catch {
    const at = firstInvalidUtf8(buf);
    return { error: `invalid UTF-8${at >= 0 ? ` at byte ${at}` : ""}` };
  }
}

function firstInvalidUtf8(buf: Uint8Array): number {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = buf.length;
  // Binary search for the shortest invalid prefix (ignoring a truncated last character).
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo < buf.length ? lo : -1;
}
