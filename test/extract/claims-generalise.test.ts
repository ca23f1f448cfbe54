import { describe, expect, it } from "vitest";
import { extractClaims, type ClaimContext } from "../../src/extract/claims/index.js";

// Claim constructions of real reporting that no evaluation sentence was tuned on: reported speech chains,
// implicit allegations, appositive denials, hedged wording. Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-10-20", source: "wire" };
const keys = (text: string, c: Partial<ClaimContext> = {}) =>
  extractClaims(text, { ...ctx, ...c })
    .map((x) => `${x.kind}:${x.by.join("+")}${x.value != null ? `=${x.value}` : ""}`)
    .sort();

describe("reported speech chains", () => {
  it("gives a denial to its own subject after an auxiliary ('X said Y had denied')", () => {
    expect(keys("A Pakistani official said Kabul had denied any role in the attack.")).toEqual(["denial:AF_GOV"]);
    expect(keys("Afghan officials said Islamabad has repeatedly rejected the allegations.")).toEqual(["denial:PK_GOV"]);
  });

  it("reads a group's 'they were behind' in its own words as responsibility", () => {
    expect(keys("The Pakistani Taliban said on X that they were behind the assault on the checkpoint.")).toEqual(["responsibility:TTP"]);
  });
});

describe("passive accusations by a state", () => {
  it("gives 'accused by Islamabad' to Islamabad, and the appositive denial to the accused", () => {
    expect(keys("The Afghan Taliban have repeatedly been accused by Islamabad of sheltering the TTP, a charge they deny.")).toEqual(["allegation:PK_GOV", "denial:AF_GOV"]);
    expect(keys("Pakistan accuses Kabul of giving shelter to TTP fighters, an accusation it has always rejected.")).toEqual(["allegation:PK_GOV", "denial:AF_GOV"]);
    expect(keys("Kabul blames Islamabad for the strikes on Khost, a charge Pakistan denies.")).toEqual(["allegation:AF_GOV", "denial:PK_GOV"]);
  });
});

describe("implicit allegations without an accusing verb", () => {
  it("reads who the attackers were", () => {
    expect(keys("The foreign office spokesperson said the attackers were Afghan nationals.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Pakistan said the suicide bomber was an Afghan national.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("The ISPR said the militants were being funded by Indian intelligence.")).toEqual(["allegation:PK_ARMY"]);
  });

  it("reads a state named as the one responsible", () => {
    expect(keys("The Islamic Emirate said Pakistan was responsible for the deaths of the civilians.")).toEqual(["allegation:AF_GOV"]);
    expect(keys("Pakistani officials said the Taliban government was ultimately to blame for the surge in attacks.")).toEqual(["allegation:PK_GOV"]);
  });

  it("does not read the report's own narration or a side naming itself", () => {
    expect(keys("The bomber was identified as a resident of Bajaur, police said.")).toEqual([]);
    expect(keys("Kabul said the Afghan forces were responsible for security along the border.")).toEqual([]);
  });
});

describe("hopes are not promises", () => {
  it("reads nothing from a hope that the other side will act", () => {
    expect(keys("Islamabad hopes that Kabul will take steps against the militants.")).toEqual([]);
    expect(keys("Pakistan said it was hopeful the Afghan side would honour the ceasefire.")).toEqual([]);
  });
});
