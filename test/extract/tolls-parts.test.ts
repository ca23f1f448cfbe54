import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Killed totals built from their parts and incidents kept apart: a breakdown read past an aside or a modifier of its
 * item, a list read past an "among them" aside, the armed group's men named by a common noun, a force named after "of",
 * and a later day's operation or strike kept as its own incident. Every report is written for these tests (own wording).
 */
const { found: all, main } = incidentReader("2024-06-10");

describe("every part of a breakdown is read past an aside or a modifier of the part before", () => {
  it.each([
    ["A bomb ripped through a bus stand in Quetta on Monday, killing 14 people. Officials said eleven of the dead were travellers, including two girls and an old man, and three were Levies guards on duty.", { total: 14, civilians: 11, security_forces: 3 }],
    ["A blast hit a market in Bannu on Friday, killing nine people. Police said six of the dead were policemen returning from a night shift, and three were vendors.", { total: 9, security_forces: 6, civilians: 3 }],
    ["Gunmen attacked a wedding in Kohat on Sunday, killing 12 people. Seven of the dead were guests, among them a child, while five were policemen escorting the groom.", { total: 12, civilians: 7, security_forces: 5 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a list of the dead goes on past an aside naming part of one item", () => {
  it.each([
    ["Gunmen ambushed a coach near Zhob on Monday, killing 11 passengers, among them two women, and a Levies sepoy who rode with them.", { total: 12, civilians: 11, security_forces: 1 }],
    ["Militants fired on a convoy in Kurram on Friday, killing nine travellers, including a boy, as well as a policeman escorting it.", { total: 10, civilians: 9, security_forces: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the armed group's men named by a common noun are militants", () => {
  it.each([
    ["Islamic Emirate forces raided a hideout in Achin on Tuesday and killed three members of the group in a gunfight. One member of the Taliban forces was killed.", { total: 4, militants: 3 }],
    ["CTD officers shot dead two men linked to the banned outfit in a raid in Bannu on Sunday. A constable was martyred in the operation.", { total: 3, militants: 2, security_forces: 1 }],
    ["Security forces killed five operatives of the cell in a raid in Zhob on Friday.", { total: 5, militants: 5 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a force named after 'of' or 'from' is the side of the count joined to another", () => {
  it.each([
    ["Three border guards of the Islamic Emirate and two civilians were killed when Pakistani and Afghan forces traded fire in Dangam on Sunday.", { total: 5, security_forces: 3, civilians: 2 }],
    ["One soldier from the Emirate's border forces and four villagers lost their lives in shelling in Dangam on Monday.", { total: 5, security_forces: 1, civilians: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a later day's operation is its own incident, with its own toll", () => {
  it.each([
    ["Three policemen were martyred when militants attacked a police post in Bannu on Friday night.\n\nThe next day, security forces launched an operation in the hills of Lakki Marwat. Officials said four militants were killed in the exchange of fire.", [3, 4]],
    ["Two soldiers were killed when a roadside bomb hit their vehicle in Tank on Monday.\n\nOn Wednesday, troops raided a compound in Dera Ismail Khan, killing three suspects wanted for the bombing.", [2, 3]],
    ["A bomb attached to a police van killed two Emirate policemen in Nangarhar on Saturday.\n\nTwo days later, on Monday, Emirate forces raided a house in Kama, killing three Daesh members.", [2, 3]],
  ])("%s", (text, tolls) => {
    expect(all(text).map((i) => i.killed.total)).toEqual(tolls);
  });

  it("an operation told the same day stays with the attack", () => {
    expect(all("Militants attacked a police post in Bannu on Friday, killing two constables. Police then launched a search operation in the area, and one attacker was killed.").map((i) => i.killed.total)).toEqual([3]);
  });
});
