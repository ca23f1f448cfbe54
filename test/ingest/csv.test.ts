import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReadStream } from "node:fs";
import { parse, type CsvError } from "csv-parse";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../../src/ingest/datasets/csv.js";

/** Records with their lines, and skipped records (in line order: when csv-parse reports them among records depends on its buffering). */
type Out = { records: (number | string[])[]; skips: string[]; fatal?: string };
const out0 = (): Out => ({ records: [], skips: [] });
const done = (o: Out): Out => ({ ...o, skips: [...o.skips].sort() });

/** csv-parse alone, with the options and skip handling the dataset reader used before its fast path. */
async function reference(path: string): Promise<Out> {
  const out = out0();
  const skipped: { line: number; code: string }[] = [];
  let lastSkipped = -1;
  const parser = createReadStream(path).pipe(parse({
    bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const line = (err as unknown as { lines?: number } | undefined)?.lines ?? 0;
      if (err && !skipped.some((s) => s.line === line) && line !== lastSkipped) {
        lastSkipped = line;
        skipped.push({ line, code: err.code });
      }
      return undefined;
    },
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      while (skipped.length) {
        const s = skipped.shift()!;
        out.skips.push(`skip ${s.line} ${s.code}`);
      }
      out.records.push(info.lines, record);
    }
  } catch (e) {
    out.fatal = (e as CsvError).code;
  }
  for (const s of skipped) out.skips.push(`skip ${s.line} ${s.code}`);
  return done(out);
}

async function fast(path: string): Promise<Out> {
  const out = out0();
  try {
    for await (const item of csvRecords(path)) {
      if ("skipped" in item) out.skips.push(`skip ${item.skipped.line} ${item.skipped.error.code}`);
      else out.records.push(item.line, item.record);
    }
  } catch (e) {
    out.fatal = (e as CsvError).code;
  }
  return done(out);
}

const dir = mkdtempSync(join(tmpdir(), "fw-csv-"));
let n = 0;
const file = (text: string) => {
  const p = join(dir, `c${n++}.csv`);
  writeFileSync(p, text);
  return p;
};

const CASES: Record<string, string> = {
  plain: "a,b,c\n1,2,3\n4,5,6\n",
  "no final line end": "a,b\n1,2",
  crlf: "a,b\r\n1,2\r\n\r\n3,4\r\n",
  "crlf quoted line break": 'a,b\r\n1,"x\r\ny"\r\n5,6\r\n',
  "quoted line breaks, doubled quotes, empty fields": 'a,b,c\n1,"multi\nline ""q""",\n\n"",,""""\n"a,b","c\n\nd",e\n',
  bom: "\uFEFFa,b\n1,2\n",
  "invalid closing quote": 'a,b,c\n1,"ab"c,2\n3,4,5\n',
  "quote inside a field": 'a,b,c\n1,a"b,2\n3,4,5\n',
  "unclosed quote": 'a,b\n1,2\n3,"never closed\n4,5\n',
  "lone carriage return": "a,b\n1,x\ry\n3,4\n",
  empty: "",
  "header only": "a,b,c\n",
  "ragged rows": "a,b,c\n1,2\n1,2,3,4\n",
  "trailing comma": "a,b,\n1,2,\n",
};

describe("csvRecords (fast path with csv-parse behind it)", () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`reads as csv-parse does: ${name}`, async () => {
      const p = file(text);
      expect(await fast(p)).toEqual(await reference(p));
    });
  }

  it("reads the dataset fixtures as csv-parse does", async () => {
    const fix = "test/fixtures/ingest/datasets";
    for (const f of readdirSync(fix).filter((x) => x.endsWith(".csv"))) expect(await fast(join(fix, f)), f).toEqual(await reference(join(fix, f)));
  });

  it("reads random CSV-like text as csv-parse does", async () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = ["a", "b", ",", ",", '"', '"', "\n", "\n", "\r\n", " ", "é"];
    for (let k = 0; k < 300; k++) {
      const len = Math.floor(rnd() * 60);
      let t = "h1,h2\n";
      for (let i = 0; i < len; i++) t += alphabet[Math.floor(rnd() * alphabet.length)];
      const p = file(t);
      expect(await fast(p), JSON.stringify(t)).toEqual(await reference(p));
    }
  });

  it("reads a file larger than one read chunk, with quoted fields across chunk bounds", async () => {
    const rows = ["id,notes,n"];
    for (let i = 0; i < 20_000; i++) rows.push(`${i},"row ${i}: ""quoted"", a comma, and\na line break",${i % 7}`);
    const p = file(rows.join("\n") + "\n");
    const got = await fast(p);
    expect(got).toEqual(await reference(p));
    expect(got.records.length).toBe(2 * 20_001);
  });
});
