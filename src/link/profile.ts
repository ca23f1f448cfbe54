import type { EventFamily, LinkFeatures } from "./features.js";

/** An incident as linking sees it: the union of its mentions' features. */
export interface IncidentProfile {
  id: string;
  dayMin: number | null;
  dayMax: number | null;
  country: string | null;
  adm1: string | null;
  adm2s: Map<string, number>;
  places: Set<string>;
  lat: number | null;
  lon: number | null;
  /** Whether lat/lon are a named place's, not a district centroid. */
  precise: boolean;
  family: EventFamily;
  eventTypes: Set<string>;
  subTypes: Set<string>;
  perpetrators: Set<string>;
  targets: Set<string>;
  /** Each source's killed figure with its publication day, for casualty compatibility. */
  killed: { value: number; published: number | null }[];
  tokens: Set<string>;
  reports: Set<string>;
  /** Event datasets that already have a row in this incident. */
  datasets: Set<string>;
  size: number;
}

/** Cap on a profile's token union: a busy incident must not become similar to everything. */
const MAX_TOKENS = 240;

export function emptyProfile(id: string, family: EventFamily): IncidentProfile {
  return {
    id, dayMin: null, dayMax: null, country: null, adm1: null, adm2s: new Map(), places: new Set(), lat: null, lon: null, precise: false,
    family, eventTypes: new Set(), subTypes: new Set(), perpetrators: new Set(), targets: new Set(), killed: [],
    tokens: new Set(), reports: new Set(), datasets: new Set(), size: 0,
  };
}

/** Adds a mention's features to a profile. Background mentions add their report but not their (vaguer) values. */
export function absorb(p: IncidentProfile, f: LinkFeatures): void {
  p.size++;
  p.reports.add(f.reportId);
  if (f.dataset) p.datasets.add(f.dataset);
  if (f.day != null && !(f.dayGuessed && p.dayMin != null)) {
    p.dayMin = p.dayMin == null ? f.day : Math.min(p.dayMin, f.day);
    p.dayMax = p.dayMax == null ? f.day : Math.max(p.dayMax, f.day);
  }
  p.country ??= f.country;
  p.adm1 ??= f.adm1;
  if (f.adm2) p.adm2s.set(f.adm2, (p.adm2s.get(f.adm2) ?? 0) + 1);
  if (f.place) p.places.add(f.place);
  if (f.lat != null && f.lon != null && (p.lat == null || (!p.precise && !f.placeGeneric))) {
    p.lat = f.lat;
    p.lon = f.lon;
    p.precise = !f.placeGeneric;
  }
  if (f.background) return;
  if (f.eventType) p.eventTypes.add(f.eventType);
  if (f.subType) p.subTypes.add(f.subType);
  for (const a of f.perpetrators) p.perpetrators.add(a);
  for (const a of f.targets) p.targets.add(a);
  if (f.killed != null) p.killed.push({ value: f.killed, published: f.published });
  for (const t of f.tokens) {
    if (p.tokens.size >= MAX_TOKENS) break;
    p.tokens.add(t);
  }
}

/** The district most of the profile's sources name. */
export function mainAdm2(p: IncidentProfile): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of p.adm2s) if (c > n) [best, n] = [k, c];
  return best;
}
