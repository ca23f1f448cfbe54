import type { Kysely } from "kysely";

/** Linking and review: reviewer pins, mention tokens, statistic scopes, and indexes for blocking and history. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("link_locks")
    .addColumn("report_id", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("incident_id", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("link_locks_pk", ["report_id", "ordinal"])
    .execute();
  await db.schema.createIndex("link_locks_incident").on("link_locks").column("incident_id").execute();

  await db.schema
    .createTable("mention_keys")
    .addColumn("mention_id", "text", (c) => c.primaryKey().references("mentions.id").onDelete("cascade"))
    .addColumn("tokens", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("claim_scopes")
    .addColumn("claim_id", "text", (c) => c.primaryKey().references("claims.id").onDelete("cascade"))
    .addColumn("since", "text")
    .addColumn("until", "text")
    .addColumn("country", "text")
    .addColumn("adm1", "text")
    .addColumn("adm2", "text")
    .addColumn("part", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("actor", "text")
    .execute();

  await db.schema.alterTable("link_decisions").addColumn("report_id", "text").execute();
  await db.schema.alterTable("link_decisions").addColumn("ordinal", "integer").execute();
  await db.schema.createIndex("link_decisions_report").on("link_decisions").columns(["report_id", "ordinal"]).execute();
  await db.schema.createIndex("link_decisions_incident").on("link_decisions").column("incident_id").execute();
  await db.schema.createIndex("incidents_merged_into").on("incidents").column("merged_into").execute();
  await db.schema.createIndex("claim_incidents_incident").on("claim_incidents").column("incident_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const i of ["claim_incidents_incident", "incidents_merged_into", "link_decisions_incident", "link_decisions_report"]) {
    await db.schema.dropIndex(i).ifExists().execute();
  }
  for (const t of ["claim_scopes", "mention_keys", "link_locks"]) await db.schema.dropTable(t).ifExists().execute();
  await db.schema.alterTable("link_decisions").dropColumn("ordinal").execute();
  await db.schema.alterTable("link_decisions").dropColumn("report_id").execute();
}
