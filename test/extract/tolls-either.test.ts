import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Counts that are no toll of the incident: one number for the dead and the hurt together ("were killed or wounded"),
 * and a running tally for the month that the incident adds to. Every report is written for these tests (own wording).
 */
const { main } = incidentReader("2025-05-20");

describe("a count of the killed and the wounded together is neither's count", () => {
  it.each([
    // the lead joins both, the next paragraph tells them apart
    ["Seven members of one household were killed or wounded when a rocket hit their home in Tirah on Sunday night, officials said.\n\nThree brothers died in the rubble. Their mother and three cousins were injured and taken to hospital in Bara.", 3, 4],
    ["Gunmen on a motorcycle opened fire on a rickshaw near Tank on Monday, killing or wounding six passengers.\n\nTwo of them, a teacher and his son, died on the spot, police said, and four others were injured.", 2, 4],
  ])("%s", (text, killed, injured) => {
    const inc = main(text);
    expect(inc.killed.total).toBe(killed);
    expect(inc.injured.total).toBe(injured);
  });

  it("with no other count told, the joined number gives no killed figure", () => {
    const inc = main("Five labourers were killed or injured when a roadside bomb struck their pickup near Wana on Saturday, a local official said.");
    expect(inc.killed.total).not.toBe(5);
  });

  it("control: a plain 'killed and three wounded' still counts both", () => {
    const inc = main("Four villagers were killed and three wounded when a mortar shell struck a house in Mamund on Friday.");
    expect(inc.killed.total).toBe(4);
    expect(inc.injured.total).toBe(3);
  });
});

describe("a month's running tally the incident adds to is not its toll", () => {
  it("'took the number of ... killed ... this month to' is a tally", () => {
    const inc = main("Two policemen were martyred when militants attacked a check post in Lakki Marwat on Sunday, police said.\n\nThe attack took the number of police personnel killed in the district this month to nine, according to a count kept by the provincial police.");
    expect(inc.killed.total).toBe(2);
  });

  it("control: 'took the death toll to' with no period is the incident's own revision", () => {
    const inc = main("A bomb went off in a market in Parachinar on Friday, killing five people. Two of the wounded died overnight, taking the death toll to seven.");
    expect(inc.killed.total).toBe(7);
  });
});
