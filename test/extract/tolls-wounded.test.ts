import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { incidentReader } from "./incident-reader.js";

/**
 * Killed and injured where a report follows the wounded after the attack: the wounded who die move to the dead, the
 * survivors are the wounded figure. Every report is written for these tests (own wording).
 */
const { geocoder, main } = incidentReader("2025-03-12");

describe("the wounded who later die are no longer counted among the wounded", () => {
  it.each([
    // a survivors' count told after the death
    ["Militants attacked a Levies post in Zhob on Monday night. Three guards were killed on the spot and four others were wounded. One of the wounded guards died in hospital on Wednesday, bringing the toll to four; the three other injured men were said to be stable.", 4, 3],
    ["A bomb hit a pickup near Wana on Sunday. Five people were killed outright and six were hurt. Two of the injured died on Tuesday at the district hospital; the other four remain under treatment.", 7, 4],
    ["Gunmen opened fire on a passenger coach in Kurram on Friday. Nine passengers were killed at the scene and 14 were wounded. Three of the wounded died over the weekend; doctors said the remaining 11 were out of danger.", 12, 11],
    // no survivors' count: the deaths are taken off the wounded
    ["Gunmen stopped a van near Turbat on Saturday and shot dead five labourers; three others were wounded. One of the wounded men died on Sunday, raising the toll to six.", 6, 2],
    ["The first statement said two constables had been martyred and five injured in the raid on the Bannu check post on Tuesday. One of the injured, a sub-inspector, later succumbed to his wounds, taking the death toll to three.", 3, 4],
  ])("%s", (text, killed, injured) => {
    const inc = main(text);
    expect(inc.killed.total).toBe(killed);
    expect(inc.injured.total).toBe(injured);
  });
});

describe("a wounded figure told with the final dead stays", () => {
  it.each([
    ["Six policemen were martyred and eight others injured when militants stormed a post in Lakki Marwat on Monday. Early reports spoke of four dead, but two of the injured constables died in hospital, bringing the toll to six.", 6, 8],
    ["The number of soldiers killed in Friday's attack on a convoy near Mir Ali rose to seven after two of the wounded died in hospital, officials said. At least 12 people were hurt.", 7, 12],
  ])("%s", (text, killed, injured) => {
    const inc = main(text);
    expect(inc.killed.total).toBe(killed);
    expect(inc.injured.total).toBe(injured);
  });
});

describe("counts of one attack told in less common shapes", () => {
  it("counts joined by 'and' before an aside of the last one all count ('Eight policemen and five passers-by, among them a boy, were hurt')", () => {
    const inc = main("A car bomb exploded beside a police van in Bannu on Wednesday, killing three policemen. Eight policemen and five passers-by, among them a boy, were hurt.");
    expect(inc.injured).toMatchObject({ total: 13, security_forces: 8, civilians: 5 });
  });

  it.each([
    ["A roadside bomb killed four soldiers in Mir Ali on Thursday, the latest in a string of attacks on the army in the district. In a separate raid in Tank on Friday, police killed two militants.", 4],
    ["A Levies constable was shot dead at his post in Zhob on Saturday, one of three attacks on the force in the province this week. On Friday, a bomb wounded two Levies men in Kalat.", 1],
  ])("an attack told as one of a series keeps its own toll: %s", (text, killed) => {
    expect(main(text).killed.total).toBe(killed);
  });

  it("'Three days later' counts no one: the number before a span of days is no count of people", () => {
    const inc = extract({ id: "t", text: "Gunmen killed two shopkeepers in Turbat on Monday. Three days later, on Thursday, a teacher was shot dead in Kech.", published: "2025-03-14" }, { geocoder }).incidents.filter((i) => !i.background);
    expect(inc.map((i) => i.killed.total)).toEqual([2, 1]);
  });

  it("'two men on a motorcycle shot the trader dead': the count is of the gunmen, not of the dead", () => {
    expect(main("Two men on a motorcycle shot the trader dead outside his shop in Quetta on Sunday evening and fled, police said.").killed.total).toBe(1);
  });
});

describe("'one of them died' after a count of wounded is one more dead, taken off the wounded", () => {
  it("Two constables were killed and three others were injured, and one of them died in hospital", () => {
    const inc = main("Militants ambushed a police van near Tank on Friday. Two constables were killed and three others were injured, and one of them died in hospital on Saturday.");
    expect(inc.killed).toMatchObject({ total: 3, security_forces: 3 });
    expect(inc.injured.total).toBe(2);
  });
});
