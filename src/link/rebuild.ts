import { emptyBorderContext, emptyTolls } from "../domain/index.js";
import {
  allLocks, liveIncidentId, mentionTokens, newId, nowIso, recordAudit, recordLinkDecision, type Db,
} from "../store/index.js";
import { fromJson } from "../store/json.js";
import { LinkEngine } from "./engine.js";
import { featuresOf, tokensFor, type LinkFeatures } from "./features.js";
import type { LinkerOptions } from "./api.js";

/** What a rebuild did. */
export interface RebuildSummary {
  mentions: number;
  pinned: number;
  moved: number;
  incidents: number;
  /** Machine incidents left without mentions, folded into where their mentions went. */
  folded: number;
  comparisons: number;
  naivePairs: number;
}

/**
 * Re-links every mention from scratch, in publication order, in one transaction. Reviewer pins are
 * placed first and never moved; the machine only decides the rest. Incident ids are kept where a
 * cluster survives (the first mention's old incident), so reviewer statuses and edits stay attached;
 * an incident the rebuild empties is folded (merged_into) into the incident that took its mentions.
 */
export async function rebuildLinks(db: Db, refresh: (db: Db, id: string) => Promise<void>, _options: LinkerOptions = {}): Promise<RebuildSummary> {
  void _options;
  return db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom("mentions").innerJoin("reports", "reports.id", "mentions.report_id")
      .select([
        "mentions.id", "mentions.report_id", "mentions.ordinal", "mentions.incident_id", "mentions.values_json",
        "reports.published", "reports.dataset",
      ])
      .execute();
    rows.sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.report_id.localeCompare(b.report_id) || a.ordinal - b.ordinal);
    // dataset rows' tokens are not stored (the bulk import derives them), nor those of mentions older than migration 0004
    const tokens = await mentionTokens(trx, rows.map((r) => r.id), tokensFor);
    const pins = new Map<string, string>();
    for (const l of await allLocks(trx)) {
      const live = await liveIncidentId(trx, l.incident_id);
      if (live) pins.set(`${l.report_id}|${l.ordinal}`, live);
    }
    const merged = new Set((await trx.selectFrom("incidents").select("id").where("merged_into", "is not", null).execute()).map((r) => r.id));

    const engine = new LinkEngine(() => newId("inc"));
    const feats = new Map<string, LinkFeatures>();
    for (const r of rows) {
      const t = tokens.get(r.id)!;
      feats.set(r.id, featuresOf({ id: r.id, report_id: r.report_id, values: fromJson(r.values_json, {}) }, r, t));
    }
    const target = new Map<string, string>();
    const why = new Map<string, { score: number | null; reasons: unknown; by: string }>();
    for (const r of rows) {
      const pin = pins.get(`${r.report_id}|${r.ordinal}`);
      if (!pin) continue;
      engine.assign(feats.get(r.id)!, pin);
      target.set(r.id, pin);
      why.set(r.id, { score: null, reasons: { rule: "reviewer pin kept by rebuild" }, by: "machine:link-rebuild" });
    }
    for (const r of rows) {
      if (target.has(r.id)) continue;
      const preferred = r.incident_id && !merged.has(r.incident_id) ? r.incident_id : undefined;
      const d = engine.link(feats.get(r.id)!, preferred);
      target.set(r.id, d.incidentId);
      why.set(r.id, { score: d.score, reasons: d.reasons, by: "machine:link-rebuild" });
    }

    // create incidents the rebuild started, then move mentions
    const existing = new Set((await trx.selectFrom("incidents").select("id").execute()).map((r) => r.id));
    const now = nowIso();
    for (const id of new Set(target.values())) {
      if (existing.has(id)) continue;
      await trx.insertInto("incidents").values(placeholderRow(id, now)).execute();
    }
    const touched = new Set<string>();
    const flows = new Map<string, Map<string, number>>();
    let moved = 0;
    for (const r of rows) {
      const to = target.get(r.id)!;
      if (to === r.incident_id) continue;
      moved++;
      await trx.updateTable("mentions").set({ incident_id: to }).where("id", "=", r.id).execute();
      const w = why.get(r.id)!;
      await recordLinkDecision(trx, {
        mention_id: r.id, incident_id: to, decision: "relinked", score: w.score,
        reasons: { ...(w.reasons as object), from: r.incident_id }, decided_by: w.by,
      });
      touched.add(to);
      if (r.incident_id) {
        touched.add(r.incident_id);
        const f = flows.get(r.incident_id) ?? new Map<string, number>();
        f.set(to, (f.get(to) ?? 0) + 1);
        flows.set(r.incident_id, f);
      }
    }
    let folded = 0;
    for (const id of touched) {
      const left = await trx.selectFrom("mentions").select("id").where("incident_id", "=", id).executeTakeFirst();
      if (left) {
        await refresh(trx, id);
        continue;
      }
      const into = [...(flows.get(id) ?? new Map()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      if (!into) continue;
      folded++;
      await trx.updateTable("incidents").set({ merged_into: into, source_count: 0 }).where("id", "=", id).execute();
      const claims = await trx.selectFrom("claim_incidents").select("claim_id").where("incident_id", "=", id).execute();
      for (const c of claims) {
        const dup = await trx.selectFrom("claim_incidents").select("claim_id").where("claim_id", "=", c.claim_id).where("incident_id", "=", into).executeTakeFirst();
        if (!dup) await trx.insertInto("claim_incidents").values({ claim_id: c.claim_id, incident_id: into }).execute();
      }
      await recordAudit(trx, {
        actor: "machine:link-rebuild", action: "incident.fold", entity: "incident", entity_id: id, field: "merged_into",
        old_value: null, new_value: into, reason: "re-linking moved all its mentions to another incident",
      });
    }
    const incidents = new Set(target.values()).size;
    return {
      mentions: rows.length, pinned: [...why.values()].filter((w) => (w.reasons as { rule: string }).rule.startsWith("reviewer")).length,
      moved, incidents, folded, comparisons: engine.comparisons, naivePairs: (rows.length * (rows.length - 1)) / 2,
    };
  });
}

/** A bare incident row, filled in by the refresh that follows. */
function placeholderRow(id: string, now: string) {
  const tolls: Record<string, null> = {};
  for (const part of ["killed", "injured"]) for (const [cat] of Object.entries(emptyTolls())) for (const b of ["low", "best", "high"]) tolls[`${part}_${cat}_${b}`] = null;
  const border = emptyBorderContext();
  return {
    id, date: null, date_precision: "day", country: null, adm1: null, adm2: null, place: null, lat: null, lon: null,
    geo_precision: null, geo_method: null, event_type: "Strategic developments", sub_event_type: "Other", status: "provisional",
    border_side: border.side, border_distance_km: null, border_in_belt: null, nearest_crossing: null, nearest_crossing_km: null,
    source_count: 0, locked_fields: "[]", merged_into: null, revision: 1, created_at: now, updated_at: now, ...tolls,
  };
}
