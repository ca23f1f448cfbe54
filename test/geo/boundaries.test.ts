import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BoundaryImportError, checkBoundaries, readBoundaryFile, selfIntersections } from "../../src/geo/boundaries-import.js";
import { createGeocoder } from "../../src/geo/index.js";
import { listBoundarySets, loadBoundaries, replaceBoundaries } from "../../src/store/index.js";
import { storeTargets } from "../helpers/stores.js";

const dir = mkdtempSync(join(tmpdir(), "frontier-geo-"));
const square = (x: number, y: number, d: number) => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
/** Two made-up "districts" around Bannu and Lakki Marwat (squares, not real boundaries). */
const districts = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", properties: { ADM2_EN: "Bannu", ADM1_EN: "Khyber Pakhtunkhwa" }, geometry: { type: "Polygon", coordinates: [square(70.4, 32.8, 0.4)] } },
    { type: "Feature", properties: { ADM2_EN: "Lakki Marwat", ADM1_EN: "Khyber Pakhtunkhwa" }, geometry: { type: "Polygon", coordinates: [square(70.6, 32.4, 0.4)] } },
  ],
};
function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === "string" ? content : JSON.stringify(content));
  return p;
}
const opts = { level: "adm2" as const, nameField: "ADM2_EN", adm1Field: "ADM1_EN" };

describe("readBoundaryFile: bad input gives clear errors or warnings", () => {
  it("reads a good FeatureCollection", () => {
    const r = readBoundaryFile(file("ok.geojson", districts), opts);
    expect(r.features.map((f) => [f.name, f.adm1, f.country, f.level])).toEqual([
      ["Bannu", "Khyber Pakhtunkhwa", "PK", "adm2"],
      ["Lakki Marwat", "Khyber Pakhtunkhwa", "PK", "adm2"],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("names the file and the position of malformed JSON", () => {
    const p = file("bad.geojson", '{"type": "FeatureCollection",\n "features": [ {"type": "Feature", }\n]}');
    expect(() => readBoundaryFile(p, opts)).toThrow(BoundaryImportError);
    expect(() => readBoundaryFile(p, opts)).toThrow(/bad\.geojson: not valid JSON: .*line 2/);
  });

  it("refuses files over the size limit, and empty or missing files", () => {
    const p = file("big.geojson", districts);
    expect(() => readBoundaryFile(p, { ...opts, maxBytes: 100 })).toThrow(/too large/);
    expect(() => readBoundaryFile(file("empty.geojson", ""), opts)).toThrow(/empty file/);
    expect(() => readBoundaryFile(join(dir, "nope.geojson"), opts)).toThrow(/cannot read: ENOENT/);
  });

  it("lists the properties that exist when the name field is wrong", () => {
    expect(() => checkBoundaries("x.geojson", districts, { ...opts, nameField: "NAME_2" })).toThrow(/no feature has a name in property "NAME_2"; properties found: ADM1_EN, ADM2_EN/);
  });

  it("rejects what is not GeoJSON", () => {
    expect(() => checkBoundaries("x.json", { type: "Something" }, opts)).toThrow(/found type "Something"/);
    expect(() => checkBoundaries("x.json", [1, 2], opts)).toThrow(/expected a GeoJSON FeatureCollection/);
  });

  it("detects swapped coordinates and imports them only when asked", () => {
    const swapped = JSON.parse(JSON.stringify(districts));
    for (const f of swapped.features) f.geometry.coordinates = f.geometry.coordinates.map((r: number[][]) => r.map(([x, y]) => [y, x]));
    expect(() => checkBoundaries("s.geojson", swapped, opts)).toThrow(/2 look swapped: try --swap-latlon/);
    const fixed = checkBoundaries("s.geojson", swapped, { ...opts, swapLatLon: true });
    expect(fixed.features[0].geometry.coordinates[0][0]).toEqual([70.4, 32.8]);
  });

  it("skips polygons outside the region, non-polygons and unnamed features with warnings", () => {
    const mixed = {
      type: "FeatureCollection",
      features: [
        ...districts.features,
        { type: "Feature", properties: { ADM2_EN: "Paris" }, geometry: { type: "Polygon", coordinates: [square(2.2, 48.8, 0.2)] } },
        { type: "Feature", properties: { ADM2_EN: "A point" }, geometry: { type: "Point", coordinates: [70, 33] } },
        { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [square(70, 33, 0.1)] } },
        { type: "Feature", properties: { ADM2_EN: "Broken" }, geometry: { type: "Polygon", coordinates: [[[70, 33], ["x", 1]]] } },
      ],
    };
    const r = checkBoundaries("m.geojson", mixed, opts);
    expect(r.features.map((f) => f.name)).toEqual(["Bannu", "Lakki Marwat"]);
    expect(r.total).toBe(6);
    expect(r.warnings.join("\n")).toMatch(/"Paris": outside the Pakistan–Afghanistan region/);
    expect(r.warnings.join("\n")).toMatch(/"A point": Point is not a polygon; skipped/);
    expect(r.warnings.join("\n")).toMatch(/feature 4: no "ADM2_EN"; skipped/);
    expect(r.warnings.join("\n")).toMatch(/"Broken": bad coordinate/);
  });

  it("keeps holes, closes open rings, and warns about self-intersections", () => {
    const bowtie = [[70, 33], [70.2, 33.2], [70.2, 33], [70, 33.2], [70, 33]];
    const withHole = [square(70.4, 32.8, 0.4), square(70.5, 32.9, 0.1)];
    const open = [square(70.6, 32.4, 0.4).slice(0, 4)];
    const fc = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { ADM2_EN: "Bowtie" }, geometry: { type: "Polygon", coordinates: [bowtie] } },
        { type: "Feature", properties: { ADM2_EN: "Holed" }, geometry: { type: "Polygon", coordinates: withHole } },
        { type: "Feature", properties: { ADM2_EN: "Open" }, geometry: { type: "Polygon", coordinates: open } },
      ],
    };
    const r = checkBoundaries("h.geojson", fc, { level: "adm2", nameField: "ADM2_EN" });
    expect(r.features).toHaveLength(3);
    expect(r.warnings.join("\n")).toMatch(/"Bowtie": 1 self-intersection/);
    expect(r.warnings.join("\n")).toMatch(/"Open": 1 ring\(s\) not closed; closed/);
    expect(selfIntersections({ type: "Polygon", coordinates: withHole })).toBe(0);
    // The hole is a hole: a point inside it is not in "Holed".
    const g = createGeocoder({ boundaries: r.features.filter((f) => f.name === "Holed") });
    expect(g.locate(32.95, 70.55).adm2).not.toBe("Holed");
    expect(g.locate(32.85, 70.45).adm2).toBe("Holed");
  });

  it("reads TopoJSON", () => {
    const topo = {
      type: "Topology",
      arcs: [[[70.4, 32.8], [70.8, 32.8], [70.8, 33.2], [70.4, 33.2], [70.4, 32.8]]],
      objects: { d: { type: "GeometryCollection", geometries: [{ type: "Polygon", arcs: [[0]], properties: { shapeName: "Bannu" } }] } },
    };
    expect(checkBoundaries("t.topojson", topo, { level: "adm2", nameField: "shapeName" }).features[0].name).toBe("Bannu");
  });
});

describe("geocoder with imported boundaries", () => {
  it("assigns districts by polygon instead of the nearest seat", () => {
    const r = checkBoundaries("ok.geojson", districts, opts);
    const g = createGeocoder({ boundaries: r.features });
    expect(g.locate(32.9, 70.5)).toMatchObject({ country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", method: "polygon" });
    expect(createGeocoder({ beltKm: 50 }).locate(32.9, 70.5).method).toBe("nearest-seat");
  });
});

describe("boundaries in the store (SQLite and PostgreSQL)", async () => {
  const targets = await storeTargets();
  const features = checkBoundaries("ok.geojson", districts, opts).features;
  for (const t of targets) {
    it(`${t.name}: imports in one transaction, replaces on re-import, and keeps the old set when an import fails`, async () => {
      const store = await t.open();
      try {
        const a = await replaceBoundaries(store.db, "PK", "adm2", features, "ok.geojson");
        expect(a).toMatchObject({ inserted: 2, replaced: 0 });
        const b = await replaceBoundaries(store.db, "PK", "adm2", features, "ok.geojson");
        expect(b).toMatchObject({ inserted: 2, replaced: 2 });
        const loaded = await loadBoundaries(store.db);
        expect(loaded.map((f) => f.name)).toEqual(["Bannu", "Lakki Marwat"]);
        expect(loaded[0].geometry).toEqual(features[0].geometry);
        // A bad row (no name) in a large import: nothing of it lands, the previous set stays.
        const many = Array.from({ length: 450 }, (_, i) => ({ ...features[0], name: `D${i}` }));
        many[420] = { ...many[420], name: null as unknown as string };
        await expect(replaceBoundaries(store.db, "PK", "adm2", many, "bad.geojson")).rejects.toThrow();
        expect((await loadBoundaries(store.db)).map((f) => f.name)).toEqual(["Bannu", "Lakki Marwat"]);
        const sets = await listBoundarySets(store.db);
        expect(sets).toHaveLength(1);
        expect(sets[0]).toMatchObject({ country: "PK", level: "adm2", polygons: 2, source: "ok.geojson" });
      } finally {
        await store.dispose();
      }
    });
  }
});

describe("frontier geo (CLI)", () => {
  const BIN = resolve("bin/frontier.mjs");
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  const db = join(dir, "cli.db");
  afterAll(() => undefined);

  it("imports boundaries, reports errors by file and field, and imports nothing on error", () => {
    const good = file("cli-ok.geojson", districts);
    const bad = run("geo", "import-boundaries", good, "--level", "adm2", "--name-field", "NAME", "--db", db);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/cli-ok\.geojson: no feature has a name in property "NAME"; properties found: ADM1_EN, ADM2_EN; nothing imported/);
    expect(run("geo", "import-boundaries", good, "--level", "adm3", "--name-field", "ADM2_EN", "--db", db).stderr).toMatch(/--level.*must be adm1 or adm2/);
    const ok = run("geo", "import-boundaries", good, "--level", "adm2", "--name-field", "ADM2_EN", "--adm1-field", "ADM1_EN", "--db", db);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/2 adm2 polygons of PK imported/);
    const loc = run("geo", "locate", "32.9", "70.5", "--db", db);
    expect(JSON.parse(loc.stdout)).toMatchObject({ adm2: "Bannu", method: "polygon" });
    expect(run("geo", "boundaries", "--db", db).stdout).toMatch(/"polygons":2/);
  });

  it("looks names up, finds places in text and gives border context", () => {
    expect(JSON.parse(run("geo", "lookup", "Miram", "Shah").stdout.split("\n")[0])).toMatchObject({ name: "Miranshah", adm2: "North Waziristan" });
    expect(run("geo", "lookup", "Atlantis").status).toBe(1);
    const places = run("geo", "places", "Shelling hit Chaman on Monday.", "--date", "2019-05-01").stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(places[0].resolution).toMatchObject({ adm2: "Killa Abdullah", precision: 1 });
    expect(JSON.parse(run("geo", "border", "34.0988", "71.1411").stdout)).toMatchObject({ side: "PK", nearest_crossing: "Torkham", in_belt: true });
    const swapped = run("geo", "border", "71.1411", "34.0988");
    expect(swapped.stderr).toMatch(/looks like LON LAT/);
    expect(run("geo", "border", "abc", "70").stderr).toMatch(/lat must be a number/);
  });
});
