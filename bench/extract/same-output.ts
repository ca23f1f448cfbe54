/**
 * Checks that this tree's extractor gives exactly the output of another tree's (main's, before an
 * optimisation) on the dev set, the benchmark corpus, recombined dev sentences, and any further JSONL sets named
 * in SAME_OUTPUT_SETS (colon-separated paths: held-out sets are compared only when whoever runs it names them).
 * Prints only ids and counts of differing reports, never report texts.
 *
 *   git worktree add --detach /tmp/fw-base main && ln -s /work/main/node_modules /tmp/fw-base/node_modules
 *   npx tsx bench/extract/same-output.ts [/tmp/fw-base]      # BENCH_N=5000 by default
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { makeCorpus } from "./corpus.js";

type Doc = { id: string; text: string; published?: string | null; title?: string | null; source?: string | null };
type ExtractFn = (doc: Doc, opts?: { geocoder?: unknown }) => unknown;

const base = resolve(process.argv[2] ?? "/tmp/fw-base");
const here = resolve(import.meta.dirname, "../..");
const N = Number(process.env.BENCH_N ?? 5000);

async function load(root: string): Promise<{ extract: ExtractFn; geocoder: unknown }> {
  const ex = await import(pathToFileURL(`${root}/src/extract/index.ts`).href);
  const geo = await import(pathToFileURL(`${root}/src/geo/index.ts`).href);
  return { extract: ex.extract, geocoder: geo.defaultGeocoder() };
}

function readJsonl(path: string): Doc[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc);
}

/** Dev sentences recombined across reports (seeded): wording combinations no single report has. */
function remix(docs: Doc[], n: number): Doc[] {
  let s = 7;
  const r = () => ((s = (s * 1103515245 + 12345) >>> 0) / 4294967296);
  const paras = docs.flatMap((d) => d.text.split(/\n\s*\n/)).filter((p) => p.trim());
  const sents = paras.flatMap((p) => p.split(/(?<=[.!?]["']?)\s+(?=[A-Z"])/));
  const out: Doc[] = [];
  for (let i = 0; i < n; i++) {
    const k = 3 + Math.floor(r() * 10);
    const parts: string[] = [];
    for (let j = 0; j < k; j++) parts.push(r() < 0.5 ? paras[Math.floor(r() * paras.length)] : sents[Math.floor(r() * sents.length)]);
    const src = docs[Math.floor(r() * docs.length)];
    out.push({ id: `remix-${i}`, text: parts.join(r() < 0.5 ? "\n\n" : " "), published: src.published, title: r() < 0.5 ? src.title : null, source: src.source });
  }
  return out;
}

async function main(): Promise<void> {
  const a = await load(base);
  const b = await load(here);
  const dev = readJsonl(resolve(here, "../shared/eval/dev.jsonl"));
  const sets: Array<[string, Doc[]]> = [["dev", dev]];
  for (const h of (process.env.SAME_OUTPUT_SETS ?? "").split(":").filter(Boolean)) {
    if (!existsSync(h)) throw new Error(`SAME_OUTPUT_SETS: no file ${h}`);
    sets.push([h, readJsonl(h)]);
  }
  sets.push(["bench", makeCorpus(N)]);
  sets.push(["remix", remix(dev, 1000)]);
  let bad = 0;
  for (const [name, docs] of sets) {
    let diff = 0;
    const ids: string[] = [];
    let ta = 0;
    let tb = 0;
    for (const d of docs) {
      let t = performance.now();
      const ra = JSON.stringify(a.extract(d, { geocoder: a.geocoder }));
      ta += performance.now() - t;
      t = performance.now();
      const rb = JSON.stringify(b.extract(d, { geocoder: b.geocoder }));
      tb += performance.now() - t;
      if (ra !== rb) {
        diff++;
        if (ids.length < 10) ids.push(String(d.id));
      }
    }
    bad += diff;
    console.log(`${name.padEnd(24)} ${docs.length} reports, ${diff} differ${ids.length ? ": " + ids.join(", ") : ""}  (base ${(ta / docs.length).toFixed(3)} ms/report, this ${(tb / docs.length).toFixed(3)})`);
  }
  console.log(bad ? `DIFFERENT: ${bad} reports` : "SAME OUTPUT");
  process.exitCode = bad ? 1 : 0;
}

await main();
