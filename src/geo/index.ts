import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { BorderContext } from "../domain/index.js";
import type { GeoResolution, Geocoder, PlaceCandidate, PlaceMention, ResolveContext } from "./api.js";
import { BorderIndex, haversineKm } from "./border-index.js";
import type { BoundaryFeature, Crossing, GazetteerData, GazetteerEntry } from "./data-types.js";
import { NameIndex } from "./name-index.js";
import { nameKey } from "./normalize.js";
import { PolygonIndex } from "./polygon-index.js";
import { SideGrid } from "./side-grid.js";
import { DEFAULT_RESOLVE_OPTIONS, resolveMention, type ResolveOptions } from "./resolve.js";

export type { GeoResolution, Geocoder, PlaceCandidate, PlaceMention, ResolveContext } from "./api.js";
export type { BoundaryFeature, Crossing, DistrictChange, GazetteerData, GazetteerEntry } from "./data-types.js";
export { nameKey, nameTokens } from "./normalize.js";


export interface GeocoderOptions {
  /** Directory of the generated data files (default: the project's data/geo). */
  dataDir?: string;
  /** Border belt width in km (default 50). */
  beltKm?: number;
  /** Extra polygons (e.g. Pakistani districts imported into the store); they take precedence over nearest seats. */
  boundaries?: BoundaryFeature[];
  resolve?: Partial<ResolveOptions>;
}

/** Where a point lies, by polygons where they exist. */
export interface PointLocation {
  country: "PK" | "AF" | null;
  adm1: string | null;
  adm2: string | null;
  method: GeoResolution["method"] | null;
}

/** The project's geocoder: the Geocoder contract plus look-ups used by the CLI and other stages. */
export interface FrontierGeocoder extends Geocoder {
  /** Every gazetteer entry a name may refer to (exact name or alias, case- and accent-blind). */
  lookup(name: string): PlaceCandidate[];
  /** Country, province and district of a point (polygons; nearest district seat in Pakistan, flagged). */
  locate(lat: number, lon: number): PointLocation;
  /** The official crossings with their points. */
  crossings(): Crossing[];
  /** Counts of what was loaded. */
  stats(): { entries: number; names: number; afDistricts: number; borderSegments: number; boundaries: number };
}

const DEFAULT_DATA_DIR = new URL("../../data/geo/", import.meta.url);
const PK_BBOX = [60.85, 23.6, 77.85, 37.1] as const;

type AfDistrictProps = { district: string; province: string };
type AfProvinceProps = { province: string };

/**
 * The geocoder over the project's data. Without options it returns the shared instance (built once per
 * process, ~0.1 s), so callers may call it per report; with options it builds a new one.
 */
export function createGeocoder(options?: GeocoderOptions): FrontierGeocoder {
  if (!options || Object.keys(options).length === 0) return defaultGeocoder();
  return buildGeocoder(options);
}

function buildGeocoder(options: GeocoderOptions): FrontierGeocoder {
  const dir = options.dataDir ? new URL(`file://${options.dataDir.replace(/\/?$/, "/")}`) : DEFAULT_DATA_DIR;
  const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(f, dir), "utf8")) as T;
  const beltKm = options.beltKm ?? 50;
  const ropts: ResolveOptions = { ...DEFAULT_RESOLVE_OPTIONS, ...(options.resolve ?? {}) };
  const imported = options.boundaries ?? [];

  // Two parts, each read and indexed on first use: border context needs only the border line, the crossings and the
  // Afghan provinces (which side a point is on), so a dataset import, whose rows come with their places and points,
  // never reads the gazetteer or the Afghan districts (some 0.2 s of CPU at the start of every import).
  const sides = once(() => {
    const afProvinces = read<FeatureCollection<Polygon | MultiPolygon, AfProvinceProps>>("af-provinces.geojson");
    const afProvinceIndex = new PolygonIndex(afProvinces.features);
    return {
      afProvinceIndex,
      afSide: new SideGrid(afProvinces.features, afProvinceIndex as PolygonIndex<unknown>),
      border: BorderIndex.fromGeoJSON(read<FeatureCollection<LineString | MultiLineString>>("border.geojson")),
      crossingList: read<Crossing[]>("crossings.json").filter((c) => c.lat != null && c.lon != null),
    };
  });
  const places = once(() => {
    const gaz = read<GazetteerData>("gazetteer.json");
    const entries = gaz.entries;
    const byKey = new Map<string, number[]>();
    entries.forEach((e, i) => {
      for (const n of new Set([e.name, ...e.aliases].map(nameKey))) byKey.set(n, [...(byKey.get(n) ?? []), i]);
    });
    const toFeature = <P>(b: BoundaryFeature, p: P): Feature<Polygon | MultiPolygon, P> => ({ type: "Feature", properties: p, geometry: b.geometry });
    return {
      gaz, entries, byKey,
      byId: new Map(entries.map((e) => [e.id, e])),
      candidates: entries.map(toCandidate),
      names: new NameIndex(entries, gaz.ambiguous ?? []),
      afDistrictIndex: new PolygonIndex(read<FeatureCollection<Polygon | MultiPolygon, AfDistrictProps>>("af-districts.geojson").features),
      pkAdm2Index: new PolygonIndex(imported.filter((b) => b.country === "PK" && b.level === "adm2").map((b) => toFeature(b, { adm2: b.name, adm1: b.adm1 }))),
      pkAdm1Index: new PolygonIndex(imported.filter((b) => b.country === "PK" && b.level === "adm1").map((b) => toFeature(b, { adm1: b.name }))),
      seats: entries.filter((e) => e.kind === "district" && e.country === "PK" && e.lat != null && !e.until),
    };
  });

  const polygonDistrict = (country: "PK" | "AF", lat: number, lon: number) => {
    const { pkAdm2Index, pkAdm1Index, afDistrictIndex } = places();
    if (country === "PK") {
      const p = pkAdm2Index.find(lon, lat);
      return p ? { adm1: p.adm1 ?? pkAdm1Index.find(lon, lat)?.adm1 ?? null, adm2: p.adm2 } : null;
    }
    const d = afDistrictIndex.find(lon, lat);
    return d ? { adm1: d.province, adm2: d.district } : null;
  };

  function side(lat: number, lon: number): "PK" | "AF" | null {
    if (sides().afSide.inside(lon, lat)) return "AF";
    if (lon >= PK_BBOX[0] && lon <= PK_BBOX[2] && lat >= PK_BBOX[1] && lat <= PK_BBOX[3]) return "PK";
    return null;
  }

  const geocoder: FrontierGeocoder = {
    findPlaces(text: string): PlaceMention[] {
      if (!text) return [];
      const { names, candidates } = places();
      return names.scan(text).map((h) => {
        const m: PlaceMention = { start: h.start, end: h.end, text: text.slice(h.start, h.end), candidates: h.entries.map((i) => candidates[i]) };
        if (h.hint) m.hint = h.hint;
        return m;
      });
    },

    resolve(mention: PlaceMention, context: ResolveContext): GeoResolution | null {
      const { gaz, byId } = places();
      return resolveMention(mention, context ?? { others: [] }, gaz.history, (c) => byId.get(c.id), polygonDistrict, ropts);
    },

    border(lat: number, lon: number): BorderContext {
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return { side: null, distance_km: null, in_belt: null, nearest_crossing: null, nearest_crossing_km: null };
      }
      const { border, crossingList } = sides();
      const d = border.distanceKm(lon, lat);
      let nearest: Crossing | null = null;
      let nd = Infinity;
      // Nearest by a local planar measure (cheap), then the great-circle distance of the winner.
      const kx = Math.cos((lat * Math.PI) / 180);
      for (const c of crossingList) {
        const k = (c.lat! - lat) ** 2 + ((c.lon! - lon) * kx) ** 2;
        if (k < nd) {
          nd = k;
          nearest = c;
        }
      }
      if (nearest) nd = haversineKm(lat, lon, nearest.lat!, nearest.lon!);
      return {
        side: side(lat, lon),
        distance_km: round1(d),
        in_belt: d <= beltKm,
        nearest_crossing: nearest?.name ?? null,
        nearest_crossing_km: nearest ? round1(nd) : null,
      };
    },

    lookup(name: string): PlaceCandidate[] {
      const { byKey, candidates } = places();
      return (byKey.get(nameKey(name)) ?? []).map((i) => candidates[i]);
    },

    locate(lat: number, lon: number): PointLocation {
      const { afDistrictIndex, pkAdm2Index, pkAdm1Index, seats } = places();
      const { afProvinceIndex } = sides();
      const d = afDistrictIndex.find(lon, lat);
      if (d) return { country: "AF", adm1: d.province, adm2: d.district, method: "polygon" };
      const p = afProvinceIndex.find(lon, lat);
      if (p) return { country: "AF", adm1: p.province, adm2: null, method: "polygon" };
      if (side(lat, lon) !== "PK") return { country: null, adm1: null, adm2: null, method: null };
      const pd = pkAdm2Index.find(lon, lat);
      if (pd) return { country: "PK", adm1: pd.adm1 ?? pkAdm1Index.find(lon, lat)?.adm1 ?? null, adm2: pd.adm2, method: "polygon" };
      let best: GazetteerEntry | null = null;
      let bd = Infinity;
      for (const s of seats) {
        const k = haversineKm(lat, lon, s.lat!, s.lon!);
        if (k < bd) {
          bd = k;
          best = s;
        }
      }
      const p1 = pkAdm1Index.find(lon, lat)?.adm1;
      return { country: "PK", adm1: p1 ?? best?.adm1 ?? null, adm2: best?.name ?? null, method: "nearest-seat" };
    },

    crossings: () => sides().crossingList.slice(),

    stats: () => ({ entries: places().entries.length, names: places().byKey.size, afDistricts: places().afDistrictIndex.size, borderSegments: sides().border.segments, boundaries: imported.length }),
  };
  return geocoder;
}

let cached: FrontierGeocoder | null = null;

/** The shared geocoder over the project's data, built once per process (cheap to call per report). */
export function defaultGeocoder(): FrontierGeocoder {
  if (!cached) cached = buildGeocoder({});
  return cached;
}

/** Replaces the shared geocoder (e.g. after importing boundaries); null rebuilds it on next use. */
export function setDefaultGeocoder(g: FrontierGeocoder | null): void {
  cached = g;
}

/** The value of make(), made on the first call and kept. */
function once<T>(make: () => T): () => T {
  let v: T | undefined;
  return () => (v ??= make());
}

function toCandidate(e: GazetteerEntry): PlaceCandidate {
  return { id: e.id, name: e.name, kind: e.kind, country: e.country, adm1: e.adm1, adm2: e.adm2, lat: e.lat, lon: e.lon, prior: e.prior };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
