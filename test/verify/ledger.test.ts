import { describe, expect, it } from "vitest";
import { contestedPairs, inferScope, responsibility, type LedgerClaim } from "../../src/verify/ledger.js";

let n = 0;
const claim = (over: Partial<LedgerClaim>): LedgerClaim => ({
  id: `c${++n}`, kind: "allegation", by: [], against: [], value: null, text: null, report_id: null, span_start: null, span_end: null,
  claimed_on: "2026-10-14", origin: "extraction", confidence: null, created_by: "t", created_at: "2026-10-14T00:00:00Z", incident_ids: [], ...over,
});

describe("statistic scope read from the sentence", () => {
  it("this year, since a month, in a month, last year, in a year", () => {
    expect(inferScope("1,873 militants were killed this year, 136 of them Afghans", "2025-12-20")).toMatchObject({ since: "2025-01-01", until: "2025-12-20", part: "killed", category: "militants" });
    expect(inferScope("Security forces have killed 1,412 khawarij since January", "2026-11-05")).toMatchObject({ since: "2026-01-01", category: "militants" });
    expect(inferScope("Thirty-eight police personnel were martyred in Khyber Pakhtunkhwa in October", "2026-11-02"))
      .toMatchObject({ since: "2026-10-01", until: "2026-10-31", category: "security_forces", adm1: "Khyber Pakhtunkhwa" });
    expect(inferScope("In December, 40 civilians were killed", "2026-03-01")).toMatchObject({ since: "2025-12-01", until: "2025-12-31", category: "civilians" });
    expect(inferScope("200 soldiers were wounded last year", "2026-03-01")).toMatchObject({ since: "2025-01-01", until: "2025-12-31", part: "injured", category: "security_forces" });
    expect(inferScope("in 2024 the attacks killed 900", "2026-03-01")).toMatchObject({ since: "2024-01-01", until: "2024-12-31", category: "total" });
  });
});

describe("contested pairs", () => {
  it("an allegation met by the accused's denial on the same incident", () => {
    const a = claim({ kind: "allegation", by: ["PK_GOV"], against: ["AF_GOV"], incident_ids: ["i1"] });
    const d = claim({ kind: "denial", by: ["AF_GOV"], incident_ids: ["i1"], claimed_on: "2026-10-15" });
    const other = claim({ kind: "denial", by: ["TTP"], incident_ids: ["i1"] });
    expect(contestedPairs([a, d, other]).map((p) => [p.kind, p.claim.id, p.denial.id])).toEqual([["allegation/denial", a.id, d.id]]);
  });
  it("a denial naming the accuser answers it even when extraction tied them to different incidents", () => {
    const a = claim({ kind: "allegation", by: ["PK_GOV"], against: ["AF_GOV"], incident_ids: ["i1"] });
    const d = claim({ kind: "denial", by: ["AF_GOV"], against: ["PK_GOV"], incident_ids: ["i2"], claimed_on: "2026-10-15" });
    expect(contestedPairs([a, d])).toHaveLength(1);
    const late = claim({ kind: "denial", by: ["AF_GOV"], incident_ids: ["i3"], claimed_on: "2026-12-30" });
    expect(contestedPairs([a, late])).toHaveLength(0);
  });
  it("several groups' responsibility claims stand side by side; a claim then a denial by the same group is contested", () => {
    const bla = claim({ kind: "responsibility", by: ["BLA"], incident_ids: ["k"], claimed_on: "2026-10-25" });
    const blf = claim({ kind: "responsibility", by: ["BLF"], incident_ids: ["k"], claimed_on: "2026-10-26" });
    const deny = claim({ kind: "denial", by: ["BLF"], incident_ids: ["k"], claimed_on: "2026-10-27" });
    expect(responsibility([blf, bla, deny]).map((r) => [r.by, r.denied])).toEqual([["BLA", false], ["BLF", true]]);
    expect(contestedPairs([bla, blf, deny]).map((p) => p.kind)).toEqual(["responsibility/denial"]);
  });
});
