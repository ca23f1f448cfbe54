import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { incidentReader } from "./incident-reader.js";

/**
 * Killed totals where a report revises, restates or disputes its figures: the latest toll of a side stands, deaths told
 * with the toll they raise are inside it, attackers named inside a total are not added again, and a side's claim of the
 * other's dead yields to a count of those same people. Every report is written for these tests (own wording).
 */
const { geocoder, main } = incidentReader("2024-06-10");

describe("a side's revised toll is the least that side counts, whatever partial counts follow it", () => {
  it.each([
    ["The number of soldiers killed in Friday's attack on a checkpoint in Kech rose to nine on Saturday. Six soldiers died at once; three more succumbed overnight. The bomber was also killed.", { total: 10, security_forces: 9, militants: 1 }],
    ["The number of Levies personnel martyred in the raid on a post in Zhob on Monday rose to five after two injured guards died. Four attackers were killed in return fire.", { total: 9, security_forces: 5, militants: 4 }],
    ["The number of policemen killed in Sunday's ambush near Tank rose to seven on Monday, officials said. Five constables were killed on the spot and two of the wounded died later. Three of the gunmen were shot dead.", { total: 10, security_forces: 7, militants: 3 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("deaths told with the toll they raise are within it when the dead counted before already reach it", () => {
  it.each([
    ["Five constables were martyred and six hurt when militants stormed a police post in Bannu on Tuesday. Officials first put the dead at three, but two of the wounded constables died in hospital, bringing the toll to five. Two attackers were killed.", { total: 7, security_forces: 5, militants: 2 }],
    ["Six FC soldiers were killed when militants attacked a camp in Kech on Monday night. Early reports spoke of four dead, but two of the injured soldiers died overnight, taking the toll to six, officials said.", { total: 6, security_forces: 6 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("deaths that bring a lower count up to the toll still add to it", () => {
    expect(main("A roadside bomb hit a Levies pickup in Kalat on Friday, killing three guards. Two injured guards died on Saturday, bringing the toll to five.").killed.total).toBe(5);
  });
});

describe("an attacker named inside a total is not added to it again", () => {
  it.each([
    ["A suicide bomber blew himself up at a seminary in Charsadda on Friday, killing nine people including the bomber.", { total: 9, militants: 1 }],
    ["A suicide bomber struck an election rally in Quetta on Sunday. The toll rose to 12 on Monday; the figure includes the bomber, who blew himself up near the stage.", { total: 12, militants: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("an attacker told apart from the victims still adds", () => {
    expect(main("A suicide bomber blew himself up at a market in Bannu on Friday, killing six people. The bomber also died.").killed).toMatchObject({ total: 7, militants: 1 });
  });
});

describe("a side's claim of the other side's dead yields to a count of those same people", () => {
  it.each([
    ["Afghan and Pakistani forces clashed near Torkham on Sunday, and Pakistani officials said one soldier was killed. Kabul's ministry said its forces destroyed several posts, claiming that eight Pakistani soldiers had died.", 1],
    ["Police said two constables were killed when militants attacked a post in Lakki Marwat on Monday. The outlawed group later issued a statement claiming that 11 policemen had been killed.", 2],
    ["Officials said three soldiers died when militants ambushed a convoy in Kurram on Friday. In a message to journalists the group's spokesman said its fighters had fired rockets at the vehicles for an hour and put the number of soldiers killed at 14, which could not be verified.", 3],
  ])("%s", (text, total) => {
    expect(main(text).killed.total).toBe(total);
  });

  it("a claim of the other side's dead does not remove a count of other people", () => {
    expect(main("Pakistani forces and Afghan border guards traded fire near Chaman on Monday. A Pakistani official said four Afghan guards were killed, while Kabul, claiming that six Pakistani soldiers had died, gave no figure of its own.").killed).toMatchObject({ total: 4 });
  });
});

describe("the dead of an earlier event that a group denies are no toll of the event told", () => {
  it("a denial of last week's blast", () => {
    expect(main("The TTP claimed an attack on a patrol in Kurram on Wednesday in which officials said three soldiers died. In the same statement it denied any role in last week's blast at a bus stand in Parachinar that killed seven people.").killed.total).toBe(3);
  });
});

describe("a statement's sum over its engagements is no one engagement's toll", () => {
  const all = (text: string) => extract({ id: "t", text, published: "2024-06-10" }, { geocoder }).incidents.filter((i) => !i.background);
  it.each([
    ["Security forces carried out two operations on Sunday. In Mohmand district, seven terrorists were killed. In the second operation, in Bajaur, three more terrorists were killed and one soldier was martyred. In all, ten terrorists were killed in the two operations.", [7, 4]],
    ["Troops conducted two raids on Sunday. In Tank, five khawarij were sent to hell. In Lakki Marwat, four khawarij were neutralised, while two soldiers embraced shahadat. Thus a total of nine khawarij were killed in both the raids, the ISPR said.", [5, 6]],
    ["Security forces fought militants at three places on Sunday. In Orakzai, six terrorists were killed. In Kohat, two terrorists were killed. In Hangu, four terrorists were killed and a soldier was martyred. Altogether 12 terrorists died in the three engagements.", [6, 2, 5]],
  ])("%s", (text, tolls) => {
    expect(all(text).map((i) => i.killed.total)).toEqual(tolls);
  });
});
