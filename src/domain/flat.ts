import { CASUALTY_CATEGORIES } from "./taxonomy.js";
import type { Incident } from "./incident.js";

/**
 * The project's own flat incident layout: the CSV export, and what `ingest` reads back from it.
 * One row per incident; tolls as <part>_<category>_<low|best|high>; actors as ";"-joined ids.
 */
export const FLAT_COLUMNS = [
  "id", "date", "date_precision", "country", "adm1", "adm2", "place", "lat", "lon", "geo_precision", "geo_method",
  "event_type", "sub_event_type", "perpetrators", "targets",
  ...(["killed", "injured"] as const).flatMap((p) => CASUALTY_CATEGORIES.flatMap((c) => ["low", "best", "high"].map((b) => `${p}_${c}_${b}`))),
  "status", "source_count", "border_side", "border_distance_km", "border_in_belt", "nearest_crossing", "nearest_crossing_km",
  "updated_at",
] as const;

export type FlatIncident = Record<(typeof FLAT_COLUMNS)[number], string | number | null>;

export function flattenIncident(i: Incident): FlatIncident {
  const row: Record<string, string | number | null> = {
    id: i.id, date: i.date, date_precision: i.date_precision, country: i.country, adm1: i.adm1, adm2: i.adm2,
    place: i.place, lat: i.lat, lon: i.lon, geo_precision: i.geo_precision, geo_method: i.geo_method,
    event_type: i.event_type, sub_event_type: i.sub_event_type,
    perpetrators: i.actors.filter((a) => a.role === "perpetrator").map((a) => a.actor_id).join(";"),
    targets: i.actors.filter((a) => a.role === "target").map((a) => a.actor_id).join(";"),
    status: i.status, source_count: i.source_count, border_side: i.border.side,
    border_distance_km: i.border.distance_km == null ? null : Math.round(i.border.distance_km * 10) / 10,
    border_in_belt: i.border.in_belt == null ? null : i.border.in_belt ? 1 : 0,
    nearest_crossing: i.border.nearest_crossing,
    nearest_crossing_km: i.border.nearest_crossing_km == null ? null : Math.round(i.border.nearest_crossing_km * 10) / 10,
    updated_at: i.updated_at,
  };
  for (const p of ["killed", "injured"] as const) {
    for (const c of CASUALTY_CATEGORIES) for (const b of ["low", "best", "high"] as const) row[`${p}_${c}_${b}`] = i[p][c][b];
  }
  return row as FlatIncident;
}

/** RFC 4180 field quoting. */
export function csvField(v: unknown): string {
  if (v == null) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: FlatIncident[]): string {
  const lines = [FLAT_COLUMNS.join(",")];
  for (const r of rows) lines.push(FLAT_COLUMNS.map((c) => csvField(r[c])).join(","));
  return lines.join("\n") + "\n";
}
