import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/** Sub-event conventions on own invented wordings (FORMAT.md, ACLED's codebook). */
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-05-14") =>
  extract({ id: "t", text, published, title: null }, { geocoder }).incidents.filter((i) => !i.background);

describe("explosives dropped from quadcopters and drones are air/drone strikes, whoever flew them", () => {
  it("militants dropping an explosive from a quadcopter onto a police station", () => {
    const [i, ...rest] = read("Two constables were wounded in Bannu on Sunday when militants dropped an explosive device from a quadcopter onto the city police station, officials said.");
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({ event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike", perpetrators: ["MILITANTS"] });
  });

  it("grenades dropped by a drone on a camp", () => {
    const [i] = read("Two hand grenades were dropped by a drone on a Frontier Corps camp in Tank late on Monday, injuring three soldiers.");
    expect(i).toMatchObject({ sub_event_type: "Air/drone strike" });
  });
});

describe("weapons of another event named in a raid's report do not type the raid", () => {
  it("the handler of last week's suicide bombing, killed in a raid: an armed clash", () => {
    const [i] = read("Police killed three militants, among them the handler of last week's suicide bombing in Quetta, during a raid on a hideout in Chaman on Friday. The men opened fire when the team surrounded the house.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("men believed to have helped plan the bombing, killed when troops raided their compound", () => {
    const [i] = read("On Sunday, troops raided a compound near Mir Ali and killed two militants believed to have helped plan the bombing, the military said.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("a suicide vest found with the bodies after a shoot-out", () => {
    const [i] = read("Four militants were killed in an exchange of fire with the Counter-Terrorism Department in Dera Ismail Khan on Tuesday. The bodies were later found in the house, along with rifles, hand grenades and a suicide vest, the CTD said.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("a suicide bombing stays one when the report says who was behind it", () => {
    const [i] = read("A suicide bomber blew himself up at a checkpoint in Bannu on Monday, killing three soldiers. Police said a TTP faction was behind the attack.");
    expect(i).toMatchObject({ sub_event_type: "Suicide bomb" });
  });
});

describe("who was attacked and with what decides battle or attack", () => {
  it("gunmen firing on a checkpoint of the Islamic Emirate's forces: an armed clash, as on a Pakistani post", () => {
    const [i] = read("Gunmen opened fire on a checkpoint of the Islamic Emirate's forces in Khost on Saturday night, killing two guards, a provincial spokesman said.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("a cleric shot dead outside his mosque, as officials of the Emirate said: an attack", () => {
    const [i] = read("Unknown gunmen shot dead a cleric outside his mosque in Khost city on Monday evening, officials of the Islamic Emirate said.");
    expect(i).toMatchObject({ sub_event_type: "Attack" });
  });

  it("gunmen who blocked a highway and shot passengers: an attack, no protest", () => {
    const [i] = read("Gunmen who blocked the highway near Quetta on Monday night stopped two coaches, checked the identity cards of the passengers and shot dead seven men.");
    expect(i).toMatchObject({ sub_event_type: "Attack", targets: ["CIVILIANS"] });
  });

  it("rockets and automatic weapons fired at a police station: an armed clash", () => {
    const [i] = read("Militants fired rockets and automatic weapons at a police station in Tank on Thursday night, killing two policemen.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("two explosives-laden vehicles rammed into a wall, then gunmen stormed in: a suicide bomb", () => {
    const [i] = read("Two explosives-laden vehicles rammed the wall of the Bannu cantonment on Tuesday night and gunmen then tried to storm the complex. Five soldiers and all six attackers were killed.");
    expect(i).toMatchObject({ sub_event_type: "Suicide bomb" });
  });
});

describe("property and people taken", () => {
  it("machines told as burnt, no one hurt: property destruction", () => {
    const [i] = read("Police in Turbat said two excavators and a water tanker had been burnt at a road project on Saturday, and no one had been hurt.");
    expect(i).toMatchObject({ event_type: "Strategic developments", sub_event_type: "Looting/property destruction" });
  });

  it("armed men driving away with miners: an abduction", () => {
    const [i] = read("Armed men stormed a coal mine near Kohat on Monday night, tied up the guards and drove away with six miners, police said.");
    expect(i).toMatchObject({ sub_event_type: "Abduction/forced disappearance" });
  });
});

describe("shells in a report of air strikes", () => {
  it("shells fired from the Pakistani side onto a village stay shelling though the report also tells air strikes", () => {
    const incs = read("Three days of violence in the east left eleven people dead, Taliban officials said on Thursday, as shelling from across the border and a bombing tested the calm. On Monday, shells fired from the Pakistani side of the border struck a village in Dangam district of Kunar, killing three civilians. On Tuesday, Pakistani air strikes hit houses in Barmal district of Paktika, killing eight people.");
    expect(incs.find((i) => i.adm2 === "Dangam")).toMatchObject({ sub_event_type: "Shelling/artillery/missile attack" });
  });
});
