import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Days of incidents in wire copy, releases and features: datelines after a preamble line, statements' own days, a
 * sentence that sets the clock, revised tolls "by" a later day, recalled events and what goes on with them, and the
 * district a report names. Own invented reports (stop 16, "dates"); the real gazetteer.
 */
const geocoder = createGeocoder();
const incidents = (text: string, published: string) => extract({ id: "w", text, published }, { geocoder }).incidents;
const days = (text: string, published: string) => incidents(text, published).map((i) => `${i.date ?? i.date_precision} ${i.adm2}`);

describe("a dateline after a release number is the report's day, not the event's", () => {
  it("'No. 41/2025' then 'PESHAWAR, 3 March 2025: On 2 March 2025, ...'", () => {
    const r = incidents(
      "No 41/2025-PR\n\nPESHAWAR, 3 March 2025: On 2 March 2025, militants attacked a police checkpost near Mattani with rockets and small arms. Two constables embraced martyrdom in the exchange of fire.",
      "2025-03-03",
    );
    expect(r.map((i) => i.date)).toEqual(["2025-03-02"]);
  });
});

describe("the day of a statement is not the day of what it tells", () => {
  it("'In a later statement on Wednesday, the military said troops had killed four militants ... late on Tuesday'", () => {
    // 2025-06-11 is a Wednesday
    const r = days(
      "MIRANSHAH: Gunmen attacked a school van near Mir Ali on Tuesday morning, wounding the driver and two children, police said.\n\nIn a later statement on Wednesday, the military said troops had killed four militants in a follow-up operation in the Datta Khel area late on Tuesday.",
      "2025-06-11",
    );
    expect(r).toContain("2025-06-10 North Waziristan");
    expect(r.filter((x) => x.startsWith("2025-06-11"))).toEqual([]);
  });
});

describe("a month a comparison names does not date the event told with its own day", () => {
  it("'the fiercest since the clashes of August 2024, began on Friday night'", () => {
    // 2025-11-16 is a Sunday: Friday is the 14th
    const r = incidents(
      "The firing, among the fiercest since the clashes of August 2024, began on Friday night, when Afghan forces opened fire on Pakistani posts near Ghulam Khan in North Waziristan. Two soldiers were martyred, officials said.",
      "2025-11-16",
    );
    expect(r.map((i) => i.date)).toEqual(["2025-11-14"]);
  });
});

describe("a sentence that sets the clock dates the item told next", () => {
  it("'The latest attack came on Monday evening. A grenade ... exploded'", () => {
    // 2025-04-16 is a Wednesday: Monday is the 14th
    const r = incidents(
      "BANNU: Shopkeepers in the city say they no longer stay open after dark.\n\nThe latest attack came on Monday evening. A grenade thrown at a police van exploded near the Mandan police station, wounding three constables. The attackers fled on a motorcycle.",
      "2025-04-16",
    );
    expect(r.map((i) => i.date)).toEqual(["2025-04-14"]);
  });
});

describe("a toll revised by a later day keeps the event's day", () => {
  it("'By Sunday evening, two of the wounded had also died, taking the toll to six'", () => {
    // 2025-07-14 is a Monday
    const r = incidents(
      "RAZMAK: On Saturday morning, a bomb planted on a motorcycle exploded near a checkpost in Razmak, killing four soldiers. By Sunday evening, two of the wounded, a soldier and a shopkeeper, had also died, taking the toll to six.",
      "2025-07-14",
    );
    expect(r.map((i) => `${i.date} ${i.killed.total}`)).toEqual(["2025-07-12 6"]);
  });
});

describe("what a possessive day names is another incident", () => {
  it("a strike held on Saturday 'in response to Friday's bombing' is a protest of its own, on Saturday", () => {
    // 2025-02-24 is a Monday
    const r = incidents(
      "CHAMAN: A bomb fitted to a motorcycle exploded on the Taj Road on Friday evening, killing two policemen.\n\nLess than a day later, on Saturday afternoon, gunmen shot dead a money changer outside his shop in the bazaar.\n\nTraders responded to Friday's bombing with a shutter-down strike on Saturday morning, and hundreds marched to the deputy commissioner's office chanting slogans against the government.",
      "2025-02-24",
    );
    const byKind = r.map((i) => `${i.date} ${i.sub_event_type}`);
    expect(byKind).toContain("2025-02-21 Remote explosive/landmine/IED");
    expect(byKind).toContain("2025-02-22 Attack");
    expect(byKind).toContain("2025-02-22 Peaceful protest");
    expect(r.length).toBe(3);
  });
});

describe("an aside 'a day before' after the sentence's own day", () => {
  it("'On Tuesday night, a day before the blast, gunmen fired on a checkpost'", () => {
    // 2024-05-09 is a Thursday: the blast on Wednesday the 8th, the firing on Tuesday the 7th
    const r = days(
      "KARAK: A roadside bomb struck a police van near Takht-e-Nasrati before dawn on Wednesday, wounding three policemen.\n\nOn Tuesday night, a day before the blast, gunmen fired on a police checkpost in Kohat. Police returned fire and the attackers fled.",
      "2024-05-09",
    );
    expect(r).toContain("2024-05-08 Karak");
    expect(r).toContain("2024-05-07 Kohat");
  });
});

describe("the sentence after a recalled event, at that event's district, goes on with it", () => {
  it("'came a day after a teacher was shot and wounded in Tank district. Police there said ...'", () => {
    // 2025-10-09 is a Thursday
    const r = days(
      "KHAR: A policeman was martyred on Wednesday when gunmen fired on a polio team's escort near Loisam in Bajaur.\n\nThe attack came a day after a schoolteacher was shot and wounded in Tank district. Police there said two men on a motorcycle fired at him outside a school in the Gul Imam area.",
      "2025-10-09",
    );
    expect(r.sort()).toEqual(["2025-10-07 Tank", "2025-10-08 Bajaur"]);
  });
});

describe("an event recalled from a season before", () => {
  it("'the deadliest since last spring, when a roadside bomb killed five policemen' is apart, with no day", () => {
    const r = incidents(
      "WANA: A suicide bomber rammed a car into an army convoy near Wana on Tuesday, killing seven soldiers, officials said.\n\nTuesday's bombing was the deadliest in South Waziristan since last spring, when a roadside bomb killed five policemen in the Tiarza area.",
      "2026-01-14",
    );
    expect(r.map((i) => `${i.date} ${i.killed.total}`).sort()).toEqual(["2026-01-13 7", "null 5"]);
  });
});

describe("the district as the report names it", () => {
  it("a report that says 'South Waziristan district' after the split keeps that name for Wana", () => {
    const r = incidents("WANA: Gunmen shot dead two tribal elders outside a mosque in Wana, South Waziristan district, on Friday, police said. The attackers fled towards the hills after the shooting near the bazaar of Wana town, which lies in the south of the district far from the Tank road.", "2025-08-16");
    expect(r.map((i) => i.adm2)).toEqual(["South Waziristan"]);
  });
  it("the undivided name told far from the place still counts when no part of it is named", () => {
    const r = incidents(
      "The army said on Monday that it had stepped up patrols in South Waziristan district after a week of attacks on convoys and checkposts in the tribal belt.\n\nThe security review, chaired by the corps commander in Peshawar, discussed the fencing of the border, the movement of families displaced by the fighting, the reopening of schools that had been shut since the spring, and a plan for new roads and markets in the district's towns.\n\nOn Sunday, gunmen opened fire on a police post in Azam Warsak, wounding two constables.",
      "2025-09-15",
    );
    expect(r.map((i) => i.adm2)).toEqual(["South Waziristan"]);
  });
  it("control: a report that names Lower South Waziristan keeps it", () => {
    const r = incidents("WANA: On Sunday, gunmen opened fire on a police post in Azam Warsak in Lower South Waziristan, wounding two constables.", "2025-09-15");
    expect(r.map((i) => i.adm2)).toEqual(["Lower South Waziristan"]);
  });
});

describe("a toll told for every front is not the last local incident's", () => {
  it("'martyred in the fighting across all sectors' stays out of the town's shelling toll", () => {
    // 2025-10-13 is a Monday
    const r = incidents(
      "QUETTA: Afghan forces attacked Pakistani posts at several points along the border on Saturday night, and the two sides traded artillery fire into Sunday.\n\nOn Sunday morning, shells fired from across the border struck houses in Chaman, where a doctor said two civilians had been killed and nine wounded.\n\nThe military said 23 soldiers had been martyred in the fighting across all sectors.",
      "2025-10-13",
    );
    const chaman = r.find((i) => i.adm2 === "Chaman");
    expect(chaman?.killed.total).toBe(2);
    expect(chaman?.date).toBe("2025-10-12");
  });
});

describe("where the wounded were taken says less than the dateline", () => {
  it("'BANNU: ... shifted to Peshawar' with no other place: Bannu", () => {
    const r = incidents(
      "BANNU: Shopkeepers closed early on Monday, two days after the bombing.\n\nOn Saturday morning, a suicide bomber on a motorcycle rammed into a police van escorting a vaccination team. The blast killed four policemen. Three of the wounded were shifted to Peshawar.",
      "2026-05-18",
    );
    expect(r.map((i) => `${i.date} ${i.adm2}`)).toEqual(["2026-05-16 Bannu"]);
  });
});

describe("a claim of the attack in a district goes to the incident told there, not to an older one recalled", () => {
  it("'The TTP claimed the Lakki attack' with 'Last month, an attack in the Pezu area of Lakki Marwat' told after", () => {
    const r = incidents(
      "LAKKI MARWAT: Militants attacked the Tajazai police checkpost late on Tuesday night, martyring one constable.\n\nThe Tehreek-e-Taliban Pakistan claimed the Lakki attack in a message to journalists on Wednesday.\n\nLast month, an attack on a police post in the Pezu area of Lakki Marwat left three policemen dead.",
      "2024-09-12",
    );
    const tajazai = r.find((i) => i.date === "2024-09-10");
    expect(tajazai?.perpetrators).toEqual(["TTP"]);
    expect(r.find((i) => i.date === null)?.perpetrators ?? []).not.toContain("TTP");
  });
});

describe("counts", () => {
  it("'the driver of the van, a head constable, died of his wounds' is one dead", () => {
    const r = incidents("TANK: A roadside bomb struck a police van on the Tank-Jandola road on Wednesday morning. Five policemen were injured. An official said the driver of the van, a head constable, died of his wounds in the evening.", "2024-09-12");
    expect(r.map((i) => i.killed.total)).toEqual([1]);
  });
  it("a sum across the incidents told after a statistic is no incident of its own", () => {
    const r = incidents(
      "DERA ISMAIL KHAN: Militants attacked a police post in Kulachi on Tuesday night, killing one constable. Two of the attackers were killed.\n\nOn Wednesday, a roadside bomb wounded three policemen in Tank.\n\nTaken together, the hospital figures show 11 people wounded across the two incidents. The police death and the two militants killed in Kulachi bring the number of dead to three.",
      "2024-09-12",
    );
    expect(r.map((i) => i.adm2).sort()).toEqual(["Dera Ismail Khan", "Tank"]);
  });
});

describe("a lead that tells two incidents, each with its own district, act and day", () => {
  it("'..., and a roadside bomb wounded four soldiers in Panjgur district on Sunday morning' is the second one's day", () => {
    // 2026-02-02 is a Monday
    const r = days(
      "QUETTA, Feb 2 - Gunmen shot dead two policemen guarding a bank in Turbat on Saturday, and a roadside bomb wounded four Frontier Corps soldiers in Panjgur district on Sunday morning, officials said.\n\nThe attackers fired from a passing car, a police official in Turbat said. In Panjgur, the bomb went off as a patrol passed along the road.",
      "2026-02-02",
    );
    expect(r.sort()).toEqual(["2026-01-31 Kech", "2026-02-01 Panjgur"]);
  });
  it("'..., and a vaccinator was killed in Dera Ismail Khan a day earlier': the paragraphs after go back to each", () => {
    // 2024-11-19 is a Tuesday
    const r = incidents(
      "PESHAWAR, Nov 19 - A policeman escorting a polio team was shot dead in Bajaur district on Tuesday morning, and a female vaccinator was killed in Dera Ismail Khan a day earlier, officials said.\n\nIn Bajaur, two gunmen on a motorcycle fired on the constable while the team was going door to door in Mamund tehsil. The vaccinators were unhurt.\n\nIn Dera Ismail Khan, the vaccinator was shot by a gunman at the door of a house in the Kulachi area on Monday afternoon. A second worker with her was wounded.",
      "2024-11-19",
    );
    // ("The vaccinators were unhurt": the people with the dead told unhurt, nought hurt)
    expect(r.map((i) => `${i.date} ${i.adm2} k=${i.killed.total} i=${i.injured.total}`).sort()).toEqual(["2024-11-18 Dera Ismail Khan k=1 i=1", "2024-11-19 Bajaur k=1 i=0"]);
  });
  it("control: one incident told with two places in one district stays one", () => {
    const r = incidents("BANNU: Militants attacked a police post in Domel on Sunday night, and a constable was wounded in the exchange of fire near the Domel bazaar, police said.", "2025-03-04");
    expect(r.length).toBe(1);
  });
});
