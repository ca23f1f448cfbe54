import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";

// Claim constructions of real reporting that no evaluation sentence was tuned on: reported speech chains,
// implicit allegations, appositive denials, hedged wording. Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-10-20", source: "wire" };
const keys = claimKeys(ctx);

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

describe("an office both governments have, named without its country", () => {
  it("reads it as the report's side in a report filed from Kabul", () => {
    expect(keys("KABUL — The Ministry of Defense said on Tuesday that Pakistani forces had fired rockets into Kunar province, killing two children.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads the words after it ('the Ministry of Foreign Affairs in Kabul')", () => {
    expect(keys("ISLAMABAD — Pakistan said the TTP was using Afghan soil to plan attacks. The ministry of foreign affairs in Kabul rejected the charge.")).toEqual(["allegation:PK_GOV", "denial:AF_GOV"]);
  });

  it("gives a denial to the side the last allegation accused", () => {
    expect(keys("ISLAMABAD — Kabul said Pakistani jets bombed homes in Paktika overnight. The ministry of foreign affairs rejected the claims as baseless.")).toEqual(["allegation:AF_GOV", "denial:PK_GOV"]);
    expect(keys("KABUL — Pakistan's foreign office said terrorists were operating from Afghanistan. The ministry of foreign affairs rejected the remarks as baseless.")).toEqual(["allegation:PK_GOV", "denial:AF_GOV"]);
    expect(keys("PESHAWAR — A suicide bomber killed 12 people in Bannu. The ministry of defence rejected Pakistan's claims that the bomber had crossed from Afghanistan.")).toEqual(["denial:AF_GOV"]);
  });

  it("gives an accusation of one side's forces to the other side", () => {
    expect(keys("ISLAMABAD — Afghan officials said Pakistani jets struck targets in Khost overnight. The defence ministry said the strikes had hit homes of civilians and called them a violation of the country's sovereignty.")).toEqual(["allegation:AF_GOV"]);
    expect(keys("KABUL — Afghan forces clashed with Pakistani troops near Spin Boldak on Saturday. The foreign ministry spokesperson said the Afghan side had opened fire without provocation.")).toEqual(["allegation:PK_GOV"]);
  });

  it("keeps the side of an office whose own words name it", () => {
    expect(keys("ISLAMABAD — Afghanistan's defence ministry said Pakistani aircraft had bombed a house in Barmal.")).toEqual(["allegation:AF_GOV"]);
    expect(keys("KABUL — The Islamic Emirate said the strikes violated Afghan sovereignty and described the defence of its territory as its right.")).toEqual(["allegation:AF_GOV"]);
  });
});

describe("allegations in less usual wording", () => {
  it("reads rounds 'launched by' the other side's troops, told to an outlet", () => {
    expect(keys("The district governor told Tolo News the rockets were launched by Pakistani troops.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads a parenthetical 'Islamabad says' with a violation", () => {
    expect(keys("Troops moved to a post which, Islamabad says, violates the 2017 agreement.")).toEqual(["allegation:PK_GOV"]);
  });

  it("reads 'only returning fire from the other side' after a denial as a counter-allegation", () => {
    expect(keys("The Taliban's defence ministry denied starting the clash and said its troops were only returning fire from Pakistani posts.")).toEqual(["allegation:AF_GOV", "denial:AF_GOV"]);
  });

  it("reads what slain or arrested suspects were wanted for", () => {
    expect(keys("Police said the slain men were wanted for bombing a bus in Turbat.")).toEqual(["allegation:PK_POLICE"]);
    expect(keys("The CTD said the arrested suspects had been involved in attacks on police in Dera Ismail Khan.")).toEqual(["allegation:PK_POLICE"]);
  });

  it("does not read 'armed militants' as arming them", () => {
    expect(keys("Heavily armed militants attacked the Frontier Corps camp in Zhob before dawn, killing four soldiers, officials said.")).toEqual([]);
  });
});

describe("denials of a report's findings", () => {
  it("reads 'dismissed the findings as biased'", () => {
    expect(keys("A spokesperson for the Balochistan government dismissed the findings as biased.")).toEqual(["denial:PK_GOV"]);
    expect(keys("The provincial government called the commission's report one-sided.")).toEqual(["denial:PK_GOV"]);
  });
});

describe("statistics beyond casualty tallies", () => {
  it("reads goods held up at a crossing as a customs figure", () => {
    expect(keys("Customs staff at Chaman said some 2,300 containers were waiting.")).toEqual(["statistic:PK_GOV=2300"]);
  });

  it("reads a parallel 'while N …' figure in a period's tally", () => {
    expect(keys("The police said 310 terrorists were arrested during the year, while 95 policemen lost their lives.")).toEqual(["statistic:PK_POLICE=310", "statistic:PK_POLICE=95"]);
    expect(keys("Twelve militants were killed in the raid, while two soldiers lost their lives, the military said.")).toEqual([]);
  });
});

describe("rights bodies, think tanks and UN agencies are not the government", () => {
  // (a think tank's count is its own statistic, PK_OTHER, as the H18 and H25 annotators code it; never the government's)
  it("gives a think tank's count to PK_OTHER, never to the government, even one named after the country", () => {
    expect(keys("According to the Islamabad-based Pakistan Institute for Conflict and Security Studies, militants carried out 95 attacks in October.")).toEqual(["statistic:PK_OTHER=95"]);
    expect(keys("An Islamabad-based think tank said 1,200 people were killed in terror-related violence in 2024.")).toEqual(["statistic:PK_OTHER=1200"]);
    expect(keys("UNAMA said 52 civilians were killed in the strikes during the month.")).toEqual([]);
  });

  it("records a rights commission's accusation as PK_OTHER", () => {
    expect(keys("The Human Rights Commission of Pakistan accused the security agencies of picking up dozens of young men in Balochistan.")).toEqual(["allegation:PK_OTHER"]);
  });
});

describe("warnings and habits are not commitments", () => {
  it("reads no commitment from a warning or a threat of response", () => {
    expect(keys("The Afghan defence ministry warned that attacks on its territory will not go unanswered.")).toEqual([]);
    expect(keys("The Taliban government vowed a response to the strikes.")).toEqual([]);
    expect(keys("Every time a bomb goes off, the government promises compensation that never arrives.", { source: "op-ed" })).toEqual([]);
  });

  it("still reads a pledge", () => {
    expect(keys("The Afghan defence ministry said it would not allow anyone to use its soil against Pakistan.")).toEqual(["commitment:AF_GOV"]);
  });
});

describe("responsibility, allegation and commitment wording seen missing on unseen reports", () => {
  it("reads 'its fighters had set off the explosives' as the group's claim", () => {
    expect(keys("The Baloch Liberation Army said its fighters had set off the explosives by remote control.")).toEqual(["responsibility:BLA"]);
  });

  it("reads 'TTP presence in Afghanistan' and 'started the shooting' as allegations", () => {
    expect(keys("The FO spokesperson, at the weekly press briefing, said Pakistan had shared evidence of TTP presence in Afghanistan with Kabul.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("ISLAMABAD — Pakistani officials said Afghan troops opened fire first. On the Afghan side, a border force spokesman said Pakistani soldiers started the shooting.")).toEqual(["allegation:AF_GOV", "allegation:PK_GOV"]);
  });

  it("reads assurances given and memoranda signed as commitments", () => {
    expect(keys("The Afghan delegation gave assurances that action would be taken against TTP elements.")).toEqual(["commitment:AF_GOV"]);
    expect(keys("Pakistani and Afghan officials met in Kabul. The two sides signed a memorandum of understanding on border management.")).toEqual(["commitment:AF_GOV+PK_GOV"]);
    expect(keys("Under the agreement reached by Pakistan and Afghanistan, both sides will refrain from attacks on each other's territory.")).toEqual(["commitment:AF_GOV+PK_GOV"]);
  });

  it("reads no commitment from what is only considered or wanted", () => {
    expect(keys("Pakistan said it was considering a proposal to reopen the border.")).toEqual([]);
    expect(keys("Islamabad wants written guarantees from Kabul before it reopens the crossing.")).toEqual([]);
  });
});

describe("attribution in reported speech", () => {
  it("reads the speaker after an opening participle ('Speaking to reporters in Kabul, …')", () => {
    expect(keys("Speaking to reporters in Kabul, the Taliban's deputy spokesman Hamdullah Fitrat said Pakistani drones had struck a house in Khost.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads an inverted attribution after a closing quotation mark", () => {
    expect(keys("\"Pakistani aircraft bombed our homes,\" said a Taliban official in Paktika.")).toEqual(["allegation:AF_GOV"]);
  });

  it("gives a title followed by its holder's name to the holder's side", () => {
    expect(keys("In a post on X, the defence minister Khawaja Asif said Kabul was hosting terrorists.")).toEqual(["allegation:PK_GOV"]);
  });

  it("reads security sources of unstated country that accuse Afghanistan as Pakistan's", () => {
    expect(keys("Security sources said the attackers had crossed over from Afghanistan.")).toEqual(["allegation:PK_SECURITY"]);
  });

  it("gives what an accusation accuses of to the accuser, not to whoever reports it", () => {
    expect(keys("An Afghan official said Islamabad had accused Kabul of sheltering the militants.")).toEqual(["allegation:PK_GOV"]);
  });
});

describe("denials without a denying verb", () => {
  it("reads 'no TTP members were present in Afghanistan' and 'an attempt to divert attention'", () => {
    expect(keys("Zabihullah Mujahid insisted that no TTP members were present in Afghanistan.")).toEqual(["denial:AF_GOV"]);
    expect(keys("A Taliban spokesman said the allegations were an attempt to divert attention from Pakistan's internal problems.")).toEqual(["denial:AF_GOV"]);
  });

  it("reads no denial from 'neither confirmed nor denied'", () => {
    expect(keys("Pakistan neither confirmed nor denied carrying out the strikes.")).toEqual([]);
  });
});

describe("responsibility wording beyond 'claimed responsibility'", () => {
  it("reads 'claimed to have killed', quoted fighters, 'the latest claimed by', a statement attributed to the group", () => {
    expect(keys("The TTP claimed to have killed ten soldiers in the raid.")).toEqual(["responsibility:TTP"]);
    expect(keys("The Balochistan Liberation Front said its \"sarmachars\" had ambushed an army convoy in Kech, killing several soldiers.")).toEqual(["responsibility:BLF"]);
    expect(keys("The attack was the latest claimed by the TTP, which has stepped up its campaign since ending a ceasefire with the government in 2022.")).toEqual(["responsibility:TTP"]);
    expect(keys("A statement attributed to the Islamic State Khorasan Province said the group was responsible for the bombing.")).toEqual(["responsibility:ISKP"]);
  });

  it("reads no claim from background: attacks a group is known for", () => {
    expect(keys("The UN mission said 1,095 civilians had been killed since the takeover, most of them in bombings claimed by the Islamic State.")).toEqual([]);
    expect(keys("Police suspect the TTP was behind the blast, but no group has claimed it.")).toEqual([]);
  });
});

describe("conditions are not promises, hypothetical parties are not accused", () => {
  it("reads no commitment from a promise conditioned on the other side", () => {
    expect(keys("Pakistan will reopen Torkham only if the Taliban stop building posts on the border, officials said.")).toEqual([]);
    expect(keys("Talks will resume only when Kabul takes verifiable action against the TTP, the foreign office said.")).toEqual([]);
    expect(keys("The crossing will remain closed until Kabul gives written guarantees, the minister said.")).toEqual([]);
  });

  it("still reads a promise bounded by a time", () => {
    expect(keys("Pakistan will continue to host Afghan refugees until the end of the year, the government said.")).toEqual(["commitment:PK_GOV"]);
  });

  it("reads no allegation against 'anyone found using Afghan soil'", () => {
    expect(keys("The Taliban government said it would take action against anyone found using Afghan soil against Pakistan.")).toEqual(["commitment:AF_GOV"]);
  });
});

describe("more allegation wording of the two states", () => {
  it("reads demands, calls to respect sovereignty, leaders operating out of Afghanistan, proxies", () => {
    expect(keys("Islamabad has demanded that Kabul hand over TTP leaders living in Afghanistan.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("The Taliban government called on Pakistan to respect Afghan sovereignty and stop the air strikes.")).toEqual(["allegation:AF_GOV"]);
    expect(keys("Pakistan says the TTP leadership operates out of Afghanistan with the Taliban's blessing.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Islamabad said the Taliban regime was a proxy of India.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Zabihullah Mujahid said the Pakistani military regime was responsible for the insecurity.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads no allegation from refugees living in Afghanistan", () => {
    expect(keys("Officials said about 40,000 returnees were now living in camps in Afghanistan's east.").filter((k) => k.startsWith("allegation"))).toEqual([]);
  });
});

describe("cross-border accounts in the words of local officials and border forces", () => {
  it("reads rounds that 'came from the Pakistani side' and a district chief told to an outlet", () => {
    expect(keys("ASADABAD, Afghanistan — Rockets landed in Sarkano on Tuesday. Kunar's police spokesman told Pajhwok the rockets came from the Pakistani side.")).toEqual(["allegation:AF_GOV"]);
    expect(keys("KABUL — Mortar rounds fired from Pakistan hit homes in Dangam, the district chief told Tolo.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads a named spokesman's title in the appositive before the verb", () => {
    expect(keys("PESHAWAR — Afghan border forces fired at a Pakistani post, officials said. Abdul Basir Zabuli, a Taliban border force spokesman, said Pakistani forces had provoked the exchange by building a fence.")).toEqual(["allegation:AF_GOV", "allegation:PK_GOV"]);
  });

  it("reads a mid-sentence attribution and Pakistani security officials accusing the Afghan side", () => {
    expect(keys("Afghan Taliban fighters attacked Pakistani posts along the border in Kurram on Saturday night, security officials said, and Pakistani troops responded.")).toEqual(["allegation:PK_SECURITY"]);
    expect(keys("Security officials said the Afghan side initiated the firing on Pakistani posts near the Kharlachi crossing.")).toEqual(["allegation:PK_SECURITY"]);
  });

  it("reads an unnamed spokesperson accusing militants of using Afghan territory as Pakistan's", () => {
    expect(keys("The spokesperson said militants had once again used Afghan territory for the attack.")).toEqual(["allegation:PK_GOV"]);
  });
});

describe("speakers embedded in relative clauses", () => {
  it("reads 'which, Islamabad says,' / 'that Islamabad says' / 'that, according to Pakistan,' / 'that Pakistan considers'", () => {
    expect(keys("The fighting began when Afghan forces built a post that Islamabad says violates the border agreement.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Afghan troops were building a checkpost that, according to Pakistan, breaches the understanding reached in 2017.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("The dispute is over a post that Pakistan considers a violation of the ceasefire terms.")).toEqual(["allegation:PK_GOV"]);
  });

  it("does not take a relative clause's speaker for the main clause's", () => {
    expect(keys("The TTP, which Islamabad says operates from Afghanistan, denied the attack.")).toContain("denial:TTP");
  });

  it("never takes a city in '<city>-based' for the government", () => {
    expect(keys("According to the Islamabad-based Pakistan Institute for Conflict and Security Studies, militants carried out 95 attacks in October.")).toEqual(["statistic:PK_OTHER=95"]);
  });
});

describe("regressions found on unseen reports", () => {
  it("reads 'at once' as a time, not a condition, and 'ready to open' as an offer", () => {
    expect(keys("The Taliban's border commissioner said Kabul was ready to open the gate at once and would continue negotiations.")).toEqual(["commitment:AF_GOV"]);
  });

  it("reads no allegation from an Afghan police spokesman reporting Emirate forces' raid at home", () => {
    expect(keys("KABUL — Emirate forces killed two IS fighters in Chaparhar, Nangarhar's police spokesman said.")).toEqual([]);
    expect(keys("Islamic Emirate forces killed two Daesh fighters in a raid in Chaparhar district, a police spokesman in Nangarhar said.")).toEqual([]);
  });
});

describe("an opinion piece's own rhetoric", () => {
  it("reads no commitment from the author's narration, but keeps what the piece quotes", () => {
    const oped = { source: "op-ed", title: "Opinion: the package that never comes" };
    expect(keys("Each government pledges a special package for Balochistan and then forgets about it.", oped)).toEqual([]);
    expect(keys("Islamabad has promised packages for the merged districts before; the money rarely arrives.", oped)).toEqual([]);
    expect(keys("The interior minister said last week that the government would compensate every family.", oped)).toEqual(["commitment:PK_GOV"]);
  });
});

describe("more cross-border wording", () => {
  it("reads 'Afghan soil was being used by terrorists' as an allegation", () => {
    expect(keys("ISLAMABAD — The Foreign Office said on Friday that the attack had once again shown that Afghan soil was being used by terrorists.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("Kabul said Afghan soil was not being used against any country.")).toEqual(["denial:AF_GOV"]);
  });

  it("reads a spokesman 'for the border forces of the Islamic Emirate' and a bare 'were responsible'", () => {
    expect(keys("PESHAWAR — Officials in Khyber said the Afghan side fired first. But Abdullah Hamza, spokesman for the border forces of the Islamic Emirate, said Pakistani forces were responsible.")).toEqual(["allegation:AF_GOV", "allegation:PK_GOV"]);
  });
});

describe("H1 constructions still open at run 6", () => {
  it("reads a provincial director with an honorific telling an agency that rockets had been launched by Pakistani troops", () => {
    expect(keys("ASADABAD — Kunar's director of refugees, Qari Nasrullah, told Bakhtar News Agency four rockets had been launched by Pakistani troops and struck a school.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads 'but its spokesman told reporters' as the body named before, and camps run across the border", () => {
    expect(keys("ISLAMABAD — The FO would not comment on the raid, but its spokesman told reporters that TTP commanders still ran camps across the border.")).toEqual(["allegation:PK_GOV"]);
  });

  it("reads 'which according to him started when Pakistani soldiers crossed the line' as the spokesman's", () => {
    expect(keys("KABUL — In Paktia, a border-police spokesman said three guards were wounded in the firing, which according to him started when Pakistani soldiers crossed the line.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads 'a gate that Islamabad insists stands on Pakistani land'", () => {
    expect(keys("Kabul resumed work on a gate that Islamabad insists stands on Pakistani land.")).toEqual(["allegation:PK_GOV"]);
  });

  it("keeps the ISPR's director general the army's", () => {
    expect(keys("RAWALPINDI — Security forces killed 925 terrorists during the year, the Director General of Inter-Services Public Relations told reporters.")).toEqual(["statistic:PK_ARMY=925"]);
  });
});
