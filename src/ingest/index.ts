import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, type Reader, type ReadItem, type ReadOptions } from "./api.js";
import { jsonlReader } from "./readers/jsonl.js";
import { textReader } from "./readers/text.js";

export * from "./api.js";

/** Readers in the order they are asked; the first that accepts an input reads it. */
export const READERS: Reader[] = [jsonlReader, textReader];

/** Reads every input (files and directories, recursively), yielding reports and per-item errors. */
export async function* readInputs(inputs: string[], options: Partial<ReadOptions> = {}, readers: Reader[] = READERS): AsyncIterable<ReadItem> {
  const opts: ReadOptions = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      // not a local path: a reader for URLs may still accept it
    }
    if (isDir) {
      const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
        .sort();
      for (const file of entries) {
        const reader = readers.find((r) => r.accepts(file));
        if (reader) yield* reader.read(file, opts);
      }
      continue;
    }
    const reader = readers.find((r) => r.accepts(input));
    if (!reader) {
      yield { ok: false, origin: input, error: "unsupported input (expected .txt, .md, .jsonl or a directory)" };
      continue;
    }
    yield* reader.read(input, opts);
  }
}
