import type { MultiPolygon, Polygon } from "geojson";

/** Shapes of the generated data files in data/geo (written by scripts/build-geo.ts, read by the geocoder). */

export type PlaceKind = "country" | "province" | "district" | "tehsil" | "town" | "village" | "crossing" | "landmark" | "area";

/** One gazetteer entry: a place and every name it goes by. */
export interface GazetteerEntry {
  id: string;
  kind: PlaceKind;
  country: "PK" | "AF";
  /** Canonical name (for districts and provinces: the output adm2/adm1 form). */
  name: string;
  adm1: string | null;
  /** Current district (for places of split districts, DistrictChange maps it back for older dates). */
  adm2: string | null;
  lat: number | null;
  lon: number | null;
  aliases: string[];
  source: "curated" | "geonames" | "geoBoundaries";
  /** How adm2 was assigned at build time. */
  adm2Method: "gazetteer" | "polygon" | "nearest-seat" | "province-only";
  prior: number;
  /** A district that no longer exists (split completely) since this date; still a valid reading of its name. */
  until?: string;
  /** The name is also a common word or personal name: matched only in place-like positions. */
  ambiguousWord?: boolean;
}

/** A district created by splitting `from`: before `since`, its places are reported under `from`. */
export interface DistrictChange {
  country: "PK" | "AF";
  to: string;
  from: string;
  since: string;
}

export interface GazetteerData {
  meta: Record<string, unknown>;
  history: DistrictChange[];
  /** Name keys that are ordinary words too: matched only in place-like positions. */
  ambiguous: string[];
  entries: GazetteerEntry[];
}

/** An official border crossing. */
export interface Crossing {
  name: string;
  aliases: string[];
  pk_side: string;
  af_side: string;
  lat: number | null;
  lon: number | null;
  coord_source: string;
  coord_quality: string;
}

/** A district or province polygon loaded by the user (`frontier geo import-boundaries`). */
export interface BoundaryFeature {
  country: "PK" | "AF";
  level: "adm1" | "adm2";
  name: string;
  /** Province of an adm2 polygon, when known. */
  adm1: string | null;
  geometry: Polygon | MultiPolygon;
}
