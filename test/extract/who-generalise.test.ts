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
