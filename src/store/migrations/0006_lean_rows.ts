import { type Kysely, PostgresAdapter, sql } from "kysely";
import { rebuildTableSqlite } from "./sqlite-rebuild.js";

/**
 * Fewer index entries per stored row (issue 5's dataset import writes a report, a version, a mention, its tokens,
 * an incident, its actors and a link decision per row; every index is one more B-tree insert per row):
 * - incidents_adm1, incidents_status, incidents_sub_event_type are dropped: a province, a status or a sub-event
 *   type each holds a large share of the record, so no query is served better by them than by the date index or a
 *   scan (the linker blocks on the date range; listings filter these columns alongside it).
 * - reports_published is dropped: no query selects or orders reports by publication date.
 * - incidents_merged_into and reports_canonical_url only index rows that have a value (partial indexes): the
 *   queries that use them ask for a value (`merged_into = ?` / `is not null`, `canonical_url = ?`), and live
 *   incidents and dataset rows, the bulk of the record, have none. Uniqueness of canonical URLs is unchanged.
 * - On SQLite, incident_actors, mention_keys and report_versions become WITHOUT ROWID tables: their primary key
 *   is the table, instead of a rowid table plus an index holding the same key (PostgreSQL has no such split;
 *   nothing changes there). Their rows are small (a version's text is NULL until a later version supersedes it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const i of ["incidents_adm1", "incidents_status", "incidents_sub_event_type", "reports_published", "incidents_merged_into", "reports_canonical_url"]) {
    await db.schema.dropIndex(i).ifExists().execute();
  }
  await sql`create index incidents_merged_into on incidents (merged_into) where merged_into is not null`.execute(db);
  await sql`create unique index reports_canonical_url on reports (canonical_url) where canonical_url is not null`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await rebuildKeyTablesSqlite(db, "without rowid");
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of ["incidents_merged_into", "reports_canonical_url"]) await db.schema.dropIndex(i).ifExists().execute();
  await db.schema.createIndex("reports_canonical_url").unique().on("reports").column("canonical_url").execute();
  await db.schema.createIndex("incidents_merged_into").on("incidents").column("merged_into").execute();
  await db.schema.createIndex("reports_published").on("reports").column("published").execute();
  for (const col of ["adm1", "status", "sub_event_type"]) await db.schema.createIndex(`incidents_${col}`).on("incidents").column(col).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await rebuildKeyTablesSqlite(db, "");
}

/** SQLite cannot change a table's storage in place: rebuild the tables (no other table references them). */
async function rebuildKeyTablesSqlite(db: Kysely<any>, storage: "without rowid" | ""): Promise<void> {
  await rebuildTableSqlite(db, "incident_actors", `(
    incident_id text not null references incidents (id) on delete cascade,
    actor_id text not null,
    role text not null,
    constraint incident_actors_pk primary key (incident_id, actor_id, role)
  ) ${storage}`, "incident_id, actor_id, role");
  await db.schema.createIndex("incident_actors_actor").on("incident_actors").column("actor_id").execute();
  await rebuildTableSqlite(db, "mention_keys", `(
    mention_id text primary key references mentions (id) on delete cascade,
    tokens text not null
  ) ${storage}`, "mention_id, tokens");
  await rebuildTableSqlite(db, "report_versions", `(
    report_id text not null references reports (id) on delete cascade,
    version integer not null,
    content_hash text not null,
    title text,
    text text,
    fetched_at text,
    created_at text not null,
    constraint report_versions_pk primary key (report_id, version)
  ) ${storage}`, "report_id, version, content_hash, title, text, fetched_at, created_at");
  await db.schema.createIndex("report_versions_hash").on("report_versions").column("content_hash").execute();
}
