/**
 * Linking evaluation on the invented gold set (data/link-gold/gold.jsonl): pairwise precision and recall
 * of "these two mentions are one incident", through the real pipeline (ingestReport → createLinker, on an
 * in-memory SQLite store), in two modes:
 *   (a) oracle extraction: the gold structured values are what extraction returns; then again after
 *       `link --rebuild` (batch) on the same store;
 *   (b) end to end: the real extract() from src/extract reads each text; its incidents are matched to
 *       gold incidents per report (same province, ≤ 3 days, best fit) to know their gold cluster.
 *
 *   npm run eval:link [-- --gold FILE] [--verbose]
 */
import { readFileSync } from "node:fs";
import type { ExtractedIncident, ExtractionResult, InputDoc } from "../../src/domain/index.js";
import { extract } from "../../src/extract/index.js";
import { createLinker, rebuildLinks } from "../../src/link/index.js";
import { ingestReport } from "../../src/pipeline/ingest-report.js";
import { migrate, openStore, type Db } from "../../src/store/index.js";
import { DISTRICTS } from "./gazetteer.js";
import type { GoldIncident, GoldReport } from "./gold-generator.js";
import { fmt, pairwise, type Labelled } from "./pairwise.js";

const arg = (k: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const goldPath = arg("--gold") ?? "data/link-gold/gold.jsonl";
const verbose = process.argv.includes("--verbose");

const gold: GoldReport[] = readFileSync(goldPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
gold.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));

function toExtracted(g: GoldIncident): ExtractedIncident {
  const { cluster: _c, ...rest } = g;
  return { ...rest, date_precision: "day" } as ExtractedIncident;
}

/** Ingests every gold report in publication order; returns report id per gold id and the store. */
async function run(read: (g: GoldReport, doc: InputDoc) => ExtractionResult) {
  const store = openStore(":memory:");
  await migrate(store.db);
  const linker = createLinker();
  const stored = new Map<string, string>();
  const extracted = new Map<string, ExtractedIncident[]>();
  const t0 = performance.now();
  for (const g of gold) {
    const out = await ingestReport(store.db, {
      kind: "news", text: g.text, title: g.title, outlet: g.source, published: g.published, canonical_url: `https://gold.invalid/${g.id}`,
    }, {
      extract: (doc) => {
        const res = read(g, doc);
        extracted.set(g.id, res.incidents);
        return res;
      },
      linker, extractor: "eval",
    });
    if (out.report) stored.set(g.id, out.report.id);
  }
  return { store, stored, extracted, ms: performance.now() - t0, linker };
}

async function mentionIncidents(db: Db): Promise<Map<string, string | null>> {
  const rows = await db.selectFrom("mentions").select(["report_id", "ordinal", "incident_id"]).execute();
  return new Map(rows.map((r) => [`${r.report_id}|${r.ordinal}`, r.incident_id]));
}

type Tagged = Labelled & { inc?: GoldIncident };

function oracleLabels(stored: Map<string, string>, links: Map<string, string | null>): Tagged[] {
  const out: Tagged[] = [];
  for (const g of gold) {
    g.incidents.forEach((inc, i) => out.push({ gold: inc.cluster, pred: links.get(`${stored.get(g.id)}|${i}`) ?? null, inc }));
  }
  return out;
}

/** Wrongly linked pairs by kind of hard negative. */
function wrongPairs(labels: Tagged[]): string {
  const byPred = new Map<string, Tagged[]>();
  for (const l of labels) if (l.pred && l.inc) byPred.set(l.pred, [...(byPred.get(l.pred) ?? []), l]);
  const kinds = { "same district, same day": 0, "same district, other day": 0, "neighbouring/other district": 0, "background reference": 0 };
  for (const list of byPred.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i].inc!, list[j].inc!];
        if (a.cluster === b.cluster) continue;
        if (a.background || b.background) kinds["background reference"]++;
        else if (a.adm2 && b.adm2 && a.adm2 !== b.adm2) kinds["neighbouring/other district"]++;
        else if (a.date === b.date) kinds["same district, same day"]++;
        else kinds["same district, other day"]++;
      }
    }
  }
  return Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join(", ");
}

/** Hard-negative cluster pairs in gold, and how many of them linking kept apart. */
function hardNegatives(labels: Tagged[]): string {
  const main = new Map<string, GoldIncident>();
  for (const l of labels) if (l.inc && !l.inc.background && !main.has(l.inc.cluster)) main.set(l.inc.cluster, l.inc);
  const preds = new Map<string, Set<string>>();
  for (const l of labels) if (l.pred) preds.set(l.gold!, (preds.get(l.gold!) ?? new Set()).add(l.pred));
  const neighbours = new Map(DISTRICTS.map((d) => [d.adm2, new Set(d.neighbours)]));
  const day = (d: string | null) => (d ? Date.parse(d) / 86_400_000 : NaN);
  let same = 0, sameApart = 0, nb = 0, nbApart = 0;
  const cl = [...main.values()];
  for (let i = 0; i < cl.length; i++) {
    for (let j = i + 1; j < cl.length; j++) {
      const [a, b] = [cl[i], cl[j]];
      const apart = ![...(preds.get(a.cluster) ?? [])].some((p) => preds.get(b.cluster)?.has(p));
      const gap = Math.abs(day(a.date) - day(b.date));
      if (a.adm2 && a.adm2 === b.adm2 && gap === 0) { same++; if (apart) sameApart++; }
      else if (a.adm2 && b.adm2 && gap <= 1 && a.sub_event_type === b.sub_event_type && neighbours.get(a.adm2)?.has(b.adm2)) { nb++; if (apart) nbApart++; }
    }
  }
  const bg = labels.filter((l) => l.inc?.background);
  const bgRight = bg.filter((l) => l.pred && labels.some((o) => o !== l && !o.inc?.background && o.gold === l.gold && o.pred === l.pred)).length;
  return `same district & day: ${sameApart}/${same} kept apart; same type in neighbouring districts within a day: ${nbApart}/${nb} kept apart; ` +
    `background references linked to their older incident: ${bgRight}/${bg.length}`;
}

/** Matches a report's predicted incidents to its gold incidents (greedy by fit), like the extraction scorer. */
function matchIncidents(goldInc: GoldIncident[], pred: ExtractedIncident[]): Map<number, number> {
  const pairs: { g: number; p: number; s: number }[] = [];
  const day = (d: string | null) => (d ? Date.parse(d) / 86_400_000 : null);
  goldInc.forEach((g, gi) => pred.forEach((p, pi) => {
    const dg = day(g.date), dp = day(p.date);
    if (dg != null && dp != null && Math.abs(dg - dp) > 3) return;
    if (g.adm1 && p.adm1 && g.adm1.toLowerCase() !== p.adm1.toLowerCase()) return;
    let s = 1;
    if (g.adm2 && p.adm2 && g.adm2.toLowerCase() === p.adm2.toLowerCase()) s += 2;
    if (g.sub_event_type === p.sub_event_type) s += 1;
    if (dg != null && dg === dp) s += 1;
    if (g.killed.total != null && g.killed.total === p.killed?.total) s += 0.5;
    if (!!g.background === !!p.background) s += 0.5;
    pairs.push({ g: gi, p: pi, s });
  }));
  pairs.sort((a, b) => b.s - a.s);
  const out = new Map<number, number>();
  const usedG = new Set<number>();
  for (const x of pairs) {
    if (usedG.has(x.g) || out.has(x.p)) continue;
    usedG.add(x.g);
    out.set(x.p, x.g);
  }
  return out;
}

function explain(labels: Labelled[], max = 12): void {
  const byPred = new Map<string, Set<string>>();
  for (const l of labels) if (l.pred && l.gold) byPred.set(l.pred, (byPred.get(l.pred) ?? new Set()).add(l.gold));
  const merged = [...byPred.entries()].filter(([, g]) => g.size > 1).slice(0, max);
  for (const [p, g] of merged) console.log(`    wrongly merged in ${p}: gold clusters ${[...g].join(", ")}`);
  const byGold = new Map<string, Set<string>>();
  for (const l of labels) if (l.pred && l.gold) byGold.set(l.gold, (byGold.get(l.gold) ?? new Set()).add(l.pred));
  const split = [...byGold.entries()].filter(([, p]) => p.size > 1).slice(0, max);
  for (const [g, p] of split) console.log(`    gold cluster ${g} split over ${p.size} incidents`);
}

const clusters = new Set(gold.flatMap((g) => g.incidents.map((i) => i.cluster)));
const mentions = gold.reduce((a, g) => a + g.incidents.length, 0);
console.log(`link gold set: ${goldPath}: ${gold.length} reports, ${clusters.size} clusters, ${mentions} mentions ` +
  `(${gold.filter((g) => g.incidents.some((i) => i.background)).length} with a background reference)`);

// (a) oracle extraction, incremental then rebuild
{
  const { store, stored, ms, linker } = await run((g, doc) => ({ id: doc.id, incidents: g.incidents.map(toExtracted), claims: [] }));
  const inc = oracleLabels(stored, await mentionIncidents(store.db));
  const a = pairwise(inc);
  console.log(`(a) oracle extraction, incremental linking (${gold.length} reports in ${(ms / 1000).toFixed(1)} s):`);
  console.log(`    ${fmt(a)}`);
  console.log(`    wrong pairs by kind: ${wrongPairs(inc)}`);
  console.log(`    hard negatives: ${hardNegatives(inc)}`);
  if (verbose) explain(inc);
  const t0 = performance.now();
  const summary = await rebuildLinks(store.db, (db, id) => linker.refreshIncident(db, id));
  const reb = oracleLabels(stored, await mentionIncidents(store.db));
  const b = pairwise(reb);
  console.log(`(a) oracle extraction, after link --rebuild (${((performance.now() - t0) / 1000).toFixed(1)} s, ${summary.moved} mentions moved, ` +
    `${summary.comparisons} comparisons vs ${summary.naivePairs} all pairs):`);
  console.log(`    ${fmt(b)}`);
  if (verbose) explain(reb);
  const targets = a.precision >= 0.95 && a.recall >= 0.9;
  console.log(`    targets (precision ≥ 0.95, recall ≥ 0.90) on incremental oracle linking: ${targets ? "MET" : "NOT MET"}`);
  await store.close();
}

// (b) end to end through the real extractor
{
  const { store, stored, extracted, ms } = await run((_g, doc) => extract(doc));
  const links = await mentionIncidents(store.db);
  const labels: Labelled[] = [];
  let found = 0, spurious = 0;
  for (const g of gold) {
    const pred = extracted.get(g.id) ?? [];
    const match = matchIncidents(g.incidents, pred);
    const matchedGold = new Set(match.values());
    pred.forEach((_, pi) => {
      const gi = match.get(pi);
      const incident = links.get(`${stored.get(g.id)}|${pi}`) ?? null;
      if (gi == null) spurious++;
      else found++;
      labels.push({ gold: gi == null ? null : g.incidents[gi].cluster, pred: incident });
    });
    g.incidents.forEach((inc, gi) => { if (!matchedGold.has(gi)) labels.push({ gold: inc.cluster, pred: null }); });
  }
  const e = pairwise(labels);
  console.log(`(b) end to end through extract() (${gold.length} reports in ${(ms / 1000).toFixed(1)} s): ` +
    `extraction found ${found}/${mentions} gold mentions, ${spurious} not in gold`);
  console.log(`    ${fmt(e)}`);
  if (verbose) explain(labels);
  await store.close();
}
