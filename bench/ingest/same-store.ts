/**
 * npx tsx bench/ingest/same-store.ts BASE_DIR [ROWS] — is what a dataset import stores the same as another checkout's?
 * Imports the same generated CSVs (ACLED and UCDP GED rows, a re-import with changed rows) with this checkout's
 * importer and with BASE_DIR's (a worktree of an earlier commit, its node_modules linked) into two SQLite files,
 * both on the default path (linking on), and compares every table row by row, apart from generated ids (compared
 * by their rank among the ids of their prefix: ids are made in time order) and timestamps.
 * Prints the tables that differ, or "same", and exits 1 on a difference.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";

const base = resolve(process.argv[2] ?? "");
const ROWS = Number(process.argv[3] ?? 3000);
const here = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "fw-same-store-"));

const PLACES = [
  ["Khyber Pakhtunkhwa", "Bannu", "Bannu", 32.98, 70.6], ["Balochistan", "Quetta", "Quetta", 30.18, 66.97],
  ["Khyber Pakhtunkhwa", "North Waziristan", "Mir Ali", 33.02, 70.07], ["Khyber Pakhtunkhwa", "Kurram", "", "", ""],
  ["Balochistan", "Kech", "Turbat", 26.0, 63.05], ["", "", "", "", ""],
] as const;
const ACTORS = [["TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan (2018-)"], ["Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"], ["BLA: Balochistan Liberation Army", "Police Forces of Pakistan (2018-)"], ["Some Unknown Militia", ""]];
const TYPES = [["Battles", "Armed clash"], ["Explosions/Remote violence", "Remote explosive/landmine/IED"], ["Violence against civilians", "Attack"], ["Protests", "Peaceful protest"], ["Strategic developments", "Arrests"]];

function acled(n: number, changed = false): string {
  const lines = ["event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < n; i++) {
    const [a1, a2, loc, lat, lon] = PLACES[i % PLACES.length];
    const [t, s] = TYPES[i % TYPES.length];
    const [p, q] = ACTORS[i % ACTORS.length];
    const date = new Date(start + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10);
    const fat = changed && i % 7 === 0 ? i % 9 + 2 : i % 9;
    lines.push([`PAK${1_000 + i}`, date, date.slice(0, 4), 1 + (i % 3), "Political violence", t, s, `"${p}"`, i % 5 ? "" : "\"Other; Group\"", "Rebel group", `"${q}"`, "", "State forces", "x", "",
      586, "Southern Asia", i % 11 ? "Pakistan" : "Afghanistan", a1, a2, loc, loc, lat, lon, 1 + (i % 3), "Invented Daily", "National",
      `"Invented row ${i}: something  happened, ""quoted"" words${i % 13 ? "" : " café"}."`, fat, "", 1700000000 + i].join(","));
  }
  return lines.join("\n") + "\n";
}

function ucdp(n: number): string {
  const lines = ["id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low"];
  for (let i = 0; i < n; i++) {
    const [a1, a2, loc, lat, lon] = PLACES[i % 3];
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10);
    lines.push([9000 + i, `PAK-${i}`, d.slice(0, 4), 1, "Clear", 1, 1, 1, "Pakistan: Government", 1, 1, "x", 1, 1, "Government of Pakistan", 2, 2, "TTP", 1, "a", "", "", "", "", 1, loc, loc, `${a1} province`, `${a2} district`, lat, lon, "", 1, "Pakistan", 770, "Asia", 1, 1, d, d, 1, i % 4, 0, 0, 1 + (i % 4), 2 + (i % 4), 1].join(","));
  }
  return lines.join("\n") + "\n";
}

async function importAll(root: string, db: string, files: string[]): Promise<void> {
  const { emptyNotes, readInputs } = await import(join(root, "src/ingest/index.ts"));
  const { defaultStages } = await import(join(root, "src/pipeline/defaults.ts"));
  const { runBatch } = await import(join(root, "src/pipeline/run-batch.ts"));
  const { openMigrated } = await import(join(root, "src/store/index.ts"));
  const stages = defaultStages();
  for (const f of files) {
    const store = await openMigrated(db);
    try {
      const s = await runBatch(store.db, readInputs([f], { notes: emptyNotes() }), stages);
      console.log(`${root}: ${f.split("/").pop()}: ${s.new} new, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed`);
    } finally {
      await store.close();
    }
  }
}

const ID = /^(rep|men|inc)_[0-9a-f]{24}$/;
const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** Every table's rows with ids as ranks and timestamps blanked, sorted. */
function dump(path: string): Map<string, string[]> {
  const db = new Database(path, { readonly: true });
  const tables = (db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name").all() as { name: string }[]).map((t) => t.name);
  const ids = new Set<string>();
  const rows = new Map<string, unknown[][]>();
  for (const t of tables) {
    const list = db.prepare(`select * from "${t}"`).raw().all() as unknown[][];
    rows.set(t, list);
    for (const r of list) for (const v of r) if (typeof v === "string" && ID.test(v)) ids.add(v);
  }
  db.close();
  const rank = new Map([...ids].sort().map((id, i) => [id, `${id.slice(0, 3)}#${i}`]));
  const out = new Map<string, string[]>();
  for (const [t, list] of rows) {
    out.set(t, list.map((r) => JSON.stringify(r.map((v) => (typeof v === "string" ? (rank.get(v) ?? (STAMP.test(v) ? "<time>" : v.replace(/(rep|men|inc)_[0-9a-f]{24}/g, (m) => rank.get(m) ?? m))) : v)))).sort());
  }
  return out;
}

const files: string[] = [];
const write = (name: string, text: string) => {
  const f = join(dir, name);
  writeFileSync(f, text);
  files.push(f);
};
write("acled.csv", acled(ROWS));
write("ucdp.csv", ucdp(Math.floor(ROWS / 3)));
write("acled-again.csv", acled(ROWS));
write("acled-changed.csv", acled(ROWS + 50, true));

const a = join(dir, "here.db"), b = join(dir, "base.db");
await importAll(here, a, files);
await importAll(base, b, files);
const da = dump(a), db = dump(b);
let same = true;
for (const t of new Set([...da.keys(), ...db.keys()])) {
  const x = da.get(t) ?? [], y = db.get(t) ?? [];
  if (x.length === y.length && x.every((r, i) => r === y[i])) {
    console.log(`  ${t}: ${x.length} rows, same`);
    continue;
  }
  same = false;
  const ys = new Set(y), xs = new Set(x);
  console.log(`  ${t}: DIFFERS (${x.length} here, ${y.length} base); here only: ${x.filter((r) => !ys.has(r)).slice(0, 2).join(" | ")}; base only: ${y.filter((r) => !xs.has(r)).slice(0, 2).join(" | ")}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(same ? "same" : "DIFFERENT");
process.exitCode = same ? 0 : 1;
