import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinker, rebuildLinks } from "../../src/link/index.js";
import { getIncident, linkDecisionsOf, lockOf, mentionsOfIncident } from "../../src/store/index.js";
import { merge, split, editField } from "../../src/verify/review.js";
import { storeTargets } from "../helpers/stores.js";
import { incident, report } from "./fixtures.js";

const targets = await storeTargets();
const REV = { by: "Ayesha (reviewer)", reason: "checked against the hospital list" };
const rebuild = (db: any) => rebuildLinks(db, (d, id) => createLinker().refreshIncident(d, id));

describe.each(targets)("linking on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it("links one bombing reported by several outlets over three days into one incident, with the toll range", async () => {
    const a = await report(store.db, [incident({ killed: 40 })], { published: "2025-05-10", outlet: "Khyber Courier", text: "A suicide bomber struck the police station in Domel on Saturday; forty people died, officials said." });
    const b = await report(store.db, [incident({ killed: 52, sub_event_type: "Remote explosive/landmine/IED", place: null, lat: null, lon: null })],
      { published: "2025-05-11", outlet: "Indus Ledger", text: "BANNU: The death toll from the blast at a Domel police station climbed to 52 as hospitals counted the dead." });
    const c = await report(store.db, [incident({ killed: 61 })], { published: "2025-05-12", outlet: "Valley Voice", text: "Sixty-one killed: relatives buried victims of the weekend suicide attack in Bannu district while police searched for accomplices." });
    const id = a.incidents[0];
    expect(b.incidents[0]).toBe(id);
    expect(c.incidents[0]).toBe(id);
    const inc = (await getIncident(store.db, id))!;
    expect(inc.killed.total).toEqual({ low: 40, best: 61, high: 61 });
    expect(inc.source_count).toBe(3);
    expect(inc.status).toBe("corroborated");
    const decisions = await linkDecisionsOf(store.db, id, await mentionsOfIncident(store.db, id));
    expect(decisions.map((d) => d.decision)).toEqual(["new", "linked", "linked"]);
    expect((decisions[1].reasons as any).best.parts.killed).toBeGreaterThan(0);
    expect(decisions[1].score).toBeGreaterThan(0);
  });

  it("starts a second incident for another attack in the same district the same day", async () => {
    const first = await report(store.db, [incident({ date: "2025-06-01", place: "Domel", killed: 8 })], { published: "2025-06-01" });
    const second = await report(store.db, [incident({
      date: "2025-06-01", place: "Jani Khel", lat: 33.11, lon: 70.88, event_type: "Battles", sub_event_type: "Armed clash",
      targets: ["PK_ARMY"], perpetrators: ["MILITANTS"], killed: 2,
    })], { published: "2025-06-01" });
    expect(second.incidents[0]).not.toBe(first.incidents[0]);
    const decisions = await linkDecisionsOf(store.db, second.incidents[0], []);
    expect(decisions[0].decision).toBe("new");
    expect((decisions[0].reasons as any).best.incident).toBe(first.incidents[0]);
  });

  it("a rebuild reproduces the machine's links and respects a reviewer's split and merge", async () => {
    const x1 = await report(store.db, [incident({ date: "2025-07-01", adm2: "Tank", place: "Gomal", killed: 5 })], { published: "2025-07-01" });
    const x2 = await report(store.db, [incident({ date: "2025-07-01", adm2: "Tank", place: "Gomal", killed: 6 })], { published: "2025-07-02" });
    const x3 = await report(store.db, [incident({ date: "2025-07-01", adm2: "Tank", place: "Gomal", killed: 7 })], { published: "2025-07-02" });
    const id = x1.incidents[0];
    expect(new Set([x2.incidents[0], x3.incidents[0]])).toEqual(new Set([id]));
    const s0 = await rebuild(store.db);
    expect(s0.moved).toBe(0);
    expect(s0.comparisons).toBeLessThan(s0.naivePairs);

    // the reviewer says report x3 is about another attack: split it out
    const apart = await split(store.db, id, { reports: [x3.report!.id] }, REV);
    await rebuild(store.db);
    const m3 = await store.db.selectFrom("mentions").select("incident_id").where("report_id", "=", x3.report!.id).executeTakeFirstOrThrow();
    expect(m3.incident_id).toBe(apart.id);
    expect((await getIncident(store.db, id))!.source_count).toBe(2);

    // two machine incidents a reviewer merges stay merged after a rebuild
    const y = await report(store.db, [incident({ date: "2025-07-20", adm2: "Kohat", place: "Kohat", killed: 3, sub_event_type: "Grenade" })], { published: "2025-07-20" });
    const z = await report(store.db, [incident({ date: "2025-07-22", adm2: "Hangu", place: "Thall", killed: 9, event_type: "Battles", sub_event_type: "Armed clash" })], { published: "2025-07-22" });
    expect(y.incidents[0]).not.toBe(z.incidents[0]);
    await merge(store.db, z.incidents[0], y.incidents[0], REV);
    await rebuild(store.db);
    const mz = await store.db.selectFrom("mentions").select("incident_id").where("report_id", "=", z.report!.id).executeTakeFirstOrThrow();
    expect(mz.incident_id).toBe(y.incidents[0]);
    // a new report that fits both sides of the split equally is not guessed into either: it starts its own
    // incident, with the ambiguity as the stored reason, for a reviewer to merge
    const later = await report(store.db, [incident({ date: "2025-07-01", adm2: "Tank", place: "Gomal", killed: 8 })], { published: "2025-07-03" });
    expect([id, apart.id]).not.toContain(later.incidents[0]);
    const why = await linkDecisionsOf(store.db, later.incidents[0], []);
    expect((why[0].reasons as any).rule).toMatch(/ambiguous/);
  });

  it("reviewer edits and pins survive re-extraction of a report (a new version)", async () => {
    const url = "https://example.invalid/reextract";
    const a = await report(store.db, [incident({ date: "2025-08-05", adm2: "Kurram", place: "Parachinar", killed: 20 })], { published: "2025-08-05", canonical_url: url, text: "version one of the Parachinar report" });
    const id = a.incidents[0];
    await editField(store.db, id, "killed.total", "25", REV);
    await editField(store.db, id, "place", "Parachinar bazaar", REV);
    // a reviewer's edit pins the incident's sources to it
    expect((await lockOf(store.db, a.report!.id, 0))?.incident_id).toBe(id);
    const b = await report(store.db, [incident({ date: "2025-08-05", adm2: "Kurram", place: "Parachinar", killed: 18 })], { published: "2025-08-05", canonical_url: url, text: "version two of the Parachinar report, revised" });
    expect(b.status).toBe("updated");
    expect(b.incidents[0]).toBe(id);
    const inc = (await getIncident(store.db, id))!;
    expect(inc.killed.total.best).toBe(25);
    expect(inc.place).toBe("Parachinar bazaar");
    expect(inc.locked_fields).toEqual(expect.arrayContaining(["killed.total.best", "place"]));
  });
});
