import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claims as news reports carry speech (stop 17): nested and relayed speakers, offices named only by title, the other side's
// account, cross-border charges and denials reworded, commitments with quoted words, and counts that are no tally.
// Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-10-20", source: "wire" };
const keys = claimKeys(ctx);

describe("who speaks in nested and relayed speech", () => {
  it("a faction named by the commander it follows is that commander's group", () => {
    expect(keys("A faction loyal to the militant commander Hafiz Gul Bahadur claimed responsibility for the car bombing in Bannu.")).toEqual(["responsibility:HGB"]);
    expect(keys("A splinter faction led by Hafiz Gul Bahadur claimed the ambush in a message to reporters.")).toEqual(["responsibility:HGB"]);
  });
  it("a relative clause's reporting verb belongs to its antecedent, not to the journalist relaying it", () => {
    const text =
      "A reporter in Quetta said he had been phoned by a man calling himself a spokesman for Lashkar-e-Jhangvi, who said the group had carried out the shooting at the market.";
    expect(keys(text)).toEqual(["responsibility:LEJ"]);
  });
  it("'where, he said, …' inside a named official's words is that official again", () => {
    const text =
      "The TTP claimed the raid on the checkpost in a post on its channels. " +
      "A spokesman for the Khyber Pakhtunkhwa government said the gunmen had slipped across from Afghanistan, where, he said, their commanders were being sheltered.";
    expect(keys(text)).toEqual(["allegation:PK_GOV", "responsibility:TTP"]);
  });
  it("what a named party says in its own reporting clause is its claim, whoever the sentence ends by citing", () => {
    expect(keys("Elders of the two tribes told the jirga they would vacate their trenches along the ridge, a district official said.")).toEqual(["commitment:PK_OTHER"]);
  });
  it("a statement 'by' a force's media wing is the force's", () => {
    expect(keys("A statement by the military's media wing said Afghan Taliban posts had resorted to 'unprovoked firing' near the crossing.")).toEqual(["allegation:PK_ARMY"]);
  });
});

describe("offices named only by title", () => {
  it("after 'X gave a different account', the next office speaks for X's side", () => {
    const text =
      "The Foreign Office said Afghan troops had fired on Pakistani posts without provocation. " +
      "Officials in Khost gave a different account. " +
      "The spokesman for the provincial governor said Pakistani forces fired first.";
    expect(keys(text, { source: "Pakistani daily" })).toEqual(["allegation:AF_GOV", "allegation:PK_GOV"]);
  });
  it("a denial answers an accusation of the other state only: a cell accused before leaves the office on its own side", () => {
    const text =
      "JALALABAD — The provincial spokesman said the detained men had been planning attacks on seminaries. " +
      "Pakistan's embassy was not involved in the case. " +
      "The provincial spokesman denied that anyone had been killed in the raid.";
    expect(keys(text, { source: "Afghan outlet" })).toContain("denial:AF_GOV");
    expect(keys(text, { source: "Afghan outlet" })).not.toContain("denial:PK_GOV");
  });
  it("a side's forces acting on an armed group at home accuse nobody", () => {
    const text =
      "KANDAHAR — Emirate forces killed four Daesh members in a night raid in the city's third district, the provincial police spokesman said. " +
      "Officials in Islamabad have not commented.";
    expect(keys(text, { source: "Afghan outlet" })).toEqual([]);
  });
  it("'answers that' is a reporting verb: the government answering speaks, not the last speaker", () => {
    const text =
      "Islamabad says the militants are sheltered in Afghanistan. The Taliban government answers that it does not let anyone use its territory against another country.";
    expect(keys(text, { source: "op-ed" })).toEqual(["allegation:PK_GOV", "denial:AF_GOV"]);
  });
});

describe("cross-border charges, denials and state reprisals reworded", () => {
  it("havens across the Durand Line, sheltering on Afghan soil, leaders living in Afghan provinces", () => {
    expect(keys("The Foreign Office said the TTP enjoys safe havens across the Durand Line.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Islamabad maintains that the TTP is sheltered on Afghan soil.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Pakistan's interior minister said the group's commanders were living openly in Kunar and Nangarhar provinces.")).toEqual(["allegation:PK_GOV"]);
  });
  it("'no group uses Afghan soil' is a denial", () => {
    expect(keys("Kabul insists that no group uses Afghan soil against its neighbours.")).toEqual(["denial:AF_GOV"]);
  });
  it("shells fired 'from positions of' the other side's forces", () => {
    expect(keys("The local administration in Bajaur said the mortar rounds had been fired from positions of the Afghan Taliban.")).toEqual(["allegation:PK_GOV"]);
  });
  it("air strikes with their place told between them and what they did", () => {
    expect(keys("The Taliban government said Pakistani air strikes on Barmal district in Paktika on Sunday night killed nine civilians.")).toEqual(["allegation:AF_GOV"]);
  });
  it("coming under fire from a hillside accuses nobody; from Afghan posts it does", () => {
    expect(keys("Officials said the patrol came under fire from a hillside near the village.")).toEqual([]);
    expect(keys("Officials said the patrol came under fire from Afghan posts across the fence.")).toEqual(["allegation:PK_GOV"]);
  });
  it("a state's reprisal told with its words in quotes is its responsibility", () => {
    expect(keys("Kabul's defence ministry said its forces had carried out 'retaliatory strikes' on Pakistani positions.")).toContain("responsibility:AF_GOV");
  });
  it("whom police suspect, passively, and where investigations point", () => {
    expect(keys("A police officer in Karak said a local cell of the TTP was suspected of planting the device.")).toEqual(["allegation:PK_POLICE"]);
    expect(keys("The district police officer told reporters that early investigations pointed towards Lashkar-e-Islam.")).toEqual(["allegation:PK_POLICE"]);
  });
  it("a force's label in an operation's premise is no accusation; the force calling attackers so is", () => {
    const release =
      "RAWALPINDI, 5 May: Security forces conducted an operation in Spinwam on the reported presence of khawarij belonging to the Indian proxy Fitna al Khawarij.";
    expect(keys(release, { source: "ISPR statement" })).toEqual([]);
    expect(keys("The ISPR said the attack was carried out by an India-sponsored proxy.")).toEqual(["allegation:PK_ARMY"]);
  });
});

describe("commitments", () => {
  it("words in quotes, an adverb after 'be', 'would not escape justice', 'would trace and punish'", () => {
    expect(keys("The home minister said those responsible would be 'brought to justice'.", { source: "Pakistani daily" })).toEqual(["commitment:PK_GOV"]);
    expect(keys("The Islamic Emirate's spokesman said the incident would be thoroughly investigated.")).toEqual(["commitment:AF_GOV"]);
    expect(keys("The chief minister said the killers would not escape justice.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("The interior ministry spokesman in Kabul said security agencies would trace and punish those behind the blast.")).toEqual(["commitment:AF_GOV"]);
  });
  it("'ready for a joint investigation', 'agreed in principle'", () => {
    expect(keys("Mujahid said Kabul was ready for a joint investigation into the attack.")).toEqual(["commitment:AF_GOV"]);
  });
  it("a plain 'if' or 'as long as' keeps the promise; 'only if' withholds it", () => {
    expect(keys("The Foreign Office said Pakistan would respect the truce as long as the other side did the same.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("Mujahid said Kabul was prepared to hold talks if Islamabad stopped the deportations.")).toEqual(["commitment:AF_GOV"]);
    expect(keys("Officials said the crossing would be reopened only after Kabul removed the new posts.")).toEqual([]);
  });
  it("a condition ends at the next verb: 'closed until further notice and promised compensation'", () => {
    expect(keys("The provincial government said the road would stay closed until further notice and promised compensation to the families.")).toEqual(["commitment:PK_GOV"]);
  });
  it("a deputy commissioner is the civil administration, whoever spoke before", () => {
    const text = "Police said the protesters had blocked the road for six hours. The protest ended after the deputy commissioner promised an inquiry.";
    expect(keys(text, { source: "local daily" })).toEqual(["commitment:PK_GOV"]);
  });
});

describe("figures that are, and are not, a tally", () => {
  it("'and another 298 were wounded' after a year's figure is the next figure of the tally", () => {
    expect(keys("The provincial police chief said the force lost 120 personnel to militant attacks in 2025, and another 310 were wounded.")).toEqual([
      "statistic:PK_POLICE=120",
      "statistic:PK_POLICE=310",
    ]);
  });
  it("a plan, a vague 'several thousand' and one attack's toll last month are no tally", () => {
    expect(keys("The inspector general said 2,000 new constables would be recruited during the year.")).not.toContain("statistic:PK_POLICE=2000");
    expect(keys("Police said several thousand people blocked the highway this month.")).toEqual([]);
    expect(keys("Police said last month seven constables were killed when gunmen ambushed a patrol near Daraban.")).toEqual([]);
  });
});
