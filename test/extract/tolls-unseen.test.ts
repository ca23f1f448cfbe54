import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Tolls on unseen wordings: every item of a breakdown of the dead, and more. Every report is written for these tests
 * (own wording, several variants per construction).
 */
const { main } = incidentReader("2024-06-10");

describe("every item of a breakdown of the dead is read, whatever joins the items", () => {
  it.each([
    ["A blast hit a market in Quetta on Friday, killing 10 people. Six of the dead were shopkeepers while four belonged to the Frontier Corps.", { total: 10, civilians: 6, security_forces: 4 }],
    ["A bomb hit a wedding party in Bajaur on Friday, killing 14 people. Of the dead, ten were guests, whereas four were members of the Levies force.", { total: 14, civilians: 10, security_forces: 4 }],
    ["A blast struck a bus in Quetta on Monday, killing 11 people. Police said eight of the dead were pilgrims, and three served in the police.", { total: 11, civilians: 8, security_forces: 3 }],
    ["Gunmen ambushed a convoy in Kurram on Tuesday, killing eight people. Five of the dead were soldiers; the other three were drivers.", { total: 8, security_forces: 5, civilians: 3 }],
    ["A bomb tore through a procession in Quetta on Monday, killing 12 people. Officials said seven of the dead were mourners, but five were police guards.", { total: 12, civilians: 7, security_forces: 5 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a lede's count of forces told before both states' own counts is a summary, not one side's figure", () => {
  it.each([
    ["Heavy firing at the Angoor Adda crossing on Friday killed at least five troops. The ISPR said three Pakistani soldiers were martyred; Kabul said two Afghan soldiers died.", 5],
    ["Shelling across the frontier near Chaman on Sunday left four security personnel dead. Two Pakistani soldiers and two Afghan border guards were among them, officials said.", 4],
    ["Exchanges of fire in Kurram on Monday killed at least six troops, officials said. Pakistan said four of its soldiers were martyred, and the Taliban said two Afghan border guards died.", 6],
  ])("%s", (text, n) => {
    expect(main(text).killed).toMatchObject({ total: n, security_forces: n });
  });

  it("each side's count told alone still adds up", () => {
    expect(main("A Pakistani soldier and three Afghan border guards were killed when the two forces traded fire at Torkham on Sunday.").killed).toMatchObject({ total: 4, security_forces: 4 });
    expect(main("Border forces traded fire in Kurram on Monday. The ISPR said three soldiers were martyred; Kabul said two Afghan soldiers died.").killed).toMatchObject({ total: 5, security_forces: 5 });
  });
});

describe("wounded who died, told inside a larger count of the dead, are within it, not more", () => {
  it.each([
    ["Militants attacked a convoy in Kech on Monday, killing three soldiers and wounding several. By Tuesday eight troops were dead, five of the wounded having died. Four attackers were also killed.", { total: 12, security_forces: 8, militants: 4 }],
    ["Militants ambushed a Levies van in Zhob on Monday, killing two guards and wounding five. Officials said on Tuesday that six Levies men had died, with four of the wounded succumbing overnight.", { total: 6, security_forces: 6 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it.each([
    ["Militants attacked a convoy in Kech on Monday, killing three soldiers and wounding six. Two of the wounded later died in hospital.", { total: 5, security_forces: 5 }],
    ["Five soldiers were killed, and two of the wounded later died, when militants attacked a convoy in Kech on Monday.", { total: 7, security_forces: 7 }],
  ])("told as later deaths they still add: %s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the attackers counted as the subject of an active verb are not the dead; its object is", () => {
  it.each([
    ["Three armed men stormed a shop in Quetta on Friday and shot dead its owner.", { total: 1, civilians: 1 }],
    ["Two masked men walked into a pharmacy in Bannu on Monday and gunned down the chemist.", { total: 1 }],
    ["Four men on two motorcycles chased a car in Kohat on Sunday and killed its driver.", { total: 1, civilians: 1 }],
  ])("%s", (text, killed) => {
    const k = main(text).killed;
    expect(k).toMatchObject(killed);
    expect(k.militants ?? 0).toBe(0);
  });

  it("a passive verb after the count still counts the dead", () => {
    expect(main("Three policemen on patrol were shot dead by gunmen in Tank on Monday.").killed).toMatchObject({ total: 3, security_forces: 3 });
    expect(main("Two labourers working at a site in Kech were gunned down on Sunday.").killed).toMatchObject({ total: 2, civilians: 2 });
  });
});

describe("one more person told by an ordinal, and the people of a force's vehicle", () => {
  it.each([
    ["A mortar shell hit a house in Bajaur on Monday, wounding four members of a family. A fifth man, a watchman, was also injured in the blast.", { total: 5, civilians: 5 }],
    ["A bomb went off near a police van in Quetta on Tuesday, injuring three constables. A fourth person, a passer-by, was also hurt.", { total: 4, security_forces: 3, civilians: 1 }],
  ])("%s", (text, injured) => {
    expect(main(text).injured).toMatchObject(injured);
  });

  it.each([
    ["A bomb struck a Levies pickup in Zhob on Monday, wounding its driver.", "injured"],
    ["Militants fired on a police van in Bannu on Monday, killing its driver.", "killed"],
  ] as const)("the driver of a force's vehicle is of the force: %s", (text, kind) => {
    expect(main(text)[kind]).toMatchObject({ total: 1, security_forces: 1 });
  });

  it("the driver of a passenger van stays a civilian", () => {
    expect(main("Gunmen fired on a passenger van in Bannu on Monday, killing its driver.").killed).toMatchObject({ total: 1, civilians: 1 });
  });
});

describe("one person killed and a count wounded after it, in one clause", () => {
  it.each([
    ["Militants attacked a post in Kech on Tuesday, killing a soldier and injuring two others.", { total: 1, security_forces: 1 }, { total: 2, security_forces: 2 }],
    ["A roadside bomb hit an FC vehicle in Kech on Tuesday, killing its driver and wounding two soldiers.", { total: 1, security_forces: 1 }, { total: 2, security_forces: 2 }],
    ["Gunmen opened fire on a shop in Quetta on Sunday, killing a shopkeeper and wounding three customers.", { total: 1, civilians: 1 }, { total: 3, civilians: 3 }],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    expect(i.killed).toMatchObject(killed);
    expect(i.injured).toMatchObject(injured);
  });
});

describe("people named among the dead are part of the dead, not added to them", () => {
  it.each([
    ["A drone strike hit a compound in North Waziristan on Monday, killing six people. Two militant commanders were among the dead, officials said.", { total: 6, militants: 2 }],
    ["A missile hit a car in South Waziristan on Tuesday, killing five people. Three TTP fighters were among those killed, residents said.", { total: 5, militants: 3 }],
    ["Nine people died when jets struck a village in Kech on Sunday; four wanted militants were among the dead, the army said.", { total: 9, militants: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a group named in an adjective ('pro-Taliban', 'anti-TTP') is not the victim's side", () => {
  it.each([
    "Two men on a motorbike gunned down a pro-Taliban cleric in Bannu on Saturday.",
    "Gunmen shot dead an anti-TTP elder outside his house in Bajaur on Friday.",
  ])("%s", (text) => {
    expect(main(text).killed).toMatchObject({ total: 1, civilians: 1 });
  });
});

describe("attackers' dead told apart by 'N dead <attackers>' are militants on top of the victims", () => {
  it.each([
    ["Militants stormed a police station in Bannu on Friday, killing three policemen. Police later counted five dead raiders inside the compound.", { total: 8, security_forces: 3, militants: 5 }],
    ["Terrorists attacked a checkpost in Tank on Sunday, killing two soldiers; troops later found four dead terrorists near the post.", { total: 6, security_forces: 2, militants: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});
