import { basename, extname } from "node:path";
import type { Reader, ReadItem, ReadOptions } from "../api.js";
import { readTextFile } from "../bytes.js";

const EXT = new Set([".txt", ".text", ".md", ".markdown"]);

/**
 * Plain text and Markdown: the first heading or first line is the title; optional front matter
 * lines "Published: YYYY-MM-DD", "Source: …", "URL: …" at the top are read as metadata.
 */
export const textReader: Reader = {
  accepts: (input) => EXT.has(extname(input).toLowerCase()),
  async *read(path: string, options: ReadOptions): AsyncIterable<ReadItem> {
    const got = await readTextFile(path, options.maxBytes);
    if ("error" in got) {
      yield { ok: false, origin: path, error: got.error };
      return;
    }
    yield { ok: true, origin: path, report: parseTextReport(got.text, basename(path)) };
  },
};

const META = /^(published|date|source|outlet|url|title|kind)\s*:\s*(.+)$/i;

export function parseTextReport(raw: string, fallbackTitle: string) {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const meta: Record<string, string> = {};
  let i = 0;
  if (lines[0]?.trim() === "---") {
    // YAML-style front matter
    for (i = 1; i < lines.length && lines[i].trim() !== "---"; i++) {
      const m = META.exec(lines[i].trim());
      if (m) meta[m[1].toLowerCase()] = m[2].trim();
    }
    i++;
  } else {
    while (i < lines.length && META.test(lines[i].trim())) {
      const m = META.exec(lines[i].trim())!;
      meta[m[1].toLowerCase()] = m[2].trim();
      i++;
    }
  }
  let body = lines.slice(i).join("\n").trim();
  let title = meta.title ?? null;
  const heading = /^#{1,6}\s+(.+)\n+/.exec(body);
  if (!title && heading) {
    title = heading[1].trim();
    body = body.slice(heading[0].length);
  }
  const published = meta.published ?? meta.date ?? null;
  const kind = (meta.kind as "news" | "official_statement" | "group_claim" | "manual_entry" | undefined) ?? "news";
  return {
    kind,
    text: body,
    title: title ?? (body.split("\n")[0].slice(0, 120) || fallbackTitle),
    url: meta.url ?? null,
    outlet: meta.source ?? meta.outlet ?? null,
    published: published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
    language: "en",
  };
}
