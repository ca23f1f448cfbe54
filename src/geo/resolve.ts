import type { GeoPrecision } from "../domain/index.js";
import type { GeoResolution, PlaceCandidate, PlaceMention, ResolveContext } from "./api.js";
import type { DistrictChange, GazetteerEntry } from "./data-types.js";
import { haversineKm } from "./border-index.js";

/** Knobs of the disambiguation; the defaults were set on the development set's place mentions. */
export interface ResolveOptions {
  /** Score lead the best reading needs over a reading in another district, else the mention stays unresolved. */
  margin: number;
  /** Characters over which a neighbouring mention's weight halves. */
  contextHalfDistance: number;
  /** A named district within this many characters overrides the date rule ("Wana, Lower South Waziristan"). */
  namedDistrictWindow: number;
}

export const DEFAULT_RESOLVE_OPTIONS: ResolveOptions = { margin: 0.25, contextHalfDistance: 400, namedDistrictWindow: 300 };

const KIND_PRECISION: Record<PlaceCandidate["kind"], GeoPrecision> = {
  town: 1, village: 1, crossing: 1, landmark: 1, tehsil: 2, area: 2, district: 3, province: 3, country: 3,
};
/** Among readings of one district, the most specific wins: a town named like its district is the town. */
const KIND_RANK: Record<PlaceCandidate["kind"], number> = {
  town: 0, village: 1, crossing: 2, landmark: 3, tehsil: 4, area: 5, district: 6, province: 7, country: 8,
};

const AREA_WORD = /\b(tehsil|valley|area|subdivision|sub-division|region)$/i;

/** Looks up the full gazetteer entry behind a candidate. */
export type EntryOf = (c: PlaceCandidate) => GazetteerEntry | undefined;

/** Refines a point's district where polygons exist (imported boundaries): name and method, or null. */
export type PolygonDistrict = (country: "PK" | "AF", lat: number, lon: number) => { adm1: string | null; adm2: string } | null;

/**
 * Chooses the reading of a place mention that fits its context best: other places named in the report
 * (the same province or district, a town nearby) vote for the readings they agree with, weighted by how
 * close in the text they are and how unambiguous they are themselves. A mention stays unresolved when two
 * readings in different districts score within `margin` of each other.
 */
export function resolveMention(
  mention: PlaceMention,
  context: ResolveContext,
  history: DistrictChange[],
  entryOf: EntryOf,
  polygonDistrict: PolygonDistrict | null,
  opts: ResolveOptions = DEFAULT_RESOLVE_OPTIONS,
): GeoResolution | null {
  let cands = mention.candidates;
  if (cands.length === 0) return null;
  // The words around the name may say which reading is meant ("Khost provincial", "the city of Kandahar").
  if (mention.hint && cands.length > 1) {
    const fits = (c: PlaceCandidate) => (mention.hint === "town" ? c.kind === "town" || c.kind === "village" : c.kind === mention.hint);
    if (cands.some(fits)) cands = cands.filter(fits);
  }
  const selfKey = mention.text.toLowerCase();
  const others = (context.others ?? []).filter(
    (o) => o.candidates.length > 0 && !(o.start === mention.start && o.end === mention.end) && o.text.toLowerCase() !== selfKey,
  );

  const scores = cands.map((c) => {
    let s = c.prior ?? 0.5;
    // A district that no longer existed at the event's date ("Chitral" in 2024) yields to a current reading.
    const until = entryOf(c)?.until;
    if (until && context.date && context.date >= until) s -= 0.7;
    for (const o of others) {
      const w = 1 / (1 + Math.abs(o.start - mention.start) / opts.contextHalfDistance);
      const adm1s = new Set(o.candidates.map((oc) => `${oc.country}|${oc.adm1}`));
      let best = 0;
      for (const oc of o.candidates) best = Math.max(best, agreement(c, oc, history));
      s += (w * best) / adm1s.size;
    }
    return s;
  });

  // Best reading per (country, province, district); the decision is between districts, not spellings.
  const groups = new Map<string, { score: number; idx: number[] }>();
  cands.forEach((c, i) => {
    const k = `${c.country}|${c.adm1}|${c.adm2}`;
    const g = groups.get(k) ?? { score: -Infinity, idx: [] };
    g.score = Math.max(g.score, scores[i]);
    g.idx.push(i);
    groups.set(k, g);
  });
  const ranked = [...groups.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0];
  const second = ranked[1];
  if (second && !nested(cands[top.idx[0]], cands[second.idx[0]]) && top.score - second.score < opts.margin) return null;
  // Confidence is about the district: a rival reading that merely contains the winner (its province) costs little.
  const rival = ranked.slice(1).find((g) => !nested(cands[top.idx[0]], cands[g.idx[0]]));
  const lead = rival ? top.score - rival.score : 1;
  const pick = top.idx.sort((a, b) => KIND_RANK[cands[a].kind] - KIND_RANK[cands[b].kind] || scores[b] - scores[a])[0];
  const c = cands[pick];
  const entry = entryOf(c);

  let adm2 = c.adm2;
  let adm1 = c.adm1;
  let method: GeoResolution["method"] = entry?.adm2Method ?? "gazetteer";
  if (c.kind === "province" || (c.kind === "area" && !c.adm2)) method = "province-only";
  if (method === "nearest-seat" && polygonDistrict && c.lat != null && c.lon != null) {
    const p = polygonDistrict(c.country, c.lat, c.lon);
    if (p) {
      adm2 = p.adm2;
      adm1 = p.adm1 ?? adm1;
      method = "polygon";
    }
  }
  if (adm2 && c.kind !== "district") adm2 = districtAtTime(c.country, adm2, mention, others, context.date ?? null, history, opts, entryOf);

  return {
    country: c.country,
    adm1,
    adm2,
    place: c.kind === "province" ? null : c.name,
    lat: c.lat,
    lon: c.lon,
    // Without a district the reading is province-level, whatever the kind of place (a region, a division);
    // "Bara tehsil", "Tirah valley": the text names an area, not the town.
    precision: !adm2 ? 3 : KIND_PRECISION[c.kind] === 1 && AREA_WORD.test(mention.text) ? 2 : KIND_PRECISION[c.kind],
    // One district possible: as sure as the entry's prior allows; several: by the lead, never above 0.9.
    confidence: Math.round((rival ? 0.5 + 0.4 * (1 - Math.exp(-2 * lead)) : (second ? 0.85 : 0.9) + 0.09 * Math.min(1, c.prior ?? 0.5)) * 100) / 100,
    method,
    evidence: [{ start: mention.start, end: mention.end }],
    candidate: c,
  };
}

/** How much a reading `c` agrees with a reading `o` of another mention. */
function agreement(c: PlaceCandidate, o: PlaceCandidate, history: DistrictChange[]): number {
  if (c.country !== o.country) return 0;
  let a = 0.3;
  if (c.adm1 && o.adm1 === c.adm1) a += 1;
  if (c.adm2 && o.adm2 && (o.adm2 === c.adm2 || related(c.adm2, o.adm2, history))) a += 1.5;
  if (c.lat != null && c.lon != null && o.lat != null && o.lon != null) {
    const d = haversineKm(c.lat, c.lon, o.lat, o.lon);
    if (d < 30) a += 1;
    else if (d < 100) a += 0.5;
  }
  return a;
}

function related(a: string, b: string, history: DistrictChange[]): boolean {
  return history.some((h) => (h.to === a && h.from === b) || (h.to === b && h.from === a));
}

/** Two readings where one contains the other (a province and its district) are not a real ambiguity. */
function nested(a: PlaceCandidate, b: PlaceCandidate): boolean {
  if (a.country !== b.country || a.adm1 !== b.adm1) return false;
  return a.adm2 == null || b.adm2 == null;
}

/**
 * The district as the text and the date have it: a related district named near the mention wins
 * ("Angoor Adda, South Waziristan"); so does, anywhere in the report, the undivided name of a district that was
 * wholly divided when the report names no part of it (a report that speaks of "South Waziristan district" after the
 * 2022 split into Upper and Lower keeps the name it uses); otherwise, before a split, the district it was split from.
 */
function districtAtTime(
  country: "PK" | "AF",
  current: string,
  mention: PlaceMention,
  others: PlaceMention[],
  date: string | null,
  history: DistrictChange[],
  opts: ResolveOptions,
  entryOf?: EntryOf,
): string {
  const family = new Set([current]);
  for (const h of history) if (h.country === country && h.to === current) family.add(h.from);
  for (const h of history) if (h.country === country && family.has(h.from)) family.add(h.to);
  if (family.size > 1) {
    let best: { d: number; name: string } | null = null;
    for (const o of others) {
      const d = Math.abs(o.start - mention.start);
      if (d > opts.namedDistrictWindow) continue;
      for (const oc of o.candidates) {
        if (oc.kind !== "district" || oc.country !== country || !oc.adm2 || !family.has(oc.adm2) || (best && d >= best.d)) continue;
        // "Chaman" alone is the town (read as such), not a naming of Chaman district.
        if (o.candidates.some((x) => x.kind !== "district" && x.kind !== "province" && x.adm2 === oc.adm2)) continue;
        best = { d, name: oc.adm2 };
      }
    }
    if (best) return best.name;
    // (only a name that no longer denotes a district of its own: "Killa Abdullah" named elsewhere is still a district,
    // and Chaman town is not in it)
    if (entryOf) {
      const named = new Set<string>();
      let undivided: string | null = null;
      for (const o of others)
        for (const oc of o.candidates) {
          if (oc.kind !== "district" || oc.country !== country || !oc.adm2 || !family.has(oc.adm2)) continue;
          if (o.candidates.some((x) => x.kind !== "district" && x.kind !== "province" && x.adm2 === oc.adm2)) continue;
          named.add(oc.adm2);
          const until = entryOf(oc)?.until;
          if (until && history.some((h) => h.country === country && h.from === oc.adm2 && h.to === current) && (!date || date >= until)) undivided = oc.adm2;
        }
      if (undivided && named.size === 1) return undivided;
    }
  }
  if (date) {
    let name = current;
    // Walk back through successive splits (a district split twice maps to the oldest in force at `date`).
    for (let guard = 0; guard < 5; guard++) {
      const h = history.find((x) => x.country === country && x.to === name && date < x.since);
      if (!h) break;
      name = h.from;
    }
    return name;
  }
  return current;
}
