import type { BorderContext, GeoPrecision, Span } from "../domain/index.js";

/**
 * The geography stage's public contract. The extraction stage depends on this file only;
 * src/geo/index.ts exports `createGeocoder()` that implements it.
 */

/** A gazetteer entry that a name in the text may refer to. */
export interface PlaceCandidate {
  id: string;
  name: string;
  kind: "country" | "province" | "district" | "tehsil" | "town" | "village" | "crossing" | "landmark" | "area";
  country: "PK" | "AF";
  /** Province (Khyber Pakhtunkhwa, Balochistan, ..., Nangarhar, Kunar, ...). null for a country. */
  adm1: string | null;
  /** District; null for a province or country. */
  adm2: string | null;
  lat: number | null;
  lon: number | null;
  population?: number;
  /** Prior plausibility of this reading when nothing else decides (0..1). */
  prior?: number;
}

/** A place name found in text, with every reading the gazetteer allows. */
export interface PlaceMention extends Span {
  text: string;
  candidates: PlaceCandidate[];
  /** What the surrounding words say the name is ("Khost provincial", "the city of Kandahar"); resolve prefers it. */
  hint?: "province" | "district" | "town";
}

/** A place mention resolved to one reading, with an honest precision. */
export interface GeoResolution {
  country: "PK" | "AF";
  adm1: string | null;
  adm2: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision;
  /** 0..1: how sure the choice among candidates is. */
  confidence: number;
  /** How adm2 was found: from the gazetteer entry, a polygon, or the nearest district seat (flagged). */
  method: "gazetteer" | "polygon" | "nearest-seat" | "province-only";
  evidence: Span[];
  candidate: PlaceCandidate;
}

export interface ResolveContext {
  /** The other place mentions of the same report (or the same incident), for disambiguation. */
  others: PlaceMention[];
  /** The event date: district names follow the boundaries in force then (Chaman split in 2021, ...). */
  date?: string | null;
}

export interface Geocoder {
  /** Every gazetteer name in `text` (longest match on word boundaries), left to right. */
  findPlaces(text: string): PlaceMention[];
  /** The best reading of `mention` in its context, or null when it stays ambiguous or unknown. */
  resolve(mention: PlaceMention, context: ResolveContext): GeoResolution | null;
  /** Border context of a point: side, distance to the border, belt, nearest official crossing. */
  border(lat: number, lon: number): BorderContext;
}
