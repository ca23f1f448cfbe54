import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyNotes, readInputs } from "../../src/ingest/index.js";
import { tokensFor } from "../../src/link/features.js";
import { createLinker } from "../../src/link/index.js";
import type { PipelineStages } from "../../src/pipeline/ingest-report.js";
import { runBatch } from "../../src/pipeline/run-batch.js";
import { mentionTokens, type Db } from "../../src/store/index.js";
import { storeTargets } from "../helpers/stores.js";
import { incident, report } from "./fixtures.js";

const FIX = "test/fixtures/ingest/datasets";
const targets = await storeTargets();

/** Which reports share an incident, as sets of report keys (dataset key, or the news report's title). */
async function partition(db: Db): Promise<string[][]> {
  const rows = await db.selectFrom("mentions").innerJoin("reports", "reports.id", "mentions.report_id")
    .select(["mentions.incident_id", "reports.dataset_key", "reports.title"]).execute();
  const groups = new Map<string, string[]>();
  for (const r of rows) groups.set(r.incident_id!, [...(groups.get(r.incident_id!) ?? []), r.dataset_key ?? r.title!].sort());
  return [...groups.values()].sort((a, b) => a[0].localeCompare(b[0]));
}

/** A UCDP GED row (the fixture's first, moved) for ACLED's PAK90001: same day, district and toll. */
function ucdpTwin(dir: string): string {
  const [header, first] = readFileSync(`${FIX}/ucdp-ged-sample.csv`, "utf8").split("\n");
  const row = first.replace("990001,", "990101,").replace("Tank town,Tank,Khyber Pakhtunkhwa province,Tank district,32.2174,70.3829,POINT (70.3829 32.2174)", "Bannu town,Bannu,Khyber Pakhtunkhwa province,Bannu district,32.9861,70.6042,POINT (70.6042 32.9861)")
    .replaceAll("2023-07-02 00:00:00.000", "2024-03-12 00:00:00.000").replace(",3,2,0,0,5,6,5,", ",1,1,0,0,2,2,2,");
  const file = join(dir, "ucdp.csv");
  writeFileSync(file, `${header}\n${row}\n`);
  return file;
}

describe.each(targets)("bulk linking of dataset rows on $name", (target) => {
  let bulk: Awaited<ReturnType<typeof target.open>>;
  let perRow: Awaited<ReturnType<typeof target.open>>;
  const dir = mkdtempSync(join(tmpdir(), "fw-bulk-link-"));
  beforeAll(async () => {
    bulk = await target.open();
    perRow = await target.open();
  });
  afterAll(async () => {
    await bulk?.dispose();
    await perRow?.dispose();
  });

  it("decides as the per-row linker: a row joins the news report's incident, another dataset's row joins a row's incident", async () => {
    const files = [`${FIX}/acled-sample.csv`, ucdpTwin(dir)];
    const withSession = createLinker();
    const { session: _none, ...oneByOne } = createLinker();
    void _none;
    for (const [store, linker] of [[bulk, withSession], [perRow, oneByOne]] as const) {
      // a news report of PAK90003's attack, stored before the import
      await report(store.db, [incident({
        date: "2024-04-12", adm1: "Khyber Pakhtunkhwa", adm2: "Kurram", place: "Parachinar", lat: 33.8992, lon: 70.1008,
        event_type: "Violence against civilians", sub_event_type: "Attack", perpetrators: [], targets: ["CIVILIANS"], killed: 4,
      })], { title: "news: Parachinar", published: "2024-04-12", text: "Invented report: gunmen fired on a passenger vehicle near Parachinar, killing four." });
      const stages: PipelineStages = { extract: () => { throw new Error("dataset rows are not extracted"); }, linker, extractor: "test" };
      const s = await runBatch(store.db, readInputs(files, { notes: emptyNotes() }), stages, undefined, { datasetChunk: 2 });
      expect(s).toMatchObject({ new: 5, failed: 0, incidents: 5 });
    }
    const got = await partition(bulk.db);
    expect(got).toEqual(await partition(perRow.db));
    expect(got).toContainEqual(["PAK90003", "news: Parachinar"].sort());
    expect(got).toContainEqual(["990101", "PAK90001"]);
    // every mention has one decision; its linking tokens are the per-row linker's (stored by it, made again from
    // the row's text for the bulk session's rows, which stores none)
    const tokensByKey = async (db: Db) => {
      const mentions = await db.selectFrom("mentions").innerJoin("reports", "reports.id", "mentions.report_id")
        .select(["mentions.id", "reports.dataset_key", "reports.title"]).execute();
      const tokens = await mentionTokens(db, mentions.map((m) => m.id), tokensFor);
      return new Map(mentions.map((m) => [m.dataset_key ?? m.title, tokens.get(m.id)]));
    };
    const perRowTokens = await tokensByKey(perRow.db);
    expect(perRowTokens.size).toBe(6);
    for (const t of perRowTokens.values()) expect(t!.length).toBeGreaterThan(3);
    expect(await tokensByKey(bulk.db)).toEqual(perRowTokens);
    expect(await bulk.db.selectFrom("mention_keys").select("mention_id").execute()).toHaveLength(1); // the news report's
    for (const store of [bulk, perRow]) {
      const mentions = await store.db.selectFrom("mentions").select("id").execute();
      expect(await store.db.selectFrom("link_decisions").select("id").execute()).toHaveLength(mentions.length);
    }
    const joined = await bulk.db.selectFrom("incidents").innerJoin("mentions", "mentions.incident_id", "incidents.id")
      .innerJoin("reports", "reports.id", "mentions.report_id").where("reports.dataset_key", "=", "PAK90003")
      .select(["incidents.source_count", "incidents.status"]).executeTakeFirstOrThrow();
    expect(joined.source_count).toBe(2);
  });

  it("a re-import is a no-op in both", async () => {
    const files = [`${FIX}/acled-sample.csv`, join(dir, "ucdp.csv")];
    const s = await runBatch(bulk.db, readInputs(files, { notes: emptyNotes() }), { extract: () => { throw new Error("no"); }, linker: createLinker(), extractor: "test" });
    expect(s).toMatchObject({ new: 0, updated: 0, unchanged: 5, failed: 0 });
  });
});
