import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claim wordings whose recall was weak on unseen reports. Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-07-02", source: "wire" };
const keys = claimKeys(ctx);

describe("statistics", () => {
  it("a force's own losses over a period ('N of their officers', 'N of its men')", () => {
    expect(keys("PESHAWAR: Khyber Pakhtunkhwa police said 112 of their officers had been martyred in the province since January.")).toEqual(["statistic:PK_POLICE=112"]);
    expect(keys("QUETTA: Levies officials said 23 of their men had lost their lives in attacks this year.")).toEqual(["statistic:PK_POLICE=23"]);
    expect(keys("The Frontier Corps said 41 of its personnel had been killed in Balochistan during the first half of the year.")).toEqual(["statistic:PK_FC=41"]);
  });

  it("the earlier period's figure a count is compared with is no statistic of its own: the sentence's main figure is", () => {
    expect(keys("The home department said 512 people had been killed in the province in 2024, against 389 the year before.")).toEqual(["statistic:PK_GOV=512"]);
    expect(keys("Police said 64 terrorists were killed in the district during the year, up from 47 in 2023.")).toEqual(["statistic:PK_POLICE=64"]);
    expect(keys("The interior ministry said 230 attacks were recorded across the country in the first quarter, compared with 171 in the same period last year.")).toEqual(["statistic:PK_GOV=230"]);
    expect(keys("The research centre counted 58 militant attacks in the province in May, down from 66 the month before.")).toEqual(["statistic:PK_OTHER=58"]);
  });
});

describe("denials", () => {
  it("a spokesman for the banned or outlawed group speaks for the group", () => {
    expect(keys("A spokesman for the banned Tehreek-e-Taliban Pakistan said the group had nothing to do with the kidnapping.")).toEqual(["denial:TTP"]);
    expect(keys("A spokesman for the outlawed Lashkar-e-Islam denied that its fighters had planted the bomb.")).toEqual(["denial:LI"]);
    expect(keys("A spokesman for the proscribed TTP rejected any link to the killing of the teacher.")).toEqual(["denial:TTP"]);
  });

  it("'termed ... baseless' with a long object", () => {
    expect(keys("The ISPR termed the militants' claim of seizing two border posts baseless.")).toEqual(["denial:PK_ARMY"]);
    expect(keys("The Afghan defence ministry described Islamabad's version of the night's fighting as false.")).toEqual(["denial:AF_GOV"]);
    expect(keys("BANNU: Police termed the group's statement about the slain policemen exaggerated.")).toEqual(["denial:PK_POLICE"]);
  });
});

describe("a government's own reprisal is its responsibility", () => {
  it("'its forces hit Pakistani posts in retaliation', told by Kabul", () => {
    expect(keys("KABUL: The Afghan defence ministry said its forces had struck Pakistani border posts in Kurram in retaliation for the air strikes.")).toEqual(["responsibility:AF_GOV"]);
    expect(keys("KABUL: Kabul's defence ministry announced that Emirate forces had pounded Pakistani military positions overnight in response to the bombing of Paktika.")).toEqual(["responsibility:AF_GOV"]);
    expect(keys("KABUL: The Islamic Emirate's spokesman said their forces had attacked several Pakistani posts along the Durand Line as a reprisal.")).toEqual(["responsibility:AF_GOV"]);
  });
});

describe("commitments", () => {
  it("passive futures of what will be done ('would be recovered', 'would be identified and punished', 'would be repaired')", () => {
    expect(keys("BANNU: The district police officer said the abducted engineer would be recovered safely.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("KANDAHAR: The provincial governor's spokesman said the killers of the two shopkeepers would be identified and punished.", { published: "2024-06-06" })).toEqual(["commitment:AF_GOV"]);
    expect(keys("ISLAMABAD: The interior minister said the damaged stretch of the fence would be repaired before winter.")).toEqual(["commitment:PK_GOV"]);
  });

  it("the armed forces' resolve told in an ISPR sentence", () => {
    expect(keys("RAWALPINDI: Sanitisation of the area is under way, as the armed forces remain determined to wipe out terrorism.", { source: "ISPR statement" })).toEqual(["commitment:PK_ARMY"]);
    expect(keys("RAWALPINDI: The armed forces are resolved to eliminate the menace of terrorism from the country, the ISPR said.")).toEqual(["commitment:PK_ARMY"]);
    expect(keys("RAWALPINDI: Pakistan's armed forces remain resolved to defend every inch of the motherland, the military's media wing said.")).toEqual(["commitment:PK_ARMY"]);
  });
});

describe("who is to blame, and a denial and an allegation in one sentence", () => {
  it("a named group 'was to blame' or 'was behind the blast' is an allegation of whoever says it", () => {
    expect(keys("JALALABAD: The provincial police chief said Daesh militants were to blame for the market bombing.", { published: "2022-03-02" })).toEqual(["allegation:AF_GOV"]);
    expect(keys("PESHAWAR: The provincial government said the TTP was behind the blast at the bus stand.")).toEqual(["allegation:PK_GOV"]);
  });

  it("'While X rejected involvement, Y said ...' gives both the denial and the allegation", () => {
    expect(keys("JALALABAD: While the Taliban rejected involvement, the provincial governor's office said Islamic State fighters were to blame.", { published: "2019-08-20" })).toEqual(["allegation:AF_GOV", "denial:AF_TALIBAN"]);
    expect(keys("QUETTA: While the BLA denied any role, the home minister said the group's Majeed Brigade was behind the bombing.")).toEqual(["allegation:PK_GOV", "denial:BLA"]);
    expect(keys("The Taliban rejected involvement in the wedding hall bombing.", { published: "2019-08-20" })).toEqual(["denial:AF_TALIBAN"]);
  });

  it("police naming the group of the suspects they killed", () => {
    expect(keys("KOHAT: According to the district police officer, the two slain men were TTP members.")).toEqual(["allegation:PK_POLICE"]);
    expect(keys("BANNU: A CTD official said all three were members of the banned Hafiz Gul Bahadur group.")).toEqual(["allegation:PK_POLICE"]);
    expect(keys("PESHAWAR: Police said the suspects belonged to Lashkar-e-Islam.")).toEqual(["allegation:PK_POLICE"]);
  });

  it("the Republic's defence ministry telling of its own air strikes accuses nobody", () => {
    expect(keys("KUNAR, Afghanistan: Afghan air force jets bombed Taliban hideouts in Dangam on Sunday, killing eight insurgents, the defence ministry said.", { published: "2020-04-14" })).toEqual([]);
  });
});

describe("a claim by a faction told through its link to a known group", () => {
  it("'a group loyal to', 'a faction linked to', 'fighters aligned with' GROUP claim for that group", () => {
    expect(keys("MIR ALI: A group loyal to the Hafiz Gul Bahadur network said its fighters had planted the mine that struck the convoy.")).toEqual(["responsibility:HGB"]);
    expect(keys("PESHAWAR: A faction linked to the TTP claimed the attack on the checkpoint in a message to reporters.")).toEqual(["responsibility:TTP"]);
    expect(keys("TURBAT: Fighters aligned with the BLF said in a statement that they had ambushed the patrol.")).toEqual(["responsibility:BLF"]);
  });
});
