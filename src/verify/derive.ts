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

/** A source's actors of one role, or none (an empty list says nothing). */
function roleIds(v: Record<string, any>, role: "perpetrators" | "targets"): string[] | null {
  return Array.isArray(v[role]) && v[role].length ? (v[role] as string[]) : null;
}

/** What a derivation chose, for `machineIncident`. */
interface Chosen {
  value: <T>(field: string) => T | null;
  perpetrators: string[];
  targets: string[];
  killed: Tolls;
  injured: Tolls;
  independentSources: number;
  sourceCount: number;
}

/** The incident record from the values a derivation chose (the one place its fields and defaults are written). */
function machineIncident(id: string, c: Chosen, existing: Incident | null, now: string): Incident {
  const actors: IncidentActor[] = [
    ...c.perpetrators.map((a): IncidentActor => ({ actor_id: a, role: "perpetrator" })),
    ...c.targets.map((a): IncidentActor => ({ actor_id: a, role: "target" })),
  ];
  return {
    id,
    date: c.value<string>("date"),
    date_precision: c.value<Incident["date_precision"]>("date_precision") ?? "day",
    country: c.value<string>("country"),
    adm1: c.value<string>("adm1"),
    adm2: c.value<string>("adm2"),
    place: c.value<string>("place"),
    lat: c.value<number>("lat"),
    lon: c.value<number>("lon"),
    geo_precision: c.value<1 | 2 | 3>("geo_precision"),
    geo_method: c.value<string>("geo_method"),
    event_type: c.value<string>("event_type") ?? "Strategic developments",
    sub_event_type: c.value<string>("sub_event_type") ?? "Other",
    actors,
    killed: c.killed,
    injured: c.injured,
    status: machineStatus(c.independentSources),
    border: existing?.border ?? emptyBorderContext(),
    source_count: c.sourceCount,
    locked_fields: existing?.locked_fields ?? [],
    merged_into: existing?.merged_into ?? null,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
}

/**
 * deriveFromAll for a new incident of one source (every incident a dataset row starts), without the voting: its
 * values are that source's, its tolls its figures, one independent source. test/verify checks that both agree.
 */
export function deriveFromOne(id: string, source: SourcedMention, now: string): Incident {
  const v = source.mention.values as Record<string, any>;
  return machineIncident(id, {
    value: valuesOf(v),
    perpetrators: roleIds(v, "perpetrators") ?? [],
    targets: roleIds(v, "targets") ?? [],
    killed: oneTolls(v.killed),
    injured: oneTolls(v.injured),
    independentSources: 1,
    sourceCount: 1,
  }, null, now);
}

/**
 * One source's value of a field, or null. Made by a module-level function, not written in the object literal:
 * tsx (esbuild keepNames) names a function written as a property value with a defineProperty call, each time
 * the literal is made (once per incident a dataset row starts).
 */
function valuesOf(v: Record<string, any>): Chosen["value"] {
  return <T>(f: string) => (v[f] ?? null) as T | null;
}

/** deriveIncident's rule for any number of sources and an existing incident (or none). */
export function deriveFromAll(id: string, mentions: SourcedMention[], existing: Incident | null, now: string): Incident {
  const ordered = [...mentions].sort((a, b) => (a.report.published ?? "").localeCompare(b.report.published ?? ""));
  // background references vote only when nothing else speaks of the incident
  const primary = ordered.filter((m) => m.mention.values.background !== true);
  const voters = primary.length ? primary : ordered;
  const vals = voters.map((m) => m.mention.values as Record<string, any>);
  const groups = independentGroups(mentions.map((m) => ({ id: m.report.id, outlet: m.report.outlet, text: m.report.text })));
  const machine = machineIncident(id, {
    value: <T>(f: string) => pick<T>(vals, f),
    perpetrators: consensus<string[]>(vals.map((v) => roleIds(v, "perpetrators"))) ?? [],
    targets: consensus<string[]>(vals.map((v) => roleIds(v, "targets"))) ?? [],
    killed: combineTolls(ordered, "killed"),
    injured: combineTolls(ordered, "injured"),
    independentSources: groups.length,
    sourceCount: new Set(mentions.map((m) => m.report.id)).size,
  }, existing, now);
  if (existing) applyLocks(machine, existing);
  return machine;
}

/** Number of independent sources behind a set of mentions. */
export function independentSourceCount(mentions: SourcedMention[]): number {
  return independentGroups(mentions.map((m) => ({ id: m.report.id, outlet: m.report.outlet, text: m.report.text }))).length;
}
