import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claim wordings of the less common kinds of report (annual releases, group statements, commitments). Own wording.
const ctx: ClaimContext = { published: "2025-07-02", source: "wire" };
const keys = claimKeys(ctx);

describe("a release's figures told on in the next sentence", () => {
  it("'It said ...' after the report's tally adds each figure to the tally", () => {
    const k = keys("QUETTA: The Balochistan police recorded 402 terrorist attacks in the province during 2024, according to its annual report. It said the Levies and police had killed 96 militants in raids and had arrested 830 suspects.");
    expect(k).toContain("statistic:PK_POLICE=96");
    expect(k).toContain("statistic:PK_POLICE=830");
  });

  it("does not read a day's toll told after a tally as the tally's", () => {
    const k = keys("Police said 300 attacks were recorded in the district this year. It said two constables were killed on Monday when gunmen fired on their post.");
    expect(k.filter((x) => x.endsWith("=2"))).toEqual([]);
  });
});

describe("a group's own statement", () => {
  it("reads its fighters' acts, told without a speech verb, as its responsibility when its spokesman signs it", () => {
    const text = "Statement (translated from Urdu)\n\nOn Friday, the sarmachars of the Balochistan Liberation Front attacked a camp of the Frontier Corps in Kech with rockets, and the enemy suffered heavy losses.\n\nThe sarmachars returned safely.\n\nSpokesman, Balochistan Liberation Front";
    expect(keys(text)).toEqual(["responsibility:BLF"]);
  });

  it("does not read a news report's narration of a group's attack as its claim", () => {
    expect(keys("QUETTA: Fighters of the Balochistan Liberation Front attacked a camp of the Frontier Corps in Kech on Friday.\n\nOfficials said two soldiers were wounded.")).not.toContain("responsibility:BLF");
  });
});

describe("commitments of officials and elders", () => {
  it("what an official says his men or units will do or will be given", () => {
    expect(keys("The police chief said quick reaction teams would be raised in all border districts.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("Police said armoured vehicles would be sent to the posts along the highway.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("Police said they would recover the kidnapped traders unharmed.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("The provincial government said a demining team would survey the orchards next month.")).toEqual(["commitment:PK_GOV"]);
  });

  it("a force's resolve not to be cowed", () => {
    expect(keys("The inspector general of police said the force would never be intimidated by such cowardly acts.")).toEqual(["commitment:PK_POLICE"]);
  });

  it("not a forecast of what will happen", () => {
    expect(keys("Officials said the road would remain closed until Friday.")).toEqual([]);
    expect(keys("Doctors said the toll would rise as several of the wounded were in critical condition.")).toEqual([]);
  });
});

describe("crime tallies", () => {
  it("a police officer's count of a gang's kidnappings or robberies over a period", () => {
    expect(keys("The SSP said the gang had committed at least 12 kidnappings for ransom in Bannu this year.")).toEqual(["statistic:PK_POLICE=12"]);
    expect(keys("Police said 31 robberies had been reported in the district since January.")).toEqual(["statistic:PK_POLICE=31"]);
  });
});

describe("denials", () => {
  it("rejecting or refuting an accusation, named by a pronoun, as baseless", () => {
    expect(keys("The Afghan defence ministry spokesman rejected it as baseless.")).toEqual(["denial:AF_GOV"]);
    expect(keys("Islamabad refuted the report as a fabrication.")).toEqual(["denial:PK_GOV"]);
  });
});
