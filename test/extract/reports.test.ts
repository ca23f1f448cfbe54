import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/** Test reports written for these tests (invented incidents, own wording). */
const geocoder = stubGeocoder();
const run = (text: string, published = "2024-03-20", id = "t") => extract({ id, text, published }, { geocoder });

describe("extract: single incidents", () => {
  it("roadside bomb with word numbers and 'at least'", () => {
    const r = run("BANNU: Three policemen were killed and at least eleven people were injured on Monday when a roadside bomb went off next to their patrol in Bannu district, officials said.");
    expect(r.error).toBeUndefined();
    expect(r.incidents).toHaveLength(1);
    const i = r.incidents[0];
    expect(i).toMatchObject({ date: "2024-03-18", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", sub_event_type: "Remote explosive/landmine/IED", event_type: "Explosions/Remote violence" });
    expect(i.killed).toMatchObject({ total: 3, security_forces: 3 });
    expect(i.injured.total).toBe(11);
    expect(i.perpetrators).toEqual([]);
    expect(i.targets).toEqual(["PK_POLICE"]);
    // every value carries a confidence and the key ones their evidence
    for (const k of ["date", "adm2", "sub_event_type", "killed.total", "injured.total", "perpetrators", "incident"]) expect(i.confidence?.[k]).toBeGreaterThan(0);
    expect(i.field_evidence?.["killed.total"]?.length).toBeGreaterThan(0);
  });

  it("a toll revised upward: the latest figure wins", () => {
    const r = run("PESHAWAR: The death toll from Tuesday's suicide bombing at a mosque in Peshawar rose to 47 on Wednesday. Officials had earlier put the number of dead at 30. More than 90 people were wounded.");
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ date: "2024-03-19", adm2: "Peshawar", sub_event_type: "Suicide bomb", perpetrators: ["MILITANTS"] });
    expect(r.incidents[0].killed.total).toBe(47);
    expect(r.incidents[0].injured.total).toBe(90);
  });

  it("attackers who died count as militants and in the total", () => {
    const r = run("QUETTA: Militants stormed a Frontier Corps camp in Turbat on Tuesday night. Four soldiers were martyred and six attackers were killed in the gun battle that followed, the military said. The Balochistan Liberation Army claimed responsibility.");
    const i = r.incidents[0];
    expect(r.incidents).toHaveLength(1);
    expect(i).toMatchObject({ adm2: "Kech", sub_event_type: "Armed clash", perpetrators: ["BLA"] });
    expect(i.killed).toMatchObject({ total: 10, security_forces: 4, militants: 6 });
  });

  it("an abduction", () => {
    const r = run("LAKKI MARWAT: Armed men abducted five labourers working on a road in Lakki Marwat district yesterday, police said. No group claimed responsibility.");
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ date: "2024-03-19", adm2: "Lakki Marwat", sub_event_type: "Abduction/forced disappearance", event_type: "Violence against civilians", perpetrators: ["MILITANTS"] });
  });

  it("a grenade attack on a shop", () => {
    const r = run("TURBAT: Two men on a motorcycle hurled a hand grenade at a shop in Turbat on Sunday, injuring four civilians, police said.");
    expect(r.incidents[0]).toMatchObject({ date: "2024-03-17", adm2: "Kech", sub_event_type: "Grenade" });
    expect(r.incidents[0].injured).toMatchObject({ total: 4, civilians: 4 });
  });

  it("gunmen killing unarmed people is violence against civilians", () => {
    const r = run("D.I. KHAN: Unidentified gunmen shot dead a shopkeeper and wounded his son in Dera Ismail Khan on Monday evening, police said.");
    expect(r.incidents[0]).toMatchObject({ adm2: "Dera Ismail Khan", sub_event_type: "Attack", event_type: "Violence against civilians", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"] });
    expect(r.incidents[0].killed.total).toBe(1);
  });

  it("an operation in which security forces kill khawarij (ISPR wording)", () => {
    const r = run("RAWALPINDI, 19 March 2024: Security forces conducted an intelligence-based operation in Mir Ali, North Waziristan District. During the operation, troops effectively engaged the khawarij and seven khawarij were sent to hell.");
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ date: "2024-03-19", adm2: "North Waziristan", sub_event_type: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["TTP"] });
    expect(r.incidents[0].killed).toMatchObject({ total: 7, militants: 7 });
  });
});

describe("extract: cross-border", () => {
  it("air strikes reported by Afghan officials are Pakistani air strikes", () => {
    const r = run("KABUL: Pakistani jets carried out air strikes in Barmal district of Paktika province late on Monday, killing nine civilians, among them four children, the Islamic Emirate's spokesman said.");
    expect(r.incidents).toHaveLength(1);
    expect(r.incidents[0]).toMatchObject({ country: "AF", adm1: "Paktika", adm2: "Barmal", sub_event_type: "Air/drone strike", perpetrators: ["PK_AIR_FORCE"], targets: ["CIVILIANS"] });
    expect(r.incidents[0].killed).toMatchObject({ total: 9, civilians: 9 });
  });

  it("shelling by Afghan forces into Chaman", () => {
    const r = run("CHAMAN: Afghan border forces fired mortar shells into populated areas of Chaman on Tuesday, killing two civilians and wounding nine, officials said.", "2024-03-20");
    expect(r.incidents[0]).toMatchObject({ adm2: "Chaman", sub_event_type: "Shelling/artillery/missile attack", perpetrators: ["AF_TALIBAN"] });
    expect(r.incidents[0].killed.total).toBe(2);
    expect(r.incidents[0].injured.total).toBe(9);
  });
});

describe("extract: several incidents", () => {
  it("a roundup with dated items", () => {
    const text = [
      "PESHAWAR: The provincial police released its review of attacks during February.",
      "On 3 February, militants attacked a police post in Tank with rockets. One constable was martyred.",
      "On 9 February, a remote-controlled bomb exploded near a vehicle in Bajaur district, injuring two passers-by.",
      "On 21 February, gunmen shot dead a tribal elder in Lakki Marwat.",
    ].join("\n\n");
    const r = run(text, "2024-03-02");
    expect(r.incidents.map((i) => [i.date, i.adm2, i.sub_event_type])).toEqual([
      ["2024-02-03", "Tank", "Armed clash"],
      ["2024-02-09", "Bajaur", "Remote explosive/landmine/IED"],
      ["2024-02-21", "Lakki Marwat", "Attack"],
    ]);
    expect(r.incidents[1].injured.total).toBe(2);
  });

  it("a separate incident in another district the same day", () => {
    const r = run("Two soldiers were killed when militants ambushed a convoy in Mir Ali on Monday. In a separate incident, a policeman was shot dead in Bannu.");
    expect(r.incidents.map((i) => [i.adm2, i.date, i.killed.total])).toEqual([
      ["North Waziristan", "2024-03-18", 2],
      ["Bannu", "2024-03-18", 1],
    ]);
  });

  it("a chain of relative dates", () => {
    const r = run("A suicide bomber struck a checkpoint in Bannu on 4 March, killing three soldiers. Two days later, a roadside bomb killed a policeman in Tank.");
    expect(r.incidents.map((i) => i.date)).toEqual(["2024-03-04", "2024-03-06"]);
  });

  it("a clause about an earlier attack does not add to the toll", () => {
    const r = run("Gunmen killed four policemen in Tank on Monday, two weeks after an attack in Bannu killed eleven soldiers.");
    expect(r.incidents.filter((i) => !i.background)).toHaveLength(1);
    expect(r.incidents[0].killed.total).toBe(4);
  });
});

describe("extract: background incidents", () => {
  it("a sentence about an attack years ago is kept apart and lends nothing to today's", () => {
    const r = run("Gunmen killed three policemen at a checkpoint in Bannu on Monday, officials said. In 2014, militants attacked a school in Peshawar, killing 147 people. Earlier this month, a roadside bomb killed two soldiers in Tank.");
    const main = r.incidents.filter((i) => !i.background);
    expect(main).toHaveLength(1);
    expect(main[0]).toMatchObject({ adm2: "Bannu", date: "2024-03-18", killed: { total: 3 } });
    const bg = r.incidents.filter((i) => i.background);
    expect(bg.map((i) => [i.adm2, i.date])).toEqual([["Peshawar", null], ["Tank", null]]);
  });
});

describe("extract: no incident, odd input", () => {
  it("annual or period figures are statistics, not incidents", () => {
    expect(run("RAWALPINDI: Security forces killed 925 terrorists in intelligence-based operations this year, the military spokesman told a press conference. He said 383 officers and soldiers were martyred.").incidents).toEqual([]);
    expect(run("In the last 24 hours, security forces killed 30 khawarij in various operations across Khyber Pakhtunkhwa.").incidents).toEqual([]);
  });
  it("deaths in an accident are not an incident", () => {
    expect(run("Six soldiers, including two majors, were martyred when their helicopter crashed during a relief flight near Quetta on Monday, the military said.").incidents).toEqual([]);
  });
  it("an op-ed about trade has no incident", () => {
    const r = run("Opinion: Trade through the crossings should not be hostage to politics. Traders in Chaman and Peshawar lose money each time the gates close.");
    expect(r.incidents).toEqual([]);
  });
  it("evidence offsets refer to the original text", () => {
    const text = "<p>BANNU &mdash; Five soldiers were killed in Bannu on Monday when a roadside bomb exploded.</p>";
    const r = run(text);
    const ev = r.incidents[0].field_evidence?.["killed.total"]?.[0];
    expect(ev).toBeDefined();
    expect(text.slice(ev!.start, ev!.end)).toContain("Five soldiers were killed");
  });
});

describe("extract: one sentence, two districts", () => {
  it("splits strikes in two districts when the counts are given per place", () => {
    const r = run("KABUL: Pakistani aircraft bombed houses in Barmal district of Paktika province and Spera district of Khost province on Monday night, the Taliban spokesman said. He said seven civilians were killed, four in Barmal and three in Spera.");
    expect(r.incidents.map((i) => [i.adm1, i.adm2, i.sub_event_type, i.killed.total])).toEqual([
      ["Paktika", "Barmal", "Air/drone strike", 4],
      ["Khost", "Spera", "Air/drone strike", 3],
    ]);
    expect(r.incidents.every((i) => i.perpetrators[0] === "PK_AIR_FORCE")).toBe(true);
  });
});
