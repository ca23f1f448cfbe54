import type { Mention, Report } from "../domain/index.js";
import {
  getIncident, insertIncident, liveIncidentId, lockOf, previousIncidentOf, mentionsOfIncident, mentionTokens, newId, nowIso, recordAudit, recordLinkDecision,
  saveMentionTokens, updateIncident, type Db,
} from "../store/index.js";
import { deriveIncident, independentSourceCount } from "../verify/derive.js";
import type { Linker, LinkOutcome } from "./api.js";
import { decide } from "./decide.js";
import { dayToDate, featuresOf, tokensFor, type LinkFeatures } from "./features.js";
import { absorb, emptyProfile, type IncidentProfile } from "./profile.js";
import { DATE_WINDOW } from "./score.js";
import { BulkLinkSession } from "./batch.js";

export type { Linker, LinkOutcome } from "./api.js";
export { LinkEngine } from "./engine.js";
export { rebuildLinks, type RebuildSummary } from "./rebuild.js";
export type { LinkerOptions, LinkSession } from "./api.js";
export { BulkLinkSession } from "./batch.js";
import type { LinkerOptions } from "./api.js";


/** Recomputes an incident from all its mentions, keeping reviewer-locked fields. */
export async function refreshIncident(db: Db, incidentId: string, options: LinkerOptions = {}): Promise<void> {
  const existing = await getIncident(db, incidentId);
  const mentions = await mentionsOfIncident(db, incidentId);
  const ids = [...new Set(mentions.map((m) => m.report_id))];
  const reports = new Map<string, Pick<Report, "id" | "published" | "outlet" | "kind"> & { text: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom("reports").select(["id", "published", "outlet", "kind", "text"]).where("id", "in", ids.slice(i, i + 500)).execute();
    for (const r of rows) reports.set(r.id, r as Pick<Report, "id" | "published" | "outlet" | "kind"> & { text: string });
  }
  const sourced = mentions.map((mention) => ({ mention, report: reports.get(mention.report_id)! }));
  const next = deriveIncident(incidentId, sourced, existing, nowIso());
  if (options.border && next.lat != null && next.lon != null && !next.locked_fields.includes("border")) {
    next.border = options.border(next.lat, next.lon);
  }
  if (existing) await updateIncident(db, next);
  else await insertIncident(db, next);
  if (existing && existing.status !== next.status) {
    // the machine's status moves are part of the lifecycle's history too
    await recordAudit(db, {
      actor: "machine:verify", action: "incident.status", entity: "incident", entity_id: incidentId, field: "status",
      old_value: existing.status, new_value: next.status,
      reason: `${next.source_count} reports, ${independentSourceCount(sourced)} independent`,
    });
  }
}

/**
 * The incidents a mention could belong to, read from the database by blocking: live (not merged)
 * incidents dated within the window, in the mention's province (or with none), of its event family;
 * each turned into a profile from its mentions.
 */
export async function candidateProfiles(db: Db, f: LinkFeatures, rawAdm1?: unknown): Promise<IncidentProfile[]> {
  if (f.day == null) return [];
  let q = db.selectFrom("incidents").select(["id", "adm1"])
    .where("merged_into", "is", null)
    .where("date", ">=", dayToDate(f.day - DATE_WINDOW - 1)).where("date", "<=", dayToDate(f.day + DATE_WINDOW + 1));
  // the province as the extractor spells it (canonical names), plus incidents with none
  if (typeof rawAdm1 === "string" && rawAdm1.trim()) q = q.where((eb) => eb.or([eb("adm1", "=", rawAdm1), eb("adm1", "is", null)]));
  // no province: by distance (about 150 km), plus incidents with no coordinates
  else if (f.lat != null && f.lon != null) {
    const [lat, lon] = [f.lat, f.lon];
    q = q.where((eb) => eb.or([
      eb.and([eb("lat", ">=", lat - 1.5), eb("lat", "<=", lat + 1.5), eb("lon", ">=", lon - 1.5), eb("lon", "<=", lon + 1.5)]),
      eb("lat", "is", null),
    ]));
  }
  const rows = await q.execute();
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const mentions = [];
  for (let i = 0; i < ids.length; i += 500) {
    mentions.push(...await db.selectFrom("mentions").innerJoin("reports", "reports.id", "mentions.report_id")
      .select(["mentions.id", "mentions.report_id", "mentions.incident_id", "mentions.values_json", "reports.published", "reports.dataset"])
      .where("mentions.incident_id", "in", ids.slice(i, i + 500)).execute());
  }
  if (f.dataset) {
    // scorePair vetoes incidents holding another row of the same event dataset; dropping them here saves their tokens
    const taken = new Set(mentions.filter((m) => m.dataset === f.dataset && m.report_id !== f.reportId).map((m) => m.incident_id));
    if (taken.size) mentions.splice(0, mentions.length, ...mentions.filter((m) => !taken.has(m.incident_id)));
  }
  const tokens = await mentionTokens(db, mentions.map((m) => m.id), tokensFor);
  const profiles = new Map<string, IncidentProfile>();
  for (const m of mentions) {
    const mf = featuresOf({ id: m.id, report_id: m.report_id, values: JSON.parse(m.values_json) }, m, tokens.get(m.id) ?? []);
    let p = profiles.get(m.incident_id!);
    if (!p) profiles.set(m.incident_id!, (p = emptyProfile(m.incident_id!, mf.family)));
    absorb(p, mf);
  }
  return [...profiles.values()].filter((p) => p.family === f.family && (!f.adm1 || !p.adm1 || p.adm1 === f.adm1));
}

/**
 * The linker: a reviewer's pin wins; otherwise the mention is scored against the blocked candidates and
 * joins the best one at or above the threshold, or starts a new incident. Every decision is stored with
 * its reasons (link_decisions).
 */
export function createLinker(options: LinkerOptions = {}): Linker {
  return {
    async linkMention(db: Db, mention: Mention, report: Report): Promise<LinkOutcome> {
      const tokens = tokensFor(report.text, report.title, mention.evidence);
      await saveMentionTokens(db, mention.id, tokens);
      const f = featuresOf(mention, report, tokens);

      const lock = await lockOf(db, mention.report_id, mention.ordinal);
      const pinned = lock ? await liveIncidentId(db, lock.incident_id) : null;
      let incidentId: string;
      let decision: LinkOutcome["decision"];
      let score: number | null = null;
      let reasons: unknown;
      let decidedBy = "machine:link";
      if (pinned) {
        incidentId = pinned;
        decision = "linked";
        decidedBy = `pin:${lock!.decided_by}`;
        reasons = { rule: "reviewer pin: this report's incident was placed here by a person", by: lock!.decided_by, reason: lock!.reason };
      } else {
        const candidates = await candidateProfiles(db, f, mention.values.adm1);
        // a new version of a report keeps its incident unless the incident's other sources now disagree
        const previous = await previousIncidentOf(db, mention.report_id, mention.ordinal);
        const prevLive = previous ? await liveIncidentId(db, previous) : null;
        const prevProfile = prevLive ? candidates.find((p) => p.id === prevLive) : undefined;
        const prevEmpty = prevLive && !prevProfile
          ? !(await db.selectFrom("mentions").select("id").where("incident_id", "=", prevLive).where("id", "!=", mention.id).executeTakeFirst())
          : false;
        let d = decide(f, candidates);
        if (prevLive && (prevEmpty || (prevProfile && decide(f, [prevProfile]).incidentId))) {
          d = { incidentId: prevLive, score: d.score, reasons: { ...d.reasons, rule: "new version of a report: stays with the incident its previous version fed" } };
        }
        incidentId = d.incidentId ?? newId("inc");
        decision = d.incidentId ? "linked" : "new";
        score = d.score;
        reasons = d.reasons;
      }
      if (decision === "new") {
        // the incident row first: mentions.incident_id is a foreign key
        const incident = deriveIncident(incidentId, [{ mention, report }], null, nowIso());
        if (options.border && incident.lat != null && incident.lon != null) incident.border = options.border(incident.lat, incident.lon);
        await insertIncident(db, incident);
        await db.updateTable("mentions").set({ incident_id: incidentId }).where("id", "=", mention.id).execute();
      } else {
        await db.updateTable("mentions").set({ incident_id: incidentId }).where("id", "=", mention.id).execute();
        await refreshIncident(db, incidentId, options);
      }
      await recordLinkDecision(db, { mention_id: mention.id, incident_id: incidentId, decision, score, reasons, decided_by: decidedBy });
      return { incident_id: incidentId, decision, score };
    },
    refreshIncident: (db, id) => refreshIncident(db, id, options),
    session: () => new BulkLinkSession(options, (db, id) => refreshIncident(db, id, options)),
  };
}
