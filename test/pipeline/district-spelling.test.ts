import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultStages } from "../../src/pipeline/defaults.js";
import { ingestReport } from "../../src/pipeline/ingest-report.js";
import { getIncident, mentionsOfReport } from "../../src/store/index.js";
import { storeTargets } from "../helpers/stores.js";

const targets = await storeTargets();

/**
 * The extractor writes an Afghan district as the report spells it (as readers and the evaluation gold do), but the
 * record must name one district one way: two outlets transliterating it differently describe the same place.
 */
describe.each(targets)("two spellings of one district, on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(() => store.dispose());

  const report = (text: string, url: string, outlet: string) => ({ kind: "news" as const, text, url, canonical_url: url, published: "2025-03-05", outlet });

  it("stores the gazetteer's name, keeps the report's spelling beside it, and links both reports to one incident", async () => {
    const a = await ingestReport(store.db, report("Pakistani jets struck a compound in Bermal district of Paktika on Tuesday night, killing six people, district officials said.", "https://a.example/bermal", "Outlet A"), defaultStages());
    const b = await ingestReport(store.db, report("Six people died when Pakistani aircraft bombed a house in Barmal district of Paktika province late on Tuesday, local officials said.", "https://b.example/barmal", "Outlet B"), defaultStages());
    expect(a.incidents).toHaveLength(1);
    expect(b.incidents).toEqual(a.incidents);
    const [ma] = await mentionsOfReport(store.db, a.report!.id);
    const [mb] = await mentionsOfReport(store.db, b.report!.id);
    expect(ma.values.adm2).toBe("Barmal");
    expect(ma.values.adm2_reported).toBe("Bermal");
    expect(mb.values.adm2).toBe("Barmal");
    expect(mb.values.adm2_reported).toBeUndefined();
    expect((await getIncident(store.db, a.incidents[0]))?.adm2).toBe("Barmal");
  });
});
