import { describe, expect, it } from "vitest";
import { extractClaims, type ClaimContext } from "../../src/extract/claims/index.js";

// Claim authors and kinds on wordings written for these tests (no evaluation sentence): a body's spokesman
// named by a possessive, and the other constructions of this file's later sections.
const ctx: ClaimContext = { published: "2025-10-20", source: "wire" };
const keys = (text: string, c: Partial<ClaimContext> = {}) =>
  extractClaims(text, { ...ctx, ...c })
    .map((x) => `${x.kind}:${x.by.join("+")}${x.value != null ? `=${x.value}` : ""}`)
    .sort();

describe("'its spokesman' speaks for the body named before", () => {
  it("gives the army's spokesman to the army, not to the government", () => {
    expect(keys("The army said troops had cleared the ridge. Its spokesman said the offensive would continue until the valley was secure.")).toEqual(["commitment:PK_ARMY"]);
    expect(keys("The Pakistan Army began a sweep of the Tirah valley on Friday. Its spokesman said the troops would not allow the militants to regroup.")).toEqual(["commitment:PK_ARMY"]);
    expect(keys("The ISPR said the clearance was under way. Its spokesman said the security forces remained determined to root out terrorism.")).toEqual(["commitment:PK_ARMY"]);
  });

  it("gives a group's or the police's spokesman to them", () => {
    expect(keys("The TTP claimed the raid on the checkpoint. Its spokesman said the group would continue attacks on the police.")).toEqual(["commitment:TTP", "responsibility:TTP"]);
    expect(keys("Police detained three men near the bazaar. Their spokesman said the men behind the killing would be brought to justice.")).toEqual(["commitment:PK_POLICE"]);
  });
});
