/**
 * Linking benchmark: N synthetic reports (default 1,000,000), in publication order, through the blocking
 * linker (the same engine and scoring as `frontier link --rebuild`). Prints throughput, peak RSS, the
 * comparisons blocking made against the naive n(n-1)/2, pairwise precision/recall against the synthetic
 * clusters, and a baseline measured in the same run: all-pairs linking on a small sample, extrapolated.
 *
 *   npm run bench:link [-- --n 100000] [--seed 1]
 *   npm run bench:link -- --store 5000     # the incremental path through a SQLite store instead
 */
import { LinkEngine } from "../../src/link/engine.js";
import { featuresOf } from "../../src/link/features.js";
import { decide } from "../../src/link/decide.js";
import { absorb, emptyProfile, type IncidentProfile } from "../../src/link/profile.js";
import { contentTokens } from "../../src/link/text.js";
import { DISTRICTS } from "./gazetteer.js";
import { rng } from "./gold-generator.js";
import { pairwise } from "./pairwise.js";

const arg = (k: string) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg("--n") ?? 1_000_000);
const seed = Number(arg("--seed") ?? 1);
const r = rng(seed);
const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

const KINDS = [
  ["Explosions/Remote violence", "Suicide bomb", "suicide bomber blew himself up"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED", "roadside bomb struck"],
  ["Battles", "Armed clash", "militants attacked checkpost exchange fire"],
  ["Violence against civilians", "Attack", "gunmen opened fire on"],
  ["Explosions/Remote violence", "Grenade", "grenade hurled at"],
] as const;
const GROUPS = ["TTP", "JUA", "HGB", "ISKP", "BLA", "MILITANTS"];
const TARGETS = ["PK_POLICE", "PK_ARMY", "PK_FC", "CIVILIANS"];
const WORDS = "market mosque convoy patrol vehicle checkpoint station bazaar school compound road bridge camp post van".split(" ");
const DAY0 = Math.round(Date.parse("2005-01-01T00:00:00Z") / 86_400_000);
const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * A synthetic world big enough for a million reports: the real gazetteer's districts plus invented ones
 * (12 provinces × 15 districts, 25 villages each), so that the density of attacks per district and day
 * stays in the range the record sees, not thousands of times above it.
 */
const WORLD = (() => {
  const out = [...DISTRICTS];
  for (let pr = 0; pr < 12; pr++) {
    for (let d = 0; d < 15; d++) {
      const lat = 25 + pr * 1.1 + r() * 0.8, lon = 62 + d * 0.6 + r() * 0.4;
      out.push({
        country: pr < 8 ? "PK" : "AF", adm1: `Synthetic Province ${pr + 1}`, adm2: `Synthetic District ${pr + 1}-${d + 1}`, lat, lon,
        places: Array.from({ length: 25 }, (_, k) => ({ name: `Village ${pr + 1}-${d + 1}-${k + 1}`, dlat: (r() - 0.5) * 0.5, dlon: (r() - 0.5) * 0.5 })),
        neighbours: [],
      });
    }
  }
  return out;
})();

interface Cluster { id: number; day: number; d: (typeof DISTRICTS)[number]; place: (typeof DISTRICTS)[number]["places"][number]; kind: (typeof KINDS)[number]; perp: string; target: string; killed: number; word: string }
interface Pending { cluster: Cluster; pub: number; killed: number }

/** Yields synthetic mentions day by day, each day's reports in a shuffled order. */
function* stream(n: number): Generator<{ f: ReturnType<typeof featuresOf>; cluster: number; values: Record<string, unknown>; text: string; published: string }> {
  const perDay = Math.max(1, Math.round(n / 3.6 / 7300 * 1.0));
  const buckets = new Map<number, Pending[]>();
  let made = 0, clusterId = 0, day = DAY0, reportId = 0;
  while (made < n) {
    for (let c = 0; c < perDay; c++) {
      const d = pick(WORLD);
      const cl: Cluster = { id: clusterId++, day, d, place: pick(d.places), kind: pick(KINDS), perp: pick(GROUPS), target: pick(TARGETS), killed: int(1, 60), word: pick(WORDS) };
      const k = pick([1, 2, 3, 3, 4, 4, 5, 6]);
      for (let i = 0; i < k; i++) {
        const pub = day + int(0, 3);
        const list = buckets.get(pub) ?? [];
        list.push({ cluster: cl, pub, killed: Math.max(1, Math.round(cl.killed * (0.5 + 0.5 * r()))) });
        buckets.set(pub, list);
      }
    }
    const today = buckets.get(day) ?? [];
    buckets.delete(day);
    for (let i = today.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [today[i], today[j]] = [today[j], today[i]];
    }
    for (const p of today) {
      if (made >= n) break;
      const c = p.cluster;
      const showPlace = r() < 0.8, showAdm2 = r() < 0.9;
      const values = {
        date: r() < 0.97 ? iso(c.day) : null, country: c.d.country, adm1: r() < 0.97 ? c.d.adm1 : null, adm2: showAdm2 ? c.d.adm2 : null,
        place: showPlace ? c.place.name : null, lat: showPlace ? c.d.lat + c.place.dlat : null, lon: showPlace ? c.d.lon + c.place.dlon : null,
        event_type: c.kind[0], sub_event_type: c.kind[1], perpetrators: r() < 0.6 ? [c.perp] : [], targets: [c.target],
        killed: { total: r() < 0.9 ? p.killed : null }, injured: { total: null },
      };
      const text = `${c.kind[2]} ${c.word} ${showPlace ? c.place.name : ""} ${c.d.adm2} ${pick(WORDS)} ${pick(WORDS)}`;
      const f = featuresOf({ id: `m${reportId}`, report_id: `r${reportId}`, values }, { published: iso(p.pub) }, contentTokens(text, 24));
      reportId++;
      made++;
      yield { f, cluster: c.id, values, text: `${text} (report ${reportId})`, published: iso(p.pub) };
    }
    day++;
  }
}

function fmtMs(ms: number): string {
  return ms > 120_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`;
}

// --store N: the incremental path as `frontier ingest` runs it (one transaction per report, SQLite file)
const STORE_N = arg("--store") ? Number(arg("--store")) : 0;
if (STORE_N > 0) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { openMigrated } = await import("../../src/store/index.js");
  const { createLinker } = await import("../../src/link/index.js");
  const { ingestReport } = await import("../../src/pipeline/ingest-report.js");
  const store = await openMigrated(join(mkdtempSync(join(tmpdir(), "bench-link-")), "b.db"));
  const linker = createLinker();
  const labels: { gold: string; pred: string | null }[] = [];
  const t0 = performance.now();
  let k = 0;
  for (const item of stream(STORE_N)) {
    const out = await ingestReport(store.db, { kind: "news", text: item.text, published: item.published, outlet: `o${k % 50}`, canonical_url: `https://bench.invalid/${k++}` }, {
      extract: (doc) => ({ id: doc.id, incidents: [{ ...item.values, evidence: [] } as never], claims: [] }), linker, extractor: "bench",
    });
    labels.push({ gold: String(item.cluster), pred: out.incidents[0] ?? null });
  }
  const secs = (performance.now() - t0) / 1000;
  const s = pairwise(labels);
  console.log(`bench:link --store ${STORE_N}: incremental linking through the store (SQLite, one transaction per report): ` +
    `${(STORE_N / secs).toFixed(0)} reports/s (${secs.toFixed(1)} s); pairwise precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)}`);
  await store.close();
  process.exit(0);
}

// baseline: all-pairs linking (every mention scored against every incident so far) on a small sample
const SAMPLE = Math.min(N, 4000);
{
  const t0 = performance.now();
  const profiles: IncidentProfile[] = [];
  let comparisons = 0, id = 0;
  for (const { f } of stream(SAMPLE)) {
    comparisons += profiles.length;
    const d = decide(f, profiles);
    const target = d.incidentId ? profiles.find((p) => p.id === d.incidentId)! : (profiles.push(emptyProfile(`b${id++}`, f.family)), profiles[profiles.length - 1]);
    absorb(target, f);
  }
  const ms = performance.now() - t0;
  const perComparison = ms / Math.max(1, comparisons);
  (globalThis as any).baseline = { ms, comparisons, perComparison };
}

const engine = new LinkEngine((() => { let i = 0; return () => `i${i++}`; })());
const labels: { gold: string; pred: string }[] = new Array(N);
const t0 = performance.now();
let i = 0, lastDay = 0;
for (const { f, cluster } of stream(N)) {
  const d = engine.link(f);
  labels[i++] = { gold: String(cluster), pred: d.incidentId };
  if (f.day != null && f.day - lastDay >= 30) {
    engine.evictBefore(f.day - 10);
    lastDay = f.day;
  }
}
const ms = performance.now() - t0;
const rssMb = process.resourceUsage().maxRSS / 1024;
const naive = (N * (N - 1)) / 2;
const score = pairwise(labels);
const base = (globalThis as any).baseline as { ms: number; comparisons: number; perComparison: number };
const naiveMs = base.perComparison * naive;

console.log(`bench:link  ${N.toLocaleString("en")} synthetic reports (seed ${seed}), blocking linker (the engine of \`link --rebuild\`)`);
console.log(`  time           ${fmtMs(ms)}  (${Math.round(N / (ms / 1000)).toLocaleString("en")} reports/s)  target: 1,000,000 in < 10 min`);
console.log(`  peak RSS       ${rssMb.toFixed(0)} MB  target: < 4096 MB`);
console.log(`  comparisons    ${engine.comparisons.toLocaleString("en")} made vs ${naive.toLocaleString("en")} naive all pairs n(n-1)/2` +
  ` → ${(naive - engine.comparisons).toLocaleString("en")} avoided (${(100 * (1 - engine.comparisons / naive)).toFixed(4)}%)`);
console.log(`  baseline       all-pairs linking of a ${SAMPLE}-report sample in this run: ${base.comparisons.toLocaleString("en")} comparisons in ${fmtMs(base.ms)};` +
  ` at that rate all pairs of ${N.toLocaleString("en")} would take ~${fmtMs(naiveMs)} → blocking is ~${Math.round(naiveMs / ms).toLocaleString("en")}× faster`);
console.log(`  pairwise       precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)} (synthetic clusters; the gold set is \`npm run eval:link\`)`);
