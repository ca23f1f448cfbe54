import {
  CASUALTY_CATEGORIES, type CasualtyCategory, type DatePrecision, type GeoPrecision, type Incident,
  type IncidentActor, type IncidentStatus, type Tolls,
} from "../domain/index.js";
import { fromJson, toJson } from "./json.js";
import type { Db } from "./open.js";
import type { IncidentsTable } from "./schema.js";

const BOUNDS = ["low", "best", "high"] as const;
type TollKey = keyof Omit<IncidentsTable, keyof Omit<IncidentsTable, `${"killed" | "injured"}_${CasualtyCategory}_${(typeof BOUNDS)[number]}`>>;
const col = (part: "killed" | "injured", cat: CasualtyCategory, b: (typeof BOUNDS)[number]) => `${part}_${cat}_${b}` as TollKey;

function tollsFromRow(r: IncidentsTable, part: "killed" | "injured"): Tolls {
  const out = {} as Tolls;
  for (const cat of CASUALTY_CATEGORIES) {
    out[cat] = { low: r[col(part, cat, "low")], best: r[col(part, cat, "best")], high: r[col(part, cat, "high")] };
  }
  return out;
}

export function rowToIncident(r: IncidentsTable, actors: IncidentActor[]): Incident {
  return {
    id: r.id,
    date: r.date,
    date_precision: r.date_precision as DatePrecision,
    country: r.country,
    adm1: r.adm1,
    adm2: r.adm2,
    place: r.place,
    lat: r.lat,
    lon: r.lon,
    geo_precision: (r.geo_precision as GeoPrecision | null) ?? null,
    geo_method: r.geo_method,
    event_type: r.event_type,
    sub_event_type: r.sub_event_type,
    actors,
    killed: tollsFromRow(r, "killed"),
    injured: tollsFromRow(r, "injured"),
    status: r.status as IncidentStatus,
    border: {
      side: (r.border_side as "PK" | "AF" | null) ?? null,
      distance_km: r.border_distance_km,
      in_belt: r.border_in_belt == null ? null : r.border_in_belt === 1,
      nearest_crossing: r.nearest_crossing,
      nearest_crossing_km: r.nearest_crossing_km,
    },
    source_count: r.source_count,
    locked_fields: fromJson<string[]>(r.locked_fields, []),
    merged_into: r.merged_into,
    created_at: r.created_at,
    updated_at: r.updated_at,
  };
}

/**
 * An incident as its table row: one object literal with every column, the toll columns written out (a dataset
 * import makes one per row; adding the 24 toll columns to it one by one, from a loop over their names, cost a
 * property transition each at one keyed store that saw every column name).
 */
export function incidentToRow(i: Incident, revision = 1): IncidentsTable {
  return {
    id: i.id, date: i.date, date_precision: i.date_precision, country: i.country, adm1: i.adm1, adm2: i.adm2,
    place: i.place, lat: i.lat, lon: i.lon, geo_precision: i.geo_precision, geo_method: i.geo_method,
    event_type: i.event_type, sub_event_type: i.sub_event_type, status: i.status,
    border_side: i.border.side, border_distance_km: i.border.distance_km,
    border_in_belt: i.border.in_belt == null ? null : i.border.in_belt ? 1 : 0,
    nearest_crossing: i.border.nearest_crossing, nearest_crossing_km: i.border.nearest_crossing_km,
    source_count: i.source_count, locked_fields: i.locked_fields?.length === 0 ? "[]" : toJson(i.locked_fields), merged_into: i.merged_into,
    revision, created_at: i.created_at, updated_at: i.updated_at,
    killed_total_low: i.killed.total.low, killed_total_best: i.killed.total.best, killed_total_high: i.killed.total.high,
    killed_security_forces_low: i.killed.security_forces.low, killed_security_forces_best: i.killed.security_forces.best, killed_security_forces_high: i.killed.security_forces.high,
    killed_civilians_low: i.killed.civilians.low, killed_civilians_best: i.killed.civilians.best, killed_civilians_high: i.killed.civilians.high,
    killed_militants_low: i.killed.militants.low, killed_militants_best: i.killed.militants.best, killed_militants_high: i.killed.militants.high,
    injured_total_low: i.injured.total.low, injured_total_best: i.injured.total.best, injured_total_high: i.injured.total.high,
    injured_security_forces_low: i.injured.security_forces.low, injured_security_forces_best: i.injured.security_forces.best, injured_security_forces_high: i.injured.security_forces.high,
    injured_civilians_low: i.injured.civilians.low, injured_civilians_best: i.injured.civilians.best, injured_civilians_high: i.injured.civilians.high,
    injured_militants_low: i.injured.militants.low, injured_militants_best: i.injured.militants.best, injured_militants_high: i.injured.militants.high,
  };
}

export async function insertIncident(db: Db, i: Incident): Promise<void> {
  await db.insertInto("incidents").values(incidentToRow(i)).execute();
  await replaceActors(db, i.id, i.actors);
}

/**
 * Writes an incident back. With `expectedRevision`, refuses when someone else changed it meanwhile
 * (two reviewers at once): the caller reloads and retries or reports the conflict.
 */
export async function updateIncident(db: Db, i: Incident, expectedRevision?: number): Promise<void> {
  const { id, created_at, revision: _r, ...rest } = incidentToRow(i);
  void created_at;
  let q = db.updateTable("incidents").set({ ...rest, revision: (eb) => eb("revision", "+", 1) }).where("id", "=", id);
  if (expectedRevision !== undefined) q = q.where("revision", "=", expectedRevision);
  const res = await q.executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) {
    throw new ConflictError(`incident ${id} was changed by someone else (expected revision ${expectedRevision}); reload and retry`);
  }
  await replaceActors(db, id, i.actors);
}

export class ConflictError extends Error {
  override name = "ConflictError";
}

async function replaceActors(db: Db, incidentId: string, actors: IncidentActor[]): Promise<void> {
  await db.deleteFrom("incident_actors").where("incident_id", "=", incidentId).execute();
  const unique = new Map(actors.map((a) => [`${a.actor_id}|${a.role}`, a]));
  if (unique.size) {
    await db.insertInto("incident_actors")
      .values([...unique.values()].map((a) => ({ incident_id: incidentId, actor_id: a.actor_id, role: a.role })))
      .execute();
  }
}

export async function getIncident(db: Db, id: string): Promise<(Incident & { revision: number }) | null> {
  const r = await db.selectFrom("incidents").selectAll().where("id", "=", id).executeTakeFirst();
  if (!r) return null;
  const actors = await db.selectFrom("incident_actors").select(["actor_id", "role"]).where("incident_id", "=", id).execute();
  return { ...rowToIncident(r, actors as IncidentActor[]), revision: r.revision };
}

/** Filters shared by the CLI, the API and exports. */
export interface IncidentFilter {
  since?: string;
  until?: string;
  country?: string;
  adm1?: string;
  adm2?: string;
  status?: IncidentStatus[];
  eventType?: string;
  subEventType?: string;
  actor?: string;
  /** Only incidents within this many km of the border (needs border context). */
  borderKm?: number;
  /** Include incidents merged into others (hidden by default). */
  includeMerged?: boolean;
  includeRetracted?: boolean;
  limit?: number;
  offset?: number;
}

export async function listIncidents(db: Db, f: IncidentFilter = {}): Promise<Incident[]> {
  let q = db.selectFrom("incidents").selectAll();
  if (f.since) q = q.where("date", ">=", f.since);
  if (f.until) q = q.where("date", "<=", f.until);
  if (f.country) q = q.where("country", "=", f.country.toUpperCase());
  if (f.adm1) q = q.where("adm1", "=", f.adm1);
  if (f.adm2) q = q.where("adm2", "=", f.adm2);
  if (f.status?.length) q = q.where("status", "in", f.status);
  else if (!f.includeRetracted) q = q.where("status", "!=", "retracted");
  if (f.eventType) q = q.where("event_type", "=", f.eventType);
  if (f.subEventType) q = q.where("sub_event_type", "=", f.subEventType);
  if (f.borderKm !== undefined) q = q.where("border_distance_km", "<=", f.borderKm);
  if (!f.includeMerged) q = q.where("merged_into", "is", null);
  if (f.actor) {
    const actor = f.actor.toUpperCase();
    q = q.where("id", "in", (eb) => eb.selectFrom("incident_actors").select("incident_id").where("actor_id", "=", actor));
  }
  q = q.orderBy("date", "desc").orderBy("id");
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.offset) q = q.offset(f.offset).$if(f.limit === undefined, (qq) => qq.limit(1_000_000_000));
  const rows = await q.execute();
  if (!rows.length) return [];
  const actors = new Map<string, IncidentActor[]>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    const found = await db.selectFrom("incident_actors").select(["incident_id", "actor_id", "role"]).where("incident_id", "in", ids).execute();
    for (const a of found) {
      const list = actors.get(a.incident_id) ?? [];
      list.push({ actor_id: a.actor_id, role: a.role as IncidentActor["role"] });
      actors.set(a.incident_id, list);
    }
  }
  return rows.map((r) => rowToIncident(r, actors.get(r.id) ?? []));
}
