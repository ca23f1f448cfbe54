import { describe, expect, it } from "vitest";
import { extractClaims, type ClaimContext } from "../../src/extract/claims/index.js";

// Claims of a protest's organisers, of a group speaking through a channel named between subject and verb, and
// a few more wordings of commitments and denials. Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-09-10", source: "wire" };
const LEAD = "MARDAN: Two people were killed in a blast in Khyber Pakhtunkhwa on Tuesday, police said. ";
const AF_LEAD = "JALALABAD: Three people were killed in Nangarhar province on Tuesday, officials said. ";
const keys = (text: string) =>
  extractClaims(text, ctx)
    .map((x) => `${x.kind}:${x.by.join("+")}${x.value != null ? `=${x.value}` : ""}`)
    .sort();

describe("a protest's organisers speak as the country's other actor", () => {
  it("organisers of a sit-in or a march who accuse the authorities", () => {
    expect(keys(LEAD + "The march organisers accused the police of negligence in the case.")).toEqual(["allegation:PK_OTHER"]);
    expect(keys(LEAD + "A sit-in at the bypass went into its third day. Its organisers accuse the local administration of ignoring threats to traders.")).toEqual(["allegation:PK_OTHER"]);
  });

  it("an accusation of failing the victims accuses the authorities, even where it names the attackers", () => {
    expect(keys(LEAD + "The rally organisers accused the district police of doing nothing to trace the gunmen.")).toEqual(["allegation:PK_OTHER"]);
    // control: naming unnamed attackers is no allegation
    expect(keys(LEAD + "Police blamed militants for the blast.")).toEqual([]);
  });

  it("elders who say the government failed to protect a road", () => {
    expect(keys(LEAD + "Elders of the valley, addressing a gathering, said the provincial government had failed to protect the highway.")).toEqual(["allegation:PK_OTHER"]);
  });
});

describe("a channel named between a group and its verb", () => {
  it("'the group, in a message to reporters, denied/claimed …' is the group's", () => {
    expect(keys(LEAD + "The TTP, in a message to reporters, denied any hand in the blast.")).toEqual(["denial:TTP"]);
    expect(keys(LEAD + "The TTP, in a text sent to journalists, claimed the blast.")).toEqual(["responsibility:TTP"]);
  });
});

describe("commitments and denials in more wordings", () => {
  it("'would go ahead', 'would settle'", () => {
    expect(keys(LEAD + "The health department said the vaccination drive would go ahead in the district under police escort.")).toEqual(["commitment:PK_GOV"]);
    expect(keys(LEAD + "A provincial government spokesman said a board would settle the land dispute within two months.")).toEqual(["commitment:PK_GOV"]);
  });

  it("'said the figures were exaggerated' denies them", () => {
    expect(keys(AF_LEAD + "The Afghan foreign ministry said the figures were exaggerated.")).toEqual(["denial:AF_GOV"]);
  });
});
