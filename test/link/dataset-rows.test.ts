import { describe, expect, it } from "vitest";
import { featuresOf } from "../../src/link/features.js";
import { absorb, emptyProfile } from "../../src/link/profile.js";
import { scorePair } from "../../src/link/score.js";

const values = {
  date: "2024-03-02", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", place: "Bannu", lat: 32.99, lon: 70.6,
  event_type: "Battles", sub_event_type: "Armed clash", perpetrators: ["TTP"], targets: ["PK_ARMY"],
  killed: { total: 3, security_forces: null, civilians: null, militants: null }, injured: { total: null, security_forces: null, civilians: null, militants: null },
};
const feat = (id: string, dataset: string | null) =>
  featuresOf({ id: `m_${id}`, report_id: `r_${id}`, values }, { published: "2024-03-03", dataset }, ["bannu", "clash", "post"]);

/** Event datasets are already deduplicated: two of their rows are two events, however alike. */
describe("linking dataset rows", () => {
  const profile = emptyProfile("inc_1", "violence");
  absorb(profile, feat("a", "acled"));

  it("never puts a second row of the same dataset into an incident that holds one", () => {
    const s = scorePair(feat("b", "acled"), profile);
    expect(s.score).toBe(-Infinity);
    expect(s.veto).toMatch(/acled row/);
  });

  it("still links a news report or another dataset's row to that incident", () => {
    expect(scorePair(feat("c", null), profile).veto).toBeUndefined();
    expect(scorePair(feat("c", null), profile).score).toBeGreaterThan(3.5);
    expect(scorePair(feat("d", "ucdp_ged"), profile).veto).toBeUndefined();
  });
});
