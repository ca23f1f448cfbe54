import { readFileSync, statSync } from "node:fs";
import Flatbush from "flatbush";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import * as topojson from "topojson-client";
import type { Topology } from "topojson-specification";
import type { BoundaryFeature } from "./data-types.js";
import { bbox } from "./polygon-index.js";

/**
 * Reads and checks a boundary file (GeoJSON FeatureCollection or TopoJSON) for `frontier geo
 * import-boundaries`. Everything is validated before anything is returned, so the caller can store the
 * whole set in one transaction or nothing: fatal problems throw a BoundaryImportError naming the file and
 * what is wrong; problems with single features become warnings and the feature is skipped or repaired.
 */

/** The region the project covers, generously: Pakistan and Afghanistan with margins. */
export const REGION_BBOX = [58, 22, 80, 39] as const;
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;

export interface BoundaryImportOptions {
  level: "adm1" | "adm2";
  /** Property holding each polygon's name (e.g. ADM2_EN for OCHA COD-AB, shapeName for geoBoundaries). */
  nameField: string;
  country?: "PK" | "AF";
  /** Property holding an adm2 polygon's province name, when the file has one (e.g. ADM1_EN). */
  adm1Field?: string;
  /** Coordinates are (lat, lon) instead of GeoJSON's (lon, lat): swap them. */
  swapLatLon?: boolean;
  maxBytes?: number;
}

export interface BoundaryImportResult {
  features: BoundaryFeature[];
  warnings: string[];
  /** Features in the file (before skipping). */
  total: number;
  vertices: number;
}

export class BoundaryImportError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "BoundaryImportError";
  }
}

/** Reads `file` and checks it; throws BoundaryImportError when nothing sensible can be imported. */
export function readBoundaryFile(file: string, opts: BoundaryImportOptions): BoundaryImportResult {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    throw new BoundaryImportError(file, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > max) throw new BoundaryImportError(file, `too large: ${(size / 1048576).toFixed(1)} MB (limit ${(max / 1048576).toFixed(0)} MB); simplify it first (e.g. mapshaper -simplify)`);
  if (size === 0) throw new BoundaryImportError(file, "empty file");
  const text = readFileSync(file, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BoundaryImportError(file, `not valid JSON: ${describeJsonError(text, e as Error)}`);
  }
  return checkBoundaries(file, json, opts);
}

/** Validates parsed JSON (exported for tests and for callers that already hold the object). */
export function checkBoundaries(file: string, json: unknown, opts: BoundaryImportOptions): BoundaryImportResult {
  if (opts.level !== "adm1" && opts.level !== "adm2") throw new BoundaryImportError(file, `--level must be adm1 or adm2, not "${String(opts.level)}"`);
  if (!opts.nameField) throw new BoundaryImportError(file, "--name-field is required");
  const country = opts.country ?? "PK";
  const fc = toFeatureCollection(file, json);
  const warnings: string[] = [];
  const features: BoundaryFeature[] = [];
  let vertices = 0;

  // The name field must exist somewhere; if it exists nowhere, the user named the wrong field.
  const propNames = new Set<string>();
  for (const f of fc.features.slice(0, 50)) for (const k of Object.keys(f?.properties ?? {})) propNames.add(k);
  if (fc.features.length > 0 && !fc.features.some((f) => typeof f?.properties?.[opts.nameField] === "string" && String(f.properties[opts.nameField]).trim())) {
    throw new BoundaryImportError(file, `no feature has a name in property "${opts.nameField}"; properties found: ${[...propNames].sort().join(", ") || "(none)"}`);
  }

  const seen = new Map<string, number>();
  fc.features.forEach((f, i) => {
    const where = `feature ${i}`;
    if (!f || f.type !== "Feature") return void warnings.push(`${where}: not a GeoJSON Feature; skipped`);
    const rawName = f.properties?.[opts.nameField];
    const name = typeof rawName === "string" ? rawName.trim() : typeof rawName === "number" ? String(rawName) : "";
    const label = name ? `${where} "${name}"` : where;
    if (!name) return void warnings.push(`${where}: no "${opts.nameField}"; skipped`);
    const g = f.geometry as Geometry | null;
    if (!g) return void warnings.push(`${label}: no geometry; skipped`);
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") return void warnings.push(`${label}: ${g.type} is not a polygon; skipped`);
    let geometry: Polygon | MultiPolygon;
    try {
      geometry = cleanGeometry(g, opts.swapLatLon ?? false, label, warnings);
    } catch (e) {
      return void warnings.push(`${label}: ${(e as Error).message}; skipped`);
    }
    const [minX, minY, maxX, maxY] = bbox(geometry);
    if (!inRegion(minX, minY, maxX, maxY)) {
      if (!opts.swapLatLon && inRegion(minY, minX, maxY, maxX)) {
        return void warnings.push(`${label}: coordinates look swapped (lat, lon instead of lon, lat); skipped (use --swap-latlon)`);
      }
      return void warnings.push(`${label}: outside the Pakistan–Afghanistan region (bbox ${minX.toFixed(2)},${minY.toFixed(2)} – ${maxX.toFixed(2)},${maxY.toFixed(2)}); skipped`);
    }
    const n = countVertices(geometry);
    vertices += n;
    const si = selfIntersections(geometry);
    if (si > 0) warnings.push(`${label}: ${si} self-intersection(s); kept (point-in-polygon uses the even-odd rule)`);
    const adm1Raw = opts.adm1Field ? f.properties?.[opts.adm1Field] : undefined;
    if (opts.adm1Field && (typeof adm1Raw !== "string" || !adm1Raw.trim())) warnings.push(`${label}: no "${opts.adm1Field}"`);
    const key = name.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
    features.push({ country, level: opts.level, name, adm1: typeof adm1Raw === "string" && adm1Raw.trim() ? adm1Raw.trim() : null, geometry });
  });
  for (const [k, n] of seen) if (n > 1) warnings.push(`name "${k}" appears in ${n} features; all kept (parts of one unit?)`);
  if (features.length === 0) {
    const swapped = warnings.filter((w) => w.includes("look swapped")).length;
    const hint = swapped ? ` (${swapped} look swapped: try --swap-latlon)` : "";
    throw new BoundaryImportError(file, `no usable polygon among ${fc.features.length} feature(s)${hint}; first problems: ${warnings.slice(0, 3).join(" | ") || "none"}`);
  }
  return { features, warnings, total: fc.features.length, vertices };
}

function toFeatureCollection(file: string, json: unknown): { features: (Feature | null)[] } {
  if (!json || typeof json !== "object") throw new BoundaryImportError(file, "expected a GeoJSON FeatureCollection or a TopoJSON Topology");
  const o = json as { type?: unknown; features?: unknown; objects?: unknown };
  if (o.type === "FeatureCollection") {
    if (!Array.isArray(o.features)) throw new BoundaryImportError(file, `"features" is not an array`);
    return { features: o.features as Feature[] };
  }
  if (o.type === "Feature") return { features: [o as Feature] };
  if (o.type === "Topology") {
    if (!o.objects || typeof o.objects !== "object") throw new BoundaryImportError(file, `TopoJSON without "objects"`);
    try {
      const out: Feature[] = [];
      for (const obj of Object.values((o as Topology).objects)) {
        const fc = topojson.feature(o as Topology, obj) as unknown as FeatureCollection | Feature;
        if (fc.type === "FeatureCollection") out.push(...fc.features);
        else out.push(fc);
      }
      return { features: out };
    } catch (e) {
      throw new BoundaryImportError(file, `malformed TopoJSON: ${(e as Error).message}`);
    }
  }
  throw new BoundaryImportError(file, `expected a GeoJSON FeatureCollection or a TopoJSON Topology, found type "${String(o.type)}"`);
}

/** Checks numbers and rings, closes open rings, swaps axes when asked. Throws on what cannot be repaired. */
function cleanGeometry(g: Polygon | MultiPolygon, swap: boolean, label: string, warnings: string[]): Polygon | MultiPolygon {
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polys) || polys.length === 0) throw new Error("empty coordinates");
  let opened = 0;
  const out: Position[][][] = [];
  for (const rings of polys) {
    if (!Array.isArray(rings) || rings.length === 0) throw new Error("a polygon without rings");
    const clean: Position[][] = [];
    rings.forEach((ring, r) => {
      if (!Array.isArray(ring)) throw new Error("a ring is not an array");
      const pts: Position[] = ring.map((p) => {
        if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number" || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
          throw new Error(`bad coordinate ${JSON.stringify(p)?.slice(0, 40)}`);
        }
        return swap ? [p[1], p[0]] : [p[0], p[1]];
      });
      if (pts.length > 0 && (pts[0][0] !== pts[pts.length - 1][0] || pts[0][1] !== pts[pts.length - 1][1])) {
        pts.push(pts[0]);
        opened++;
      }
      if (pts.length < 4) {
        if (r === 0) throw new Error("outer ring has fewer than 3 distinct points");
        warnings.push(`${label}: a hole with fewer than 3 points; dropped`);
        return;
      }
      clean.push(pts);
    });
    out.push(clean);
  }
  if (opened) warnings.push(`${label}: ${opened} ring(s) not closed; closed`);
  return g.type === "Polygon" ? { type: "Polygon", coordinates: out[0] } : { type: "MultiPolygon", coordinates: out };
}

function inRegion(minX: number, minY: number, maxX: number, maxY: number): boolean {
  const [a, b, c, d] = REGION_BBOX;
  return minX >= a && maxX <= c && minY >= b && maxY <= d;
}

function countVertices(g: Polygon | MultiPolygon): number {
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  return polys.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
}

/** Proper crossings between non-adjacent edges of each ring (segment index: O(n log n)). */
export function selfIntersections(g: Polygon | MultiPolygon): number {
  let count = 0;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const rings of polys) {
    for (const ring of rings) {
      const n = ring.length - 1;
      if (n < 4) continue;
      const idx = new Flatbush(n);
      for (let i = 0; i < n; i++) {
        const [x1, y1] = ring[i], [x2, y2] = ring[i + 1];
        idx.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
      }
      idx.finish();
      for (let i = 0; i < n; i++) {
        const [x1, y1] = ring[i], [x2, y2] = ring[i + 1];
        for (const j of idx.search(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2))) {
          if (j <= i + 1 || (i === 0 && j === n - 1)) continue; // same or adjacent edges
          if (properCross(ring[i], ring[i + 1], ring[j], ring[j + 1])) count++;
        }
        if (count > 1000) return count;
      }
    }
  }
  return count;
}

function properCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const o = (p: Position, q: Position, r: Position) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const o1 = o(a, b, c), o2 = o(a, b, d), o3 = o(c, d, a), o4 = o(c, d, b);
  return o1 !== 0 && o2 !== 0 && o3 !== 0 && o4 !== 0 && o1 !== o2 && o3 !== o4;
}

/** "Unexpected token } in JSON at position 1234" → the same with line and column. */
function describeJsonError(text: string, e: Error): string {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return e.message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split("\n").length;
  const col = pos - before.lastIndexOf("\n");
  return `${e.message} (line ${line}, column ${col})`;
}
