import { type Kysely, PostgresAdapter, sql } from "kysely";

const TOLLS = ["killed", "injured"].flatMap((part) =>
  ["total", "security_forces", "civilians", "militants"].flatMap((cat) => ["low", "best", "high"].map((b) => `${part}_${cat}_${b}`)),
);

/** An auto-increment integer key in either dialect. */
function serialKey(db: Kysely<any>) {
  return db.getExecutor().adapter instanceof PostgresAdapter ? ("serial" as const) : ("integer" as const);
}

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const autoinc = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("reports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("canonical_url", "text")
    .addColumn("outlet", "text")
    .addColumn("language", "text")
    .addColumn("published", "text")
    .addColumn("fetched_at", "text")
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("dataset", "text")
    .addColumn("dataset_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("reports_canonical_url").unique().on("reports").column("canonical_url").execute();
  await db.schema.createIndex("reports_dataset_key").unique().on("reports").columns(["dataset", "dataset_key"]).execute();
  await db.schema.createIndex("reports_content_hash").on("reports").column("content_hash").execute();
  await db.schema.createIndex("reports_published").on("reports").column("published").execute();

  await db.schema
    .createTable("report_versions")
    .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("fetched_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("report_versions_pk", ["report_id", "version"])
    .execute();
  await db.schema.createIndex("report_versions_hash").on("report_versions").column("content_hash").execute();

  let incidents = db.schema
    .createTable("incidents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("date", "text")
    .addColumn("date_precision", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("adm1", "text")
    .addColumn("adm2", "text")
    .addColumn("place", "text")
    .addColumn("lat", "double precision")
    .addColumn("lon", "double precision")
    .addColumn("geo_precision", "integer")
    .addColumn("geo_method", "text")
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("sub_event_type", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("border_side", "text")
    .addColumn("border_distance_km", "double precision")
    .addColumn("border_in_belt", "integer")
    .addColumn("nearest_crossing", "text")
    .addColumn("nearest_crossing_km", "double precision")
    .addColumn("source_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_fields", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("merged_into", "text")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull());
  for (const col of TOLLS) incidents = incidents.addColumn(col, "integer");
  await incidents.execute();
  for (const col of ["date", "adm1", "adm2", "status", "sub_event_type"]) {
    await db.schema.createIndex(`incidents_${col}`).on("incidents").column(col).execute();
  }

  await db.schema
    .createTable("incident_actors")
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("incident_actors_pk", ["incident_id", "actor_id", "role"])
    .execute();
  await db.schema.createIndex("incident_actors_actor").on("incident_actors").column("actor_id").execute();

  await db.schema
    .createTable("mentions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
    .addColumn("incident_id", "text", (c) => c.references("incidents.id").onDelete("set null"))
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("values_json", "text", (c) => c.notNull())
    .addColumn("evidence_json", "text", (c) => c.notNull())
    .addColumn("confidence_json", "text", (c) => c.notNull())
    .addColumn("report_version", "integer", (c) => c.notNull())
    .addColumn("extractor", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("mentions_report").on("mentions").column("report_id").execute();
  await db.schema.createIndex("mentions_incident").on("mentions").column("incident_id").execute();

  await db.schema
    .createTable("actors")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("aliases", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .execute();

  await db.schema
    .createTable("claims")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("by_actors", "text", (c) => c.notNull())
    .addColumn("against_actors", "text", (c) => c.notNull())
    .addColumn("value", "double precision")
    .addColumn("text", "text")
    .addColumn("report_id", "text", (c) => c.references("reports.id").onDelete("set null"))
    .addColumn("span_start", "integer")
    .addColumn("span_end", "integer")
    .addColumn("claimed_on", "text")
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("confidence", "double precision")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("claims_report").on("claims").column("report_id").execute();
  await db.schema.createIndex("claims_kind").on("claims").column("kind").execute();

  await db.schema
    .createTable("claim_incidents")
    .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id").onDelete("cascade"))
    .addColumn("incident_id", "text", (c) => c.notNull().references("incidents.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("claim_incidents_pk", ["claim_id", "incident_id"])
    .execute();

  await db.schema
    .createTable("agreements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("parties", "text", (c) => c.notNull())
    .addColumn("signed_on", "text")
    .addColumn("in_force_from", "text")
    .addColumn("in_force_to", "text")
    .addColumn("text", "text")
    .addColumn("report_id", "text", (c) => c.references("reports.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("commitments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("agreement_id", "text", (c) => c.notNull().references("agreements.id").onDelete("cascade"))
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("condition", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("indicators")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("commitment_id", "text", (c) => c.notNull().references("commitments.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("definition", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("threshold", "double precision")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("audit_events")
    .addColumn("id", serialKey(db), autoinc)
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("field", "text")
    .addColumn("old_value", "text")
    .addColumn("new_value", "text")
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("audit_events_entity").on("audit_events").columns(["entity", "entity_id"]).execute();

  await db.schema
    .createTable("feeds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("title", "text")
    .addColumn("every_seconds", "integer", (c) => c.notNull())
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_polled_at", "text")
    .addColumn("next_due_at", "text")
    .addColumn("last_status", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("feed_items")
    .addColumn("feed_id", "text", (c) => c.notNull().references("feeds.id").onDelete("cascade"))
    .addColumn("item_key", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("report_id", "text")
    .addColumn("seen_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("feed_items_pk", ["feed_id", "item_key"])
    .execute();

  await db.schema
    .createTable("link_decisions")
    .addColumn("id", serialKey(db), autoinc)
    .addColumn("mention_id", "text", (c) => c.notNull())
    .addColumn("incident_id", "text")
    .addColumn("decision", "text", (c) => c.notNull())
    .addColumn("score", "double precision")
    .addColumn("reasons", "text", (c) => c.notNull())
    .addColumn("decided_by", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("link_decisions_mention").on("link_decisions").column("mention_id").execute();

  await db.schema
    .createTable("meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();
  void sql;
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "meta", "link_decisions", "feed_items", "feeds", "audit_events", "indicators", "commitments", "agreements",
    "claim_incidents", "claims", "actors", "mentions", "incident_actors", "incidents", "report_versions", "reports",
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
