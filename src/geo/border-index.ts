import Flatbush from "flatbush";
import type { FeatureCollection, LineString, MultiLineString, Position } from "geojson";

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQ = 111.32;
/** The index stores longitudes scaled by cos(32°), the border's middle latitude, so box distances are near-isotropic. */
const K0 = Math.cos((32 * Math.PI) / 180);

/**
 * Distance from a point to the Afghanistan–Pakistan border line: its segments in a Flatbush index; the few
 * nearest boxes are measured exactly (equirectangular at the point's latitude, well under 1% error at the
 * border's scale).
 */
export class BorderIndex {
  private readonly index: Flatbush;
  private readonly seg: Float64Array; // x1, y1, x2, y2 (lon, lat) per segment

  constructor(lines: Position[][]) {
    const segs: number[] = [];
    for (const l of lines) for (let i = 1; i < l.length; i++) segs.push(l[i - 1][0], l[i - 1][1], l[i][0], l[i][1]);
    this.seg = Float64Array.from(segs);
    const n = this.seg.length / 4;
    this.index = new Flatbush(Math.max(1, n));
    for (let i = 0; i < n; i++) {
      const x1 = this.seg[4 * i] * K0, y1 = this.seg[4 * i + 1], x2 = this.seg[4 * i + 2] * K0, y2 = this.seg[4 * i + 3];
      this.index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    if (n === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
  }

  static fromGeoJSON(fc: FeatureCollection<LineString | MultiLineString>): BorderIndex {
    return new BorderIndex(fc.features.flatMap((f) => (f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates)));
  }

  get segments(): number {
    return this.seg.length / 4;
  }

  /** Kilometres from (lon, lat) to the nearest point of the line. */
  distanceKm(lon: number, lat: number): number {
    const kx = KM_PER_DEG_LON_EQ * Math.cos((lat * Math.PI) / 180);
    // The few nearest boxes give an upper bound; every box within that bound (in index units, converted
    // conservatively) is then measured, so the answer is exact whatever the latitude.
    // Boxes come nearest first; once the k-th box is farther (a lower bound, converted conservatively to km)
    // than the best segment found, no other segment can be nearer: the answer is exact at any latitude.
    const x = lon * K0;
    const kmPerUnit = Math.min(KM_PER_DEG_LAT, kx / K0);
    const n = this.seg.length / 4;
    let best = Infinity;
    for (let k = 8; ; k *= 4) {
      const ids = this.index.neighbors(x, lat, k);
      for (const i of ids) best = Math.min(best, this.measure(i, lon, lat, kx));
      if (ids.length < k || k >= n) return best;
      if (this.boxDistance(ids[ids.length - 1], x, lat) * kmPerUnit >= best) return best;
    }
  }

  /** Distance in index units from (x, y) to segment i's box. */
  private boxDistance(i: number, x: number, y: number): number {
    const x1 = this.seg[4 * i] * K0, y1 = this.seg[4 * i + 1], x2 = this.seg[4 * i + 2] * K0, y2 = this.seg[4 * i + 3];
    const dx = Math.max(Math.min(x1, x2) - x, 0, x - Math.max(x1, x2));
    const dy = Math.max(Math.min(y1, y2) - y, 0, y - Math.max(y1, y2));
    return Math.sqrt(dx * dx + dy * dy);
  }

  private measure(i: number, lon: number, lat: number, kx: number): number {
    return segDistKm(lon, lat, this.seg[4 * i], this.seg[4 * i + 1], this.seg[4 * i + 2], this.seg[4 * i + 3], kx);
  }
}

/** Kilometres from a point to a segment, in a local equirectangular frame at the point. */
export function segDistKm(px: number, py: number, x1: number, y1: number, x2: number, y2: number, kx: number): number {
  const ax = (x1 - px) * kx, ay = (y1 - py) * KM_PER_DEG_LAT;
  const bx = (x2 - px) * kx, by = (y2 - py) * KM_PER_DEG_LAT;
  const dx = bx - ax, dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 > 0 ? -(ax * dx + ay * dy) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const cx = ax + t * dx, cy = ay + t * dy;
  return Math.sqrt(cx * cx + cy * cy);
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}
