import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";

/** One CSV record and the line it ends on (1-based, as csv-parse's info.lines), or a record skipped for an error. */
export type CsvItem = { record: string[]; line: number } | { skipped: { line: number; error: CsvError } };

type CsvRecord = { record: string[]; info: { lines: number } };

/**
 * The records of a CSV file, as csv-parse reads them with the options the dataset reader uses (BOM, ragged rows
 * kept, empty lines skipped, a record with bad quoting skipped and reported, an unclosed quote fatal).
 *
 * Why not csv-parse alone: it spent ~14 µs and ~10 KB of garbage per ACLED row, a third of a dataset import's
 * reading. Well-formed RFC 4180 lines (the datasets' exports) are split here directly; at the first line that is
 * not plain (a quote out of place, a carriage return this fast path does not count as csv-parse does, a record
 * over `maxBytes`), the rest of the file from that record on goes to csv-parse, so errors, their messages and line
 * numbers are csv-parse's own (test/ingest/csv.test.ts compares the two on tricky input).
 */
export async function* csvRecords(path: string, maxBytes?: number): AsyncGenerator<CsvItem> {
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 256 * 1024 });
  try {
    yield* read(stream[Symbol.asyncIterator](), maxBytes);
  } finally {
    // a caller that stops early (a header that matches no dataset) must not leave the file open
    stream.destroy();
  }
}

async function* read(chunks: AsyncIterator<unknown>, maxBytes?: number): AsyncGenerator<CsvItem> {
  let buf = "";
  let pos = 0;
  /** Lines before `pos`. */
  let lines = 0;
  let first = true;
  let crlf = false;
  let done = false;
  let fallback = false;

  /** Reads on; keeps the unread part from `pos`, which becomes 0 (offsets from `pos` stay valid). */
  const more = async (): Promise<boolean> => {
    if (done) return false;
    const next = await chunks.next();
    if (next.done) {
      done = true;
      return false;
    }
    buf = buf.slice(pos) + (next.value as string);
    pos = 0;
    if (first) {
      first = false;
      if (buf.charCodeAt(0) === 0xfeff) buf = buf.slice(1);
      const nl = buf.indexOf("\n");
      crlf = nl > 0 && buf.charCodeAt(nl - 1) === 13;
    }
    return true;
  };
  await more();

  for (;;) {
    if (pos >= buf.length && !(await more())) return;
    // the record's end: the first line end after `pos` outside quotes (an even number of quotes before it)
    let quotes = 0;
    let rel = 0; // offset of the scan from pos
    let end = -1; // offset of the record's line end (or of the end of the file)
    let lineEnds = 0;
    for (;;) {
      const nl = buf.indexOf("\n", pos + rel);
      const stop = nl < 0 ? buf.length : nl;
      for (let q = buf.indexOf('"', pos + rel); q >= 0 && q < stop; q = buf.indexOf('"', q + 1)) quotes++;
      if (nl >= 0) {
        lineEnds++;
        if (quotes % 2 === 0) {
          end = nl - pos;
          break;
        }
        rel = nl + 1 - pos;
        continue;
      }
      rel = stop - pos;
      if (await more()) continue;
      if (quotes % 2 === 0) end = buf.length - pos;
      break;
    }
    if (end < 0 || (maxBytes !== undefined && end > maxBytes)) {
      // an unclosed quote runs to the end of the file, or a record too long: csv-parse's errors to report
      fallback = true;
      break;
    }
    const atEof = pos + end >= buf.length;
    let text = buf.slice(pos, pos + end);
    if (crlf && text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    // csv-parse counts a carriage return inside a record as a line of its own; CRLF records over several lines too
    if (text.indexOf("\r") >= 0 || (crlf && lineEnds > 1)) {
      fallback = true;
      break;
    }
    let record: string[] | null;
    if (text.length === 0) record = null;
    else if (text.indexOf('"') < 0) record = text.split(",");
    else {
      record = quotedFields(text);
      if (!record) {
        fallback = true;
        break;
      }
    }
    pos += atEof ? end : end + 1;
    // csv-parse's info.lines: the line the record ends on (a last line without a line end counts too)
    lines += atEof ? lineEnds + 1 : lineEnds;
    if (record) yield { record, line: lines };
  }
  if (!fallback) return;

  // the rest of the file, from the start of the record the fast path stopped at, read by csv-parse
  const rest = buf.slice(pos);
  const offset = lines;
  const tail = Readable.from((async function* () {
    if (rest) yield rest;
    for (;;) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value as string;
    }
  })());
  const skipped: { line: number; error: CsvError }[] = [];
  let lastSkipped = -1;
  const parser = tail.pipe(parse({
    info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_error: true, max_record_size: maxBytes,
    // csv-parse took the record delimiter from the file's first line end; the rest must not guess it again
    ...(offset > 0 ? { record_delimiter: crlf ? "\r\n" : "\n" } : {}),
    on_skip: (err: CsvError | undefined) => {
      const line = ((err as unknown as { lines?: number } | undefined)?.lines ?? 0) + offset;
      // csv-parse may report one skipped record twice (option callback and event): keep it once
      if (err && !skipped.some((s) => s.line === line) && line !== lastSkipped) {
        lastSkipped = line;
        skipped.push({ line, error: err });
      }
      return undefined;
    },
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<CsvRecord>) {
      while (skipped.length) yield { skipped: skipped.shift()! };
      yield { record, line: info.lines + offset };
    }
  } catch (e) {
    // records skipped before the fatal error are still reported
    while (skipped.length) yield { skipped: skipped.shift()! };
    throw e;
  } finally {
    parser.destroy();
  }
  for (const s of skipped) yield { skipped: s };
}

/** The fields of a record holding quotes, or null when its quoting is not plain RFC 4180 (csv-parse reports it). */
function quotedFields(text: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 34) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) return null;
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      out.push(value);
      if (i >= text.length) return out;
      if (text.charCodeAt(i) !== 44) return null;
      i++;
      if (i >= text.length) {
        out.push("");
        return out;
      }
      continue;
    }
    const comma = text.indexOf(",", i);
    const field = comma < 0 ? text.slice(i) : text.slice(i, comma);
    if (field.indexOf('"') >= 0) return null;
    out.push(field);
    if (comma < 0) return out;
    i = comma + 1;
    if (i >= text.length) {
      out.push("");
      return out;
    }
  }
}
