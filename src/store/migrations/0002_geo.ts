import type { Kysely } from "kysely";

/** Imported boundary polygons (`frontier geo import-boundaries`): one row per polygon, GeoJSON geometry as text. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("boundaries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("adm1", "text")
    .addColumn("geometry", "text", (c) => c.notNull())
    .addColumn("min_x", "double precision", (c) => c.notNull())
    .addColumn("min_y", "double precision", (c) => c.notNull())
    .addColumn("max_x", "double precision", (c) => c.notNull())
    .addColumn("max_y", "double precision", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("import_id", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("boundaries_country_level").on("boundaries").columns(["country", "level"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("boundaries_country_level").ifExists().execute();
  await db.schema.dropTable("boundaries").ifExists().execute();
}
