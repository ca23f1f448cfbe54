import type { NewReport, Report, ReportKind } from "../domain/index.js";
import { contentHash } from "./hash.js";
import { newId, nowIso } from "./ids.js";
import { CompiledQuery, type Insertable } from "kysely";
import { sqliteHandle } from "./dialects/sqlite.js";
import type { Db } from "./open.js";
import type { Database } from "./schema.js";
import type { ReportsTable } from "./schema.js";

export type SaveStatus = "new" | "updated" | "unchanged";

/** What `saveReport` would do, found before any extraction work is spent. */
export interface ReportMatch {
  status: SaveStatus;
  existing: Report | null;
  hash: string;
}

export const rowToReport = (r: ReportsTable): Report => ({ ...r, kind: r.kind as ReportKind });

/**
 * Finds a report's identity: dataset key first, then canonical URL, then content hash.
 * Same identity and same hash → unchanged; same identity, new hash → a new version.
 */
export async function matchReport(db: Db, input: NewReport): Promise<ReportMatch> {
  const hash = contentHash(input.text);
  let existing: ReportsTable | undefined;
  if (input.dataset && input.dataset_key) {
    existing = await db.selectFrom("reports").selectAll()
      .where("dataset", "=", input.dataset).where("dataset_key", "=", input.dataset_key).executeTakeFirst();
  } else if (input.canonical_url) {
    existing = await db.selectFrom("reports").selectAll().where("canonical_url", "=", input.canonical_url).executeTakeFirst();
  }
  if (!existing && !(input.dataset && input.dataset_key)) {
    // A text stored before under any identity is the same report (a wire story republished is one source).
    const byHash = await db.selectFrom("report_versions").select("report_id").where("content_hash", "=", hash).executeTakeFirst();
    if (byHash) {
      const r = await db.selectFrom("reports").selectAll().where("id", "=", byHash.report_id).executeTakeFirstOrThrow();
      return { status: "unchanged", existing: rowToReport(r), hash };
    }
    const row = await datasetRowWithText(db, input.text, hash);
    if (row) return { status: "unchanged", existing: rowToReport(row), hash };
  }
  if (!existing) return { status: "new", existing: null, hash };
  const sameText = existing.content_hash === hash && (input.title ?? null) === (existing.title ?? null);
  return { status: sameText ? "unchanged" : "updated", existing: rowToReport(existing), hash };
}

/** Stores a new report or a new version of an existing one. Call inside the report's transaction. */
export async function saveReport(db: Db, input: NewReport, match: ReportMatch): Promise<Report> {
  const now = nowIso();
  if (match.status === "unchanged" && match.existing) return match.existing;
  if (match.status === "updated" && match.existing) {
    const version = match.existing.version + 1;
    const old = match.existing;
    // the superseded version's text moves into its version row before reports.text is overwritten
    const moved = await db.updateTable("report_versions").set({ text: old.text })
      .where("report_id", "=", old.id).where("version", "=", old.version).where("text", "is", null).executeTakeFirst();
    if (!Number(moved.numUpdatedRows)) {
      // a dataset row's first version has no row of its own (insertNewReports): it is written now, as it was (only a
      // first version can lack its row: its time is the report's creation)
      const kept = await db.selectFrom("report_versions").select("version").where("report_id", "=", old.id).where("version", "=", old.version).executeTakeFirst();
      if (!kept) {
        await db.insertInto("report_versions").values({
          report_id: old.id, version: old.version, content_hash: old.content_hash, title: old.title ?? null, text: old.text,
          fetched_at: old.fetched_at ?? null, created_at: old.created_at,
        }).execute();
      }
    }
    await db.updateTable("reports").set({
      title: input.title ?? null,
      text: input.text,
      url: input.url ?? match.existing.url,
      outlet: input.outlet ?? match.existing.outlet,
      byline: input.byline ?? match.existing.byline ?? null,
      published: input.published ?? match.existing.published,
      fetched_at: input.fetched_at ?? null,
      content_hash: match.hash,
      version,
      updated_at: now,
    }).where("id", "=", match.existing.id).execute();
    await db.insertInto("report_versions").values({
      report_id: match.existing.id, version, content_hash: match.hash, title: input.title ?? null,
      text: null, fetched_at: input.fetched_at ?? null, created_at: now,
    }).execute();
    return rowToReport(await db.selectFrom("reports").selectAll().where("id", "=", match.existing.id).executeTakeFirstOrThrow());
  }
  const row: ReportsTable = {
    id: newId("rep"),
    kind: input.kind,
    title: input.title ?? null,
    text: input.text,
    url: input.url ?? null,
    canonical_url: input.canonical_url ?? null,
    outlet: input.outlet ?? null,
    byline: input.byline ?? null,
    language: input.language ?? null,
    published: input.published ?? null,
    fetched_at: input.fetched_at ?? null,
    content_hash: match.hash,
    version: 1,
    dataset: input.dataset ?? null,
    dataset_key: input.dataset_key ?? null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("reports").values(row).execute();
  await db.insertInto("report_versions").values({
    report_id: row.id, version: 1, content_hash: row.content_hash, title: row.title, text: null,
    fetched_at: row.fetched_at, created_at: now,
  }).execute();
  return rowToReport(row);
}

/**
 * A report's versions, oldest first, each with its text (the current one's is the report's own, see migration 0005).
 * A dataset row imported in bulk has no version row until a re-import changes it (insertNewReports): its one
 * version is the report row itself.
 */
export async function reportVersions(db: Db, reportId: string): Promise<{ version: number; content_hash: string; title: string | null; text: string; created_at: string }[]> {
  const report = await db.selectFrom("reports").select(["text", "title", "content_hash", "version", "updated_at"]).where("id", "=", reportId).executeTakeFirst();
  if (!report) return [];
  const rows = await db.selectFrom("report_versions").select(["version", "content_hash", "title", "text", "created_at"])
    .where("report_id", "=", reportId).orderBy("version").execute();
  const out = rows.map((v) => ({ ...v, text: v.text ?? report.text }));
  if (!out.length || out[out.length - 1].version < report.version) {
    out.push({ version: report.version, content_hash: report.content_hash, title: report.title, text: report.text, created_at: report.updated_at });
  }
  return out;
}

/** A dataset row's heading line ("ACLED row PAK1234", see rowText in src/ingest/datasets): the key it names. */
const ROW_HEADING = /^.+ row (\S+)(?:\n|$)/;

/**
 * The dataset-row report whose current text is this one (hash), if the text is a dataset row's: a row imported in
 * bulk has no version row to find it by hash (insertNewReports), so it is found by the key its heading names.
 */
async function datasetRowWithText(db: Db, text: string, hash: string): Promise<ReportsTable | undefined> {
  const key = ROW_HEADING.exec(text)?.[1];
  if (!key) return undefined;
  // the datasets stored (a handful), so that the (dataset, dataset_key) index serves the lookup
  const datasets = (await db.selectFrom("reports").select("dataset").distinct().where("dataset", "is not", null).execute()).map((r) => r.dataset!);
  if (!datasets.length) return undefined;
  const rows = await db.selectFrom("reports").selectAll().where("dataset", "in", datasets).where("dataset_key", "=", key).execute();
  return rows.find((r) => r.content_hash === hash);
}

export async function getReport(db: Db, id: string): Promise<Report | null> {
  const r = await db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  return r ? rowToReport(r) : null;
}

/** Keys per IN (...) lookup. */
const BULK_ROWS = 400;

/** Existing dataset-row reports of one dataset by their keys, in bulk (one query per few hundred keys). */
export async function findDatasetReports(db: Db, dataset: string, keys: readonly string[]): Promise<Map<string, Report>> {
  const found = new Map<string, Report>();
  const sqlite = await db.getExecutor().provideConnection(async (connection) => sqliteHandle(connection));
  for (let i = 0; i < keys.length; i += BULK_ROWS) {
    const part = keys.slice(i, i + BULK_ROWS);
    // SQLite: one statement per IN-list length, compiled once and cached (kysely built and compiled the query anew
    // for every chunk of a dataset import); the same query as below
    const rows = sqlite
      ? sqlite.prepare(`select * from "reports" where "dataset" = ? and "dataset_key" in (${part.map(() => "?").join(", ")})`).all(dataset, ...part) as ReportsTable[]
      : await db.selectFrom("reports").selectAll().where("dataset", "=", dataset).where("dataset_key", "in", part).execute();
    for (const r of rows) found.set(r.dataset_key!, rowToReport(r));
  }
  return found;
}

/**
 * Inserts many NEW reports (version 1) with multi-row INSERTs: the dataset import path, where rows are known
 * to be new (checked with findDatasetReports inside the same transaction). Returns them in input order.
 * They get no report_versions row: a first version is the report row itself (reportVersions reads it so), and a
 * version row would add, per row, an entry at a random place of the content-hash index. saveReport writes it
 * when a later version supersedes it; a dataset row is found by its key (and its text by its heading, see matchReport).
 */
export async function insertNewReports(db: Db, inputs: readonly { input: NewReport; hash: string }[]): Promise<Report[]> {
  const now = nowIso();
  const rows: ReportsTable[] = inputs.map(({ input, hash }) => ({
    id: newId("rep"), kind: input.kind, title: input.title ?? null, text: input.text, url: input.url ?? null,
    canonical_url: input.canonical_url ?? null, outlet: input.outlet ?? null, byline: input.byline ?? null,
    language: input.language ?? null, published: input.published ?? null, fetched_at: input.fetched_at ?? null,
    content_hash: hash, version: 1, dataset: input.dataset ?? null, dataset_key: input.dataset_key ?? null,
    created_at: now, updated_at: now,
  }));
  await bulkInsert(db, "reports", rows);
  // the rows are the reports (Report differs from the row only in the type of kind, which came from a Report): no copy
  return rows as unknown as Report[];
}

/** Rows per multi-row INSERT on PostgreSQL: under its 65,535 bind parameters. */
const PG_PARAMS = 60000;

/**
 * Inserts many plain rows (all with the same columns) without building a kysely query tree per cell (large imports
 * insert tens of thousands of rows). Values must be the table's own column types (text, numbers, null); column
 * names come from code, never from input.
 *
 * The one dialect-specific path of the store, because the two engines are fast in opposite ways: SQLite runs
 * in-process, so one cached single-row statement run per row on the better-sqlite3 handle costs only the
 * insert itself (a multi-row INSERT had to be compiled per chunk, and built a parameter list as long as the
 * chunk); PostgreSQL pays a round trip per statement, so there rows go in multi-row INSERTs of up to
 * 60,000 parameters.
 */
export async function bulkInsert<T extends keyof Database>(db: Db, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0] as object);
  const head = `insert into "${String(table)}" (${cols.map((c) => `"${c}"`).join(", ")}) values `;
  await db.getExecutor().provideConnection(async (connection) => {
    const sqlite = sqliteHandle(connection);
    if (sqlite) {
      const st = sqlite.prepare(head + `(${cols.map(() => "?").join(", ")})`);
      const run = rowRunner(cols);
      for (const r of rows) run(st, r);
      return;
    }
    const fill = valuesReader(cols);
    const per = Math.max(1, Math.floor(PG_PARAMS / cols.length));
    for (let i = 0; i < rows.length; i += per) {
      const part = rows.slice(i, i + per);
      const params: unknown[] = new Array(part.length * cols.length);
      const tuples: string[] = [];
      for (const [k, r] of part.entries()) {
        fill(r, params, k * cols.length);
        tuples.push(`(${cols.map((_, c) => `$${k * cols.length + c + 1}`).join(", ")})`);
      }
      await connection.executeQuery(CompiledQuery.raw(head + tuples.join(", "), params));
    }
  });
}

/** Copies a row's values (undefined as null) into params from `at` on, in column order. */
type ValuesReader = (row: object, params: unknown[], at: number) => void;
/** Runs a single-row INSERT with a row's values (undefined as null) as its arguments, in column order. */
type RowRunner = (st: { run(...params: unknown[]): unknown }, row: object) => void;

const readers = new Map<string, ValuesReader>();
const runners = new Map<string, RowRunner>();

/**
 * The SQLite counterpart of valuesReader: the values go to better-sqlite3 as arguments, not in an array (which
 * it reads back element by element through V8's API): about 10% less CPU for the same inserts, in-process
 * alternating runs on 20,000 imported rows of each table.
 */
function rowRunner(cols: readonly string[]): RowRunner {
  return madeOnce(runners, cols, () => new Function("st", "r", `st.run(${cols.map((c) => `r[${JSON.stringify(c)}] ?? null`).join(", ")});`) as RowRunner);
}

/**
 * The values reader for one column list, made once and kept: a function that reads each column by its literal name.
 * A loop reading `row[cols[c]]` sees every column of every table at one site, so V8 looks each one up the slow
 * (megamorphic) way: that loop cost as much as a seventh of a dataset import's time. Column names come from code,
 * never from input (they are quoted as JSON strings all the same).
 */
function valuesReader(cols: readonly string[]): ValuesReader {
  return madeOnce(readers, cols, () => new Function("r", "p", "at", cols.map((c, i) => `p[at + ${i}] = r[${JSON.stringify(c)}] ?? null;`).join("\n")) as ValuesReader);
}

/** The function made for one column list, made the first time that list is asked for. */
function madeOnce<F>(cache: Map<string, F>, cols: readonly string[], make: () => F): F {
  const key = cols.join("\u0000");
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}
