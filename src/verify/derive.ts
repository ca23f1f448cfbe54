import {
  CASUALTY_CATEGORIES, type Casualties, emptyBorderContext, emptyTolls, type Incident, type IncidentActor,
  type Mention, type Report, type Tolls,
} from "../domain/index.js";

/** A mention together with the report it came from. */
export interface SourcedMention {
  mention: Mention;
  report: Pick<Report, "id" | "published" | "outlet" | "kind">;
}

/**
 * Tolls across sources: low and high are the smallest and largest figure any source gives; best is the
 * latest-published source's figure (a later report usually carries the revised toll), never above high.
 */
export function combineTolls(mentions: SourcedMention[], part: "killed" | "injured"): Tolls {
  const out = emptyTolls();
  const ordered = [...mentions].sort((a, b) => (a.report.published ?? "").localeCompare(b.report.published ?? ""));
  for (const cat of CASUALTY_CATEGORIES) {
    const figures = ordered
      .map((m) => (m.mention.values[part] as Casualties | undefined)?.[cat])
      .filter((v): v is number => typeof v === "number");
    if (!figures.length) continue;
    out[cat] = { low: Math.min(...figures), best: figures[figures.length - 1], high: Math.max(...figures) };
  }
  return out;
}

/** The value most sources agree on; ties go to the latest source. */
function consensus<T>(values: (T | null | undefined)[]): T | null {
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

/** Builds an incident's machine values from its mentions. Fields a reviewer locked keep the existing value. */
export function deriveIncident(id: string, mentions: SourcedMention[], existing: Incident | null, now: string): Incident {
  const vals = mentions.map((m) => m.mention.values as Record<string, any>);
  const pick = <T>(f: string): T | null => consensus<T>(vals.map((v) => v[f] as T | null));
  const actors: IncidentActor[] = [];
  for (const role of ["perpetrators", "targets"] as const) {
    const ids = consensus<string[]>(vals.map((v) => (Array.isArray(v[role]) && v[role].length ? v[role] : null))) ?? [];
    for (const a of ids) actors.push({ actor_id: a, role: role === "perpetrators" ? "perpetrator" : "target" });
  }
  const machine: Incident = {
    id,
    date: pick<string>("date"),
    date_precision: pick<Incident["date_precision"]>("date_precision") ?? "day",
    country: pick<string>("country"),
    adm1: pick<string>("adm1"),
    adm2: pick<string>("adm2"),
    place: pick<string>("place"),
    lat: pick<number>("lat"),
    lon: pick<number>("lon"),
    geo_precision: pick<1 | 2 | 3>("geo_precision"),
    geo_method: pick<string>("geo_method"),
    event_type: pick<string>("event_type") ?? "Strategic developments",
    sub_event_type: pick<string>("sub_event_type") ?? "Other",
    actors,
    killed: combineTolls(mentions, "killed"),
    injured: combineTolls(mentions, "injured"),
    status: existing?.status ?? "provisional",
    border: existing?.border ?? emptyBorderContext(),
    source_count: new Set(mentions.map((m) => m.report.id)).size,
    locked_fields: existing?.locked_fields ?? [],
    merged_into: existing?.merged_into ?? null,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  if (existing) {
    for (const f of existing.locked_fields) (machine as any)[f] = (existing as any)[f];
  }
  return machine;
}
