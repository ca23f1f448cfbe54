/**
 * Development check of the geocoder alone (not a test, not end-to-end): for each required gold incident of
 * ../shared/eval/dev.jsonl, geocode the report's text and ask
 *
 *   place    the mention of the gold `place` (its parts: "Karikot, Wana" → Karikot, Wana) resolved in the
 *            report's context: is adm1 / adm2 right, and lat/lon within 25 km where gold has them?
 *   any      does any resolved mention of the report carry the gold adm1 / adm2 (an upper bound for the extractor)?
 *
 * and lists the gold places the gazetteer does not find, to show missing entries. Fix those with general
 * data (complete lists, aliases), never with rules for one sentence.
 *
 *   npx tsx bench/geo/dev-places.ts [path/to/dev.jsonl] [--verbose]
 */
import { readFileSync } from "node:fs";
import { createGeocoder, type GeoResolution, type PlaceMention } from "../../src/geo/index.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = args.find((a) => !a.startsWith("--")) ?? new URL("../../../shared/eval/dev.jsonl", import.meta.url).pathname;

interface GoldIncident { date: string | null; country: string; adm1: string | null; adm2: string | null; place: string | null; lat: number | null; lon: number | null; optional?: boolean }
interface GoldDoc { id: string; text: string; published: string | null; incidents: GoldIncident[] }

const norm = (s: string | null | undefined) =>
  s == null ? null : s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\b(district|agency|tribal|province|division|city)\b/g, "").replace(/[^a-z0-9]/g, "") || null;
function km(a: { lat: number | null; lon: number | null }, b: { lat: number | null; lon: number | null }): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const r = Math.PI / 180, dlat = (b.lat - a.lat) * r, dlon = (b.lon - a.lon) * r;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dlon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

const docs = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as GoldDoc);
const g = createGeocoder();
const t = { n: 0, placeN: 0, placeFound: 0, place1: 0, place2: 0, place2n: 0, ll: 0, lln: 0, any1: 0, any2: 0, any2n: 0 };
const misses: string[] = [];
const wrong: string[] = [];
for (const d of docs) {
  const mentions = g.findPlaces(d.text);
  for (const inc of d.incidents) {
    if (inc.optional) continue;
    t.n++;
    const date = inc.date ?? d.published;
    const resolved = mentions.map((m) => [m, g.resolve(m, { others: mentions, date })] as [PlaceMention, GeoResolution | null]);
    if (resolved.some(([, r]) => r && norm(r.adm1) === norm(inc.adm1))) t.any1++;
    if (inc.adm2) {
      t.any2n++;
      if (resolved.some(([, r]) => r && norm(r.adm2) === norm(inc.adm2))) t.any2++;
    }
    if (!inc.place) continue;
    // The most specific part of the gold place that the text names ("Karikot, Wana" → Karikot first).
    const parts = inc.place.split(/,| near | on | at /).map((p) => p.replace(/^near /, "").trim()).filter(Boolean);
    t.placeN++;
    let hit: [PlaceMention, GeoResolution | null] | undefined;
    for (const part of parts) {
      const words = norm(part)!;
      // The mention may carry a place word ("Bara tehsil", "Tirah valley") or be part of the gold place.
      hit = resolved.find(([m]) => norm(m.text) === words) ?? resolved.find(([m]) => { const k = norm(m.text)!; return k.length >= 4 && (words.includes(k) || k.startsWith(words)); });
      if (hit) break;
    }
    if (!hit) {
      misses.push(`${d.id} "${inc.place}" (${inc.adm2 ?? inc.adm1})`);
      continue;
    }
    t.placeFound++;
    const r = hit[1];
    const ok1 = !!r && norm(r.adm1) === norm(inc.adm1);
    if (ok1) t.place1++;
    if (inc.adm2) {
      t.place2n++;
      if (r && norm(r.adm2) === norm(inc.adm2)) t.place2++;
      else wrong.push(`${d.id} "${hit[0].text}" → ${r ? `${r.adm1} / ${r.adm2}` : "unresolved"}; gold ${inc.adm1} / ${inc.adm2} (${date})`);
    }
    if (inc.lat != null) {
      t.lln++;
      const k = r ? km(r, inc) : null;
      if (k != null && k <= 25) t.ll++;
      else if (verbose) wrong.push(`${d.id} "${hit[0].text}" point ${r?.lat},${r?.lon} vs gold ${inc.lat},${inc.lon} (${k?.toFixed(1)} km)`);
    }
  }
}
const pct = (a: number, b: number) => `${a}/${b} = ${b ? ((100 * a) / b).toFixed(1) : "–"}%`;
console.log(`required gold incidents: ${t.n}`);
console.log(`gold place named and found by findPlaces: ${pct(t.placeFound, t.placeN)}`);
console.log(`  of those, province right: ${pct(t.place1, t.placeFound)}; district right: ${pct(t.place2, t.place2n)}; lat/lon within 25 km: ${pct(t.ll, t.lln)}`);
console.log(`any resolved mention of the report has the gold province: ${pct(t.any1, t.n)}; the gold district: ${pct(t.any2, t.any2n)}`);
if (misses.length) console.log(`\ngold places not found (${misses.length}):\n  ${misses.join("\n  ")}`);
if (wrong.length) console.log(`\nwrong or unresolved (${wrong.length}):\n  ${wrong.join("\n  ")}`);
