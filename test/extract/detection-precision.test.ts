import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Detection precision: sentences that speak of violence without telling a new event, and totals that belong to
 * an incident told elsewhere. Own invented reports (none taken from a source or from the dev set).
 */
const geocoder = stubGeocoder();
const all = (text: string, published: string) => extract({ id: "p", text, published }, { geocoder }).incidents;
const brief = (text: string, published: string) => all(text, published).map((i) => `${i.date}|${i.adm2 ?? ""}|${i.sub_event_type}${i.background ? "|bg" : ""}`);

describe("a funeral, trial or security review of an earlier event tells no new incident", () => {
  for (const [name, text] of [
    ["funeral prayers of policemen martyred 'last week'", "BANNU: Funeral prayers for four constables who were martyred in an attack on a police post in Bannu last week were offered at the police lines on Tuesday, attended by the IGP."],
    ["mourners at the burial of a trader shot 'earlier'", "Hundreds of mourners turned out on Wednesday for the burial of two brothers who had been gunned down outside their shop in Quetta."],
    ["an anti-terrorism court's sentence for an old bombing", "QUETTA: An anti-terrorism court in Quetta on Monday sentenced three men to life imprisonment for the bombing of a bus terminal that killed eleven passengers."],
    ["a court convicts the men behind an ambush", "PESHAWAR: A military court has convicted five militants for their role in the ambush on a Levies convoy in Zhob in which seven personnel were martyred."],
    ["a provincial security review after a suicide attack", "The provincial apex committee reviewed the law and order situation on Thursday after the suicide attack on a checkpost in Tank that killed five soldiers, and ordered more patrols."],
    ["compensation for the families of the dead", "The chief minister announced compensation of Rs1 million each for the families of the six labourers killed in Kech."],
  ] as const) {
    it(name, () => expect(all(text, "2025-05-07")).toHaveLength(0));
  }

  it("the funeral of the attack's dead keeps the attack's own day (and no second incident)", () => {
    const out = brief("TANK: Militants stormed a police station in Tank late on Sunday night. Funeral prayers were held on Monday for the three constables martyred in Sunday's attack.", "2025-05-06");
    expect(out).toEqual(["2025-05-04|Tank|Armed clash"]);
  });

  it("an attack at a funeral is an incident", () => {
    const out = brief("A suicide bomber blew himself up among mourners at a funeral in Bajaur on Monday, killing nine people.", "2025-05-06");
    expect(out).toEqual(["2025-05-05|Bajaur|Suicide bomb"]);
  });
  it("gunmen opening fire on a funeral procession is an incident", () => {
    const out = brief("Gunmen opened fire on a funeral procession in Kohat on Saturday, killing two mourners and wounding five.", "2025-05-06");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^2025-05-03\|Kohat\|/);
  });
});

describe("an anniversary dates the recalled event, not the day it is remembered", () => {
  it("'Eight years ago today' gives that day of the earlier year, as a recalled event", () => {
    const out = brief("Eight years ago today, a suicide bomber struck a crowded shrine in Sibi, killing more than 70 devotees. Survivors still gather there every year.", "2025-02-16");
    expect(out).toEqual(["2017-02-16|Sibi|Suicide bomb|bg"]);
  });
  it("an anniversary ceremony with no day of the old attack gives no incident", () => {
    expect(all("Families of the victims marked the second anniversary of the market bombing in Peshawar on Friday, in which 31 people were killed.", "2025-05-10")).toHaveLength(0);
  });
});

describe("totals told at a news conference in the capital are no incident in the capital", () => {
  it("'At a briefing in Islamabad, the minister said ... had been killed in the week's fighting' stays with the fighting", () => {
    const out = brief("Troops battled militants for a fourth day near Mir Ali on Sunday. At a briefing in Islamabad, the interior minister said 11 soldiers and 70 militants had been killed in the week's fighting.", "2025-05-05");
    expect(out).toEqual(["2025-05-04|North Waziristan|Armed clash"]);
  });
  it("'In Islamabad, an army spokesman told reporters that ...' gives no incident in Islamabad", () => {
    const out = all("Clashes went on in Bajaur on Saturday as troops cleared one village after another. In Islamabad, an army spokesman told reporters that nine soldiers and 41 militants had died in the operation so far.", "2025-05-04");
    expect(out.map((i) => i.adm2)).toEqual(["Bajaur"]);
  });
  it("'Addressing a news conference in Islamabad on Monday, the spokesman said 410 terrorists had been killed since January'", () => {
    expect(all("Addressing a news conference in Islamabad on Monday, the military spokesman said 410 terrorists had been killed since January.", "2025-05-06")).toHaveLength(0);
  });
  it("'over the past week' in an official's figures is a period total", () => {
    expect(all("The army said on Sunday that 18 soldiers had been martyred and 64 militants killed in operations in Khyber Pakhtunkhwa over the past week.", "2025-05-05")).toHaveLength(0);
  });
  it("a court finding men guilty of an old bombing is no incident", () => {
    expect(all("A special court in Peshawar on Wednesday found three men guilty of the 2021 bombing of a bus stand in Kohat.", "2025-05-08")).toHaveLength(0);
  });
});

describe("earlier attacks named together as what someone was behind are no event", () => {
  it("'the suspects had planned recent assaults on checkposts'", () => {
    expect(all("Officials in Bajaur said on Monday that the men detained overnight had planned recent assaults on checkposts in the district.", "2025-05-06")).toHaveLength(0);
  });
  it("'wanted for a string of bombings' in an arrest report: the arrest, no bombing", () => {
    expect(all("Police in Quetta arrested a man wanted for a string of bombings in the city, officials said on Tuesday.", "2025-05-07").map((i) => i.sub_event_type)).toEqual(["Arrests"]);
  });
  it("'the recent attack' in the singular still tells an event", () => {
    expect(all("Two policemen were martyred in a recent attack on a checkpost in Tank, police said.", "2025-05-07")).toHaveLength(1);
  });
});

describe("a side's battlefield claim that the other side denies is no incident of its own", () => {
  it("'the TTP boasted of overrunning a post in Bannu, a claim police dismissed' after an attack in Lakki Marwat", () => {
    const out = brief("Militants fired on a police picket in Lakki Marwat on Friday night, wounding a constable. The TTP boasted of overrunning the picket and killing five policemen in Bannu, a claim police dismissed as propaganda.", "2025-10-11");
    expect(out).toEqual(["2025-10-10|Lakki Marwat|Armed clash"]);
  });
  it("'said its forces had destroyed two posts in Kurram ...; Islamabad called the claim baseless'", () => {
    const out = all("Afghan and Pakistani border forces exchanged fire near Dangam in Kunar on Saturday, officials said. The Afghan defence ministry said its forces had destroyed two Pakistani posts in Bajaur, which Islamabad denied.", "2025-10-12");
    expect(out).toHaveLength(1);
    expect(out[0].adm1).toBe("Kunar");
  });
});

describe("a protest over an earlier killing is a protest, not the killing", () => {
  it("'protested in Bannu against the killing of four policemen in an attack on a checkpost'", () => {
    const out = brief("Traders and students protested in Bannu on Wednesday against the killing of three policemen in an attack on a checkpost, blocking the main road for hours.", "2025-05-08");
    expect(out).toEqual(["2025-05-07|Bannu|Peaceful protest"]);
  });
  it("a diplomatic protest is no protest incident", () => {
    expect(all("Islamabad protested to Kabul on Monday over the firing on its border posts in Bajaur last week.", "2025-05-06").filter((i) => i.event_type === "Protests")).toHaveLength(0);
  });
});

describe("the dead of an earlier event as the subject of a burial", () => {
  it("'The bodies of the four miners killed in Kech were flown to their villages in Punjab on Monday'", () => {
    expect(all("The bodies of the four miners killed in Kech were flown to their villages in Punjab on Monday and buried the same evening.", "2025-05-06")).toHaveLength(0);
  });
  it("'The bodies of two brothers were found in Kech on Monday' still tells an event", () => {
    expect(all("The bodies of two brothers were found in a ravine in Kech on Monday, police said. They had been shot in the head.", "2025-05-06")).toHaveLength(1);
  });
});

describe("one act whose toll is told per place across a provincial line stays one incident", () => {
  it("'Militants killed six soldiers in North Waziristan and three in Zhob' is one incident with the whole toll", () => {
    const out = all("Militants killed six soldiers in North Waziristan and three in Zhob in coordinated raids on Thursday, the army said.", "2025-05-09");
    expect(out.map((i) => `${i.adm2}|${i.killed.total}`)).toEqual(["North Waziristan|9"]);
  });
  it("'... in separate attacks' is still one incident per place", () => {
    const out = all("Four soldiers were killed in Tank and two in Sibi on Thursday in separate attacks, officials said.", "2025-05-09");
    expect(out.map((i) => i.adm2)).toEqual(["Tank", "Sibi"]);
  });
  it("strikes that hit places named as such are split per place, across provinces too", () => {
    const out = all("Afghan officials said Pakistani jets bombed houses in Barmal and in Spera overnight. Six people were killed, two in Barmal and four in Spera.", "2025-05-09");
    expect(out.map((i) => `${i.adm2}|${i.killed.total}`)).toEqual(["Barmal|2", "Spera|4"]);
  });
});

describe("the two states' forces fighting at many points along the border is one incident without a province", () => {
  it("'clashed at several points along the frontier, in Bajaur, Mohmand, Kurram and Zhob'", () => {
    const out = all("Pakistani and Afghan forces clashed at several points along the frontier on Saturday night, in Bajaur, Mohmand, Parachinar and Zhob. The army said 12 soldiers were martyred and 80 Taliban fighters killed.", "2025-10-12");
    expect(out).toHaveLength(1);
    expect([out[0].country, out[0].adm1, out[0].adm2, out[0].sub_event_type]).toEqual(["PK", null, null, "Armed clash"]);
  });
  it("a clash at one crossing keeps its district", () => {
    const out = all("Pakistani and Afghan border forces exchanged fire near Chaman on Saturday night, officials said.", "2025-10-12");
    expect(out.map((i) => i.adm2)).toEqual(["Chaman"]);
  });
});

describe("detection: the accused side's rebuttal is no part of the event", () => {
  const types = (text: string) =>
    extract({ id: "r", text, published: "2025-02-18" }, { geocoder: stubGeocoder() }).incidents.filter((i) => !i.background).map((i) => i.sub_event_type);

  it("'rejected the accusation and said its troops had only returned fire' leaves a shelling a shelling, one incident", () => {
    expect(types("ASADABAD: Three children were killed on Sunday when mortar shells fired from Pakistani posts struck a house in the Dangam district of Kunar, the provincial governor's spokesman said.\n\nQuestioned about the deaths at the weekly briefing on Monday, a Pakistani foreign office spokeswoman rejected the accusation and said Pakistani troops had only returned fire when fired upon.")).toEqual(["Shelling/artillery/missile attack"]);
    expect(types("KHOST: Artillery rounds fired from across the Durand Line hit a market in the Zazai Maidan district of Khost on Saturday, killing two shopkeepers, Taliban officials said.\n\nA Pakistani security official denied that any civilian area had been targeted and said the troops returned fire in self-defence.")).toEqual(["Shelling/artillery/missile attack"]);
  });

  it("the rebuttal in a paragraph of its own after the charge, the charge's accusation in between", () => {
    expect(types("JALALABAD: Two farmers were killed on Sunday afternoon when rockets fired from Pakistani positions landed on fields in Goshta district of Nangarhar, local officials said.\n\nThe Afghan defence ministry accused Pakistani forces of firing on villages and said the Islamic Emirate would respond.\n\nAn army spokesman in Rawalpindi, asked about the charge on Monday, dismissed it as propaganda and said the troops only fired back when shot at.")).toEqual(["Shelling/artillery/missile attack"]);
  });

  it("return fire told as part of the fighting, with nothing denied, still makes the exchange", () => {
    expect(types("CHAMAN: Pakistani and Afghan border forces exchanged fire near the Friendship Gate on Monday, killing two Pakistani soldiers, officials said. Pakistani troops returned fire after coming under attack, the ISPR said.")).toEqual(["Armed clash"]);
  });
});
