import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Small casualty-reading gaps found on unseen reports: "martyred" as an active verb, "also among the dead", "the
 * slain", a commander with his guard or accomplices. Every report is written for these tests (own wording).
 */
const { main } = incidentReader("2024-06-10");

describe("'martyred' as an active verb counts the dead like 'killed'", () => {
  it.each([
    ["Militants martyred two soldiers in an attack on a checkpost in North Waziristan on Monday.", { total: 2, security_forces: 2 }],
    ["The attack on a police station in Lakki Marwat on Sunday martyred three policemen, officials said.", { total: 3, security_forces: 3 }],
    ["Terrorists ambushed a convoy in Kech on Tuesday and martyred four FC personnel.", { total: 4, security_forces: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("'were also among the dead' adds its people like 'were among the dead'", () => {
  it.each([
    ["A bomb hit a market in Bajaur on Friday, killing five shoppers. Two policemen were also among the dead.", 7],
    ["Gunmen stormed a clinic in Kurram on Sunday and killed a doctor. Two policemen guarding the gate were also among those killed.", 3],
    ["A bomb hit a market in Bajaur on Friday, killing five shoppers. A traffic warden was also among the dead.", 6],
    // a total told first: the people named among the dead are a part of it
    ["Seven people were killed when a bomb hit a market in Bajaur on Friday. Two policemen were also among the dead.", 7],
  ])("%s", (text, total) => {
    expect(main(text).killed.total).toBe(total);
  });
});

describe("'the slain' are the dead", () => {
  it.each([
    ["Four people were killed when gunmen opened fire on a van in Kurram on Monday. The slain included two policemen.", { total: 4, security_forces: 2 }],
    ["Gunmen shot dead three labourers at a construction site in Kech on Sunday. The bodies of the slain were moved to a hospital.", { total: 3 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a commander with his guard or accomplices counts them all", () => {
  it.each([
    ["A militant commander and his guard were killed in an exchange of fire with police in Bannu on Thursday.", 2],
    ["Security forces killed a militant commander and two of his accomplices during a raid in Khyber on Wednesday.", 3],
    ["Troops shot dead a TTP commander and two of his bodyguards near Miranshah on Monday.", 3],
    ["Police said the alleged mastermind of the attack and two of his accomplices were killed in a raid in Dera Ismail Khan on Friday.", 3],
    ["The CTD killed the alleged mastermind of the attack and two of his accomplices in a raid in Peshawar on Saturday.", 3],
  ])("%s", (text, militants) => {
    expect(main(text).killed).toMatchObject({ total: militants, militants });
  });
  it("a policeman's own guard is of the police", () => {
    expect(main("A police officer and his guard were killed when gunmen opened fire on their car in Bannu on Thursday.").killed).toMatchObject({ total: 2, security_forces: 2 });
  });
});
