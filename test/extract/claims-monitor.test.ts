import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claims in the wordings a ceasefire monitor meets: official tallies, vows and agreements of governments,
// jirgas and tribes, accusations by families and parties, and groups' claims in translated style.
// Every sentence here is written for these tests; none is taken from news text or from an evaluation set.
const ctx: ClaimContext = { published: "2025-11-20", source: "wire" };
const keys = claimKeys(ctx);

describe("official aggregate statistics", () => {
  it("reads police and home-department tallies of a year or a month", () => {
    expect(keys("The police recorded 412 terrorist incidents in the province in 2025, the inspector general told reporters in Peshawar.")).toEqual(["statistic:PK_POLICE=412"]);
    expect(keys("According to the Balochistan home department, a total of 1,184 people were killed in the province this year.")).toEqual(["statistic:PK_GOV=1184"]);
    expect(keys("The home department's figures show that 640 terrorist attacks took place in Khyber Pakhtunkhwa in 2025.")).toEqual(["statistic:PK_GOV=640"]);
    expect(keys("In a written reply to the Senate, the interior ministry said 1,566 incidents of terrorism had taken place in the country last year.")).toEqual(["statistic:PK_GOV=1566"]);
    expect(keys("Twenty-six policemen have been martyred in Bannu division so far this year, the regional police officer said.")).toEqual(["statistic:PK_POLICE=26"]);
  });

  it("reads each figure of a table told in prose as its own statistic", () => {
    expect(keys("According to the home department's annual review, 612 terrorist incidents were reported in 2025, in which 744 people were killed.")).toEqual(["statistic:PK_GOV=612", "statistic:PK_GOV=744"]);
    expect(keys("The provincial home department's monthly report said 52 people were killed in terrorist violence in October. The report said 39 attacks were recorded during the month.")).toEqual(["statistic:PK_GOV=39", "statistic:PK_GOV=52"]);
  });

  it("reads a figure of the same tally told back in the next sentence ('during these operations', 'in those attacks')", () => {
    expect(keys("The police said 318 terrorist attacks were recorded in the province in 2025. In those attacks 96 policemen were martyred.")).toEqual(["statistic:PK_POLICE=318", "statistic:PK_POLICE=96"]);
    expect(keys("The ISPR said security forces carried out 9,120 intelligence-based operations in the first half of the year. During these operations, 640 terrorists were sent to hell.")).toEqual(["statistic:PK_ARMY=640", "statistic:PK_ARMY=9120"]);
  });

  it("reads 'security forces' in an ISPR release's tally as the army's figure", () => {
    const text = "RAWALPINDI: Troops raided a hideout in Tank district overnight and four khawarij were killed.\n\nSince January, security forces have killed 1,036 khawarij in operations across the province.";
    expect(keys(text, { source: "ISPR press release" })).toEqual(["statistic:PK_ARMY=1036"]);
  });

  it("does not count the report's own engagements ('three separate operations') as a tally", () => {
    const text = "RAWALPINDI: Security forces conducted four separate operations in Khyber Pakhtunkhwa over the past three days, killing nine khawarij.";
    expect(keys(text, { source: "ISPR press release" }).filter((k) => k.startsWith("statistic"))).toEqual([]);
  });
});

describe("commitments of governments, jirgas and tribes", () => {
  it("reads a jirga's or the elders' agreement as the country's other party's commitment", () => {
    expect(keys("The jirga agreed to a ceasefire between the two tribes for one year.")).toEqual(["commitment:PK_OTHER"]);
    expect(keys("Elders of the two tribes agreed that the disputed land would be demarcated by a commission.")).toEqual(["commitment:PK_OTHER"]);
    expect(keys("The Turi and Bangash elders pledged to hand over heavy weapons to the administration within a month.")).toEqual(["commitment:PK_OTHER"]);
    expect(keys("A grand jirga of the Wazir tribe undertook to expel foreign militants from the area.")).toEqual(["commitment:PK_OTHER"]);
  });

  it("still reads the governments' vows, pledges and joint agreements", () => {
    expect(keys("The Islamic Emirate said it will not allow its soil to be used against any country.")).toEqual(["commitment:AF_GOV"]);
    expect(keys("The Taliban government assured Islamabad that Afghan territory would not be used against Pakistan.")).toEqual(["commitment:AF_GOV"]);
    expect(keys("Pakistan and Afghanistan agreed to reopen the Torkham crossing for trade from Monday.")).toEqual(["commitment:AF_GOV+PK_GOV"]);
    expect(keys("The army chief said the armed forces would continue the campaign until the last terrorist was eliminated.")).toEqual(["commitment:PK_ARMY"]);
  });

  it("reads a state's vow to answer an attack as a commitment", () => {
    expect(keys("The Afghan defence ministry said the Islamic Emirate would respond to the violation of its airspace.")).toEqual(["allegation:AF_GOV", "commitment:AF_GOV"]);
    expect(keys("A spokesman for the Emirate said the bombing of the village would not go unanswered.")).toEqual(["commitment:AF_GOV"]);
    expect(keys("The military said any further provocation would be responded to with full force.")).toEqual(["commitment:PK_ARMY"]);
    // a right claimed, or a request for comment left unanswered, is no vow
    expect(keys("The Emirate's spokesman said Kabul reserved the right to respond.")).toEqual([]);
    expect(keys("The Pakistani embassy in Kabul did not respond to requests for comment.")).toEqual([]);
  });

  it("reads passive promises of review, tighter security and a convened jirga", () => {
    expect(keys("The chief minister said security arrangements at all schools in the district would be reviewed.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("The home minister said security at the crossing would be tightened further.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("The deputy commissioner said a jirga of the two sides would be convened next week.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("The DPO said every effort would be made to recover the kidnapped engineer.")).toEqual(["commitment:PK_POLICE"]);
  });

  it("reads no promise in a thing once promised, a warning of blame, or work under way", () => {
    expect(keys("Relatives said the families had received only half of the compensation promised at the time.")).toEqual([]);
    expect(keys("The governor's office said Kabul would be held responsible for any escalation.").filter((k) => k.startsWith("commitment"))).toEqual([]);
    expect(keys("The assistant commissioner said efforts were under way to trace the missing shepherds.")).toEqual([]);
  });

  it("takes the speaker after a participle appositive ('The minister, visiting the wounded at the hospital, said')", () => {
    expect(keys("The interior minister, visiting a wounded constable at the hospital, said the attackers would be traced and punished.")).toEqual(["commitment:PK_GOV"]);
  });
});

describe("allegations and denials by families, elders, parties and the NRF", () => {
  it("reads relatives' and elders' accusations as the country's other party's", () => {
    expect(keys("Relatives of the dead accused the police of killing the men in a staged encounter.")).toEqual(["allegation:PK_OTHER"]);
    expect(keys("The families alleged that the youths had been picked up by security forces weeks before they were killed.")).toEqual(["allegation:PK_OTHER"]);
    expect(keys("Elders of the area accused the Frontier Corps of firing on unarmed protesters.")).toEqual(["allegation:PK_OTHER"]);
    expect(keys("Relatives accused the police of torturing the detainee to death. The police denied the charge.")).toEqual(["allegation:PK_OTHER", "denial:PK_POLICE"]);
  });

  it("reads the National Resistance Front as an Afghan other party", () => {
    expect(keys("The National Resistance Front accused the Taliban of executing five civilians in Panjshir.")).toEqual(["allegation:AF_OTHER"]);
    expect(keys("The NRF alleged that Taliban fighters had tortured detainees in Andarab.")).toEqual(["allegation:AF_OTHER"]);
    expect(keys("The NRF denied the Taliban's claim that its commander had been killed.")).toEqual(["denial:AF_OTHER"]);
  });

  it("reads party leaders' accusations through 'leaders of'", () => {
    expect(keys("Leaders of the Baloch Yakjehti Committee accused the state agencies of the enforced disappearance of students.")).toEqual(["allegation:PK_OTHER"]);
  });

  it("still reads groups' and governments' denials", () => {
    expect(keys("The Taliban rejected the claim as baseless.")).toEqual(["denial:AF_GOV"]);
    expect(keys("The TTP denied any involvement in the attack on the school.")).toEqual(["denial:TTP"]);
  });
});

describe("responsibility in translated style and relayed by sources close to the group", () => {
  it("reads 'the mujahideen of <group> targeted'", () => {
    expect(keys('"The mujahideen of Tehreek-e-Taliban Pakistan targeted the enemy\'s checkpost in Bannu," the statement said.')).toEqual(["responsibility:TTP"]);
    expect(keys("The sarmachars of the Baloch Liberation Front attacked a Frontier Corps camp in Kech, the group said in a statement.")).toEqual(["responsibility:BLF"]);
  });

  it("reads 'one of its soldiers detonated' in a group's message", () => {
    expect(keys("In a message on Telegram, Daesh said one of its soldiers detonated his explosive vest among the gathering.")).toEqual(["responsibility:ISKP"]);
  });

  it("reads a claim relayed by sources close to the group as the group's", () => {
    expect(keys("Sources close to the TTP said the group's fighters had carried out the raid.")).toEqual(["responsibility:TTP"]);
    expect(keys("Sources close to the Pakistani Taliban told reporters that the group was behind the ambush.")).toEqual(["responsibility:TTP"]);
  });
});
