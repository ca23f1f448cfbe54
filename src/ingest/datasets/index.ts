import { checkInputFile } from "../bytes.js";
import { extname } from "node:path";
import type { CsvError } from "csv-parse";
import type { ExtractedIncident, ExtractionResult, Span } from "../../domain/index.js";
import type { Reader, ReadItem, ReadOptions } from "../api.js";
import { acled } from "./acled.js";
import { csvRecords } from "./csv.js";
import { ActorMapper } from "./actor-map.js";
import type { DatasetSpec, MappedRow } from "./api.js";
import { frontier } from "./frontier.js";
import { gtd } from "./gtd.js";
import { rowText } from "./row-text.js";
import { ucdpGed } from "./ucdp-ged.js";
import { readRowsInWorker } from "./worker.js";

export type { DatasetSpec } from "./api.js";

/** The importers, in detection order. */
export const DATASETS: readonly DatasetSpec[] = [acled, ucdpGed, gtd, frontier];

export const datasetByName = (name: string): DatasetSpec | undefined => DATASETS.find((d) => d.name === name);

/** Which dataset a CSV header belongs to, if any. */
export const detectDataset = (header: readonly string[]): DatasetSpec | undefined => DATASETS.find((d) => d.detect(header));

/** Name of the mapping stored with dataset mentions, in place of an extractor version. */
export const datasetExtractor = (spec: DatasetSpec): string => `dataset:${spec.name}`;

/**
 * A dataset CSV (ACLED, UCDP GED, GTD, or the project's own export) as one dataset-row report per row, each with
 * its values already mapped (`extraction`): the rows skip text extraction. A file without the dataset's required
 * columns fails as a whole; a bad row (broken quoting, wrong number of fields, a bad value) fails alone, naming
 * its line and field. Columns the importer does not know are reported once per file in `notes.warnings`.
 */
export const datasetReader: Reader = {
  accepts: (input) => extname(input).toLowerCase() === ".csv",
  async *read(path: string, options: ReadOptions): AsyncIterable<ReadItem> {
    const mode = options.datasetWorker ?? "auto";
    if (mode === true || (mode === "auto" && await sizeOf(path) >= DATASET_WORKER_MIN_BYTES)) yield* readRowsInWorker(path, options, readRows);
    else yield* readRows(path, options);
  },
};

/** Files this large (about 5,000 ACLED rows) or larger are read in a worker thread when `datasetWorker` is "auto": below it, starting the thread costs more than it saves. */
export const DATASET_WORKER_MIN_BYTES = 4 * 1024 * 1024;

const sizeOf = async (path: string): Promise<number> => {
  const checked = await checkInputFile(path);
  return "error" in checked ? 0 : checked.size;
};

/** The dataset reader's work in this thread: the file's rows as items, in order (see datasetReader). */
export async function* readRows(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const checked = await checkInputFile(path);
  if ("error" in checked) {
    yield { ok: false, origin: path, error: checked.error };
    return;
  }
  let header: string[] | null = null;
  let spec: DatasetSpec | undefined;
  const mapper = new ActorMapper();
  let columnIndex = new Map<string, number>();
  const records = csvRecords(path, options.maxBytes);
  try {
    for await (const item of records) {
      if ("skipped" in item) {
        yield { ok: false, origin: `${path}:${item.skipped.line}`, error: csvMessage(item.skipped.error) };
        continue;
      }
      const { record, line } = item;
      if (!header) {
        header = record.map((h) => h.trim());
        spec = options.dataset ? datasetByName(options.dataset) : detectDataset(header);
        if (!spec) {
          yield { ok: false, origin: `${path}:1`, error: options.dataset ? `unknown dataset "${options.dataset}" (expected ${DATASETS.map((d) => d.name).join(", ")})` : "CSV header matches no known dataset layout (ACLED, UCDP GED, GTD, Frontier Watch export); use --dataset to name one" };
          await records.return(undefined);
          return;
        }
        const missing = spec.required.filter((c) => !header!.includes(c));
        if (missing.length) {
          yield { ok: false, origin: `${path}:1`, error: `${spec.label} CSV is missing required column${missing.length > 1 ? "s" : ""}: ${missing.join(", ")}` };
          await records.return(undefined);
          return;
        }
        const unknown = header.filter((c) => !spec!.known.includes(c));
        if (unknown.length) options.notes?.warnings.push(`${path}: ${spec.label}: ${unknown.length} unknown column${unknown.length > 1 ? "s" : ""} kept in the row text but not mapped: ${unknown.join(", ")}`);
        columnIndex = new Map(header.map((h, i) => [h, i]));
        continue;
      }
      const origin = `${path}:${line}`;
      if (record.length !== header.length) {
        yield { ok: false, origin, error: `${record.length} fields, but the header has ${header.length}` };
        continue;
      }
      yield rowItem(spec!, header, record, columnIndex, mapper, origin, options);
    }
  } catch (e) {
    yield { ok: false, origin: path, error: csvMessage(e as Error) };
  }
}

function csvMessage(e: Error): string {
  const code = (e as { code?: string }).code;
  if (code === "CSV_QUOTE_NOT_CLOSED") return "broken CSV quoting: a quoted field is never closed (the rest of the file cannot be read)";
  if (code === "CSV_INVALID_CLOSING_QUOTE") return "broken CSV quoting: a quote inside a quoted field is not doubled";
  return `CSV: ${e.message}`;
}

/**
 * Reads a row's cells by column name. Made by a module-level function, not as a named closure inside rowItem:
 * tsx (esbuild keepNames) wraps every named closure in a defineProperty call, once per row.
 */
function cellGetter(columnIndex: Map<string, number>, cells: readonly string[]): (column: string) => string {
  return (c) => {
    const i = columnIndex.get(c);
    return i === undefined ? "" : cells[i] ?? "";
  };
}

/** One row → a dataset-row report with its mention values (or the row's error). */
export function rowItem(
  spec: DatasetSpec, header: readonly string[], cells: readonly string[], columnIndex: Map<string, number>,
  mapper: ActorMapper, origin: string, options: Pick<ReadOptions, "notes">,
): ReadItem {
  const mapped = spec.map(cellGetter(columnIndex, cells));
  if ("error" in mapped) return { ok: false, origin, error: `field "${mapped.field}": ${mapped.error}` };
  const { text, spans } = rowText(`${spec.label} row ${mapped.key}`, header, cells);
  const incident = toIncident(spec, mapped, spans, mapper, options);
  const extraction: ExtractionResult = { id: `${spec.name}:${mapped.key}`, incidents: [incident], claims: [] };
  return {
    ok: true,
    origin,
    report: {
      kind: "dataset_row", title: mapped.title, text, outlet: spec.label, published: incident.date, language: "en",
      dataset: spec.name, dataset_key: mapped.key,
    },
    extraction,
  };
}

/** Canonical actor ids of a row's names; names the mapper does not know are counted in the notes (a module-level function: see cellGetter). */
function actorIds(names: string[], spec: DatasetSpec, row: MappedRow, mapper: ActorMapper, options: Pick<ReadOptions, "notes">): string[] {
  if (row.actorsAreIds) return names;
  const out = new Set<string>();
  for (const n of names) {
    const got = mapper.map(n, row.incident.date);
    if (!got.length && options.notes) {
      const k = `${spec.name}: ${n}`;
      options.notes.unmappedActors.set(k, (options.notes.unmappedActors.get(k) ?? 0) + 1);
    }
    for (const id of got) out.add(id);
  }
  return [...out];
}

function toIncident(spec: DatasetSpec, row: MappedRow, spans: Map<string, Span>, mapper: ActorMapper, options: Pick<ReadOptions, "notes">): ExtractedIncident {
  const field_evidence: Record<string, Span[]> = {};
  for (const field in row.evidence) {
    let list: Span[] | null = null;
    for (const c of row.evidence[field]) {
      const sp = spans.get(c);
      if (sp) (list ??= []).push(sp);
    }
    if (list) field_evidence[field] = list;
  }
  const inc = row.incident;
  const out: ExtractedIncident = {
    date: inc.date, date_precision: inc.date_precision, country: inc.country, adm1: inc.adm1, adm2: inc.adm2, place: inc.place,
    lat: inc.lat, lon: inc.lon, event_type: inc.event_type, sub_event_type: inc.sub_event_type,
    perpetrators: actorIds(row.actors.perpetrators, spec, row, mapper, options), targets: actorIds(row.actors.targets, spec, row, mapper, options), killed: inc.killed, injured: inc.injured,
    evidence: [], field_evidence,
  };
  if (inc.geo_precision) out.geo_precision = inc.geo_precision;
  return out;
}
