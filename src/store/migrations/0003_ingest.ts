import type { Kysely } from "kysely";

/** Ingestion: web pages keep their byline; feed items are looked up by the report they became. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("reports").addColumn("byline", "text").execute();
  await db.schema.createIndex("feed_items_report").on("feed_items").column("report_id").execute();
  await db.schema.createIndex("feeds_next_due").on("feeds").column("next_due_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("feeds_next_due").execute();
  await db.schema.dropIndex("feed_items_report").execute();
  await db.schema.alterTable("reports").dropColumn("byline").execute();
}
