import { nowIso } from "./ids.js";
import { fromJson } from "./json.js";
import { decodeEvidence } from "./mentions.js";
import type { Db } from "./open.js";
import type { LinkLocksTable } from "./schema.js";

/** A reviewer's pin of one report's incident to a record incident (a row of link_locks). */
export type LinkLock = LinkLocksTable;

/** Pins (report, ordinal) to an incident, replacing an earlier pin. */
export async function pinMention(db: Db, l: Omit<LinkLock, "at"> & { at?: string }): Promise<void> {
  await db.deleteFrom("link_locks").where("report_id", "=", l.report_id).where("ordinal", "=", l.ordinal).execute();
  await db.insertInto("link_locks").values({ ...l, at: l.at ?? nowIso() }).execute();
}

export async function lockOf(db: Db, reportId: string, ordinal: number): Promise<LinkLock | null> {
  return (await db.selectFrom("link_locks").selectAll().where("report_id", "=", reportId).where("ordinal", "=", ordinal).executeTakeFirst()) ?? null;
}

export async function allLocks(db: Db): Promise<LinkLock[]> {
  return db.selectFrom("link_locks").selectAll().execute();
}

/** Follows merged_into to the incident that stands for it now. */
export async function liveIncidentId(db: Db, id: string): Promise<string | null> {
  let cur = id;
  for (let i = 0; i < 50; i++) {
    const r = await db.selectFrom("incidents").select(["id", "merged_into"]).where("id", "=", cur).executeTakeFirst();
    if (!r) return null;
    if (!r.merged_into) return r.id;
    cur = r.merged_into;
  }
  return null;
}

export async function saveMentionTokens(db: Db, mentionId: string, tokens: string[]): Promise<void> {
  await db.deleteFrom("mention_keys").where("mention_id", "=", mentionId).execute();
  await db.insertInto("mention_keys").values({ mention_id: mentionId, tokens: tokens.join(" ") }).execute();
}

/** How a mention's tokens are made from its report's text (the linker's tokensFor; the store does not tokenise). */
export type DeriveTokens = (reportText: string, title: string | null, evidence: Record<string, { start: number; end: number }[]>) => string[];

/**
 * The linking tokens of mentions. A dataset row's mention has no mention_keys row (the bulk import does not store
 * them: they are a function of the row's text, title and evidence, and most are never read); with `derive`, those
 * are made from the report, as they were when the row was linked. Without it, such mentions are left out.
 */
export async function mentionTokens(db: Db, mentionIds: string[], derive?: DeriveTokens): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < mentionIds.length; i += 500) {
    const part = mentionIds.slice(i, i + 500);
    const rows = await db.selectFrom("mention_keys").selectAll().where("mention_id", "in", part).execute();
    for (const r of rows) out.set(r.mention_id, r.tokens ? r.tokens.split(" ") : []);
    if (!derive || rows.length === part.length) continue;
    const missing = part.filter((id) => !out.has(id));
    const texts = await db.selectFrom("mentions").innerJoin("reports", "reports.id", "mentions.report_id")
      .select(["mentions.id", "mentions.evidence_json", "reports.text", "reports.title"]).where("mentions.id", "in", missing).execute();
    for (const t of texts) out.set(t.id, derive(t.text, t.title, decodeEvidence(t.evidence_json)));
  }
  return out;
}

/** A stored link decision, with its reasons parsed. */
export interface LinkDecisionRow {
  id: number;
  mention_id: string;
  incident_id: string | null;
  decision: string;
  score: number | null;
  reasons: Record<string, unknown>;
  decided_by: string;
  at: string;
}

export async function recordLinkDecision(
  db: Db, d: {
    mention_id: string; incident_id: string | null; decision: string; score: number | null; reasons: unknown; decided_by: string;
    report_id?: string | null; ordinal?: number | null;
  },
): Promise<void> {
  let { report_id, ordinal } = d;
  if (report_id === undefined) {
    const m = await db.selectFrom("mentions").select(["report_id", "ordinal"]).where("id", "=", d.mention_id).executeTakeFirst();
    report_id = m?.report_id ?? null;
    ordinal = m?.ordinal ?? null;
  }
  await db.insertInto("link_decisions").values({
    mention_id: d.mention_id, report_id, ordinal: ordinal ?? null, incident_id: d.incident_id, decision: d.decision,
    score: d.score == null || !Number.isFinite(d.score) ? null : d.score, reasons: JSON.stringify(d.reasons), decided_by: d.decided_by, at: nowIso(),
  }).execute();
}

/**
 * Link decisions about an incident's mentions or naming the incident, oldest first. A mention's decisions are
 * found by its report (link_decisions_report; migration 0007 dropped the index by mention).
 */
export async function linkDecisionsOf(db: Db, incidentId: string, mentions: readonly { id: string; report_id: string }[]): Promise<LinkDecisionRow[]> {
  let q = db.selectFrom("link_decisions").selectAll();
  const reports = [...new Set(mentions.map((m) => m.report_id))];
  q = mentions.length
    ? q.where((eb) => eb.or([
      eb("incident_id", "=", incidentId),
      eb.and([eb("report_id", "in", reports), eb("mention_id", "in", mentions.map((m) => m.id))]),
    ]))
    : q.where("incident_id", "=", incidentId);
  const rows = await q.orderBy("id").execute();
  return rows.map((r) => ({ ...r, reasons: fromJson<Record<string, unknown>>(r.reasons, {}) }));
}

/** The incident the latest decision put a report's ORDINAL-th incident in (the previous version's reading). */
export async function previousIncidentOf(db: Db, reportId: string, ordinal: number): Promise<string | null> {
  const r = await db.selectFrom("link_decisions").select("incident_id").where("report_id", "=", reportId).where("ordinal", "=", ordinal)
    .where("incident_id", "is not", null).orderBy("id", "desc").limit(1).executeTakeFirst();
  return r?.incident_id ?? null;
}
