import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/frontier.mjs");
const PLACES = ["Bannu", "Quetta", "Peshawar", "Khyber", "Kurram", "Tank", "Kech", "Zhob"];

/** Distinct reports in our own words; enough of them that the ingest is still running when killed. */
function writeCorpus(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length];
    lines.push(JSON.stringify({
      id: `k${i}`,
      published: `2024-0${1 + (i % 9)}-1${i % 10}`,
      source: `Outlet ${i % 7}`,
      text: `${place.toUpperCase()}: ${2 + (i % 5)} soldiers were killed and ${i % 4} injured when militants attacked a check post in ${place} district on Monday, officials said (report ${i}).`,
    }));
  }
  writeFileSync(join(dir, "corpus.jsonl"), lines.join("\n") + "\n");
}

function counts(dbPath: string) {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const reports = (db.prepare("select count(*) n from reports").get() as { n: number }).n;
    const distinct = (db.prepare("select count(distinct content_hash) n from reports").get() as { n: number }).n;
    const mentions = (db.prepare("select count(*) n from mentions").get() as { n: number }).n;
    const dupMentions = (db.prepare("select count(*) n from (select report_id, ordinal from mentions group by report_id, ordinal having count(*) > 1)").get() as { n: number }).n;
    const orphanIncidents = (db.prepare("select count(*) n from incidents i where not exists (select 1 from mentions m where m.incident_id = i.id)").get() as { n: number }).n;
    return { reports, distinct, mentions, dupMentions, orphanIncidents };
  } finally {
    db.close();
  }
}

/** Runs `frontier ingest --quiet ARGS` and kills it with SIGKILL as soon as some reports (but not all) are in. */
async function ingestKilledMidway(args: string[], dbPath: string, polls: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, "ingest", "--quiet", ...args], { stdio: "ignore" });
  let seen = 0;
  for (let t = 0; t < polls && seen === 0; t++) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      seen = counts(dbPath).reports;
    } catch {
      seen = 0;
    }
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.on("exit", r));
}

describe("an ingest killed midway", () => {
  it("leaves no half-written report and finishes on re-run without duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "frontier-kill-"));
    const N = 1500;
    writeCorpus(join(dir, "in"), N);
    const dbPath = join(dir, "t.db");
    spawnSync(process.execPath, [BIN, "init", "--db", dbPath]);

    await ingestKilledMidway(["--db", dbPath, join(dir, "in")], dbPath, 600);
    const mid = counts(dbPath);
    expect(mid.reports).toBeGreaterThan(0);
    expect(mid.reports).toBeLessThan(N);
    expect(mid.dupMentions).toBe(0);
    expect(mid.orphanIncidents).toBe(0);

    const rerun = spawnSync(process.execPath, [BIN, "ingest", "--quiet", "--db", dbPath, join(dir, "in")], { encoding: "utf8" });
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${N - mid.reports} new, 0 updated, ${mid.reports} unchanged, 0 failed`));
    const end = counts(dbPath);
    expect(end.reports).toBe(N);
    expect(end.distinct).toBe(N);
    expect(end.dupMentions).toBe(0);
    expect(end.orphanIncidents).toBe(0);
  });
  it("a dataset import (bulk-linked chunks) killed midway finishes on re-run with every row once, each in one incident", async () => {
    const dir = mkdtempSync(join(tmpdir(), "frontier-kill-ds-"));
    const N = 30_000;
    const lines = ["event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,notes,fatalities"];
    for (let i = 0; i < N; i++) {
      const place = PLACES[i % PLACES.length];
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`KIL${100000 + i},${day},1,Battles,Armed clash,TTP: Tehreek-i-Taliban Pakistan,Military Forces of Pakistan (2018-),Pakistan,Khyber Pakhtunkhwa,${place},${place},33.0,70.5,"Invented row ${i}: a clash near a post.",${i % 5}`);
    }
    const csv = join(dir, "acled.csv");
    writeFileSync(csv, lines.join("\n") + "\n");
    const dbPath = join(dir, "t.db");
    spawnSync(process.execPath, [BIN, "init", "--db", dbPath]);
    await ingestKilledMidway(["--chunk", "500", "--db", dbPath, csv], dbPath, 1200);
    const mid = counts(dbPath);
    expect(mid.reports).toBeGreaterThan(0);
    expect(mid.reports).toBeLessThan(N);
    expect(mid.reports % 500).toBe(0); // whole chunks only
    expect(mid.mentions).toBe(mid.reports);
    expect(mid.orphanIncidents).toBe(0);

    const rerun = spawnSync(process.execPath, [BIN, "ingest", "--quiet", "--db", dbPath, csv], { encoding: "utf8" });
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${N - mid.reports} new, 0 updated, ${mid.reports} unchanged, 0 failed`));
    const end = counts(dbPath);
    expect(end).toMatchObject({ reports: N, mentions: N, dupMentions: 0, orphanIncidents: 0 });
    const db = new Database(dbPath, { readonly: true });
    try {
      const unlinked = (db.prepare("select count(*) n from mentions where incident_id is null").get() as { n: number }).n;
      const decisions = (db.prepare("select count(distinct mention_id) n from link_decisions").get() as { n: number }).n;
      expect({ unlinked, decisions }).toEqual({ unlinked: 0, decisions: N });
    } finally {
      db.close();
    }
  });
});
