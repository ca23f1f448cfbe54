import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who attacked or initiated, in constructions of frontier reporting no evaluation sentence was tuned on. Every
 * report is written for these tests (own wording); each case stands for a construction, with variants.
 */
const geocoder = stubGeocoder();
const perps = (text: string, published = "2025-04-08") =>
  extract({ id: "p", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => i.perpetrators);

describe("perpetrators: the attackers told as a group's men", () => {
  it("'a bomber of', 'gunmen belonging to', 'militants from' a group name the group", () => {
    expect(perps("TURBAT: A suicide bomber of the Majeed Brigade drove a car packed with explosives into a convoy near Turbat on Sunday, killing three guards.")).toEqual([["BLA"]]);
    expect(perps("QUETTA: Gunmen belonging to the outlawed Lashkar-e-Jhangvi shot dead three Hazara vegetable sellers in Quetta on Thursday.")).toEqual([["LEJ"]]);
    expect(perps("BANNU: Militants from the banned Tehreek-e-Taliban Pakistan stormed a police post in Bannu on Monday night, killing two constables.")).toEqual([["TTP"]]);
  });

  it("a group as the subject of shooting, ramming or planting verbs", () => {
    expect(perps("QUETTA: The Balochistan Liberation Front gunned down two labourers at a dam site near Turbat on Friday, police said.")).toEqual([["BLF"]]);
  });

  it("a group named as the ones killed in an operation is not the attacker", () => {
    const [p] = perps("PESHAWAR: The Counter-Terrorism Department said it had killed four Tehreek-e-Taliban Pakistan militants in a raid on a compound in Peshawar on Friday.");
    expect(p).toEqual(["PK_POLICE"]);
  });
});

describe("perpetrators: blame laid on a group when none claimed it", () => {
  it("'blamed the attack on', 'put the blame on' a group names it", () => {
    expect(perps("BANNU: Three policemen died when a roadside bomb hit their van in Bannu on Tuesday.\n\nPolice blamed the bombing on the Tehreek-e-Taliban Pakistan.")).toEqual([["TTP"]]);
    expect(perps("QUETTA: A bomb went off near a bank in Quetta on Monday, injuring five people. The provincial government laid the blame on the Balochistan Liberation Army.")).toEqual([["BLA"]]);
  });
});

describe("perpetrators: a group's spokesman telling what 'the group' did", () => {
  it("'said the group had carried out / planted' is the group's claim", () => {
    expect(perps("PESHAWAR: An explosion ripped through a bus stand in Peshawar on Monday, killing two people. A spokesman for Lashkar-e-Islam said the group had planted the bomb.")).toEqual([["LI"]]);
  });

  it("a force saying it killed a group's men claims nothing for the group", () => {
    const [p] = perps("BANNU: Police said they had killed three Tehreek-e-Taliban Pakistan militants in a shoot-out in Bannu on Wednesday.");
    expect(p).not.toEqual(["TTP"]);
  });
});

describe("perpetrators: an air strike nobody is told as flying", () => {
  it("an unidentified drone, or one whose origin is unclear, has no perpetrator", () => {
    expect(perps("KHOST: An unidentified drone hit a vehicle in Spera district of Khost on Sunday, killing two men, residents said.")).toEqual([[]]);
    expect(perps("BANNU: A drone strike destroyed a house in Bannu on Friday, killing three people. It was not clear who carried out the strike.")).toEqual([[]]);
  });

  it("a strike in Afghanistan a report never links to Pakistan has no perpetrator", () => {
    expect(perps("KHOST: A drone struck a compound in Spera district of Khost late on Monday, killing four people, a local elder said.")).toEqual([[]]);
  });

  it("Pakistani aircraft in Afghanistan stay the Pakistan Air Force's", () => {
    expect(perps("KHOST: Pakistani jets bombed two villages in Spera district of Khost on Tuesday night, killing six people, Afghan officials said.")).toEqual([["PK_AIR_FORCE"]]);
    expect(perps("KHOST: A drone strike killed three people in Spera district of Khost on Tuesday. The Taliban administration blamed Pakistan for the strike.")).toEqual([["PK_AIR_FORCE"]]);
  });
});
