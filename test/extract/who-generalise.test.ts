import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who attacked whom, told in constructions of frontier reporting that no evaluation sentence was tuned on.
 * Every report is written for these tests (own wording); each case stands for a construction and has
 * variants in other wording (verbs, order, names, numbers).
 */
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-05-06") => extract({ id: "g", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const targetsOf = (text: string) => read(text).map((i) => i.targets);

describe("targets: only a place or vehicle is named", () => {
  it("a market, mosque, bus or hospital hit is an attack on civilians", () => {
    expect(targetsOf("QUETTA: An explosion tore through a vegetable market in Quetta on Friday, killing four people and wounding 13, police said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("TANK: Militants fired rockets at a hospital in Tank late on Sunday. Three people were hurt.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("ZHOB: Gunmen opened fire on a passenger bus near Zhob on Saturday, killing three, officials said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("SIBI: A bomb planted on the railway track near Sibi went off as the Jaffar Express passed on Tuesday. Four people were hurt.")).toEqual([["CIVILIANS"]]);
  });

  it("where the wounded were taken names nobody attacked", () => {
    const [i] = read("BANNU: Two soldiers were injured when a roadside bomb struck their vehicle in Bannu on Monday. They were shifted to the Combined Military Hospital.");
    expect(i.targets).toEqual(["PK_ARMY"]);
  });

  it("guards among the dead of an attack on worshippers or passengers leave the civilians the targets", () => {
    expect(targetsOf("PESHAWAR: A suicide bomber struck a Shia mosque in Peshawar during Friday prayers, killing 31 people, among them two police guards, officials said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("KOHAT: Gunmen fired on a convoy of passenger vans travelling under police escort near Kohat on Monday. Eleven people were killed, including three policemen.")).toEqual([["CIVILIANS"]]);
  });

  it("the Frontier Corps or Constabulary whose post or vehicle was hit, whatever its men are called", () => {
    expect(targetsOf("ZHOB: A vehicle of the Frontier Corps was hit by a landmine near Zhob on Wednesday, killing two soldiers.")).toEqual([["PK_FC"]]);
    expect(targetsOf("PESHAWAR: Terrorists opened fire on a checkpoint of the Federal Constabulary in Peshawar on Wednesday. Two soldiers on duty were martyred.")).toEqual([["PK_CONSTABULARY"]]);
    expect(targetsOf("KECH: Four soldiers were martyred when militants attacked an FC camp in Kech on Sunday night.")).toEqual([["PK_FC"]]);
  });

  it("a police station used by troops stays the troops' when soldiers die", () => {
    expect(targetsOf("DERA ISMAIL KHAN: Militants rammed a truck packed with explosives into a police station used as a base by troops in Dera Ismail Khan on Tuesday, killing 14 soldiers.")).toEqual([["PK_ARMY"]]);
  });

  it("when both civilians and forces die, the side that lost more", () => {
    expect(targetsOf("BANNU: Nine policemen and two passers-by were killed when a bomb went off in Bannu on Monday.")).toEqual([["PK_POLICE"]]);
    expect(targetsOf("BANNU: Seven civilians and one policeman died when a bomb went off in Bannu on Monday.")).toEqual([["CIVILIANS"]]);
  });

  it("a state's rockets that killed only civilians, no militant named, hit civilians", () => {
    expect(targetsOf("ASADABAD — Rockets fired by Pakistani forces landed in villages of Dangam in Kunar on Sunday, killing three women, officials said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("KHOST — Shells fired by Pakistani forces hit houses in Spera district of Khost on Friday, killing two children and a farmer.")).toEqual([["CIVILIANS"]]);
  });
});

describe("perpetrators: told once for several items or in a later sentence", () => {
  const perps = (text: string) => read(text).map((i) => i.perpetrators);
  it("a roundup's lead naming the attackers gives them to items that name nobody", () => {
    expect(perps("PESHAWAR: Militants carried out three attacks on security forces in Khyber Pakhtunkhwa on Monday, officials said.\n\nIn Lakki Marwat, a roadside bomb struck a police mobile, injuring four policemen.\n\nIn Tank, a checkpost came under fire; one soldier was martyred.\n\nIn Bannu, two soldiers were wounded when their post was fired on.")).toEqual([["MILITANTS"], ["MILITANTS"], ["MILITANTS"]]);
    expect(perps("QUETTA: The Balochistan Liberation Army launched a string of attacks across Balochistan on Friday night.\n\nIn Turbat, a bomb went off near a bank, injuring two guards.\n\nIn Quetta, militants set a police station on fire.")).toEqual([["BLA"], ["BLA"]]);
    expect(perps("BANNU: A wave of attacks by terrorists hit southern Khyber Pakhtunkhwa over the weekend.\n\nIn Bannu, a policeman was shot dead at a checkpoint on Saturday.\n\nIn Dera Ismail Khan, a bomb damaged a Levies vehicle on Sunday.")).toEqual([["MILITANTS"], ["MILITANTS"]]);
  });

  it("a lead that only counts attacks names nobody", () => {
    expect(perps("PESHAWAR: Three attacks were reported in Khyber Pakhtunkhwa on Monday.\n\nIn Lakki Marwat, a bomb went off near a police mobile, injuring four policemen.\n\nIn Bannu, a bomb went off near a school on Monday; no one was hurt.")).toEqual([[], []]);
  });

  it("attackers named back as 'the attackers', 'the terrorists' after an account that named none", () => {
    expect(perps("HANGU: The Levies post at Doaba came under attack late on Monday. One Levies man was wounded. The attackers, armed with rockets, fled after a two-hour gunfight.")).toEqual([["MILITANTS"]]);
    expect(perps("MASTUNG: A bomb exploded near a polling station in Mastung on Sunday, killing four voters. The home minister accused India of sponsoring the terrorists.")).toEqual([["MILITANTS"]]);
    expect(perps("TANK: A police constable was shot dead in Tank on Friday evening. Police said they were searching for the assailants.")).toEqual([["MILITANTS"]]);
  });

  it("a bomb with nobody named as planting it stays open", () => {
    expect(perps("LAKKI MARWAT: A bomb planted in a rickshaw went off near a bus stand in Lakki Marwat on Thursday, injuring 11 people. No group claimed responsibility.")).toEqual([[]]);
  });

  it("'Pakistani shelling', 'Pakistani rockets' in Afghanistan are Pakistan's forces", () => {
    expect(perps("KHOST: Pakistani shelling hit a madrassa in Spera district of Khost, killing four children, Afghan officials said.")).toEqual([["PK_SECURITY"]]);
    expect(perps("ASADABAD: Pakistani rockets landed on houses in Dangam district of Kunar on Monday, wounding three women.")).toEqual([["PK_SECURITY"]]);
    expect(perps("KABUL: Two civilians were killed by Pakistani mortar fire in Barmal district of Paktika on Tuesday, a provincial spokesman said.")).toEqual([["PK_SECURITY"]]);
  });
});

import { extractClaims } from "../../src/extract/claims/index.js";
const claims = (text: string, published = "2025-05-06") =>
  extractClaims(text, { published, source: "wire" })
    .map((x) => `${x.kind}:${x.by.join("+")}${x.value != null ? `=${x.value}` : ""}`)
    .sort();

describe("claims: a count or an account denied", () => {
  it("rejecting, disputing or questioning a figure, toll or version is a denial", () => {
    expect(claims("ISLAMABAD — The army said 40 Taliban fighters had been killed. The Taliban rejected the figure.")).toContain("denial:AF_GOV");
    expect(claims("Kabul disputed the toll.")).toEqual(["denial:AF_GOV"]);
    expect(claims("The TTP questioned the military's numbers, saying only two of its men had died.")).toEqual(["denial:TTP"]);
    expect(claims("The BLA contested the official version of the clash in a statement.")).toEqual(["denial:BLA"]);
  });
});

describe("claims: an act characterised as aggression or a crime", () => {
  it("'described/called/termed X an act of aggression, a war crime, a violation' is an allegation", () => {
    expect(claims("KABUL — The Kunar governor described the shelling as an act of naked aggression.")).toEqual(["allegation:AF_GOV"]);
    expect(claims("ISLAMABAD — The foreign minister called the cross-border raid a crime against humanity.")).toEqual(["allegation:PK_GOV"]);
    expect(claims("KABUL — The Islamic Emirate termed the air strikes a war crime.")).toEqual(["allegation:AF_GOV"]);
  });
});

describe("claims: what the police say of the dead or arrested men", () => {
  it("'were associated with / affiliated with / belonged to' a group is the police's allegation", () => {
    expect(claims("PESHAWAR — Police said the dead men were associated with Lashkar-e-Jhangvi.")).toEqual(["allegation:PK_POLICE"]);
    expect(claims("QUETTA — The CTD said the arrested suspects were affiliated with the BLA.")).toEqual(["allegation:PK_POLICE"]);
    expect(claims("BANNU — A police spokesman said the slain militants belonged to the Hafiz Gul Bahadur group.")).toEqual(["allegation:PK_POLICE"]);
  });
});

describe("claims: a group owning an attack in words told after it is named", () => {
  it("'a spokesman for the outlawed group', 'the outfit acknowledged' point back to the group", () => {
    expect(claims("BAJAUR — The Tehreek-e-Taliban Pakistan has grown active in the district. A spokesman for the outlawed group confirmed in an audio message that its men had detained the elders.").filter((k) => k.startsWith("responsibility"))).toEqual(["responsibility:TTP"]);
    expect(claims("QUETTA — A bomb went off on Monday near a BLF stronghold. The Balochistan Liberation Front was suspected. The outfit later acknowledged that its men had planted the device.").filter((k) => k.startsWith("responsibility"))).toEqual(["responsibility:BLF"]);
    expect(claims("KHAR — Islamic State has attacked rallies before. The banned group admitted that its fighters had carried out the bombing.").filter((k) => k.startsWith("responsibility"))).toEqual(["responsibility:ISKP"]);
  });
});

describe("claims: promises in the passive, orders, efforts under way", () => {
  it("'demands will be met', 'would be released', 'will be compensated' are the speaker's commitment", () => {
    expect(claims("PESHAWAR — The provincial government said the protesters' demands will be met.")).toEqual(["commitment:PK_GOV"]);
    expect(claims("PESHAWAR — Police officials said those detained would be released once the situation normalised.")).toEqual(["commitment:PK_POLICE"]);
    expect(claims("QUETTA — The chief minister said the families of the victims would be paid within a week.")).toEqual(["commitment:PK_GOV"]);
  });

  it("a release on condition that the group's demands are met is a demand, not a promise", () => {
    expect(claims("The TTP said in a message that the judge would be released once its demands were met.")).toEqual([]);
    expect(claims("The kidnappers' group said the engineers would be freed in exchange for its jailed commanders.")).toEqual([]);
  });

  it("a government's order to its officials, 'every possible effort is being made'", () => {
    expect(claims("ISLAMABAD — The prime minister directed the provincial government to arrest the culprits.")).toEqual(["commitment:PK_GOV"]);
    expect(claims("PESHAWAR — The chief secretary ordered that the damaged school be rebuilt within a month.")).toEqual(["commitment:PK_GOV"]);
    expect(claims("TANK — The district police officer said every possible effort was being made to recover the abducted teachers.")).toEqual(["commitment:PK_POLICE"]);
  });
});

describe("claims: official figures over a stated span", () => {
  it("'during/over/in the last N months/hours' and 'bringing the number ... to N' are statistics", () => {
    expect(claims("RAWALPINDI — The ISPR said 190 terrorists were killed in intelligence-based operations in the province during the last three months.")).toEqual(["statistic:PK_ARMY=190"]);
    expect(claims("KABUL — The defence ministry of the Islamic Emirate said its forces had killed 19 Pakistani soldiers over the past 24 hours.")).toEqual(["statistic:AF_GOV=19"]);
    expect(claims("KABUL — The Afghan refugees ministry said 1,500 families had returned on Monday, bringing the number of returnees since April to 63,000.")).toContain("statistic:AF_GOV=63000");
  });
});

describe("targets: the state's civilian employees", () => {
  it("NADRA, customs, revenue or irrigation staff attacked are civilians, not its forces", () => {
    expect(targetsOf("TANK: Gunmen kidnapped two NADRA staffers from their car on the Tank road on Thursday.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("KHYBER: Customs officials were kidnapped by unidentified gunmen near Peshawar on Friday.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("LAKKI MARWAT: An assistant engineer of the irrigation department was abducted by militants from a canal site in Lakki Marwat on Sunday.")).toEqual([["CIVILIANS"]]);
  });

  it("a police guard of such staff killed with them keeps the force's target when only the guard died", () => {
    expect(targetsOf("BANNU: Militants ambushed a police patrol in Bannu on Monday, killing two constables.")).toEqual([["PK_POLICE"]]);
  });
});

describe("perpetrators: the Taliban's own claim before August 2021", () => {
  it("'the Taliban said their mujahideen had blown up ...' is the insurgency's claim", () => {
    const p = (t: string) => read(t, "2020-05-04").map((i) => i.perpetrators);
    expect(p("KHOST: A roadside bomb hit an Afghan army vehicle in Khost province on Sunday, killing four soldiers. In a message on Telegram, the Taliban said their mujahideen had blown up the vehicle.")).toEqual([["AF_TALIBAN"]]);
    expect(p("KUNAR: Four Afghan policemen were killed when a checkpoint in Dangam district of Kunar was attacked on Saturday. The Taliban claimed responsibility.")).toEqual([["AF_TALIBAN"]]);
    expect(p("PAKTIKA: A bomb killed three Afghan soldiers in Barmal district of Paktika on Monday. A Taliban spokesman said their fighters had planted the mine.")).toEqual([["AF_TALIBAN"]]);
  });
});

describe("claims: speakers named by surname alone", () => {
  it("a well-known spokesman's surname as the subject of a reporting verb speaks for his side", () => {
    expect(claims("KABUL — Pakistani aircraft struck two districts of Paktika overnight. Mujahid said the strikes were a violation of Afghan airspace.")).toEqual(["allegation:AF_GOV"]);
    expect(claims("KABUL — Afghan border forces detained 12 men near Torkham. Khwarazmi added that the men had crossed from Pakistan.")).toEqual(["allegation:AF_GOV"]);
    expect(claims("PESHAWAR — Militants attacked a post in Bajaur. Khurasani said in a statement that the group's fighters had attacked the post.")).toEqual(["responsibility:TTP"]);
    expect(claims("RAWALPINDI — Lt Gen Chaudhry told a news conference that the terrorists had infiltrated from Afghanistan.")).toEqual(["allegation:PK_ARMY"]);
  });

  it("a common surname alone names nobody", () => {
    expect(claims("QUETTA — A bomb killed three soldiers in Kech. Baloch said in a statement that the group's fighters had planted the bomb.")).toEqual([]);
  });
});

describe("claims: security officials placed by the city after them", () => {
  it("'security officials in Islamabad', 'police in Peshawar' in a report from Kabul are Pakistan's", () => {
    expect(claims("KABUL — Afghan officials accused Pakistan of shelling Dangam. Security officials in Islamabad rejected the allegation.")).toEqual(["allegation:AF_GOV", "denial:PK_SECURITY"]);
    expect(claims("KABUL — Afghan officials said Pakistani drones hit Kunar. Police in Peshawar denied that any drone had been flown from Pakistan.")).toEqual(["allegation:AF_GOV", "denial:PK_POLICE"]);
    expect(claims("KABUL — The Taliban accused Pakistan of bombing Khost. A Pakistani security official, who asked not to be named, dismissed the claims as baseless.")).toEqual(["allegation:AF_GOV", "denial:PK_SECURITY"]);
  });
});

describe("claims: responsibility told in the passive, on a group's behalf, or by a coalition", () => {
  it("'responsibility/credit for X was claimed/accepted/taken by G'", () => {
    expect(claims("Credit for the ambush was taken by Jamaat-ul-Ahrar, a faction of the Pakistani Taliban.")).toEqual(["responsibility:JUA"]);
    expect(claims("Responsibility for Sunday's bombing was accepted by the Islamic State group.")).toEqual(["responsibility:ISKP"]);
    expect(claims("Responsibility for the attack on the railway track near Mach was later claimed by the Baloch Liberation Army.")).toEqual(["responsibility:BLA"]);
  });

  it("a statement 'on behalf of' a group, a coalition that includes a group's fighters", () => {
    expect(claims("A statement claiming the bombing on behalf of the Islamic State was circulated on Telegram hours later.")).toEqual(["responsibility:ISKP"]);
    expect(claims("An alliance of militant groups that includes fighters loyal to Hafiz Gul Bahadur claimed responsibility for the ambush.")).toEqual(["responsibility:HGB"]);
    expect(claims("A new coalition which comprises factions of the Pakistani Taliban said it had carried out the raid on the checkpost.")).toEqual(["responsibility:TTP"]);
  });

  it("'<group> fighters had seized ...' in the group's own statement", () => {
    expect(claims("Jeeyand Baloch said in a statement that BLA fighters had seized the highway for several hours.")).toEqual(["responsibility:BLA"]);
    expect(claims("The Tehreek-e-Taliban Pakistan said in a statement that TTP mujahideen had attacked the post.")).toEqual(["responsibility:TTP"]);
    // a third party saying so is no claim
    expect(claims("Police said BLA fighters had attacked the post.").filter((k) => k.startsWith("responsibility"))).toEqual([]);
  });
});

describe("claims: accusations in other verbs", () => {
  it("'charged X with harbouring', 'India was behind'", () => {
    expect(claims("Islamabad has long charged the Taliban government with harbouring TTP fighters.")).toEqual(["allegation:PK_GOV"]);
    expect(claims("Interior Minister Mohsin Naqvi said India was behind the school bus bombing.")).toEqual(["allegation:PK_GOV"]);
    expect(claims("The ISPR said Indian intelligence was responsible for the attack on the convoy.")).toEqual(["allegation:PK_ARMY"]);
  });

  it("a complaint or a demand is no accusation and no promise", () => {
    expect(claims("Police officials have repeatedly complained that the posts lack equipment.")).toEqual([]);
    expect(claims("The Pakistani delegation had pressed for written guarantees that the Taliban would act against the TTP.")).toEqual([]);
    expect(claims("Islamabad demanded that Kabul hand over the TTP leaders.").filter((k) => k.startsWith("commitment"))).toEqual([]);
  });

  it("two governments promising in one sentence each keep their own promise", () => {
    expect(claims("Under the accord, Kabul will take action against the TTP, and Islamabad will reopen the border crossings.")).toEqual(["commitment:AF_GOV", "commitment:PK_GOV"]);
    expect(claims("Islamabad will release the detained traders, and Kabul will hand over the two soldiers.")).toEqual(["commitment:AF_GOV", "commitment:PK_GOV"]);
  });
});

describe("claims: the other side's act told as what was answered", () => {
  it("'a response to / in retaliation for Pakistani strikes, Afghan firing' accuses the other side", () => {
    expect(claims("KABUL — Khwarazmi said the operations were a response to Pakistani air strikes on Kabul and Paktika.")).toEqual(["allegation:AF_GOV"]);
    expect(claims("KABUL — The Emirate said its forces had acted in retaliation for repeated Pakistani violations of Afghan airspace.")).toEqual(["allegation:AF_GOV"]);
    expect(claims("ISLAMABAD — The ISPR said troops had responded in retaliation for unprovoked Afghan firing on border posts.")).toEqual(["allegation:PK_ARMY"]);
  });

  it("'pointed fingers at' is an accusation", () => {
    expect(claims("KABUL — A senior Taliban official pointed fingers at Pakistan's intelligence agencies for the attack.")).toEqual(["allegation:AF_GOV"]);
    expect(claims("ISLAMABAD — The foreign office pointed the finger at Kabul for the surge in attacks.")).toEqual(["allegation:PK_GOV"]);
  });
});

describe("claims: parties and rights movements speak as PK_OTHER", () => {
  it("a party or movement accusing a force or the government is its allegation", () => {
    expect(claims("QUETTA — The Baloch Yakjehti Committee blamed the Frontier Corps for the disappearance of two students from Turbat.")).toEqual(["allegation:PK_OTHER"]);
    expect(claims("PESHAWAR — JUI-F chief Maulana Fazlur Rehman accused the government of failing to protect tribal elders.")).toEqual(["allegation:PK_OTHER"]);
    expect(claims("PESHAWAR — The Awami National Party held the provincial government responsible for the killing of its worker.")).toEqual(["allegation:PK_OTHER"]);
  });

  it("their counts are no official statistic", () => {
    expect(claims("The PTI said 30 of its workers had been arrested since January.")).toEqual([]);
  });
});

describe("targets: a state's shells on homes with nobody hurt", () => {
  it("shelling of residential areas or villages is on civilians", () => {
    expect(targetsOf("KABUL: Pakistani forces shelled residential areas of Dangam district in Kunar on Saturday, Afghan officials said. No casualties were reported.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("KHOST: Rockets fired by Pakistani troops struck a residential neighbourhood in Spera district of Khost on Friday night, damaging several houses.")).toEqual([["CIVILIANS"]]);
  });
});

describe("perpetrators: a group's record is not this attack's doer", () => {
  const perps = (text: string) => read(text).map((i) => i.perpetrators);
  it("'X has carried out similar bombings in the past' beside an unclaimed attack", () => {
    expect(perps("PESHAWAR - A suicide bomber killed at least 20 people at a Shi'ite mosque in Peshawar on Friday, police said. No group immediately claimed the attack, but Islamic State has carried out similar bombings in the past.")).toEqual([["MILITANTS"]]);
    expect(perps("QUETTA: Gunmen shot dead four Hazara shopkeepers in Quetta on Monday. Lashkar-e-Jhangvi attacked the community many times in previous years.")).toEqual([["MILITANTS"]]);
    expect(perps("BANNU: A bomb went off near a police van in Bannu on Sunday, wounding three constables. The TTP has staged a series of attacks on police in the district.")).toEqual([[]]);
  });

  it("a group named doing this attack still is its doer", () => {
    expect(perps("BANNU: TTP militants attacked a police post in Bannu on Sunday, wounding three constables.")).toEqual([["TTP"]]);
  });
});

describe("targets: a garrison attacked where soldiers and civilians died", () => {
  it("the cantonment, army camp or FC fort attacked is the force's", () => {
    expect(targetsOf("BANNU: Terrorists attacked the Bannu Cantonment on Tuesday evening, ramming two explosive-laden vehicles into its wall. Five soldiers and 13 civilians were martyred.")).toEqual([["PK_ARMY"]]);
    expect(targetsOf("KECH: Militants stormed an FC camp in Kech on Sunday night. Two soldiers and four labourers working nearby were killed.")).toEqual([["PK_FC"]]);
    expect(targetsOf("DERA ISMAIL KHAN: A suicide bomber struck the gate of an army camp in Dera Ismail Khan on Friday, killing three soldiers and five passers-by.")).toEqual([["PK_ARMY"]]);
  });
});

describe("claims: an official figure 'put at' a value", () => {
  it("'figures put the number of X at N' is the office's statistic", () => {
    expect(claims("ISLAMABAD — Figures released by the interior ministry on Monday put the number of Afghans deported this year at 812,000.")).toEqual(["statistic:PK_GOV=812000"]);
    expect(claims("PESHAWAR — The police put the toll of policemen martyred in the province since January at 118.")).toEqual(["statistic:PK_POLICE=118"]);
    expect(claims("QUETTA — The home department placed the number of attacks in Balochistan during the year at 312.")).toEqual(["statistic:PK_GOV=312"]);
  });

  it("a clock time after 'at' is no figure", () => {
    expect(claims("PESHAWAR — Police said the blast happened at 3 pm on Monday near the bus stand.")).toEqual([]);
  });
});

describe("an attack and the follow-up raid on its attackers", () => {
  it("a force that traced, cornered or surrounded the suspects and killed them ran the operation", () => {
    const r = read("KOHAT: Two militants involved in the killing of a school watchman were killed in an encounter with the CTD on Tuesday, police said. On Monday night, militants broke into the watchman's house in Kohat and shot him dead. On Tuesday, a CTD team traced the suspects to an orchard and they were killed in an exchange of fire.", "2025-05-07");
    expect(r.map((i) => [i.perpetrators, i.targets])).toContainEqual([["MILITANTS"], ["CIVILIANS"]]);
    expect(r.filter((i) => i.perpetrators.includes("PK_POLICE")).every((i) => i.targets[0] === "MILITANTS")).toBe(true);
    const [, raid] = read("TANK: Gunmen shot dead a chowkidar at a girls' school in Tank on Monday. The next day police cornered two suspects in a field and killed them in a shootout.", "2025-05-07");
    expect([raid?.perpetrators, raid?.targets]).toEqual([["PK_POLICE"], ["MILITANTS"]]);
  });

  it("watchmen, cooks and domestic workers are civilians", () => {
    expect(targetsOf("BANNU: Unknown gunmen shot dead a watchman at a government school in Bannu on Sunday night.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("PESHAWAR: A cook and a domestic worker were wounded when militants fired on a house in Peshawar on Friday.")).toEqual([["CIVILIANS"]]);
  });
});
