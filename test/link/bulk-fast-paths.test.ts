import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BorderContext, Report } from "../../src/domain/index.js";
import { decide } from "../../src/link/decide.js";
import { LinkEngine } from "../../src/link/engine.js";
import { featuresOf } from "../../src/link/features.js";
import { createLinker } from "../../src/link/index.js";
import { insertNewReports, newMentionRow } from "../../src/store/index.js";
import { counterHex } from "../../src/store/ids.js";
import { storeTargets } from "../helpers/stores.js";
import { incident } from "./fixtures.js";

const targets = await storeTargets();

describe("the bulk import's per-row shortcuts", () => {
  it("counterHex writes a counter as toString(16) padded to 12 digits, across the 24-bit boundary and up to 2^47", () => {
    const edges = [0, 1, 0xfff, 0x1000, 0xffffff, 0x1000000, 0x1000001, 0xffffffff, 2 ** 32, 2 ** 40 + 12345, 2 ** 47 - 1];
    const random = Array.from({ length: 2000 }, () => Math.floor(Math.random() * 2 ** 47));
    for (const n of [...edges, ...random]) expect(counterHex(n)).toBe(n.toString(16).padStart(12, "0"));
    // counting up past a 24-bit boundary (the top digits are remembered between calls)
    for (let n = 0xfffffe; n < 0x1000003; n++) expect(counterHex(n)).toBe(n.toString(16).padStart(12, "0"));
  });

  it("decide gives every mention with no candidate the same answer (the session keeps one)", () => {
    const a = featuresOf({ id: "men_a", report_id: "rep_a", values: incident() as unknown as Record<string, unknown> }, { published: "2025-05-10", dataset: "acled" }, []);
    const b = featuresOf({ id: "men_b", report_id: "rep_b", values: incident({ adm1: "Balochistan", date: "2019-01-02", killed: 3 }) as unknown as Record<string, unknown> }, { published: null, dataset: null }, ["bomb"]);
    expect(decide(a, [])).toEqual(decide(b, []));
    expect(decide(a, [])).toMatchObject({ incidentId: null, score: null, reasons: { candidates: 0, others: [] } });
  });

  it("an engine with nothing filed has no candidates; one filed incident is found again", () => {
    const engine = new LinkEngine(() => "inc_x");
    const f = featuresOf({ id: "men_a", report_id: "rep_a", values: incident() as unknown as Record<string, unknown> }, { published: "2025-05-10" }, []);
    expect(engine.candidates(f).size).toBe(0);
    engine.assign(f, "inc_1");
    expect([...engine.candidates(f)].map((p) => p.id)).toEqual(["inc_1"]);
  });
});

describe.each(targets)("a bulk session's new incidents on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it("store each (actor, role) once in the incident's order, and get their own copy of a point's border context", async () => {
    const calls: string[] = [];
    const border = (lat: number, lon: number): BorderContext => {
      calls.push(`${lat},${lon}`);
      return { side: "PK", distance_km: 12, in_belt: true, nearest_crossing: "Invented Crossing", nearest_crossing_km: 30 };
    };
    const session = createLinker({ border }).session!();
    const rows = [
      incident({ perpetrators: ["TTP", "TTP", "BLA"], targets: ["PK_POLICE", "TTP", "PK_POLICE"], date: "2025-05-10" }),
      incident({ date: "2025-05-11" }),
      incident({ date: "2025-05-12", lat: 30.18, lon: 66.97 }),
    ];
    const reports = await insertNewReports(store.db, rows.map((_, i) => ({
      input: { kind: "dataset_row", text: `Invented dataset row ${i}`, outlet: "Invented", published: rows[i].date, dataset: "invented", dataset_key: `K${i}` },
      hash: `hash-${i}`,
    })));
    const items = rows.map((extracted, i) => ({
      ...newMentionRow({ report_id: reports[i].id, report_version: 1, ordinal: 0, extractor: "dataset:invented", extracted }),
      report: reports[i] as Report,
    }));
    const out = await store.db.transaction().execute((trx) => session.storeFresh(trx, items));
    expect(out.map((o) => o.decision)).toEqual(["new", "new", "new"]);
    const actors = await store.db.selectFrom("incident_actors").select(["actor_id", "role"]).where("incident_id", "=", out[0].incident_id).execute();
    expect(actors.map((a) => `${a.actor_id}/${a.role}`).sort()).toEqual(["BLA/perpetrator", "PK_POLICE/target", "TTP/perpetrator", "TTP/target"]);
    // the first two rows share a point: the border is looked up once for it, and once for the third
    expect(calls).toEqual(["33.09,70.7", "30.18,66.97"]);
    const incidents = await store.db.selectFrom("incidents").select(["id", "border_side", "nearest_crossing_km"]).orderBy("id").execute();
    expect(incidents.map((i) => [i.border_side, i.nearest_crossing_km])).toEqual([["PK", 30], ["PK", 30], ["PK", 30]]);
  });
});
