import { open, stat } from "node:fs/promises";

/**
 * Why a file cannot be read as one input (missing, not a file, empty, over `maxBytes`), or its size when it can:
 * every reader asks this first so that the messages are the same whatever the kind of file.
 */
export async function checkInputFile(path: string, maxBytes = Infinity): Promise<{ size: number } | { error: string }> {
  try {
    const s = await stat(path);
    if (!s.isFile()) return { error: "not a regular file" };
    if (s.size === 0) return { error: "empty file" };
    if (s.size > maxBytes) {
      return { error: `file too large: ${(s.size / 1048576).toFixed(1)} MB exceeds the ${(maxBytes / 1048576).toFixed(0)} MB limit (--max-mb)` };
    }
    return { size: s.size };
  } catch (e) {
    return { error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

/** Reads a file as strict UTF-8, refusing what is not text, with a message that says why. */
export async function readTextFile(path: string, maxBytes: number): Promise<{ text: string } | { error: string }> {
  const checked = await checkInputFile(path, maxBytes);
  if ("error" in checked) return checked;
  const size = checked.size;
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

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
function firstInvalidUtf8(buf: Uint8Array): number {
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0 || i + need >= buf.length + (need ? 0 : 1)) return i;
    for (let k = 1; k <= need; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}
