/**
 * npm run bench:ingest — dataset import rows/s into SQLite through the importer, on both paths:
 * - the DEFAULT path (`frontier ingest some-acled.csv`: every row is linked into an incident; bulk-linking session),
 * - the store path alone (linking off: reports + mentions only),
 * each against a bare better-sqlite3 loop that inserts THE SAME ROWS (read back from the importer's database: same
 * ids, texts, values) into the same migrated schema, prepared once, one transaction: only the database work remains.
 * Both timings include closing the database (its last WAL checkpoint). The importer reads the CSV (50,000 rows: some
 * 40 MB) in a worker thread (src/ingest/datasets/worker.ts): its CPU-second figure counts both threads, and the main
 * thread's is shown beside it (what wall time comes to when the second core is free).
 * And HTML main-text extraction pages/s against linkedom parsing alone.
 * Data is generated here (invented rows and pages); nothing is downloaded. Run with the V8 flag `frontier` starts with
 * (bin/frontier.mjs's shebang: --max-semi-space-size=64), so that the importer runs as `npx frontier ingest` does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parseHTML } from "linkedom";
import { emptyNotes, readInputs } from "../../src/ingest/index.js";
import { parseHtmlDocument } from "../../src/ingest/readers/html.js";
import { defaultStages } from "../../src/pipeline/defaults.js";
import { runBatch } from "../../src/pipeline/run-batch.js";
import { WAL_CHECKPOINT_BYTES, walCheckpointPages } from "../../src/store/dialects/sqlite.js";
import { openMigrated } from "../../src/store/index.js";

const ROWS = Number(process.env.BENCH_ROWS ?? 50_000);
const PAGES = Number(process.env.BENCH_PAGES ?? 1_000);
const TARGET = 20_000;
const dir = mkdtempSync(join(tmpdir(), "fw-bench-ingest-"));

const PLACES = [
  ["Khyber Pakhtunkhwa", "Bannu", "Bannu", 32.98, 70.6], ["Balochistan", "Quetta", "Quetta", 30.18, 66.97],
  ["Khyber Pakhtunkhwa", "North Waziristan", "Mir Ali", 33.02, 70.07], ["Khyber Pakhtunkhwa", "Kurram", "Parachinar", 33.9, 70.1],
  ["Balochistan", "Kech", "Turbat", 26.0, 63.05], ["Khyber Pakhtunkhwa", "Dera Ismail Khan", "Dera Ismail Khan", 31.83, 70.9],
] as const;

function acledCsv(n: number, offset = 0): string {
  const lines = ["event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"];
  const start = Date.UTC(2010, 0, 1);
  for (let i = offset; i < offset + n; i++) {
    const [a1, a2, loc, lat, lon] = PLACES[i % PLACES.length];
    const date = new Date(start + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
    lines.push([`PAK${1_000_000 + i}`, date, date.slice(0, 4), 1, "Political violence", "Battles", "Armed clash",
      "TTP: Tehreek-i-Taliban Pakistan", "", "Rebel group", "Military Forces of Pakistan (2018-)", "", "State forces", "Rebel group-State forces", "",
      586, "Southern Asia", "Pakistan", a1, a2, loc, loc, lat, lon, 1, "Invented Daily", "National",
      `"Invented benchmark row ${i}: militants attacked a post, ""exchange of fire"" reported."`, i % 9, "", 1700000000 + i].join(","));
  }
  return lines.join("\n") + "\n";
}

/**
 * CPU seconds of this thread alone (Linux: /proc/self/task/PID/stat; elsewhere the process's, as cpuSecs): the
 * importer reads large dataset files in a worker thread, and on a machine with a core to spare its wall time follows
 * the thread that stores the rows.
 */
function mainThreadSecs(): number {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}

/** CPU seconds of this process: with other work on the machine, wall time overstates the cost. */
const cpuSecs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

interface Timing {
  secs: number;
  cpu: number;
  /** CPU seconds of the main thread (the importer's only thread but for its dataset reader's worker). */
  main?: number;
  rows: number;
}

/** The importer as `frontier ingest` runs it (runBatch over readInputs, default stages, default chunk size). */
async function importRows(file: string, dbPath: string, link: boolean): Promise<Timing> {
  const store = await openMigrated(dbPath);
  const t = performance.now();
  const c = process.cpuUsage();
  const m = mainThreadSecs();
  const stages = defaultStages();
  let s;
  try {
    s = await runBatch(store.db, readInputs([file], { notes: emptyNotes() }), stages, undefined, { linkDatasetRows: link });
  } finally {
    // timed with the import: closing checkpoints what the WAL still holds into the database file
    await store.close();
  }
  const secs = (performance.now() - t) / 1000;
  const cpu = cpuSecs(c);
  const main = mainThreadSecs() - m;
  if (s.failed) throw new Error(`import failed: ${JSON.stringify(s.failures.slice(0, 3))}`);
  return { secs, cpu, main, rows: s.new };
}

/** Tables a dataset row may write, in foreign-key order: the store path's, then what linking adds (a new row writes no version and no tokens: whatever the importer stored is replayed). */
const STORE_TABLES = ["reports", "report_versions", "mentions"];
const LINK_TABLES = ["reports", "report_versions", "incidents", "incident_actors", "mentions", "mention_keys", "link_decisions"];

/** A WITHOUT ROWID table (migration 0006) is stored, and read back, in its primary key's order: for these tables the order the importer wrote them in. */
const withoutRowid = (db: Database.Database, table: string): boolean =>
  /without\s+rowid\s*$/i.test((db.prepare("select sql from sqlite_master where type = 'table' and name = ?").get(table) as { sql: string }).sql);

/**
 * The baseline: every row the importer stored in `from` (same ids, texts and values), inserted again into a fresh
 * database with the same migrated schema and indexes, by one prepared statement per table, in one transaction.
 */
async function bareInsert(from: string, tables: string[], rows: number): Promise<Timing> {
  const src = new Database(from, { readonly: true });
  const data = tables.map((t) => {
    const list = src.prepare(`select * from "${t}"${withoutRowid(src, t) ? "" : " order by rowid"}`).raw().all() as unknown[][];
    const cols = src.prepare(`select * from "${t}" limit 1`).columns().map((c) => c.name);
    return { t, cols, list };
  });
  src.close();
  const path = join(dir, "bare.db");
  for (const x of ["", "-wal", "-shm"]) rmSync(path + x, { force: true });
  await (await openMigrated(path)).close();
  const db = new Database(path);
  // the pragmas the store's SQLite dialect sets (the page size, 16 KB, is the file's: openMigrated made it)
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("cache_size = -32768");
  db.pragma("temp_store = MEMORY");
  db.pragma(`wal_autocheckpoint = ${walCheckpointPages(db)}`);
  db.pragma(`journal_size_limit = ${WAL_CHECKPOINT_BYTES}`);
  const statements = data.map(({ t, cols, list }) => ({ st: db.prepare(`insert into "${t}" (${cols.map((c) => `"${c}"`).join(", ")}) values (${cols.map(() => "?").join(", ")})`), list }));
  const t = performance.now();
  const c = process.cpuUsage();
  db.transaction(() => {
    for (const { st, list } of statements) for (const r of list) st.run(r);
  })();
  db.close();
  const secs = (performance.now() - t) / 1000;
  const cpu = cpuSecs(c);
  return { secs, cpu, rows };
}

function page(i: number): string {
  const [a1, a2, loc] = PLACES[i % PLACES.length];
  const paras = Array.from({ length: 6 }, (_, k) => `<p>${loc.toUpperCase()}: Paragraph ${k} of invented page ${i}. ${k + 2} people were reported injured in ${a2} district of ${a1} when an explosive device went off near a market, police said, adding that an investigation was under way and the area had been cordoned off.</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Invented page ${i} | Bench Gazette</title>
<meta property="og:site_name" content="Bench Gazette"><meta property="article:published_time" content="2024-0${1 + (i % 9)}-1${i % 10}T09:00:00+05:00"><meta name="author" content="Bench Desk"></head>
<body><nav>${Array.from({ length: 20 }, (_, k) => `<a href="/s${k}">Section ${k}</a>`).join(" ")}</nav>
<header><h1>Invented headline ${i}</h1></header><article>${paras}</article>
<aside><h3>Most read</h3><ul>${Array.from({ length: 10 }, (_, k) => `<li><a href="/r${k}">Other story ${k}</a></li>`).join("")}</ul></aside>
<footer>Bench Gazette footer text, contact and copyright lines.</footer></body></html>`;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const rate = (x: Timing) => x.rows / x.secs;
const cpuRate = (x: Timing) => x.rows / x.cpu;
const met = (v: number) => (v >= TARGET ? "met" : "NOT met");

function line(label: string, imp: Timing, bare: Timing): string {
  const main = imp.main ? ` (main thread ${fmt(imp.rows / imp.main)} rows per CPU-second)` : "";
  return `  ${label}: ${fmt(rate(imp))} rows/s, ${fmt(cpuRate(imp))} rows per CPU-second${main}; bare loop of the same rows ${fmt(rate(bare))} rows/s, ${fmt(cpuRate(bare))} per CPU-second; importer/bare ${(rate(imp) / rate(bare)).toFixed(2)}× wall, ${(cpuRate(imp) / cpuRate(bare)).toFixed(2)}× CPU; target ≥ ${fmt(TARGET)} rows/s: ${met(rate(imp))} (wall), ${met(cpuRate(imp))} (per CPU-second)`;
}

async function main() {
  const csv = join(dir, "acled.csv");
  writeFileSync(csv, acledCsv(ROWS));
  const linkedDb = join(dir, "import-linked.db");
  const storeDb = join(dir, "import-store.db");
  const linked = await importRows(csv, linkedDb, true);
  const linkedBare = await bareInsert(linkedDb, LINK_TABLES, linked.rows);
  const store = await importRows(csv, storeDb, false);
  const storeBare = await bareInsert(storeDb, STORE_TABLES, store.rows);
  console.log(`dataset import (ACLED CSV → SQLite file, ${fmt(ROWS)} rows; load average ${loadavg()[0].toFixed(1)} on ${(await import("node:os")).cpus().length} cores):`);
  console.log(line("DEFAULT path, `frontier ingest file.csv` (CSV parse + mapping + reports + mentions + linking into incidents)", linked, linkedBare));
  console.log(line("store path alone, linking off (CSV parse + mapping + reports + mentions)", store, storeBare));

  // HTML main text.
  const pages = Array.from({ length: PAGES }, (_, i) => page(i));
  for (let i = 0; i < 50; i++) parseHtmlDocument(pages[i]); // warm-up
  let t = performance.now();
  for (const p of pages) parseHTML(p);
  const parseRate = PAGES / ((performance.now() - t) / 1000);
  t = performance.now();
  let chars = 0;
  for (const p of pages) {
    const d = parseHtmlDocument(p);
    if ("error" in d) throw new Error(d.error);
    chars += d.text.length;
  }
  const htmlRate = PAGES / ((performance.now() - t) / 1000);
  console.log(`HTML main-text extraction (${fmt(PAGES)} generated pages, ~${Math.round(pages[0].length / 1024)} KB each, ${fmt(chars / PAGES)} chars of main text each):`);
  console.log(`  linkedom parse alone: ${fmt(parseRate)} pages/s`);
  console.log(`  readability + metadata + block text: ${fmt(htmlRate)} pages/s  (${(htmlRate / parseRate).toFixed(2)}× parse alone; target ≥ 300: ${htmlRate >= 300 ? "met" : "NOT met"})`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
