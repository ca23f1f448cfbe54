import {
  emptyBorderContext, type Casualties, type Incident, type IncidentActor, type Mention, type Report, type Toll, type Tolls,
} from "../domain/index.js";
import { independentGroups } from "./independence.js";
import { machineStatus } from "./status.js";
import { combineTolls as combine, type TollSource } from "./tolls.js";

/** A mention together with the report it came from (text optional: used to spot republished wire copy). */
export interface SourcedMention {
  mention: Mention;
  report: Pick<Report, "id" | "published" | "outlet" | "kind"> & { text?: string | null };
}

/** Tolls across sources (see tolls.ts for the rule behind best). */
export function combineTolls(mentions: SourcedMention[], part: "killed" | "injured") {
  return combine(mentions.map((m): TollSource => ({ report: m.report, values: m.mention.values })), part);
}

/** The value most sources agree on; ties go to the latest source. Background references do not vote. */
function consensus<T>(values: (T | null | undefined)[]): T | null {
  // one voter (an incident a single dataset row or report starts): its value, without counting
  if (values.length === 1) return values[0] ?? null;
  const counts = new Map<string, { v: T; n: number; last: number }>();
  values.forEach((v, i) => {
    if (v == null) return;
    const k = JSON.stringify(v);
    const c = counts.get(k) ?? { v, n: 0, last: i };
    c.n++;
    c.last = i;
    counts.set(k, c);
  });
  let best: { v: T; n: number; last: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.last > best.last)) best = c;
  return best ? best.v : null;
}

/** The consensus of one field over the voters' values (a module-level function: tsx wraps named closures, once per call). */
function pick<T>(vals: Record<string, any>[], f: string): T | null {
  return consensus<T>(vals.map((v) => v[f] as T | null));
}

/** Reads a dotted path ("killed.total.best") of an incident. */
export function getPath(o: unknown, path: string): unknown {
  return path.split(".").reduce<any>((acc, k) => (acc == null ? undefined : acc[k]), o);
}

/** Writes a dotted path of an incident in place. */
export function setPath(o: any, path: string, value: unknown): void {
  const keys = path.split(".");
  let cur = o;
  for (const k of keys.slice(0, -1)) cur = cur[k] ??= {};
  cur[keys[keys.length - 1]] = value;
}

/**
 * Applies the reviewer's locked fields: each keeps the existing (reviewer-set) value. Field names are
 * Incident keys or dotted toll paths ("killed.total.best"); "perpetrators" and "targets" lock one actor role.
 */
export function applyLocks(machine: Incident, existing: Incident): void {
  for (const f of existing.locked_fields) {
    if (f === "perpetrators" || f === "targets") {
      const role = f === "perpetrators" ? "perpetrator" : "target";
      machine.actors = [...machine.actors.filter((a) => a.role !== role), ...existing.actors.filter((a) => a.role === role)];
    } else {
      setPath(machine, f, structuredClone(getPath(existing, f)));
    }
  }
  // a reviewer's best widens the range rather than falling outside it
  for (const part of ["killed", "injured"] as const) {
    for (const t of Object.values(machine[part])) {
      if (t.best == null) continue;
      if (t.low == null || t.low > t.best) t.low = t.best;
      if (t.high == null || t.high < t.best) t.high = t.best;
    }
  }
}

/** Builds an incident's machine values from its mentions. Fields a reviewer locked keep the existing value. */
export function deriveIncident(id: string, mentions: SourcedMention[], existing: Incident | null, now: string): Incident {
  return mentions.length === 1 && !existing ? deriveFromOne(id, mentions[0], now) : deriveFromAll(id, mentions, existing, now);
}

/** One source's figure as low, best and high (combineFigures of one figure), or none. */
function oneToll(v: unknown): Toll {
  return typeof v === "number" && Number.isFinite(v) ? { low: v, best: v, high: v } : { low: null, best: null, high: null };
}

function oneTolls(c: Casualties | undefined): Tolls {
  return { total: oneToll(c?.total), security_forces: oneToll(c?.security_forces), civilians: oneToll(c?.civilians), militants: oneToll(c?.militants) };
}

/**
 * deriveFromAll for a new incident of one source (every incident a dataset row starts), without the voting: its
 * values are that source's, its tolls its figures, one independent source. test/verify checks that both agree.
 */
export function deriveFromOne(id: string, source: SourcedMention, now: string): Incident {
  const v = source.mention.values as Record<string, any>;
  const actors: IncidentActor[] = [];
  for (const role of ["perpetrators", "targets"] as const) {
    const ids = Array.isArray(v[role]) && v[role].length ? (v[role] as string[]) : [];
    for (const a of ids) actors.push({ actor_id: a, role: role === "perpetrators" ? "perpetrator" : "target" });
  }
  return {
    id,
    date: v.date ?? null,
    date_precision: v.date_precision ?? "day",
    country: v.country ?? null,
    adm1: v.adm1 ?? null,
    adm2: v.adm2 ?? null,
    place: v.place ?? null,
    lat: v.lat ?? null,
    lon: v.lon ?? null,
    geo_precision: v.geo_precision ?? null,
    geo_method: v.geo_method ?? null,
    event_type: v.event_type ?? "Strategic developments",
    sub_event_type: v.sub_event_type ?? "Other",
    actors,
    killed: oneTolls(v.killed),
    injured: oneTolls(v.injured),
    status: machineStatus(1),
    border: emptyBorderContext(),
    source_count: 1,
    locked_fields: [],
    merged_into: null,
    created_at: now,
    updated_at: now,
  };
}

/** deriveIncident's rule for any number of sources and an existing incident (or none). */
export function deriveFromAll(id: string, mentions: SourcedMention[], existing: Incident | null, now: string): Incident {
  const ordered = [...mentions].sort((a, b) => (a.report.published ?? "").localeCompare(b.report.published ?? ""));
  // background references vote only when nothing else speaks of the incident
  const primary = ordered.filter((m) => m.mention.values.background !== true);
  const voters = primary.length ? primary : ordered;
  const vals = voters.map((m) => m.mention.values as Record<string, any>);
  const actors: IncidentActor[] = [];
  for (const role of ["perpetrators", "targets"] as const) {
    const ids = consensus<string[]>(vals.map((v) => (Array.isArray(v[role]) && v[role].length ? v[role] : null))) ?? [];
    for (const a of ids) actors.push({ actor_id: a, role: role === "perpetrators" ? "perpetrator" : "target" });
  }
  const groups = independentGroups(mentions.map((m) => ({ id: m.report.id, outlet: m.report.outlet, text: m.report.text })));
  const machine: Incident = {
    id,
    date: pick<string>(vals, "date"),
    date_precision: pick<Incident["date_precision"]>(vals, "date_precision") ?? "day",
    country: pick<string>(vals, "country"),
    adm1: pick<string>(vals, "adm1"),
    adm2: pick<string>(vals, "adm2"),
    place: pick<string>(vals, "place"),
    lat: pick<number>(vals, "lat"),
    lon: pick<number>(vals, "lon"),
    geo_precision: pick<1 | 2 | 3>(vals, "geo_precision"),
    geo_method: pick<string>(vals, "geo_method"),
    event_type: pick<string>(vals, "event_type") ?? "Strategic developments",
    sub_event_type: pick<string>(vals, "sub_event_type") ?? "Other",
    actors,
    killed: combineTolls(ordered, "killed"),
    injured: combineTolls(ordered, "injured"),
    status: machineStatus(groups.length),
    border: existing?.border ?? emptyBorderContext(),
    source_count: new Set(mentions.map((m) => m.report.id)).size,
    locked_fields: existing?.locked_fields ?? [],
    merged_into: existing?.merged_into ?? null,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  if (existing) applyLocks(machine, existing);
  return machine;
}

/** Number of independent sources behind a set of mentions. */
export function independentSourceCount(mentions: SourcedMention[]): number {
  return independentGroups(mentions.map((m) => ({ id: m.report.id, outlet: m.report.outlet, text: m.report.text }))).length;
}
