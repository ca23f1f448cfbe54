import type { Db } from "./open.js";
import type { ClaimScopesTable } from "./schema.js";

/** What a statistic claim counts. */
export type ClaimScope = Omit<ClaimScopesTable, "claim_id">;

export async function setClaimScope(db: Db, claimId: string, s: ClaimScope): Promise<void> {
  await db.deleteFrom("claim_scopes").where("claim_id", "=", claimId).execute();
  await db.insertInto("claim_scopes").values({ claim_id: claimId, ...s }).execute();
}

export async function claimScope(db: Db, claimId: string): Promise<ClaimScope | null> {
  const r = await db.selectFrom("claim_scopes").selectAll().where("claim_id", "=", claimId).executeTakeFirst();
  if (!r) return null;
  const { claim_id: _c, ...scope } = r;
  return scope;
}

const PARTS = new Set(["killed", "injured"]);
const CATEGORIES = new Set(["total", "security_forces", "civilians", "militants"]);

/** The record's incidents within a scope, with each one's best figure for the scope's category. */
export async function recordFigures(db: Db, s: ClaimScope): Promise<{ incident_id: string; date: string | null; value: number }[]> {
  if (!PARTS.has(s.part) || !CATEGORIES.has(s.category)) throw new Error(`scope: unknown part/category "${s.part}.${s.category}"`);
  const column = `${s.part}_${s.category}_best` as "killed_total_best";
  let q = db.selectFrom("incidents").select(["id", "date", column]).where("merged_into", "is", null).where("status", "!=", "retracted")
    .where(column, "is not", null);
  if (s.since) q = q.where("date", ">=", s.since);
  if (s.until) q = q.where("date", "<=", s.until);
  if (s.country) q = q.where("country", "=", s.country);
  if (s.adm1) q = q.where("adm1", "=", s.adm1);
  if (s.adm2) q = q.where("adm2", "=", s.adm2);
  if (s.actor) q = q.where("id", "in", (eb) => eb.selectFrom("incident_actors").select("incident_id").where("actor_id", "=", s.actor!));
  const rows = await q.orderBy("date").orderBy("id").execute();
  return rows.map((r) => ({ incident_id: r.id, date: r.date, value: Number((r as Record<string, unknown>)[column]) }));
}
