import { type Kysely, sql } from "kysely";

/**
 * One index fewer per link decision (issue 5: a dataset import writes a decision per row, and the table had three
 * secondary indexes): link_decisions_mention goes. Its one reader, the decisions about an incident's mentions
 * (linkDecisionsOf), asks by the mentions' reports instead, through link_decisions_report (report_id, ordinal),
 * which re-imports need anyway; a mention's decisions all carry its report. Decisions stored before migration 0004
 * gave them a report get it from their mention (those whose mention is gone are still found by their incident).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`update link_decisions set
      report_id = (select m.report_id from mentions m where m.id = link_decisions.mention_id),
      ordinal = (select m.ordinal from mentions m where m.id = link_decisions.mention_id)
    where report_id is null and exists (select 1 from mentions m where m.id = link_decisions.mention_id)`.execute(db);
  await db.schema.dropIndex("link_decisions_mention").ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("link_decisions_mention").on("link_decisions").column("mention_id").execute();
}
