import { type Kysely, sql } from "kysely";

/**
 * SQLite cannot change a table's columns, constraints or storage in place: create the table anew from
 * `definition` (what follows `create table <name>`), copy `columns` across, and swap it in. Indexes on the old
 * table go with it; the caller re-creates them.
 */
export async function rebuildTableSqlite(db: Kysely<any>, table: string, definition: string, columns: string): Promise<void> {
  const next = `${table}_rebuilt`;
  await sql.raw(`create table ${next} ${definition}`).execute(db);
  await sql.raw(`insert into ${next} select ${columns} from ${table}`).execute(db);
  await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw(`alter table ${next} rename to ${table}`).execute(db);
}
