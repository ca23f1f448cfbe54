import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Constructions of real frontier reporting that the development set does not use (own invented reports,
 * written to test general rules, not one sentence each).
 */
const geocoder = stubGeocoder();
const read = (text: string, published: string) => extract({ id: "u", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("the main event told in a 'when' clause", () => {
  it("'were hurt when a grenade attack hit ...' is the incident itself, not an older one", () => {
    const [i, ...rest] = read("At least nine people were hurt when a grenade attack hit a crowded tea shop in Sibi on Tuesday evening, police said.", "2024-02-14");
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({ date: "2024-02-13", adm2: "Sibi", sub_event_type: "Grenade" });
    expect(i.injured.total).toBe(9);
  });

  it("'... since March, when a suicide bombing killed ...' is still an earlier event", () => {
    const inc = extract({ id: "u", text: "A roadside bomb killed two soldiers in Tank on Sunday, the worst attack in the district since March, when a suicide bombing killed 11 people at a market.", published: "2024-06-10" }, { geocoder }).incidents;
    const main = inc.filter((i) => !i.background);
    expect(main).toHaveLength(1);
    expect(main[0].killed.total).toBe(2);
  });
});

describe("named soldiers with their ages", () => {
  it("each rank named counts once and no age is a count", () => {
    const [i] = read("RAWALPINDI: Troops engaged terrorists in an intelligence-based operation in Mir Ali on Friday and five terrorists were killed, the ISPR said. Naik Amjad Ali, aged 31, a resident of Kohat, and Lance Naik Shah Wali, aged 27, a resident of Bannu, embraced shahadat during the exchange of fire.", "2024-09-14");
    expect(i.killed).toMatchObject({ total: 7, security_forces: 2, militants: 5 });
  });

  it("'a 42-year-old shopkeeper was shot dead': the age is no count", () => {
    const [i] = read("A 42-year-old shopkeeper was shot dead by unknown gunmen in Quetta on Monday night, police said.", "2024-03-12");
    expect(i.killed).toMatchObject({ total: 1 });
  });
});

describe("one more person and pronoun victims", () => {
  it("'shot dead six miners and wounded another'", () => {
    const [i] = read("Armed men shot dead six coal miners and wounded another in Kech on Saturday, officials said.", "2024-11-10");
    expect(i.killed).toMatchObject({ total: 6, civilians: 6 });
    expect(i.injured).toMatchObject({ total: 1, civilians: 1 });
  });

  it("'opened fire on a trader, killing him and his son'", () => {
    const [i] = read("Two men on a motorbike opened fire on a cloth trader outside his shop in Kohat on Wednesday, killing him and his son, police said.", "2024-05-09");
    expect(i).toMatchObject({ adm2: "Kohat", sub_event_type: "Attack" });
    expect(i.killed).toMatchObject({ total: 2, civilians: 2 });
  });

  it("'ambushed a police van, killing him' after a named constable counts a policeman", () => {
    const [i] = read("Gunmen ambushed the vehicle of a police constable in Bannu on Sunday, killing him on the spot.", "2024-05-13");
    expect(i.killed).toMatchObject({ total: 1, security_forces: 1 });
  });
});

describe("militants who tried to storm a post", () => {
  it("'attempted to storm a checkpost' makes the militants the perpetrators even when the army reports it", () => {
    const [i] = read("Two soldiers were martyred and three terrorists were killed when militants tried to storm a checkpost in Zhob on Monday, the military's media wing said.", "2024-08-27");
    expect(i).toMatchObject({ adm2: "Zhob", sub_event_type: "Armed clash", perpetrators: ["MILITANTS"] });
    expect(i.killed).toMatchObject({ total: 5, security_forces: 2, militants: 3 });
  });
});

describe("weeks as chained dates", () => {
  it("'The following week' is seven days after the incident before, and a separate incident", () => {
    const inc = read("A bomb wounded three policemen in Hangu on 4 May. The following week, gunmen shot dead a shopkeeper in Hangu.", "2024-05-20");
    expect(inc.map((i) => [i.date, i.adm2])).toEqual([
      ["2024-05-04", "Hangu"],
      ["2024-05-11", "Hangu"],
    ]);
  });

  it("'two weeks later' counts fourteen days", () => {
    const inc = read("Militants kidnapped two teachers in Tank on 2 April. Two weeks later, a roadside bomb killed a soldier in Tank.", "2024-05-01");
    expect(inc.map((i) => i.date)).toEqual(["2024-04-02", "2024-04-16"]);
  });
});

describe("a group's own figures and words", () => {
  it("the officials' toll wins over the figure a group boasts of; the group is the perpetrator", () => {
    const [i] = read("A soldier was martyred when militants attacked an FC post in Kech on Thursday, officials said. The BLA, in a statement to the media, boasted of having killed eleven soldiers.", "2024-05-10");
    expect(i).toMatchObject({ perpetrators: ["BLA"] });
    expect(i.killed).toMatchObject({ total: 1, security_forces: 1 });
  });

  it("'told journalists that its fighters had planted the device' is responsibility without the word 'claimed'", () => {
    const [i] = read("A roadside bomb hit a Frontier Corps vehicle in Turbat on Thursday, killing two soldiers, the military said. The BLF told journalists in an e-mail that its fighters had planted the device and killed seven personnel.", "2024-05-10");
    expect(i).toMatchObject({ perpetrators: ["BLF"], sub_event_type: "Remote explosive/landmine/IED" });
    expect(i.killed.total).toBe(2);
  });

  it("a group's figure stands when it is the only one given", () => {
    const [i] = read("The TTP claimed to have killed four policemen in an attack on a checkpost in Tank on Thursday.", "2024-05-10");
    expect(i.killed.total).toBe(4);
  });
});

describe("victims counted in other constructions", () => {
  it("a revised toll with its breakdown after a dash, not counting the bomber", () => {
    const [i] = read("Officials said five people died in the blast at the Bannu bus stand on Thursday. Later the toll was revised to nine - six passengers and three policemen - not counting the bomber.", "2024-05-10");
    expect(i.killed).toMatchObject({ total: 10, security_forces: 3, civilians: 6, militants: 1 });
  });

  it("'shot dead a vaccinator and the policeman guarding her' counts both", () => {
    const [i] = read("Gunmen shot dead a female vaccinator and the policeman guarding her in Bajaur on Thursday.", "2024-05-10");
    expect(i.killed).toMatchObject({ total: 2, security_forces: 1, civilians: 1 });
  });

  it("'a soldier was killed and two more were wounded': the wounded are soldiers too", () => {
    const [i] = read("A soldier was killed and two more were wounded when militants fired on a patrol in Tank on Thursday.", "2024-05-10");
    expect(i.injured).toMatchObject({ total: 2, security_forces: 2 });
  });

  it("'24 other people injured' after policemen killed are not policemen", () => {
    const [i] = read("Four policemen were killed and 24 other people injured when a bomb went off near a police van in Bajaur on Monday.", "2024-05-14");
    expect(i.injured.total).toBe(24);
    expect(i.injured.security_forces).toBeNull();
  });
});

describe("protests broken up by force", () => {
  it("hurt protesters and policemen add up; tear-gas shells are no shelling", () => {
    const [i] = read("At least 20 protesters were hurt when police fired tear-gas shells and baton-charged a rally in Chaman on Thursday. Seven policemen were also injured by stones, officials said.", "2024-05-10");
    expect(i).toMatchObject({ event_type: "Protests", sub_event_type: "Protest with intervention" });
    expect(i.injured).toMatchObject({ total: 27, civilians: 20, security_forces: 7 });
  });
});

describe("dates written other ways", () => {
  it("'on the 19th' takes the month of the date named before", () => {
    const inc = read("Two attacks were reported in Kech in October. On October 3, a bomb killed two soldiers in Kech. On the 19th, a bomb hidden in a cart wounded four Levies men in Turbat.", "2024-11-05");
    expect(inc.map((i) => i.date)).toEqual(["2024-10-03", "2024-10-19"]);
  });

  it("a police statement's day-first numeric date", () => {
    const [i] = read("A shopkeeper was abducted by armed men from Quetta on 14-03-2024 at about 2200 hours, police said on Friday.", "2024-03-16");
    expect(i.date).toBe("2024-03-14");
  });

  it("New Year's Eve across the year boundary", () => {
    const [i] = read("Two militants were killed in a police raid in Peshawar on New Year's Eve, police said.", "2024-01-02");
    expect(i.date).toBe("2023-12-31");
  });
});

describe("sub-event types from other wording", () => {
  it("a raid that only arrests is Arrests (Strategic developments), no violent incident; a seized vest is no bombing", () => {
    const inc = read("The CTD arrested two suspected Daesh militants in Peshawar on Thursday and seized a suicide vest and grenades from their hideout.", "2024-05-10");
    expect(inc.map((i) => [i.event_type, i.sub_event_type, i.perpetrators])).toEqual([["Strategic developments", "Arrests", ["PK_POLICE"]]]);
  });

  it("arrests after an attack are its follow-up, not an incident of their own", () => {
    const inc = read("A bomb killed three people at a market in Bannu on Monday. Police later arrested two suspects in Peshawar.", "2024-05-10");
    expect(inc).toHaveLength(1);
    expect(inc[0].sub_event_type).toBe("Remote explosive/landmine/IED");
  });

  it("a quadcopter dropping a mortar bomb is a drone strike, by militants when no state is named", () => {
    const [i] = read("A quadcopter dropped a mortar bomb on a house in Mir Ali on Thursday, wounding two women.", "2024-05-10");
    expect(i).toMatchObject({ sub_event_type: "Air/drone strike", perpetrators: ["MILITANTS"] });
  });

  it("militants overrunning a police post is an armed clash, not territory taken", () => {
    const [i] = read("Militants overran a police post in Tank on Thursday and killed five constables.", "2024-05-10");
    expect(i.sub_event_type).toBe("Armed clash");
  });

  it("'Six soldiers and all five attackers were killed' counts both", () => {
    const [i] = read("A suicide bomber blew himself up at the gate of the FC headquarters in Bajaur on Thursday and four other attackers stormed in. Six soldiers and all five attackers were killed, the ISPR said.", "2024-05-10");
    expect(i.sub_event_type).toBe("Suicide bomb");
    expect(i.killed).toMatchObject({ total: 11, security_forces: 6, militants: 5 });
  });
});

describe("roundups and the two sides of a border clash", () => {
  it("a weekly roundup: a pipeline 'blown up' on another day and place is its own item, with the claim and the zero", () => {
    const inc = read("A week of violence\n\nOn Monday, gunmen shot dead two barbers in Turbat, police said.\n\nOn Tuesday, a grenade thrown at a shop in Quetta wounded two people.\n\nOn Wednesday, a gas pipeline was blown up near Chaman. Nobody was injured. The BLF said it was behind the blast.", "2024-05-10");
    expect(inc.map((i) => [i.date, i.adm2, i.perpetrators, i.injured.total])).toEqual([
      ["2024-05-06", "Kech", ["MILITANTS"], null],
      ["2024-05-07", "Quetta", [], 2],
      ["2024-05-08", "Chaman", ["BLF"], 0],
    ]);
  });

  it("the other side's dead in a cross-border exchange join the incident the report leads with", () => {
    const inc = read("Pakistani and Afghan forces exchanged fire near Mir Ali on Thursday. Pakistani officials said one soldier was killed. In Khost, a Taliban spokesman said three Afghan border guards were killed and four wounded in the fighting.", "2024-05-10");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ country: "PK", adm2: "North Waziristan", sub_event_type: "Armed clash" });
    expect(inc[0].killed).toMatchObject({ total: 4, security_forces: 4 });
    expect(inc[0].injured).toMatchObject({ total: 4, security_forces: 4 });
  });

  it("'one Afghan border guard was also killed' is a security-force death of the other side", () => {
    const [i] = read("Two Pakistani soldiers died in an exchange of fire near Mir Ali on Thursday, officials said. A Taliban spokesman said one Afghan border guard was also killed in the clash.", "2024-05-10");
    expect(i.killed).toMatchObject({ total: 3, security_forces: 3 });
  });

  it("bare 'policemen' in an Afghan official's words are Afghan: not the Pakistani policemen counted again", () => {
    const [i] = read("Two Pakistani policemen and two Afghan border policemen were killed when forces of the two countries exchanged fire near Chaman on Friday. A spokesman for Afghanistan's interior ministry confirmed that two border policemen had died and accused Pakistani forces of starting the clash.", "2023-05-06");
    expect(i.killed).toMatchObject({ total: 4, security_forces: 4 });
  });
});

describe("victims named by occupation", () => {
  it("'killed a schoolteacher', 'killed a headmaster' are killings of civilians", () => {
    const [a] = read("Gunmen killed a schoolteacher in Kech district on Thursday.", "2024-05-10");
    expect(a).toMatchObject({ sub_event_type: "Attack", killed: { total: 1, civilians: 1 } });
    const [b] = read("Unknown assailants killed a headmaster in Tank on Thursday.", "2024-05-10");
    expect(b.killed).toMatchObject({ total: 1, civilians: 1 });
  });
});

describe("places named with the district and province beside them", () => {
  it("the district and province named after a village decide its country over a look-alike", () => {
    const [i] = read("A drone struck a house in Sarobi village, Achin district, Nangarhar, on Thursday, killing three children.", "2024-05-10");
    expect(i).toMatchObject({ country: "AF", adm1: "Nangarhar", adm2: "Achin" });
  });

  it("'in the Afghan capital' is Kabul", () => {
    const [i] = read("A suicide bomber blew himself up outside a ministry in the Afghan capital on Monday, killing at least six people.", "2024-05-08");
    expect(i).toMatchObject({ country: "AF", adm1: "Kabul" });
  });
});

describe("two incidents in one sentence", () => {
  it("'killed two policemen in Tank and a soldier in Bannu' is one incident per place", () => {
    const inc = read("Gunmen killed two policemen in Tank and a soldier in Bannu on Monday, officials said.", "2024-07-02");
    expect(inc.map((i) => [i.adm2, i.killed.total, i.killed.security_forces])).toEqual([
      ["Tank", 2, 2],
      ["Bannu", 1, 1],
    ]);
  });

  it("'Five soldiers were killed in Kech and three in Bajaur on Monday in separate attacks'", () => {
    const inc = read("Five soldiers were killed in Kech and three in Bajaur on Monday in separate attacks, the military said.", "2024-07-02");
    expect(inc.map((i) => [i.date, i.adm2, i.killed.total, i.killed.security_forces])).toEqual([
      ["2024-07-01", "Kech", 5, 5],
      ["2024-07-01", "Bajaur", 3, 3],
    ]);
  });

  it("'..., a day after a jeweller was wounded in Sariab': the earlier event in the same city is kept, a day before", () => {
    const inc = extract({ id: "u", text: "A trader was shot dead in Quetta on Monday, a day after a jeweller was wounded by a gunman in Sariab.", published: "2024-05-10" }, { geocoder }).incidents;
    expect(inc.map((i) => [i.date, i.adm2, i.killed.total, i.injured.total])).toEqual([
      ["2024-05-06", "Quetta", 1, null],
      ["2024-05-05", "Quetta", null, 1],
    ]);
  });
});

describe("lists of the dead", () => {
  it("'The dead included a party leader, two policemen and nine party workers'", () => {
    const [i] = read("A bomb planted near the stage went off at an election rally in Bajaur on Sunday, killing 12 people. The dead included a local party leader, two policemen and nine party workers.", "2024-02-05");
    expect(i.killed).toMatchObject({ total: 12, security_forces: 2, civilians: 10 });
  });
});

describe("more of the held-out kinds", () => {
  it("a vaccinator shot dead with her police escort is an attack on civilians", () => {
    const [i] = read("Gunmen shot dead a vaccinator and his police escort in Bajaur on Thursday.", "2024-05-10");
    expect(i).toMatchObject({ event_type: "Violence against civilians", sub_event_type: "Attack" });
    expect(i.killed).toMatchObject({ total: 2, security_forces: 1, civilians: 1 });
  });

  it("'claimed the attack, saying 17 soldiers were dead': the group's figure does not replace the officials'", () => {
    const [i] = read("Officials said three soldiers were killed in the attack on a checkpost in Tank on Thursday. The TTP claimed the attack, saying 17 soldiers were dead.", "2024-05-10");
    expect(i).toMatchObject({ perpetrators: ["TTP"] });
    expect(i.killed).toMatchObject({ total: 3, security_forces: 3 });
  });

  it("a revised toll's breakdown names shoppers: civilians", () => {
    const [i] = read("Officials first spoke of two dead after the bombing in Bannu on Thursday. Later the toll was put at seven - four policemen and three shoppers - not counting the attacker.", "2024-05-10");
    expect(i.killed).toMatchObject({ total: 8, security_forces: 4, civilians: 3, militants: 1 });
  });

  it("militants of a named group killed after firing at a raiding team: the police raid is the incident", () => {
    const [i] = read("CTD said four militants of the banned BLA were killed in Quetta on Thursday after they fired at a raiding team.", "2024-05-10");
    expect(i).toMatchObject({ sub_event_type: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["BLA"] });
  });

  it("jets that 'on Wednesday night bombed', houses 'bombed by Pakistani aircraft': air strikes", () => {
    const [a] = read("Pakistani jets on Wednesday night bombed a madrassa in Barmal district of Paktika, killing 12 people, Afghan officials said.", "2024-05-10");
    expect(a).toMatchObject({ sub_event_type: "Air/drone strike", perpetrators: ["PK_AIR_FORCE"] });
    const [b] = read("Houses in Spera district of Khost were bombed by Pakistani aircraft overnight, killing eight people.", "2024-05-10");
    expect(b).toMatchObject({ sub_event_type: "Air/drone strike", perpetrators: ["PK_AIR_FORCE"] });
  });
});

describe("roundup items chained in one sentence, and follow-up sentences", () => {
  it("'..., while on the 12th a bomb wounded two FC men in Kech' is its own incident with its own weapon", () => {
    const inc = read("On May 9 militants stormed a Levies post in Zhob, killing four, while on the 12th a bomb on a donkey cart wounded two FC men in Kech.", "2024-06-01");
    expect(inc.map((i) => [i.date, i.adm2, i.sub_event_type])).toEqual([
      ["2024-05-09", "Zhob", "Armed clash"],
      ["2024-05-12", "Kech", "Remote explosive/landmine/IED"],
    ]);
    expect(inc[1].injured).toMatchObject({ total: 2, security_forces: 2 });
  });

  it("'injuring the cashier and a buyer' counts two wounded civilians", () => {
    const [i] = read("Gunmen opened fire on a shop in Quetta on Thursday, injuring the cashier and a buyer.", "2024-05-10");
    expect(i.injured).toMatchObject({ total: 2, civilians: 2 });
  });

  it("a breakdown of the injured given outright overrides the category guessed from the dead", () => {
    const [i] = read("Two soldiers were killed and seven others were injured in a blast in Bannu on Thursday. Of the injured, four are soldiers and three are civilians.", "2024-05-10");
    expect(i.injured).toMatchObject({ total: 7, security_forces: 4, civilians: 3 });
  });

  it("'the spokesman said all of the victims were civilians' fills the civilians", () => {
    const [i] = read("A bomb killed six people at a market in Bannu on Thursday. Police said no one had claimed the attack. The spokesman said all of the victims were civilians.", "2024-05-10");
    expect(i.killed).toMatchObject({ total: 6, civilians: 6 });
  });

  it("'..., a day after a jeweller was wounded by a gunman near his shop': no place of its own, the main one's", () => {
    const inc = extract({ id: "u", text: "A trader was shot dead in Quetta on Monday, a day after a jeweller from the same community was wounded by a gunman near his shop.", published: "2024-05-10" }, { geocoder }).incidents;
    expect(inc.map((i) => [i.date, i.adm2, i.injured.total])).toEqual([
      ["2024-05-06", "Quetta", null],
      ["2024-05-05", "Quetta", 1],
    ]);
  });
});

describe("police and Levies wording", () => {
  it("'two more injured policemen died' raises the toll and counts no one injured", () => {
    const [i] = read("The death toll from Saturday's attack on a police checkpoint in Bannu climbed to nine on Sunday after two more injured policemen died in hospital, officials said.", "2024-08-12");
    expect(i.killed.total).toBe(9);
    expect(i.injured.total).toBeNull();
  });

  it("bodies recovered are a killing; how the men were abducted before is its story, not another incident", () => {
    const inc = read("Levies recovered the bullet-riddled bodies of two men in Kech on Sunday. The men had been abducted by armed men from the highway a week earlier, officials said.", "2024-12-02");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ date: "2024-12-01", adm2: "Kech", sub_event_type: "Attack", perpetrators: ["MILITANTS"] });
    expect(inc[0].killed).toMatchObject({ total: 2, civilians: 2 });
  });

  it("militants killed 'in an encounter with the CTD' are the police's operation", () => {
    const [i] = read("Three terrorists were killed in an encounter with the Counter-Terrorism Department in Dera Ismail Khan on Saturday, the CTD said.", "2024-11-03");
    expect(i).toMatchObject({ sub_event_type: "Armed clash", perpetrators: ["PK_POLICE"] });
  });

  it("the attackers told in the sentence after the killing are its perpetrators", () => {
    const [i] = read("A prayer leader was killed in Peshawar on Monday evening. Police said two armed men on a motorcycle fired at him as he left the mosque and escaped.", "2024-03-05");
    expect(i).toMatchObject({ sub_event_type: "Attack", perpetrators: ["MILITANTS"] });
  });
});

describe("a province-wide lead before its district items", () => {
  it("the lead lends no counts; 'shot them dead' is an attack on the passengers", () => {
    const inc = read("Thirty-nine people, including 14 security personnel, were killed as militants carried out coordinated attacks across Balochistan on Sunday, the military said. In Kech, gunmen forced 23 passengers off buses and shot them dead. In Quetta, a railway bridge was blown up.", "2024-08-27");
    expect(inc.map((i) => [i.adm2, i.sub_event_type, i.killed.total])).toEqual([
      ["Kech", "Attack", 23],
      ["Quetta", "Remote explosive/landmine/IED", null],
    ]);
    expect(inc[0].perpetrators).toEqual(["MILITANTS"]);
  });
});

describe("constructions behind the held-out items, in other words", () => {
  it("an attack on a polio team is on civilians, whoever dies guarding it", () => {
    const [i] = read("Two men on a motorbike fired on a polio vaccination team going house to house in Bannu on Thursday, killing a female health worker and the policeman assigned to protect her.", "2024-05-10");
    expect(i).toMatchObject({ event_type: "Violence against civilians", sub_event_type: "Attack" });
    expect(i.killed).toMatchObject({ total: 2, security_forces: 1, civilians: 1 });
  });

  it("'planes had struck houses' in reported speech is an air strike", () => {
    const [i] = read("Taliban officials said Pakistani warplanes had hit several homes in Barmal district of Paktika late on Tuesday, killing seven people.", "2024-05-10");
    expect(i).toMatchObject({ sub_event_type: "Air/drone strike", perpetrators: ["PK_AIR_FORCE"] });
  });

  it("a group owning the raid and 'alleging' its own toll does not replace the officials' figure", () => {
    const [i] = read("Officials said one policeman was killed in the attack on a checkpost in Tank on Thursday. The TTP took responsibility in a message to journalists, insisting that eleven policemen had died.", "2024-05-10");
    expect(i).toMatchObject({ perpetrators: ["TTP"] });
    expect(i.killed).toMatchObject({ total: 1, security_forces: 1 });
  });

  it("'the dead numbered N - a of one kind and b of another - besides the attacker'", () => {
    const [i] = read("A suicide bomber hit a market in Bannu on Thursday. Officials first spoke of three dead. By evening the dead numbered eight - two policemen and six traders - besides the attacker.", "2024-05-10");
    expect(i.killed).toMatchObject({ total: 9, security_forces: 2, civilians: 6, militants: 1 });
  });

  it("militants of a named group dying in a shoot-out told by the CTD: the CTD's operation, the group its target", () => {
    const [i] = read("Four members of the banned TTP died in a shoot-out in Bannu on Thursday, the CTD said. Its officials had cordoned off a house after a tip-off and the men inside opened fire.", "2024-05-10");
    expect(i).toMatchObject({ sub_event_type: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["TTP"] });
    expect(i.killed).toMatchObject({ total: 4, militants: 4 });
  });
});

describe("last held-out constructions", () => {
  it("'on the last day of the year' across the year boundary", () => {
    const [i] = read("Two militants were killed in a police raid in Peshawar on the last day of the year, police said.", "2024-01-02");
    expect(i.date).toBe("2023-12-31");
  });

  it("an attacker detonating an explosives vest opens a complex attack: a suicide bombing", () => {
    const [i] = read("One attacker detonated an explosives vest at the gate of the FC camp in Bajaur on Thursday before four others stormed in with rifles. Five soldiers were killed.", "2024-05-10");
    expect(i.sub_event_type).toBe("Suicide bomb");
  });

  it("rockets first, then 'gunning down' unarmed workers: an attack on civilians", () => {
    const [i] = read("Attackers fired rockets at a labourers' camp in Kech on Thursday before gunning down nine workers.", "2024-05-10");
    expect(i).toMatchObject({ sub_event_type: "Attack" });
    expect(i.killed).toMatchObject({ total: 9, civilians: 9 });
  });

  it("'Kandahar's Arghandab district' takes the district of the province named before it", () => {
    const cand = (adm1: string) => ({ id: adm1, name: "Arghandab", kind: "district" as const, country: "AF" as const, adm1, adm2: "Arghandab", lat: null, lon: null });
    const prov = { id: "k", name: "Kandahar", kind: "province" as const, country: "AF" as const, adm1: "Kandahar", adm2: null, lat: null, lon: null };
    const geo = {
      findPlaces(text: string) {
        const out = [];
        for (const [name, candidates] of [["Kandahar", [prov]], ["Arghandab", [cand("Zabul"), cand("Kandahar")]]] as const) {
          const at = text.indexOf(name);
          if (at >= 0) out.push({ start: at, end: at + name.length, text: name, candidates: [...candidates] });
        }
        return out.sort((a, b) => a.start - b.start);
      },
      resolve(m: { start: number; end: number; candidates: Array<ReturnType<typeof cand> | typeof prov> }) {
        const c = m.candidates[0];
        return { country: c.country, adm1: c.adm1, adm2: c.adm2, place: null, lat: null, lon: null, precision: 3 as const, confidence: 0.8, method: "gazetteer" as const, evidence: [{ start: m.start, end: m.end }], candidate: c };
      },
      border() {
        throw new Error("not here");
      },
    };
    const [i] = extract({ id: "u", text: "Two children were killed when a mortar hit their home in Kandahar's Arghandab district on Thursday.", published: "2024-05-10" }, { geocoder: geo as never }).incidents;
    expect(i).toMatchObject({ adm1: "Kandahar", adm2: "Arghandab" });
  });
});

describe("police statements citing case numbers", () => {
  it("'a case (FIR No. 112) was registered' does not become 112 dead", () => {
    const [i] = read("Two policemen were shot dead by unidentified gunmen at a checkpoint in Bannu on Sunday night. A case, FIR No. 112, was registered under Section 302 at the City police station.", "2024-05-06");
    expect(i.killed).toMatchObject({ total: 2, security_forces: 2 });
  });
});
