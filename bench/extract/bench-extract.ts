/**
 * `npm run bench:extract`: extraction throughput against wink-nlp's bare tokenisation of the same corpus,
 * measured in the same run on one core, plus the bad-input timings (seconds per MB).
 *
 *   npm run bench:extract                 # 5,000 reports
 *   BENCH_N=10000 npm run bench:extract
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { defaultGeocoder } from "../../src/geo/index.js";
import { extract } from "../../src/extract/index.js";
import { extractClaims } from "../../src/extract/claims/index.js";
import { readReport } from "../../src/extract/pipeline.js";
import { findActors } from "../../src/extract/actors.js";
import { normalise } from "../../src/extract/passes/01-normalise.js";
import { segment } from "../../src/extract/passes/02-sentences.js";
import { findNumbers } from "../../src/extract/passes/03-numbers.js";
import { findDates } from "../../src/extract/passes/04-dates.js";
import { findPlaceRefs } from "../../src/extract/passes/05-places.js";
import { findCues } from "../../src/extract/passes/06-cues.js";
import { makeCorpus } from "./corpus.js";

const N = Math.max(5000, Number(process.env.BENCH_N ?? 5000));
const OWN_REPORTS = [
  "Three policemen were killed and at least eleven people were injured on Monday when a roadside bomb went off next to their patrol in Bannu district, officials said.",
  "The death toll from Tuesday's suicide bombing at a mosque in Peshawar rose to 47 on Wednesday. Officials had earlier put the number of dead at 30.",
  "Militants stormed a Frontier Corps camp in Turbat on Tuesday night. Four soldiers were martyred and six attackers were killed in the gun battle that followed.",
  "On 3 February, militants attacked a police post in Tank with rockets. One constable was martyred.",
  "Two days later, a remote-controlled bomb exploded near a vehicle in Bajaur district, injuring two passers-by.",
];

function main(): void {
  const corpus = makeCorpus(N, OWN_REPORTS);
  const chars = corpus.reduce((a, d) => a + d.text.length, 0);
  console.log(`corpus: ${corpus.length} reports, ${(chars / corpus.length).toFixed(0)} characters on average`);

  // warm-up: models, lexicons, gazetteer
  const geocoder = defaultGeocoder();
  const nlp = winkNLP(model, []);
  for (const d of corpus.slice(0, 200)) {
    nlp.readDoc(d.text).tokens().length();
    extract(d, { geocoder });
  }

  // baseline: wink-nlp bare tokenisation (wall time, and this process's CPU time: on a shared machine the
  // CPU-time ratio is the steadier one)
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  let tokens = 0;
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  for (const d of corpus) tokens += nlp.readDoc(d.text).tokens().length();
  const tokMs = performance.now() - t0;
  const tokCpu = cpuMs(process.cpuUsage(c0));

  // extraction
  let incidents = 0;
  let claims = 0;
  let errors = 0;
  t0 = performance.now();
  c0 = process.cpuUsage();
  for (const d of corpus) {
    const r = extract(d, { geocoder });
    incidents += r.incidents.length;
    claims += r.claims.length;
    if (r.error) errors++;
  }
  const exMs = performance.now() - t0;
  const exCpu = cpuMs(process.cpuUsage(c0));

  // breakdown: the incident passes alone, and the claims pass alone
  t0 = performance.now();
  for (const d of corpus) readReport(d, geocoder);
  const incMs = performance.now() - t0;
  t0 = performance.now();
  for (const d of corpus) extractClaims(d.text, { published: d.published });
  const clMs = performance.now() - t0;

  const tokRps = corpus.length / (tokMs / 1000);
  const exRps = corpus.length / (exMs / 1000);
  console.log(`wink-nlp tokenisation: ${tokRps.toFixed(0)} reports/s, ${(tokens / (tokMs / 1000)).toFixed(0)} tokens/s`);
  console.log(`extraction:            ${exRps.toFixed(0)} reports/s, ${(tokens / (exMs / 1000)).toFixed(0)} tokens/s (${incidents} incidents, ${claims} claims, ${errors} errors)`);
  console.log(`ratio extraction / tokenisation: ${(exRps / tokRps).toFixed(3)}  (target >= 0.40; >= 300 reports/s)`);
  console.log(`  by CPU time: tokenisation ${(tokCpu / corpus.length).toFixed(3)} ms/report, extraction ${(exCpu / corpus.length).toFixed(3)} ms/report (${(corpus.length / (exCpu / 1000)).toFixed(0)} reports/s), ratio ${(tokCpu / exCpu).toFixed(3)}`);
  console.log(`  of which incident passes: ${(incMs / corpus.length).toFixed(3)} ms/report (${(corpus.length / (incMs / 1000)).toFixed(0)} reports/s, ratio ${(tokMs / incMs).toFixed(3)}); claims pass: ${(clMs / corpus.length).toFixed(3)} ms/report; tokenisation: ${(tokMs / corpus.length).toFixed(3)} ms/report`);

  // the mention passes one by one (each alone over the corpus); the rest of the incident passes is frames,
  // assembly, classification and tallies
  const norm = corpus.map((d) => normalise(d.text).text);
  const passes: Array<[string, (i: number) => unknown]> = [
    ["normalise", (i) => normalise(corpus[i].text)],
    ["sentences", (i) => segment(norm[i])],
    ["numbers", (i) => findNumbers(norm[i])],
    ["dates", (i) => findDates(norm[i], corpus[i].published)],
    ["actors", (i) => findActors(norm[i], { date: corpus[i].published })],
    ["event cues", (i) => findCues(norm[i])],
    ["places", (i) => findPlaceRefs(norm[i], geocoder, { date: corpus[i].published })],
  ];
  let mentionMs = 0;
  const parts: string[] = [];
  for (const [name, f] of passes) {
    const t = performance.now();
    for (let i = 0; i < corpus.length; i++) f(i);
    const ms = (performance.now() - t) / corpus.length;
    mentionMs += ms;
    parts.push(`${name} ${ms.toFixed(3)}`);
  }
  console.log(`  incident passes, ms/report: ${parts.join(", ")}; frames to tallies ${Math.max(0, incMs / corpus.length - mentionMs).toFixed(3)}`);

  // bad input: seconds per MB
  const noise = Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(32 + ((i * 7919) % 95))).join("");
  const cases: Array<[string, string]> = [
    ["empty", ""],
    ["5 MB of reports", corpus.map((d) => d.text).join("\n\n").slice(0, 5_000_000)],
    ["1 MB of printable noise", noise],
    ["binary", Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode((i * 40503) % 65536)).join("")],
    ["HTML soup", "<div><p>Gunmen &amp; <b>militants</b> killed <i>four</i> soldiers in Bannu.</p><script>if(a<b){}</script></div>".repeat(10000)],
    ["Urdu script", "پشاور میں دھماکے سے پانچ افراد ہلاک ہو گئے۔ ".repeat(20000)],
    ["10,000 numbers", Array.from({ length: 10000 }, (_, i) => String(i * 37)).join(" ")],
  ];
  for (const [name, text] of cases) {
    const t = performance.now();
    const r = extract({ id: name, text, published: "2024-03-20" }, { geocoder });
    const ms = performance.now() - t;
    const mb = text.length / 1e6;
    console.log(`bad input ${name.padEnd(24)} ${mb.toFixed(2)} MB  ${ms.toFixed(0)} ms  ${mb > 0 ? (ms / 1000 / mb).toFixed(2) + " s/MB" : ""}  ${r.error ? "error: " + r.error : `${r.incidents.length} incidents`}`);
  }
}

main();
