import { createReadStream } from "node:fs";
import { checkInputFile } from "../bytes.js";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { InputDocSchema, ReportKindSchema } from "../../domain/index.js";
import type { Reader, ReadItem, ReadOptions } from "../api.js";

/**
 * JSONL of FORMAT.md input records ({id, text, published, title?, url?, source?}); an optional "kind"
 * field sets the report kind. Each line stands alone: a bad line is an error for that line only.
 */
export const jsonlReader: Reader = {
  accepts: (input) => [".jsonl", ".ndjson"].includes(extname(input).toLowerCase()),
  async *read(path: string, options: ReadOptions): AsyncIterable<ReadItem> {
    const checked = await checkInputFile(path);
    if ("error" in checked) {
      yield { ok: false, origin: path, error: checked.error };
      return;
    }
    const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      const origin = `${path}:${n}`;
      if (!line.trim()) continue;
      if (Buffer.byteLength(line) > options.maxBytes) {
        yield { ok: false, origin, error: `line too large (over ${options.maxBytes} bytes)` };
        continue;
      }
      if (line.includes("\uFFFD")) {
        yield { ok: false, origin, error: "invalid UTF-8 in line" };
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        yield { ok: false, origin, error: `not JSON: ${(e as Error).message}` };
        continue;
      }
      const parsed = InputDocSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        yield { ok: false, origin, error: `field "${issue?.path.join(".") || "(record)"}": ${issue?.message}` };
        continue;
      }
      const d = parsed.data;
      if (!d.text.trim()) {
        yield { ok: false, origin, error: 'field "text": empty' };
        continue;
      }
      const kind = ReportKindSchema.safeParse((json as { kind?: unknown }).kind);
      yield {
        ok: true,
        origin,
        report: {
          kind: kind.success ? kind.data : "news",
          text: d.text,
          title: d.title ?? null,
          url: d.url ?? null,
          outlet: d.source ?? null,
          published: d.published ?? null,
          language: "en",
        },
      };
    }
  },
};
