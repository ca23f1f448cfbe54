import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claim recall on unseen reports (stop 16): a second statement of the same party, who "he" and "its spokesman" are when
// no reporting verb names them, figures a sentence breaks down or compares, and whom investigators suspect.
// Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-09-10", source: "wire" };
const keys = claimKeys(ctx);

describe("one more statement of the same party", () => {
  it("'The BLF also claimed …' is a claim of its own, not a repetition", () => {
    expect(keys("The BLF claimed the attack on the Levies post in Awaran. The BLF also claimed a blast that damaged a gas pipeline near Dera Bugti.")).toEqual([
      "responsibility:BLF",
      "responsibility:BLF",
    ]);
  });
  it("a repetition without 'also' stays one claim", () => {
    expect(keys("The BLF claimed the attack on the Levies post in Awaran. In a later message, the BLF claimed the attack again and named its dead.")).toEqual(["responsibility:BLF"]);
  });
});

describe("who speaks when no reporting verb names the speaker", () => {
  it("'He went further, accusing …' after a spokesman who rejected a charge is that spokesman", () => {
    const text =
      "ISLAMABAD: The Foreign Office said militants were using Afghan soil to attack Pakistan. She also confirmed that talks would be held in Doha next week.\n\n" +
      "In Kabul, the Islamic Emirate's chief spokesman rejected the charge, writing on X that Afghanistan posed no threat to anyone.\n\n" +
      "He went further, accusing Pakistani intelligence of sheltering Daesh commanders in Quetta.";
    expect(keys(text)).toContain("allegation:AF_GOV");
    expect(keys(text)).not.toContain("responsibility:ISKP");
  });
  it("'Its spokesman' is the body that spoke, not the forces its words named", () => {
    const text =
      "The Paktika provincial information department said Pakistani artillery had shelled two villages in Barmal overnight, wounding three herders, but causing no deaths. " +
      "Its spokesman rejected Pakistani accusations that Afghan border guards had fired first.";
    expect(keys(text)).toEqual(["allegation:AF_GOV", "denial:AF_GOV"]);
  });
  it("'rejected Pakistani accusations': the denier is the other side", () => {
    expect(keys("KABUL — The Islamic Emirate's defence ministry rejected Pakistani accusations that its forces had shelled a border village in Kurram.")).toEqual(["denial:AF_GOV"]);
  });
  it("'… declined to comment, but said …': the clause's verb is the sentence subject's", () => {
    const text = "At the weekly briefing, the spokesperson of Pakistan's Foreign Office declined to comment on the reported strikes, but said Pakistan would take all necessary steps to protect its citizens.";
    expect(keys(text)).toContain("commitment:PK_GOV");
    expect(keys(text)).not.toContain("commitment:PK_SECURITY");
  });
  it("a 'federal' minister and the Senate are Pakistan's, also in a report about Afghanistan", () => {
    const text =
      "Afghan officials in Kabul and Kandahar said the border had been quiet.\n\n" +
      "The federal interior minister told the Senate on Tuesday that 870 terrorist incidents had been recorded so far this year.";
    expect(keys(text)).toEqual(["statistic:PK_GOV=870"]);
  });
});

describe("the main figure of a breakdown or a share", () => {
  it("the parts listed after 'among them' are no statistics of their own; the total put at a figure far after 'the number' is", () => {
    const text =
      "A Peshawar-based research centre said in its half-yearly review that it had recorded 203 militant attacks in the province during the period. " +
      "The review put the number of people killed in militant attacks and in the operations that followed them during the period at 312, among them 98 policemen, 87 civilians and 127 militants.";
    expect(keys(text)).toEqual(["statistic:PK_OTHER=203", "statistic:PK_OTHER=312"]);
  });
  it("'Of these, N were …' right after a tally is the tally's share", () => {
    const text = "The research centre said it had counted 64 militant attacks in Balochistan during the month. Of these, 23 were attacks on road and rail infrastructure, it said.";
    expect(keys(text)).toEqual(["statistic:PK_OTHER=23", "statistic:PK_OTHER=64"]);
  });
});

describe("whom investigators suspect", () => {
  it("'said investigators suspected a TTP cell', 'said they believed the group had planned it' accuse", () => {
    expect(keys("A police officer in Bannu said investigators suspected a TTP cell that had been extorting money from traders in the bazaar.")).toEqual(["allegation:PK_POLICE"]);
    expect(keys("District police officials said they believed the Jamaat-ul-Ahrar faction had planned the bombing of the checkpost.")).toEqual(["allegation:PK_POLICE"]);
  });
  it("'suspected militants' as an adjective accuses no one", () => {
    expect(keys("Police said they had arrested three suspected militants in a raid on a house in Tank.")).toEqual([]);
  });
});
