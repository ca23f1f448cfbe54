import { readFileSync } from "node:fs";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { BorderIndex, segDistKm } from "../../src/geo/border-index.js";
import { findLinear, PolygonIndex } from "../../src/geo/polygon-index.js";
import { SideGrid } from "../../src/geo/side-grid.js";

const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(`../../data/geo/${f}`, import.meta.url), "utf8")) as T;
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);

describe("spatial indexes agree with brute force", () => {
  const districts = read<FeatureCollection<Polygon | MultiPolygon, { district: string }>>("af-districts.geojson");
  const provinces = read<FeatureCollection<Polygon | MultiPolygon, { province: string }>>("af-provinces.geojson");

  it("PolygonIndex.find equals a linear scan", () => {
    const idx = new PolygonIndex(districts.features);
    for (let i = 0; i < 2000; i++) {
      const x = 60 + rnd() * 16, y = 29 + rnd() * 10;
      expect(idx.find(x, y)?.district ?? null).toBe(findLinear(districts.features, x, y)?.district ?? null);
    }
  });

  it("SideGrid.inside equals the exact province test", () => {
    const exact = new PolygonIndex(provinces.features);
    const grid = new SideGrid(provinces.features, exact as PolygonIndex<unknown>);
    for (let i = 0; i < 3000; i++) {
      const x = 60 + rnd() * 16, y = 29 + rnd() * 10;
      expect(grid.inside(x, y)).toBe(exact.find(x, y) != null);
    }
  });

  it("BorderIndex.distanceKm equals the minimum over all segments", () => {
    const fc = read<FeatureCollection<never>>("border.geojson");
    const idx = BorderIndex.fromGeoJSON(fc as never);
    const lines = (fc.features as { geometry: { type: string; coordinates: number[][][] | number[][] } }[]).flatMap((f) =>
      f.geometry.type === "LineString" ? [f.geometry.coordinates as number[][]] : (f.geometry.coordinates as number[][][]),
    );
    for (let i = 0; i < 300; i++) {
      const x = 62 + rnd() * 12, y = 28 + rnd() * 9;
      const kx = 111.32 * Math.cos((y * Math.PI) / 180);
      let best = Infinity;
      for (const l of lines) for (let j = 1; j < l.length; j++) best = Math.min(best, segDistKm(x, y, l[j - 1][0], l[j - 1][1], l[j][0], l[j][1], kx));
      expect(idx.distanceKm(x, y)).toBeCloseTo(best, 6);
    }
  });
});
