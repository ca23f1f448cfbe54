import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, type Reader, type ReadItem, type ReadOptions } from "./api.js";
import { datasetReader } from "./datasets/index.js";
import { htmlReader } from "./readers/html.js";
import { jsonlReader } from "./readers/jsonl.js";
import { pdfReader } from "./readers/pdf.js";
import { textReader } from "./readers/text.js";
import { urlReader } from "./readers/url.js";

export * from "./api.js";
export { canonicalUrl } from "./canonical-url.js";
export { HostPolicy } from "./fetch/address-policy.js";

/** Readers in the order they are asked; the first that accepts an input reads it. */
export const READERS: Reader[] = [urlReader, jsonlReader, textReader, htmlReader, pdfReader, datasetReader];

/** Reads every input (files and directories, recursively), yielding reports and per-item errors. */
export async function* readInputs(inputs: string[], options: Partial<ReadOptions> = {}, readers: Reader[] = READERS): AsyncIterable<ReadItem> {
  const opts: ReadOptions = { ...options, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
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
      yield { ok: false, origin: input, error: "unsupported input (expected .txt, .md, .html, .pdf, .jsonl, .csv, a directory or an http(s) URL)" };
      continue;
    }
    yield* reader.read(input, opts);
  }
}
