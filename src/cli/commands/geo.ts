import { basename } from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { BoundaryImportError, readBoundaryFile } from "../../geo/boundaries-import.js";
import { createGeocoder, defaultGeocoder, type FrontierGeocoder } from "../../geo/index.js";
import { listBoundarySets, loadBoundaries, replaceBoundaries } from "../../store/index.js";
import { withStore } from "../store.js";

const out = (v: unknown) => process.stdout.write(JSON.stringify(v) + "\n");
const err = (s: string) => process.stderr.write(s + "\n");

function coordinate(kind: "lat" | "lon") {
  return (v: string): number => {
    const n = Number(v);
    const limit = kind === "lat" ? 90 : 180;
    if (!Number.isFinite(n) || Math.abs(n) > limit) throw new InvalidArgumentError(`${kind} must be a number within ±${limit}`);
    return n;
  };
}
function positive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a positive number");
  return n;
}
/** Warns when a (lat, lon) pair looks swapped for this region (latitudes 23–38, longitudes 60–78). */
function checkOrder(lat: number, lon: number): void {
  if (lat >= 58 && lat <= 80 && lon >= 22 && lon <= 39) err(`geo: warning: ${lat}, ${lon} looks like LON LAT; the order is LAT LON`);
}

/** A geocoder that also knows the boundaries stored in the database, when --db (or FRONTIER_DATABASE_URL) is given. */
async function geocoderFor(db: string | undefined, beltKm?: number): Promise<FrontierGeocoder> {
  if (!db && !process.env.FRONTIER_DATABASE_URL) return beltKm ? createGeocoder({ beltKm }) : defaultGeocoder();
  const boundaries = await withStore(db, (store) => loadBoundaries(store.db));
  return boundaries.length || beltKm ? createGeocoder({ boundaries, beltKm }) : defaultGeocoder();
}

/** `frontier geo ...`: the gazetteer, boundaries and border from the command line. */
export function register(program: Command): void {
  const geo = program.command("geo").description("gazetteer look-ups, geocoding, border context, and boundary imports");

  geo
    .command("import-boundaries")
    .description("load district (adm2) or province (adm1) polygons from GeoJSON or TopoJSON (e.g. OCHA COD-AB, geoBoundaries) into the database; replaces the previous set of that level, all or nothing")
    .argument("<file>", "GeoJSON FeatureCollection or TopoJSON file")
    .requiredOption("--level <level>", "adm1 (provinces) or adm2 (districts)", (v: string) => {
      if (v !== "adm1" && v !== "adm2") throw new InvalidArgumentError("must be adm1 or adm2");
      return v;
    })
    .requiredOption("--name-field <field>", "property holding each polygon's name (e.g. ADM2_EN, shapeName)")
    .option("--country <cc>", "PK or AF", (v: string) => {
      const c = v.toUpperCase();
      if (c !== "PK" && c !== "AF") throw new InvalidArgumentError("must be PK or AF");
      return c;
    }, "PK")
    .option("--adm1-field <field>", "property holding a district's province name (e.g. ADM1_EN)")
    .option("--swap-latlon", "the file's coordinates are (lat, lon): swap them")
    .option("--max-mb <n>", "refuse files larger than this (default 256)", positive)
    .option("--db <url>", "database: a SQLite file path or postgres:// URL (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .action(async (file: string, opts: { level: "adm1" | "adm2"; nameField: string; country: "PK" | "AF"; adm1Field?: string; swapLatlon?: boolean; maxMb?: number; db?: string }) => {
      let result;
      try {
        result = readBoundaryFile(file, {
          level: opts.level,
          nameField: opts.nameField,
          country: opts.country,
          adm1Field: opts.adm1Field,
          swapLatLon: opts.swapLatlon,
          maxBytes: opts.maxMb ? opts.maxMb * 1048576 : undefined,
        });
      } catch (e) {
        if (e instanceof BoundaryImportError) {
          err(`geo import-boundaries: ${e.message}; nothing imported`);
          process.exitCode = 1;
          return;
        }
        throw e;
      }
      const shown = result.warnings.slice(0, 25);
      for (const w of shown) err(`geo import-boundaries: warning: ${file}: ${w}`);
      if (result.warnings.length > shown.length) err(`geo import-boundaries: ... and ${result.warnings.length - shown.length} more warnings`);
      const summary = await withStore(opts.db, (store) => replaceBoundaries(store.db, opts.country, opts.level, result.features, basename(file)));
      err(
        `geo import-boundaries: ${summary.inserted} ${opts.level} polygons of ${opts.country} imported from ${file} ` +
          `(${result.total} features, ${result.total - result.features.length} skipped, ${result.vertices} vertices, ${result.warnings.length} warnings); ` +
          `replaced ${summary.replaced} previous polygons; import ${summary.importId}`,
      );
    });

  geo
    .command("boundaries")
    .description("list the boundary sets stored in the database")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .action(async (opts: { db?: string }) => {
      const sets = await withStore(opts.db, (store) => listBoundarySets(store.db));
      for (const s of sets) out(s);
      if (!sets.length) err("geo boundaries: none imported (frontier geo import-boundaries FILE --level adm2 --name-field F)");
    });

  geo
    .command("lookup")
    .description("every gazetteer entry a name may refer to (JSON, one per line)")
    .argument("<name...>", "a place name, e.g. Miram Shah")
    .action((words: string[]) => {
      const name = words.join(" ");
      const hits = defaultGeocoder().lookup(name);
      for (const h of hits) out(h);
      if (!hits.length) {
        err(`geo lookup: "${name}" is not in the gazetteer`);
        process.exitCode = 1;
      }
    });

  geo
    .command("places")
    .description("find and resolve every place named in a text (JSON, one per mention; null where it stays ambiguous)")
    .argument("<text...>", "the text")
    .option("--date <YYYY-MM-DD>", "event date: district names follow the boundaries in force then")
    .option("--db <url>", "use the boundaries stored in this database")
    .action(async (words: string[], opts: { date?: string; db?: string }) => {
      const text = words.join(" ");
      if (opts.date && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new InvalidArgumentError("--date must be YYYY-MM-DD");
      const g = await geocoderFor(opts.db);
      const ms = g.findPlaces(text);
      for (const m of ms) {
        const r = g.resolve(m, { others: ms, date: opts.date ?? null });
        out({ text: m.text, start: m.start, end: m.end, candidates: m.candidates.length, resolution: r && { ...r, candidate: undefined, border: r.lat != null && r.lon != null ? g.border(r.lat, r.lon) : null } });
      }
      if (!ms.length) err("geo places: no known place in the text");
    });

  geo
    .command("border")
    .description("border context of a point: side, distance to the Afghanistan–Pakistan border, belt, nearest official crossing")
    .argument("<lat>", "latitude", coordinate("lat"))
    .argument("<lon>", "longitude", coordinate("lon"))
    .option("--belt <km>", "belt width in km (default 50)", positive)
    .action(async (lat: number, lon: number, opts: { belt?: number }) => {
      checkOrder(lat, lon);
      const g = opts.belt ? createGeocoder({ beltKm: opts.belt }) : defaultGeocoder();
      out(g.border(lat, lon));
    });

  geo
    .command("locate")
    .description("country, province and district of a point (polygons; nearest district seat in Pakistan unless boundaries were imported)")
    .argument("<lat>", "latitude", coordinate("lat"))
    .argument("<lon>", "longitude", coordinate("lon"))
    .option("--db <url>", "use the boundaries stored in this database")
    .action(async (lat: number, lon: number, opts: { db?: string }) => {
      checkOrder(lat, lon);
      const g = await geocoderFor(opts.db);
      out({ ...g.locate(lat, lon), border: g.border(lat, lon) });
    });
}
