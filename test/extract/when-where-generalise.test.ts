import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Detection, dates, places, sub-event types and casualty splits in wordings the development set does not use.
 * Own invented reports, several wordings per construction (session 10, "when"); the real gazetteer.
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) => extract({ id: "w", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const where = (text: string, published = "2025-06-01") => read(text, published).map((i) => `${i.country}/${i.adm1}/${i.adm2}`);

describe("a place followed by a district or province names its district", () => {
  it("a pass or village the gazetteer reads as another country's district yields to the district after it", () => {
    expect(where("Two FC soldiers were martyred when militants attacked a border post at Nawa Pass, Bajaur, on Friday night.")).toEqual(["PK/Khyber Pakhtunkhwa/Bajaur"]);
    expect(where("Militants fired on a Levies picket in Nawa, Bajaur, late on Tuesday, wounding two personnel.")).toEqual(["PK/Khyber Pakhtunkhwa/Bajaur"]);
    expect(where("A roadside bomb struck a police van near Andar, Kurram, on Sunday, injuring three constables.")).toEqual(["PK/Khyber Pakhtunkhwa/Kurram"]);
  });
});

describe("district spellings of the press", () => {
  it("each spelling of a district is also known with the word 'district' after it (and is written as the report spells it)", () => {
    expect(where("A magnetic bomb went off in Sarobi district, east of Kabul, on Monday, killing a driver.")).toEqual(["AF/Kabul/Sarobi"]);
    expect(where("Pakistani drones struck a house in Sirkanay district of Kunar on Sunday, killing three people.")).toEqual(["AF/Kunar/Sirkanay"]);
    expect(where("Gunmen killed two Taliban guards in Gurbaz district of Khost province on Saturday.")).toEqual(["AF/Khost/Gurbaz"]);
    expect(where("A mortar round landed in Yousuf Khel district of Paktika on Friday, wounding a child.")).toEqual(["AF/Paktika/Yousuf Khel"]);
    expect(where("Pakistani jets bombed a compound in Bermal district on Tuesday, killing eight people.")).toEqual(["AF/Paktika/Bermal"]);
  });

  it("a province's possessive chooses between two districts of one name", () => {
    expect(where("Kabul's Sarobi district saw a roadside bomb kill two policemen on Monday.").map((x) => x.split("/")[1])).toEqual(["Kabul"]);
    expect(where("A roadside bomb killed two policemen in Paktika's Sarobi district on Monday.").map((x) => x.split("/")[1])).toEqual(["Paktika"]);
  });

  it("a direction from a city is a reference point, not where it happened", () => {
    expect(where("A bomb hidden in a cart went off in Surobi district, 60 km east of Kabul, on Monday, killing one man.")).toEqual(["AF/Kabul/Surobi"]);
    expect(where("Gunmen shot dead a trader in Mastung, south of Quetta, on Sunday.")).toEqual(["PK/Balochistan/Mastung"]);
    expect(where("A landmine killed two shepherds in Kahan, north-east of Sibi, on Sunday.")).toEqual(["PK/Balochistan/Kohlu"]);
  });

  it("towns of the Bolan, Pishin, Ziarat and Khyber reporting", () => {
    expect(where("Militants opened fire on a passenger train near Kolpur on Tuesday, killing a guard.")).toEqual(["PK/Balochistan/Kachhi"]);
    expect(where("A grenade was hurled at a shop in Bostan on Friday, wounding two customers.")).toEqual(["PK/Balochistan/Pishin"]);
    expect(where("Two labourers were shot dead in Sanjavi on Thursday.")).toEqual(["PK/Balochistan/Ziarat"]);
  });
});

describe("an Afghan district keeps the report's spelling", () => {
  const adm2 = (text: string) => read(text, "2025-06-01").map((i) => i.adm2);
  it("the district named in the report is written as the report spells it", () => {
    expect(adm2("Afghan and Pakistani forces traded fire in the Dand-e-Patan district of Paktia on Wednesday; one guard died.")).toEqual(["Dand-e-Patan"]);
    expect(adm2("A roadside bomb killed two Taliban fighters in Sherzad district of Nangarhar on Tuesday.")).toEqual(["Sherzad"]);
    expect(adm2("Pakistani jets struck a house in Paktika's Bermal district early on Tuesday, killing eight people.")).toEqual(["Bermal"]);
    expect(adm2("Pakistani jets struck a house in Paktika's Barmal district early on Tuesday, killing eight people.")).toEqual(["Barmal"]);
  });
  it("a village alone gives the gazetteer's district name; a dateline in capitals does not set the spelling", () => {
    expect(adm2("SPERA: Pakistani shells hit a house in Spera district of Khost on Monday, killing a child.")).toEqual(["Spera"]);
    expect(adm2("Pakistani shells killed a child in Shkin, Paktika, on Monday.")).toEqual(["Barmal"]);
  });
});

describe("victims named by role or kinship, item by item", () => {
  const killed = (text: string) => read(text, "2025-03-11")[0]?.killed;
  it("after an active verb: 'shot dead a man, his mother and his two sisters'", () => {
    expect(killed("Gunmen stormed a house in Kulachi on Sunday night and shot dead a man, his mother and his two sisters.")).toMatchObject({ total: 4, civilians: 4 });
    expect(killed("Armed men opened fire on a car in Kohat on Monday, killing a trader and his two sons.")).toMatchObject({ total: 3, civilians: 3 });
    expect(killed("Unknown gunmen fired on a wedding party in Bannu on Monday, killing a schoolteacher, his nephew and a guest.")).toMatchObject({ total: 3, civilians: 3 });
  });
  it("before a passive verb: a list of singular people and a count", () => {
    expect(killed("An assistant commissioner, a tehsildar and two policemen lost their lives when their vehicle hit a landmine in Kech on Monday.")).toMatchObject({ total: 4, security_forces: 2, civilians: 2 });
    expect(killed("A woman and her three children were killed when a mortar round hit their house in Bajaur on Monday.")).toMatchObject({ total: 4, civilians: 4 });
    expect(killed("A deputy superintendent, his driver and three guards were killed on the spot when gunmen ambushed their car in Tank on Monday.")?.total).toBe(5);
    expect(killed("A shopkeeper and two passers-by were killed when a bomb went off in Quetta on Monday.")).toMatchObject({ total: 3, civilians: 3 });
  });
  it("'killed a herdsman and maimed two of his sons': herders and kin are civilians", () => {
    const [i] = read("A shell fired from across the border killed a herdsman in Bajaur on Monday and maimed two of his sons.", "2025-03-11");
    expect(i.killed).toMatchObject({ total: 1, civilians: 1 });
    expect(i.injured).toMatchObject({ total: 2, civilians: 2 });
  });
});

describe("the wounded share the kind of the dead counted just before", () => {
  const one = (text: string) => read(text, "2025-03-11")[0];
  it("a bare count after the second verb", () => {
    expect(one("Gunmen opened fire on a van in Kech on Monday, killing two civilians and wounding three.").injured).toMatchObject({ total: 3, civilians: 3 });
    expect(one("Militants ambushed a convoy in Khyber on Monday, killing five soldiers and injuring two.").injured).toMatchObject({ total: 2, security_forces: 2 });
    expect(one("A roadside bomb hit a police vehicle in Bannu on Monday, killing two personnel and injuring another.").injured).toMatchObject({ total: 1, security_forces: 1 });
    expect(one("A bomb went off at a bus stand in Tank on Monday, killing four passengers and wounding 11 others.").injured).toMatchObject({ total: 11, civilians: 11 });
  });
});

describe("one wounded person named by role, name or rank", () => {
  const inj = (text: string) => read(text, "2025-03-11")[0]?.injured;
  it("'hit in the shoulder', 'suffered splinter wounds', 'sustained bullet wounds'", () => {
    expect(inj("Militants attacked a police patrol in Lakki Marwat on Monday. Sub-inspector Gul Zaman was hit in the shoulder and taken to hospital.")).toMatchObject({ total: 1, security_forces: 1 });
    expect(inj("A bomb went off near a bus stop in Quetta on Monday, killing two men. A passer-by also suffered splinter wounds.")).toMatchObject({ total: 1, civilians: 1 });
    expect(inj("Police said a head constable, Akbar Khan, sustained bullet wounds when gunmen attacked a police station in Dera Ismail Khan on Monday.")).toMatchObject({ total: 1, security_forces: 1 });
  });
  it("a relative clause between the person and the verb", () => {
    expect(inj("Gunmen shot dead a shopkeeper in Kohat on Monday. A neighbour who rushed to help was wounded.")).toMatchObject({ total: 1, civilians: 1 });
    expect(inj("A grenade hit a house in Bannu on Monday. A boy who was playing in the yard was injured.")).toMatchObject({ total: 1, civilians: 1 });
    expect(inj("Militants fired on a checkpost in Tank on Monday night; a constable who was on duty at the gate was wounded.")).toMatchObject({ total: 1, security_forces: 1 });
  });
});

describe("a bomber who blew himself up is among the dead", () => {
  const killed = (text: string) => read(text, "2025-03-11")[0]?.killed;
  it("the attacker's death told only by 'blew himself up' or 'detonated his vest'", () => {
    expect(killed("Five worshippers were killed when a bomber blew himself up at a mosque in Peshawar on Friday.")).toMatchObject({ total: 6, civilians: 5, militants: 1 });
    expect(killed("A teenager detonated his explosives vest at a police checkpoint in Bannu on Monday, killing three constables.")).toMatchObject({ total: 4, security_forces: 3, militants: 1 });
    expect(killed("Two soldiers were martyred when an attacker blew himself up near their vehicle in Mir Ali on Monday.")).toMatchObject({ total: 3, security_forces: 2, militants: 1 });
  });
  it("told twice, counted once", () => {
    expect(killed("A suicide bomber blew himself up near a police van in Quetta on Monday, killing two policemen. The bomber also died.")).toMatchObject({ total: 3, militants: 1 });
  });
});

describe("a protest told after the violence is an incident of its own", () => {
  const subs = (text: string) => read(text, "2025-03-20").map((i) => `${i.date} ${i.adm2} ${i.sub_event_type}`);
  it("sit-ins, blockades and coffins laid out", () => {
    expect(subs("Gunmen abducted a schoolteacher from his home in Bannu on Monday. By evening, shopkeepers in the bazaar had pulled down their shutters and blocked the main road, saying they would stay until the teacher was returned.")).toEqual(["2025-03-17 Bannu Abduction/forced disappearance", "2025-03-17 Bannu Peaceful protest"]);
    expect(subs("A roadside bomb killed three labourers in Kurram on Sunday. The day after the attack, relatives laid the coffins outside the deputy commissioner's office and refused to bury them until the road was secured.")).toEqual(["2025-03-16 Kurram Remote explosive/landmine/IED", "2025-03-17 Kurram Peaceful protest"]);
    expect(subs("Two polio workers were shot dead in Bajaur on Tuesday. Health workers staged a sit-in outside the press club on Wednesday, demanding security.")).toEqual(["2025-03-18 Bajaur Attack", "2025-03-19 Bajaur Peaceful protest"]);
  });
  it("armed men blocking a road are no protest, nor is a diplomatic protest", () => {
    expect(subs("Armed men blocked the highway near Kalat on Sunday night and shot dead six passengers.")).toEqual(["2025-03-16 Kalat Attack"]);
    expect(subs("Pakistan lodged a strong protest with Kabul on Monday over the killing of two soldiers in a cross-border attack in Bajaur.").filter((s) => /protest/.test(s))).toEqual([]);
  });
});

describe("'the same night', 'that very evening' count from the day last named, even when no incident came first", () => {
  const dates = (text: string, pub: string) => read(text, pub).map((i) => i.date);
  it("a closure, talks or a meeting told first", () => {
    expect(dates("Traffic at the crossing was halted on March 14 when the dispute began. Shots were exchanged later that evening between the two forces, and a guard was wounded.", "2025-03-20")).toEqual(["2025-03-14"]);
    expect(dates("Talks between the tribal elders broke down on Tuesday, 8 July. That very evening the two sides opened fire on each other in Kurram, killing three.", "2025-07-12")).toEqual(["2025-07-08"]);
    expect(dates("The Torkham crossing was closed on September 3 after a row over a new post. The dispute escalated into an exchange of fire the same night, officials said.", "2025-09-10")).toEqual(["2025-09-03"]);
    expect(dates("Elders met on Sunday to settle the land dispute in Kurram. That night, gunmen fired on a house, killing two brothers.", "2025-09-10")).toEqual(["2025-09-07"]);
  });
});

describe("a count joined to another subject by ', and a ...' is not the subject of the verb", () => {
  const killed = (text: string) => read(text, "2025-03-20")[0]?.killed.total;
  it("'two armed men ..., and a constable was killed' counts one", () => {
    expect(killed("Two armed men on a motorcycle opened fire on a police mobile in Tank on Monday, and a constable was killed.")).toBe(1);
    expect(killed("Militants attacked three posts in Kurram on Monday, and one soldier was martyred.")).toBe(1);
    expect(killed("Four gunmen stormed a shop in Quetta on Monday, and the owner was killed.")).not.toBe(4);
  });
});

describe("weapons found after the event name no weapon of it", () => {
  const sub = (text: string) => read(text, "2025-05-27")[0]?.sub_event_type;
  it("items listed before 'were found/recovered' or after 'items seized'", () => {
    expect(sub("Police raided a house in Peshawar on Monday and killed two militants in a shootout. Police said a suicide jacket, two rifles and a hand grenade were found in the room after the shootout.")).toBe("Armed clash");
    expect(sub("Troops killed four terrorists in a gunfight in Khyber on Monday. Among the items seized from the dead men were detonators and an explosive-laden belt.")).toBe("Armed clash");
    expect(sub("A gunfight broke out when CTD personnel raided a compound in Bannu on Monday; three militants died. Troops recovered IED-making material and a suicide vest from the cave after the gunfight ended.")).toBe("Armed clash");
  });
});

describe("a hospital or institution named after a place is not where it happened", () => {
  const where1 = (text: string) => read(text, "2025-05-27").map((i) => i.adm2);
  it("'Khyber Teaching Hospital', 'Peshawar Institute of Cardiology', 'the hospital in Rawalpindi'", () => {
    expect(where1("A roadside bomb hit a police van in Mardan on Monday, killing a constable. Four policemen were wounded, according to officials at the Peshawar Institute of Cardiology.")).toEqual(["Mardan"]);
    expect(where1("A bomb exploded in a market in Charsadda on Monday, killing two shoppers. Nine people were wounded, doctors at Khyber Teaching Hospital said.")).toEqual(["Charsadda"]);
    expect(where1("A bomb exploded in the Jamrud bazaar of Khyber on Monday, killing two shoppers. Nine people were hurt, doctors at the Combined Military Hospital in Rawalpindi said.")).toEqual(["Khyber"]);
  });
});

describe("no event happened: tallies over a period, habits, accusations, talks", () => {
  const none = (text: string) => read(text, "2025-12-02");
  it("counts over the past hours or weeks, raids across provinces", () => {
    expect(none("Afghan officials said on Tuesday that forces had killed 23 fighters in operations in Kunar and Nangarhar provinces over the past 24 hours.")).toEqual([]);
    expect(none("The interior ministry said 61 suspects had been detained in raids across Punjab and Sindh during the week.")).toEqual([]);
    expect(none("Police said 14 policemen had been martyred in the district over the last few weeks.")).toEqual([]);
  });
  it("a habit or a hypothesis, and what someone is accused of doing", () => {
    expect(none("Whenever a checkpoint is overrun in Tank or Kulachi, the same ministers recite the same condolences.")).toEqual([]);
    expect(none("Every time a bomb goes off in Quetta, the traders of the bazaar close their shops for a day.")).toEqual([]);
    expect(none("Rights groups accused police of arresting refugees from their homes in Quetta and Peshawar.")).toEqual([]);
  });
  it("a report on talks or a truce, with the clashes of recent weeks in passing", () => {
    expect(none("Islamabad and Kabul agreed on Monday to extend the truce brokered by Qatar and Turkey and to set up a joint monitoring mechanism, Foreign Office officials said. Dozens of soldiers and civilians have been killed in the border clashes of recent weeks.")).toEqual([]);
  });
});

describe("people counted with women or children among them, and the others wounded after civilian deaths, are civilians", () => {
  const one = (text: string) => read(text, "2025-11-01")[0];
  it("'N people, including K children' with no force among them", () => {
    expect(one("Eleven people, including four children, were wounded when a bomb planted on a motorcycle exploded at a vegetable market in Parachinar on Friday.").injured).toMatchObject({ total: 11, civilians: 11 });
    expect(one("Four people, among them two women, were killed when a rocket struck a house in Nazyan district of Nangarhar on Sunday.").killed).toMatchObject({ total: 4, civilians: 4 });
    expect(one("A bomb went off near a school in Bajaur on Monday, wounding nine people, including six students.").injured).toMatchObject({ total: 9, civilians: 9 });
  });
  it("a force among them leaves the rest unknown", () => {
    expect(one("Seven people, including two policemen and a child, were wounded in a blast in Quetta on Friday.").injured.civilians).not.toBe(7);
  });
  it("'Four other people were wounded' in a sentence of its own after civilians killed", () => {
    expect(one("Three villagers were killed when a mortar shell hit their home in Kurram on Monday. Four other people were wounded.").injured).toMatchObject({ total: 4, civilians: 4 });
    expect(one("Gunmen shot dead two shepherds in Kohlu on Monday. Three others were injured, the Levies said.").injured).toMatchObject({ total: 3, civilians: 3 });
    expect(one("A landmine killed a woman and her son in Dera Bugti on Monday. Two more people were hurt.").injured).toMatchObject({ total: 2, civilians: 2 });
  });
});

describe("a victim who died days after the attack: the attack's day, and the death counted", () => {
  it("'who was shot on Friday succumbed ... on Sunday'", () => {
    const [a] = read("A schoolteacher who was shot by gunmen on his way to work in Dera Ismail Khan on Friday succumbed to his injuries at a hospital on Sunday, his family said.", "2025-02-10");
    expect(a).toMatchObject({ date: "2025-02-07", adm2: "Dera Ismail Khan" });
    expect(a.killed).toMatchObject({ total: 1, civilians: 1 });
    const [b] = read("A constable who was wounded when militants attacked a police post in Tank on Thursday died of his wounds in hospital late on Saturday.", "2025-02-10");
    expect(b.date).toBe("2025-02-06");
    const [c] = read("A trader who was hit by a stray bullet in Quetta on Monday passed away at the Civil Hospital on Wednesday.", "2025-02-13");
    expect(c.date).toBe("2025-02-10");
  });
});

describe("a projectile that landed, fell or struck is shelling", () => {
  it("three wordings", () => {
    const sub = (t: string) => read(t, "2025-04-02")[0]?.sub_event_type;
    expect(sub("A projectile landed in a courtyard in Chaman late on Tuesday, killing two brothers who were asleep inside.")).toBe("Shelling/artillery/missile attack");
    expect(sub("Two projectiles fired from across the border struck houses in Bajaur on Monday, wounding a woman.")).toBe("Shelling/artillery/missile attack");
    expect(sub("A projectile exploded near a school in Kurram on Sunday; no one was hurt.")).toBe("Shelling/artillery/missile attack");
  });
});
