import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who the dead and wounded were, on unseen wordings: attackers among the dead, the attackers' helpers, wounded men who
 * later die, Afghan state forces, civilians by role, and totals with their parts. Every report is written for these
 * tests (own wording, several variants per construction).
 */
const geocoder = stubGeocoder();
const main = (text: string, published = "2024-06-10") => {
  const inc = extract({ id: "s", text, published }, { geocoder }).incidents.filter((i) => !i.background);
  expect(inc.length).toBeGreaterThan(0);
  return inc[0];
};

describe("the attacker among the dead is a militant within the total", () => {
  it.each([
    ["A car bomb went off at a checkpoint in Bannu on Friday, killing nine people, including the suicide bomber, officials said.", { total: 9, militants: 1 }],
    ["Eleven people, among them the attacker, died when a blast tore through a bus terminal in Quetta on Sunday.", { total: 11, militants: 1 }],
    ["Seven people, including the suicide bomber, died when a blast ripped through a market in Quetta on Friday.", { total: 7, militants: 1 }],
    ["Police said eight people were killed, the attacker among them, when a blast hit a rally in Bajaur on Sunday.", { total: 8, militants: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a bomber who killed others 'and himself' is one more dead, a militant", () => {
  it.each([
    ["A teenage bomber struck a funeral in Bajaur on Thursday, killing 14 mourners and himself.", { total: 15, civilians: 14, militants: 1 }],
    ["A suicide bomber detonated his vest at a police line in Peshawar on Friday, killing three constables along with himself.", { total: 4, security_forces: 3, militants: 1 }],
    ["A bomber blew up his vest outside a mosque in Peshawar on Friday, killing nine worshippers and himself.", { total: 10, civilians: 9, militants: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the attackers' helpers are militants", () => {
  it.each([
    ["Security forces raided a hideout in Kech on Tuesday and killed the bomber's two handlers.", 2],
    ["Troops shot dead the attackers' three facilitators in a raid in North Waziristan on Wednesday.", 3],
    ["Police in Peshawar said they had killed the attackers' two facilitators in a shootout on Wednesday.", 2],
    ["The CTD said its men shot dead three facilitators of the Bannu bombing in an exchange of fire on Monday.", 3],
  ])("%s", (text, n) => {
    expect(main(text).killed).toMatchObject({ total: n, militants: n });
  });

  it("a possessor before the count of civilians keeps them civilians", () => {
    expect(main("Gunmen killed the shopkeeper's two sons outside their house in Bannu on Monday.").killed).toMatchObject({ total: 2, civilians: 2 });
  });
});

describe("wounded who later die are more dead, of the wounded's side; the wounded count stays as told", () => {
  it.each([
    ["Four soldiers were injured when militants attacked a post in Mir Ali on Saturday. One of them later succumbed to his injuries.", { total: 1, security_forces: 1 }, 4],
    ["Six labourers were wounded when a bomb hit their pickup in Kech on Monday. One of them later died in hospital.", { total: 1, civilians: 1 }, 6],
    ["Militants attacked a police post in Lakki Marwat on Sunday night, wounding three constables. Two of them succumbed to their injuries on Monday.", { total: 2, security_forces: 2 }, 3],
    ["Militants fired on a Levies vehicle in Zhob on Tuesday, killing one Levies man and wounding two. One of the wounded men died on the way to hospital.", { total: 2, security_forces: 2 }, 2],
    ["Gunmen attacked a checkpost in Tank on Sunday, killing three policemen and injuring four. The death toll rose to five after two of the wounded died.", { total: 5, security_forces: 5 }, 4],
  ])("%s", (text, killed, injured) => {
    const inc = main(text);
    expect(inc.killed).toMatchObject(killed);
    expect(inc.injured.total).toBe(injured);
  });

  it("'two of them died' after a count of the dead adds nobody", () => {
    expect(main("A blast killed six people in a Quetta market on Friday. Two of them died on the way to hospital.").killed.total).toBe(6);
  });
});
