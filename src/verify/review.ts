import { ACTOR_IDS, EVENT_TAXONOMY, EVENT_TYPES, SUB_EVENT_TYPES, eventTypeOf, type Incident, type SubEventType } from "../domain/index.js";
import { refreshIncident } from "../link/index.js";
import {
  ConflictError, getIncident, insertIncident, mentionsOfIncident, newId, nowIso, pinMention, recordAudit, recordLinkDecision,
  updateIncident, type Db,
} from "../store/index.js";
import { deriveIncident, getPath, setPath } from "./derive.js";
import type { ReviewStatus } from "./status.js";

export { ConflictError };

/** A reviewer action refused: the message says what was wrong; nothing was changed. */
export class ReviewError extends Error {
  override name = "ReviewError";
}

/** Who acts and why; `expectedRevision` makes the action fail if the incident changed since it was read. */
export interface ReviewContext {
  by: string;
  reason: string;
  expectedRevision?: number;
}

function checkContext(ctx: ReviewContext): void {
  if (!ctx.by?.trim()) throw new ReviewError("a reviewer name is required (--by NAME)");
  if (!ctx.reason?.trim()) throw new ReviewError("a reason is required (--reason TEXT): the audit log records why");
  if (/^machine:/.test(ctx.by)) throw new ReviewError(`"${ctx.by}" is reserved for machine components; give a person's name`);
}

type Loaded = Incident & { revision: number };

async function load(db: Db, id: string, ctx?: ReviewContext): Promise<Loaded> {
  const inc = await getIncident(db, id);
  if (!inc) throw new ReviewError(`incident ${id} does not exist`);
  if (inc.merged_into) throw new ReviewError(`incident ${id} was merged into ${inc.merged_into}; review ${inc.merged_into} instead`);
  if (ctx?.expectedRevision !== undefined && ctx.expectedRevision !== inc.revision) {
    throw new ConflictError(`incident ${id} was changed by someone else (you read revision ${ctx.expectedRevision}, it is now ${inc.revision}); reload and retry`);
  }
  return inc;
}

const lock = (inc: Incident, field: string): string[] => [...new Set([...inc.locked_fields, field])];

/** verify | dispute | retract: a person's status, kept by the machine from then on. */
export async function setStatus(db: Db, incidentId: string, status: ReviewStatus, ctx: ReviewContext): Promise<Incident> {
  checkContext(ctx);
  return db.transaction().execute(async (trx) => {
    const inc = await load(trx, incidentId, ctx);
    const next = { ...inc, status, locked_fields: lock(inc, "status"), updated_at: nowIso() };
    await updateIncident(trx, next, inc.revision);
    // a person who checked an incident checked what it is made of: re-linking keeps its sources with it
    await pinAll(trx, incidentId, ctx.by, ctx.reason);
    await recordAudit(trx, {
      actor: ctx.by, action: `incident.${status === "verified" ? "verify" : status === "disputed" ? "dispute" : "retract"}`,
      entity: "incident", entity_id: incidentId, field: "status", old_value: inc.status, new_value: status, reason: ctx.reason,
    });
    return next;
  });
}

/** Fields a reviewer may edit, and how a typed value is read. */
export function parseField(field: string, raw: string): { path: string; value: unknown } {
  const nullable = (v: string) => (v === "" || v.toLowerCase() === "null" ? null : v);
  const tollPath = /^(killed|injured)\.(total|security_forces|civilians|militants)(\.(low|best|high))?$/.exec(field);
  if (tollPath) {
    const v = nullable(raw);
    const n = v == null ? null : Number(v);
    if (n != null && (!Number.isInteger(n) || n < 0)) throw new ReviewError(`${field}: expected a whole number ≥ 0 or "null", got "${raw}"`);
    return { path: tollPath[3] ? field : `${field}.best`, value: n };
  }
  switch (field) {
    case "date": {
      const v = nullable(raw);
      if (v != null && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v)))) throw new ReviewError(`date: expected YYYY-MM-DD, got "${raw}"`);
      return { path: field, value: v };
    }
    case "date_precision":
      if (!["day", "week", "month", "year"].includes(raw)) throw new ReviewError(`date_precision: expected day, week, month or year, got "${raw}"`);
      return { path: field, value: raw };
    case "country": {
      const v = nullable(raw)?.toUpperCase() ?? null;
      if (v != null && !/^[A-Z]{2}$/.test(v)) throw new ReviewError(`country: expected a two-letter code (PK, AF), got "${raw}"`);
      return { path: field, value: v };
    }
    case "adm1": case "adm2": case "place": case "geo_method":
      return { path: field, value: nullable(raw.trim()) };
    case "lat": case "lon": {
      const v = nullable(raw);
      const n = v == null ? null : Number(v);
      const max = field === "lat" ? 90 : 180;
      if (n != null && !(Math.abs(n) <= max)) throw new ReviewError(`${field}: expected a number between -${max} and ${max}, got "${raw}"`);
      return { path: field, value: n };
    }
    case "geo_precision":
      if (!["1", "2", "3"].includes(raw)) throw new ReviewError(`geo_precision: expected 1, 2 or 3, got "${raw}"`);
      return { path: field, value: Number(raw) };
    case "event_type":
      if (!(EVENT_TYPES as string[]).includes(raw)) throw new ReviewError(`event_type: unknown "${raw}" (one of ${EVENT_TYPES.join(", ")})`);
      return { path: field, value: raw };
    case "sub_event_type":
      if (!(SUB_EVENT_TYPES as string[]).includes(raw)) throw new ReviewError(`sub_event_type: unknown "${raw}" (one of ${SUB_EVENT_TYPES.join(", ")})`);
      return { path: field, value: raw };
    case "perpetrators": case "targets": {
      const ids = raw.split(/[,;]/).map((s) => s.trim().toUpperCase()).filter(Boolean);
      for (const id of ids) {
        if (!/^[A-Z][A-Z0-9_]*$/.test(id)) throw new ReviewError(`${field}: "${id}" is not an actor id (UPPER_SNAKE_CASE, e.g. ${ACTOR_IDS.slice(0, 3).join(", ")})`);
      }
      return { path: field, value: ids };
    }
    default:
      throw new ReviewError(
        `cannot edit "${field}": editable fields are date, date_precision, country, adm1, adm2, place, lat, lon, geo_precision, ` +
        `event_type, sub_event_type, perpetrators, targets, killed.CATEGORY[.low|.best|.high], injured.CATEGORY[...] ` +
        `(status: use review verify|dispute|retract)`,
      );
  }
}

/** Sets one field to a reviewer's value and locks it against machine re-extraction and re-linking. */
export async function editField(db: Db, incidentId: string, field: string, raw: string, ctx: ReviewContext): Promise<Incident> {
  checkContext(ctx);
  const { path, value } = parseField(field, raw);
  return db.transaction().execute(async (trx) => {
    const inc = await load(trx, incidentId, ctx);
    const next: Incident = structuredClone(inc);
    let old: unknown;
    const locks = [path];
    if (path === "perpetrators" || path === "targets") {
      const role = path === "perpetrators" ? "perpetrator" : "target";
      old = inc.actors.filter((a) => a.role === role).map((a) => a.actor_id);
      next.actors = [...inc.actors.filter((a) => a.role !== role), ...(value as string[]).map((actor_id) => ({ actor_id, role: role as "perpetrator" | "target" }))];
    } else {
      old = getPath(inc, path);
      setPath(next, path, value);
      if (path === "sub_event_type") {
        // the type follows its sub-type
        next.event_type = eventTypeOf(value as SubEventType);
        locks.push("event_type");
      }
      if (path === "event_type" && !(EVENT_TAXONOMY as Record<string, readonly string[]>)[value as string].includes(next.sub_event_type)) {
        throw new ReviewError(`event_type: "${value}" does not contain the incident's sub_event_type "${next.sub_event_type}"; edit sub_event_type instead`);
      }
      const toll = /^(killed|injured)\.(\w+)\.best$/.exec(path);
      if (toll && typeof value === "number") {
        const t = next[toll[1] as "killed" | "injured"][toll[2] as "total"];
        if (t.low == null || t.low > value) t.low = value;
        if (t.high == null || t.high < value) t.high = value;
      }
    }
    next.locked_fields = locks.reduce((acc, f) => [...new Set([...acc, f])], inc.locked_fields);
    next.updated_at = nowIso();
    await updateIncident(trx, next, inc.revision);
    await pinAll(trx, incidentId, ctx.by, ctx.reason);
    await recordAudit(trx, {
      actor: ctx.by, action: "incident.edit", entity: "incident", entity_id: incidentId, field: path,
      old_value: JSON.stringify(old ?? null), new_value: JSON.stringify(value), reason: ctx.reason,
    });
    return next;
  });
}

/** Removes a reviewer lock so the machine's value applies again. */
export async function unlockField(db: Db, incidentId: string, field: string, ctx: ReviewContext): Promise<void> {
  checkContext(ctx);
  await db.transaction().execute(async (trx) => {
    const inc = await load(trx, incidentId, ctx);
    if (!inc.locked_fields.includes(field)) throw new ReviewError(`incident ${incidentId} has no reviewer lock on "${field}" (locked: ${inc.locked_fields.join(", ") || "none"})`);
    await updateIncident(trx, { ...inc, locked_fields: inc.locked_fields.filter((f) => f !== field) }, inc.revision);
    await recordAudit(trx, { actor: ctx.by, action: "incident.unlock", entity: "incident", entity_id: incidentId, field, old_value: null, new_value: null, reason: ctx.reason });
    await refreshIncident(trx, incidentId);
  });
}

/** Pins every mention of an incident to it, so that linking never moves them. */
async function pinAll(db: Db, incidentId: string, by: string, reason: string): Promise<void> {
  for (const m of await mentionsOfIncident(db, incidentId)) {
    await pinMention(db, { report_id: m.report_id, ordinal: m.ordinal, incident_id: incidentId, decided_by: by, reason });
  }
}

/**
 * Merges incident `fromId` into `intoId`: its mentions and claims move, every mention of both is pinned to
 * `intoId`, and `fromId` stays as a pointer (merged_into) with its history.
 */
export async function merge(db: Db, fromId: string, intoId: string, ctx: ReviewContext): Promise<Incident> {
  checkContext(ctx);
  if (fromId === intoId) throw new ReviewError(`cannot merge incident ${fromId} with itself`);
  return db.transaction().execute(async (trx) => {
    const from = await load(trx, fromId);
    const into = await load(trx, intoId, ctx);
    const moved = await mentionsOfIncident(trx, fromId);
    await trx.updateTable("mentions").set({ incident_id: intoId }).where("incident_id", "=", fromId).execute();
    for (const m of moved) {
      await recordLinkDecision(trx, {
        mention_id: m.id, incident_id: intoId, decision: "merged", score: null,
        reasons: { rule: "reviewer merge", from: fromId, reason: ctx.reason }, decided_by: ctx.by,
      });
    }
    const claims = await trx.selectFrom("claim_incidents").select("claim_id").where("incident_id", "=", fromId).execute();
    for (const c of claims) {
      const dup = await trx.selectFrom("claim_incidents").select("claim_id").where("claim_id", "=", c.claim_id).where("incident_id", "=", intoId).executeTakeFirst();
      if (!dup) await trx.insertInto("claim_incidents").values({ claim_id: c.claim_id, incident_id: intoId }).execute();
    }
    // pins that pointed at the merged incident follow it
    await trx.updateTable("link_locks").set({ incident_id: intoId }).where("incident_id", "=", fromId).execute();
    await pinAll(trx, intoId, ctx.by, ctx.reason);
    await updateIncident(trx, { ...from, merged_into: intoId, source_count: 0, updated_at: nowIso() }, from.revision);
    // reviewer locks of the absorbed incident do not override the target's: the target's own stay
    await updateIncident(trx, { ...into, updated_at: nowIso() }, into.revision);
    await refreshIncident(trx, intoId);
    await recordAudit(trx, { actor: ctx.by, action: "incident.merge", entity: "incident", entity_id: intoId, field: "mentions", old_value: null, new_value: `merged in ${fromId} (${moved.length} mentions)`, reason: ctx.reason });
    await recordAudit(trx, { actor: ctx.by, action: "incident.merged_into", entity: "incident", entity_id: fromId, field: "merged_into", old_value: null, new_value: intoId, reason: ctx.reason });
    return (await getIncident(trx, intoId))!;
  });
}

/**
 * Splits the given mentions (ids, or all mentions of the given report ids) out of an incident into a new
 * one. Both sides are pinned, so re-linking never joins them again. Refuses a split that moves nothing or
 * everything.
 */
export async function split(db: Db, incidentId: string, select: { mentions?: string[]; reports?: string[] }, ctx: ReviewContext): Promise<Incident> {
  checkContext(ctx);
  const wantMentions = new Set(select.mentions ?? []);
  const wantReports = new Set(select.reports ?? []);
  if (!wantMentions.size && !wantReports.size) throw new ReviewError("split: name at least one mention (--mention ID) or report (--report ID) to move out");
  return db.transaction().execute(async (trx) => {
    await load(trx, incidentId, ctx);
    const all = await mentionsOfIncident(trx, incidentId);
    const known = new Set(all.map((m) => m.id));
    const knownReports = new Set(all.map((m) => m.report_id));
    const stray = [...wantMentions].filter((m) => !known.has(m));
    const strayReports = [...wantReports].filter((r) => !knownReports.has(r));
    if (stray.length || strayReports.length) {
      throw new ReviewError(`split: not mentions of incident ${incidentId}: ${[...stray, ...strayReports.map((r) => `report ${r}`)].join(", ")}`);
    }
    const moving = all.filter((m) => wantMentions.has(m.id) || wantReports.has(m.report_id));
    if (moving.length === all.length) throw new ReviewError(`split would leave incident ${incidentId} with nothing: keep at least one of its ${all.length} mentions`);
    const newIdValue = newId("inc");
    const reports = new Map<string, { id: string; published: string | null; outlet: string | null; kind: any }>();
    for (const m of moving) {
      const r = await trx.selectFrom("reports").select(["id", "published", "outlet", "kind"]).where("id", "=", m.report_id).executeTakeFirstOrThrow();
      reports.set(r.id, r);
    }
    await insertIncident(trx, deriveIncident(newIdValue, moving.map((m) => ({ mention: m, report: reports.get(m.report_id)! })), null, nowIso()));
    for (const m of moving) {
      await trx.updateTable("mentions").set({ incident_id: newIdValue }).where("id", "=", m.id).execute();
      await recordLinkDecision(trx, {
        mention_id: m.id, incident_id: newIdValue, decision: "split", score: null,
        reasons: { rule: "reviewer split", from: incidentId, reason: ctx.reason }, decided_by: ctx.by,
      });
    }
    await pinAll(trx, incidentId, ctx.by, ctx.reason);
    await pinAll(trx, newIdValue, ctx.by, ctx.reason);
    await refreshIncident(trx, incidentId);
    await refreshIncident(trx, newIdValue);
    await recordAudit(trx, { actor: ctx.by, action: "incident.split", entity: "incident", entity_id: incidentId, field: "mentions", old_value: null, new_value: `split ${moving.length} mentions into ${newIdValue}`, reason: ctx.reason });
    await recordAudit(trx, { actor: ctx.by, action: "incident.split_from", entity: "incident", entity_id: newIdValue, field: "mentions", old_value: null, new_value: `split from ${incidentId}`, reason: ctx.reason });
    return (await getIncident(trx, newIdValue))!;
  });
}
