import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultStages } from "../../src/pipeline/defaults.js";
import { ingestReport } from "../../src/pipeline/ingest-report.js";
import { getIncident } from "../../src/store/index.js";
import { setStatus } from "../../src/verify/review.js";
import { storeTargets } from "../helpers/stores.js";

const targets = await storeTargets();
const URL_ = "https://example.org/news/bannu-checkpoint";
const v1 = "Two policemen were killed when gunmen opened fire on a checkpoint in Bannu on Wednesday, police said.";
const v2 = "The editors have withdrawn this page pending a review of its sources.";

/** A source's new version that no longer reports an incident: the machine retracts it unless a reviewer decided. */
describe.each(targets)("a report's new version drops its incident, on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(() => store.dispose());

  const report = (text: string, url: string) => ({ kind: "news" as const, text, url, canonical_url: url, published: "2024-05-02", outlet: "Test Daily" });

  it("retracts an unreviewed incident and audits why", async () => {
    const first = await ingestReport(store.db, report(v1, URL_), defaultStages());
    expect(first.incidents).toHaveLength(1);
    const second = await ingestReport(store.db, report(v2, URL_), defaultStages());
    expect(second.status).toBe("updated");
    const inc = await getIncident(store.db, first.incidents[0]);
    expect(inc?.status).toBe("retracted");
    const audit = await store.db.selectFrom("audit_events").selectAll().where("entity_id", "=", first.incidents[0]).where("action", "=", "incident.retract").execute();
    expect(audit).toHaveLength(1);
  });

  it("keeps a reviewer's status and records that the source went away", async () => {
    const url = URL_ + "-2";
    const first = await ingestReport(store.db, report("A roadside bomb killed three soldiers near Turbat in Kech district on Thursday, officials said.", url), defaultStages());
    const id = first.incidents[0];
    await setStatus(store.db, id, "verified", { by: "A. Reviewer", reason: "hospital list checked" });
    await ingestReport(store.db, report(v2 + " (updated)", url), defaultStages());
    const inc = await getIncident(store.db, id);
    expect(inc?.status).toBe("verified");
    expect(inc?.source_count).toBe(0);
    const audit = await store.db.selectFrom("audit_events").select("action").where("entity_id", "=", id).execute();
    expect(audit.map((a) => a.action)).toContain("incident.orphaned");
  });
});
