import type { MultiPolygon, Polygon, Position } from "geojson";

/** Even-odd ray casting over one ring. */
function inRing(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether (x, y) = (lon, lat) lies in a polygon's outer ring and outside its holes. */
export function pointInPolygonCoords(g: Polygon | MultiPolygon, x: number, y: number): boolean {
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  for (const rings of polys) {
    if (rings.length === 0 || !inRing(rings[0], x, y)) continue;
    let inHole = false;
    for (let h = 1; h < rings.length; h++) if (inRing(rings[h], x, y)) { inHole = true; break; }
    if (!inHole) return true;
  }
  return false;
}
