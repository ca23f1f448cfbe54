import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { defaultGeocoder } from "../../src/geo/index.js";

// The less common kinds of event (FORMAT.md's ACLED taxonomy): communal clashes, protests after killings, the
// Emirate's operations against Daesh and the National Resistance Front, recoveries of kidnapped people. Every
// report is written for these tests (own wording), published on a Tuesday.
const geocoder = defaultGeocoder();
const read = (text: string, published = "2025-07-22") => extract({ id: "k", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const one = (text: string) => {
  const all = read(text);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("clashes between rival tribes or sects", () => {
  it("codes both sides of a land feud as communal militias (PK_OTHER) in an armed clash", () => {
    const i = one("PARACHINAR: Four people were killed and eleven wounded on Monday when two tribes exchanged fire over a disputed plot of land in the Sadda area of Kurram district, police said. Elders later brokered a truce.");
    expect(i.sub_event_type).toBe("Armed clash");
    expect(i.perpetrators).toEqual(["PK_OTHER"]);
    expect(i.targets).toEqual(["PK_OTHER"]);
    expect([i.date, i.adm2, i.killed.total, i.injured.total]).toEqual(["2025-07-21", "Kurram", 4, 11]);
  });

  it("reads tribesmen firing on each other as a clash, not gunmen attacking civilians", () => {
    const i = one("KURRAM: A long-standing land dispute between two tribes turned deadly on Saturday when tribesmen of the two sides opened fire on each other near Parachinar, killing three people and injuring five, police said.");
    expect(i.sub_event_type).toBe("Armed clash");
    expect(i.perpetrators).toEqual(["PK_OTHER"]);
    expect(i.targets).toEqual(["PK_OTHER"]);
    expect(i.date).toBe("2025-07-19");
  });

  it("reads armed men of rival communities in sectarian clashes as the communities' militias", () => {
    const i = one("PARACHINAR: At least six people died in sectarian clashes that broke out in the Bagan area of Lower Kurram on Sunday, officials said. Armed men of the rival communities fired at each other's villages with heavy weapons, and twelve people were hurt.");
    expect(i.perpetrators).toEqual(["PK_OTHER"]);
    expect(i.targets).toEqual(["PK_OTHER"]);
    expect([i.killed.total, i.injured.total, i.adm2]).toEqual([6, 12, "Kurram"]);
  });

  it("keeps an ambush of a convoy an attack by gunmen although sectarian fighting is feared", () => {
    const i = one("PARACHINAR: Gunmen hiding in the hills fired on a convoy of passenger vans near Bagan in Kurram district on Monday, killing seven passengers, police said. Residents said the ambush raised fears of another round of sectarian fighting.");
    expect(i.perpetrators).toEqual(["MILITANTS"]);
    expect(i.targets).toEqual(["CIVILIANS"]);
    expect(i.sub_event_type).toBe("Attack");
  });
});

describe("protests and sit-ins after killings", () => {
  it("makes the protesters (civilians) the ones who initiated a peaceful protest, with nobody attacked", () => {
    const i = one("PESHAWAR: Hundreds of people held a peaceful protest outside the press club in Peshawar on Monday against the killing of a local trader last week. They chanted slogans and dispersed after two hours.");
    expect(i.sub_event_type).toBe("Peaceful protest");
    expect(i.perpetrators).toEqual(["CIVILIANS"]);
    expect(i.targets).toEqual([]);
    expect(i.killed.total).toBeNull();
  });

  it("does not count the killing a highway blockade is about as the blockade's toll", () => {
    const i = one("KHAR: Residents of Bajaur blocked the main highway for six hours on Sunday, placing the bodies of two men killed by unidentified gunmen on the road. The protest ended after the administration promised to arrest the culprits.");
    expect(i.sub_event_type).toBe("Peaceful protest");
    expect(i.perpetrators).toEqual(["CIVILIANS"]);
    expect(i.killed.total).toBeNull();
  });

  it("codes teargas on a blockade as protest with intervention: protesters initiate, the police intervene, the cause is not its toll", () => {
    const i = one("BANNU: Police fired teargas to disperse protesters who had blocked the Bannu-Miranshah road on Tuesday to protest against the killing of two youths. Five protesters were injured, officials said.");
    expect(i.sub_event_type).toBe("Protest with intervention");
    expect(i.perpetrators).toEqual(["CIVILIANS"]);
    expect(i.targets).toEqual(["PK_POLICE"]);
    expect(i.killed.total).toBeNull();
    expect(i.injured.total).toBe(5);
  });

  it("makes the force that fired on protesters the perpetrator of excessive force", () => {
    const i = one("BANNU: Police opened fire on demonstrators staging a sit-in in Bannu on Monday, killing two protesters and injuring nine, witnesses said.");
    expect(i.sub_event_type).toBe("Excessive force against protesters");
    expect(i.perpetrators).toEqual(["PK_POLICE"]);
    expect(i.targets).toEqual(["CIVILIANS"]);
    expect([i.killed.total, i.injured.total]).toEqual([2, 9]);
  });

  it("keeps a killing told as an event its own incident, before the sit-in that followed", () => {
    const all = read("PESHAWAR: Gunmen shot dead a tribal elder in Peshawar on Saturday night, police said. On Sunday, his relatives and residents staged a sit-in on the Ring Road with his body, demanding the arrest of the killers. They ended the protest after talks with police.");
    expect(all.map((i) => [i.date, i.sub_event_type, i.perpetrators])).toEqual([
      ["2025-07-19", "Attack", ["MILITANTS"]],
      ["2025-07-20", "Peaceful protest", ["CIVILIANS"]],
    ]);
  });
});

describe("the Emirate's forces against Daesh and the National Resistance Front", () => {
  it("reads the mujahideen of the Islamic Emirate targeting a Daesh hideout as the Emirate's operation on ISKP", () => {
    const i = one("JALALABAD: The mujahideen of the Islamic Emirate targeted a Daesh hideout in Nangarhar on Monday night, a provincial spokesman said. Six Daesh members were killed, he said.");
    expect(i.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(i.targets).toEqual(["ISKP"]);
    expect(i.killed.militants).toBe(6);
  });

  it("reads a city's police district as a place in Kabul, not the government nor Pakistan's police", () => {
    const i = one("KABUL: Taliban security forces killed three Daesh members in a night raid in Kabul's Police District 12 on Sunday, a spokesman for the interior ministry said.");
    expect([i.country, i.adm1]).toEqual(["AF", "Kabul"]);
    expect(i.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(i.targets).toEqual(["ISKP"]);
    expect(i.killed.militants).toBe(3);
  });

  it("reads the National Resistance Front, the NRF and Ahmad Massoud's forces as AF_OTHER", () => {
    const a = one("PANJSHIR: Fighters of the National Resistance Front said they ambushed a Taliban convoy in the Dara district of Panjshir on Sunday, killing eight Taliban fighters.");
    expect(a.perpetrators).toEqual(["AF_OTHER"]);
    expect(a.targets).toEqual(["AF_TALIBAN"]);
    const b = one("KABUL: Ahmad Massoud's forces attacked a Taliban checkpoint in Panjshir's Rukha district on Thursday, killing three Taliban soldiers.");
    expect(b.perpetrators).toEqual(["AF_OTHER"]);
    const c = one("BAGHLAN: Taliban forces launched an operation against the NRF in Andarab district of Baghlan province on Wednesday. Five resistance fighters were killed, a Taliban official said.");
    expect(c.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(c.targets).toEqual(["AF_OTHER"]);
    expect(c.killed.militants).toBe(5);
    expect(c.adm1).toBe("Baghlan");
  });
});

describe("kidnappings and recoveries", () => {
  it("codes a raid that recovers a kidnapped man and arrests his kidnappers as the arrests", () => {
    const i = one("BANNU: Police recovered a kidnapped trader in a raid on a hideout in Bannu on Monday and arrested three kidnappers, officials said. The trader had been abducted for ransom last month.");
    expect(i.sub_event_type).toBe("Arrests");
    expect(i.perpetrators).toEqual(["PK_POLICE"]);
    expect(i.targets).toEqual(["MILITANTS"]);
  });

  it("keeps a kidnapping for ransom an abduction of civilians", () => {
    const i = one("PESHAWAR: Armed men kidnapped a doctor from his clinic in Peshawar on Monday and are demanding a ransom for his release, police said.");
    expect(i.sub_event_type).toBe("Abduction/forced disappearance");
    expect(i.perpetrators).toEqual(["MILITANTS"]);
    expect(i.targets).toEqual(["CIVILIANS"]);
  });
});
