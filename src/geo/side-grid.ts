import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { PolygonIndex } from "./polygon-index.js";

/**
 * Which points are inside Afghanistan, answered mostly in O(1): a grid of cells (default 0.05°); cells the
 * country's polygon rings pass through are "mixed" and go to the exact polygon test, every other cell is
 * wholly inside or outside and is classified once, by its centre, on first use.
 */
export class SideGrid {
  private readonly minX: number;
  private readonly minY: number;
  private readonly nx: number;
  private readonly ny: number;
  /** 0 = unknown, 1 = inside, 2 = outside, 3 = mixed (exact test). */
  private readonly cells: Uint8Array;

  constructor(
    polygons: Feature<Polygon | MultiPolygon, unknown>[],
    private readonly exact: PolygonIndex<unknown>,
    private readonly cell = 0.05,
  ) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const rings = polygons.flatMap((f) => (f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat()));
    for (const r of rings) for (const [x, y] of r) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
    this.minX = minX - cell;
    this.minY = minY - cell;
    this.nx = Math.max(1, Math.ceil((maxX - minX) / cell) + 2);
    this.ny = Math.max(1, Math.ceil((maxY - minY) / cell) + 2);
    this.cells = new Uint8Array(this.nx * this.ny);
    // Mark every cell an edge passes through (walk each segment in steps shorter than half a cell).
    for (const r of rings) {
      for (let i = 1; i < r.length; i++) {
        const [x1, y1] = r[i - 1], [x2, y2] = r[i];
        const steps = Math.max(1, Math.ceil((Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1)) / cell) * 2));
        for (let s = 0; s <= steps; s++) {
          const x = x1 + ((x2 - x1) * s) / steps, y = y1 + ((y2 - y1) * s) / steps;
          this.mark(x, y);
        }
      }
    }
    if (polygons.length === 0) this.cells.fill(2);
  }

  private mark(x: number, y: number): void {
    const cx = Math.floor((x - this.minX) / this.cell), cy = Math.floor((y - this.minY) / this.cell);
    // Also the neighbours: a point on a cell's edge may sit in either.
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
      const ix = cx + dx, iy = cy + dy;
      if (ix >= 0 && iy >= 0 && ix < this.nx && iy < this.ny) this.cells[iy * this.nx + ix] = 3;
    }
  }

  /** Whether (lon, lat) lies inside the polygons. */
  inside(lon: number, lat: number): boolean {
    const ix = Math.floor((lon - this.minX) / this.cell), iy = Math.floor((lat - this.minY) / this.cell);
    if (ix < 0 || iy < 0 || ix >= this.nx || iy >= this.ny) return false;
    const k = iy * this.nx + ix;
    let v = this.cells[k];
    if (v === 3) return this.exact.find(lon, lat) != null;
    if (v === 0) {
      v = this.exact.find(this.minX + (ix + 0.5) * this.cell, this.minY + (iy + 0.5) * this.cell) != null ? 1 : 2;
      this.cells[k] = v;
    }
    return v === 1;
  }
}
