import type { BorderContext, Mention, Report } from "../domain/index.js";
import { getIncident, insertIncident, mentionsOfIncident, newId, nowIso, updateIncident, type Db } from "../store/index.js";
import { deriveIncident } from "../verify/derive.js";
import type { Linker, LinkOutcome } from "./api.js";

export type { Linker, LinkOutcome } from "./api.js";

export interface LinkerOptions {
  /** Border context of a point (src/geo); incidents without coordinates get none. */
  border?: (lat: number, lon: number) => BorderContext;
}

/** Recomputes an incident from all its mentions, keeping reviewer-locked fields. */
export async function refreshIncident(db: Db, incidentId: string, options: LinkerOptions = {}): Promise<void> {
  const existing = await getIncident(db, incidentId);
  const mentions = await mentionsOfIncident(db, incidentId);
  const reports = new Map<string, Pick<Report, "id" | "published" | "outlet" | "kind">>();
  for (const m of mentions) {
    if (!reports.has(m.report_id)) {
      const r = await db.selectFrom("reports").select(["id", "published", "outlet", "kind"]).where("id", "=", m.report_id).executeTakeFirstOrThrow();
      reports.set(r.id, r as Pick<Report, "id" | "published" | "outlet" | "kind">);
    }
  }
  const next = deriveIncident(incidentId, mentions.map((mention) => ({ mention, report: reports.get(mention.report_id)! })), existing, nowIso());
  if (options.border && next.lat != null && next.lon != null && !next.locked_fields.includes("border")) {
    next.border = options.border(next.lat, next.lon);
  }
  if (existing) await updateIncident(db, next);
  else await insertIncident(db, next);
}

/** The simplest linker: every mention starts its own incident. */
export function createLinker(options: LinkerOptions = {}): Linker {
  return {
    async linkMention(db: Db, mention: Mention, report: Report): Promise<LinkOutcome> {
      const incidentId = newId("inc");
      const incident = deriveIncident(incidentId, [{ mention, report }], null, nowIso());
      if (options.border && incident.lat != null && incident.lon != null) incident.border = options.border(incident.lat, incident.lon);
      await insertIncident(db, incident);
      await db.updateTable("mentions").set({ incident_id: incidentId }).where("id", "=", mention.id).execute();
      await db.insertInto("link_decisions").values({
        mention_id: mention.id, incident_id: incidentId, decision: "new", score: null,
        reasons: JSON.stringify({ rule: "no candidates searched" }), decided_by: "machine:link", at: nowIso(),
      }).execute();
      return { incident_id: incidentId, decision: "new", score: null };
    },
    refreshIncident: (db, id) => refreshIncident(db, id, options),
  };
}
