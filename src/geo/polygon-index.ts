import Flatbush from "flatbush";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { pointInPolygonCoords } from "./pip.js";

/**
 * Point-in-polygon over many polygons: a Flatbush index of their bounding boxes narrows the search to the
 * few polygons whose box holds the point, then ray casting decides. Polygons are assumed not to overlap;
 * where they do, the first in input order wins.
 */
export class PolygonIndex<P> {
  private readonly index: Flatbush | null;
  private readonly features: Feature<Polygon | MultiPolygon, P>[];

  constructor(features: Feature<Polygon | MultiPolygon, P>[]) {
    this.features = features;
    if (features.length === 0) {
      this.index = null;
      return;
    }
    this.index = new Flatbush(features.length);
    for (const f of features) {
      const [minX, minY, maxX, maxY] = bbox(f.geometry);
      this.index.add(minX, minY, maxX, maxY);
    }
    this.index.finish();
  }

  get size(): number {
    return this.features.length;
  }

  /** The properties of the polygon holding (lon, lat), or null. */
  find(lon: number, lat: number): P | null {
    if (!this.index) return null;
    const hits = this.index.search(lon, lat, lon, lat);
    if (hits.length > 1) hits.sort((a, b) => a - b);
    for (const i of hits) if (pointInPolygonCoords(this.features[i].geometry, lon, lat)) return this.features[i].properties;
    return null;
  }
}

/** [minX, minY, maxX, maxY] of a polygon's outer rings. */
export function bbox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const p of polys) {
    if (!p[0]) continue;
    for (const [x, y] of p[0]) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

/** Linear scan, no index: the naive baseline of the benchmark. */
export function findLinear<P>(features: Feature<Polygon | MultiPolygon, P>[], lon: number, lat: number): P | null {
  for (const f of features) if (pointInPolygonCoords(f.geometry, lon, lat)) return f.properties;
  return null;
}
