import type { MultiPolygon, Polygon } from "geojson";
import type { Db } from "./open.js";
import { newId, nowIso } from "./ids.js";

/** A boundary polygon as stored (the shape src/geo's BoundaryFeature expects). */
export interface StoredBoundary {
  country: "PK" | "AF";
  level: "adm1" | "adm2";
  name: string;
  adm1: string | null;
  geometry: Polygon | MultiPolygon;
}

export interface BoundarySetSummary {
  country: string;
  level: string;
  polygons: number;
  source: string;
  import_id: string;
  imported_at: string;
}

/** Rows per INSERT: 13 parameters a row stays far below PostgreSQL's 65,535-parameter limit. */
const CHUNK = 200;

/**
 * Replaces every stored boundary of (country, level) with `features`, in one transaction: a failure at any
 * row leaves the previous set untouched, so an import is all or nothing and re-importing does not duplicate.
 */
export async function replaceBoundaries(
  db: Db,
  country: "PK" | "AF",
  level: "adm1" | "adm2",
  features: StoredBoundary[],
  source: string,
): Promise<{ importId: string; replaced: number; inserted: number }> {
  const importId = newId("bnd");
  const at = nowIso();
  return db.transaction().execute(async (trx) => {
    const old = await trx.deleteFrom("boundaries").where("country", "=", country).where("level", "=", level).executeTakeFirst();
    const rows = features.map((f) => {
      const [minX, minY, maxX, maxY] = bboxOf(f.geometry);
      return {
        id: newId("bdy"),
        country,
        level,
        name: f.name,
        adm1: f.adm1,
        geometry: JSON.stringify(f.geometry),
        min_x: minX,
        min_y: minY,
        max_x: maxX,
        max_y: maxY,
        source,
        import_id: importId,
        imported_at: at,
      };
    });
    for (let i = 0; i < rows.length; i += CHUNK) await trx.insertInto("boundaries").values(rows.slice(i, i + CHUNK)).execute();
    return { importId, replaced: Number(old.numDeletedRows ?? 0), inserted: rows.length };
  });
}

/** Every stored boundary polygon (to build a geocoder with `createGeocoder({ boundaries })`). */
export async function loadBoundaries(db: Db): Promise<StoredBoundary[]> {
  const rows = await db.selectFrom("boundaries").select(["country", "level", "name", "adm1", "geometry"]).orderBy("country").orderBy("level").orderBy("name").orderBy("id").execute();
  return rows.map((r) => ({
    country: r.country as "PK" | "AF",
    level: r.level as "adm1" | "adm2",
    name: r.name,
    adm1: r.adm1,
    geometry: JSON.parse(r.geometry) as Polygon | MultiPolygon,
  }));
}

/** One line per stored boundary set. */
export async function listBoundarySets(db: Db): Promise<BoundarySetSummary[]> {
  const rows = await db
    .selectFrom("boundaries")
    .select((eb) => ["country", "level", "source", "import_id", "imported_at", eb.fn.countAll<number>().as("polygons")])
    .groupBy(["country", "level", "source", "import_id", "imported_at"])
    .orderBy("country")
    .orderBy("level")
    .execute();
  return rows.map((r) => ({ ...r, polygons: Number(r.polygons) }));
}

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of g.type === "Polygon" ? [g.coordinates] : g.coordinates) {
    for (const [x, y] of p[0] ?? []) {
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}
