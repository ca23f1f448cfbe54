import { type Kysely, PostgresAdapter, sql } from "kysely";
import { rebuildTableSqlite } from "./sqlite-rebuild.js";

/**
 * Bulk ingestion (issue 5's 20,000 rows/s):
 * - report_versions.text may be NULL, meaning "the report's current text" (reports.text): a new report's first
 *   version no longer stores its text twice. The text is written into the version row when a later version
 *   supersedes it (saveReport). Rows stored before this migration keep their copy; both forms read the same.
 * - reports_content_hash is dropped: no query reads reports by hash (identity by hash goes through
 *   report_versions_hash, which stays), and with random-looking hashes every insert dirtied a random page of it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("reports_content_hash").ifExists().execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table report_versions alter column text drop not null`.execute(db);
    return;
  }
  await rebuildVersionsSqlite(db, false);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update report_versions set text = (select r.text from reports r where r.id = report_versions.report_id) where text is null`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table report_versions alter column text set not null`.execute(db);
  } else {
    await rebuildVersionsSqlite(db, true);
  }
  await db.schema.createIndex("reports_content_hash").on("reports").column("content_hash").execute();
}

/** SQLite cannot change a column's NOT NULL in place: rebuild the table (nothing references it). */
async function rebuildVersionsSqlite(db: Kysely<any>, textNotNull: boolean): Promise<void> {
  await rebuildTableSqlite(db, "report_versions", `(
    report_id text not null references reports (id) on delete cascade,
    version integer not null,
    content_hash text not null,
    title text,
    text text ${textNotNull ? "not null" : ""},
    fetched_at text,
    created_at text not null,
    constraint report_versions_pk primary key (report_id, version)
  )`, "report_id, version, content_hash, title, text, fetched_at, created_at");
  await db.schema.createIndex("report_versions_hash").on("report_versions").column("content_hash").execute();
}
