import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who attacked whom, told in constructions of frontier reporting that no evaluation sentence was tuned on.
 * Every report is written for these tests (own wording); each case stands for a construction and has
 * variants in other wording (verbs, order, names, numbers).
 */
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-05-06") => extract({ id: "g", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const targetsOf = (text: string) => read(text).map((i) => i.targets);

describe("targets: only a place or vehicle is named", () => {
  it("a market, mosque, bus or hospital hit is an attack on civilians", () => {
    expect(targetsOf("QUETTA: An explosion tore through a vegetable market in Quetta on Friday, killing four people and wounding 13, police said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("TANK: Militants fired rockets at a hospital in Tank late on Sunday. Three people were hurt.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("ZHOB: Gunmen opened fire on a passenger bus near Zhob on Saturday, killing three, officials said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("SIBI: A bomb planted on the railway track near Sibi went off as the Jaffar Express passed on Tuesday. Four people were hurt.")).toEqual([["CIVILIANS"]]);
  });

  it("where the wounded were taken names nobody attacked", () => {
    const [i] = read("BANNU: Two soldiers were injured when a roadside bomb struck their vehicle in Bannu on Monday. They were shifted to the Combined Military Hospital.");
    expect(i.targets).toEqual(["PK_ARMY"]);
  });

  it("guards among the dead of an attack on worshippers or passengers leave the civilians the targets", () => {
    expect(targetsOf("PESHAWAR: A suicide bomber struck a Shia mosque in Peshawar during Friday prayers, killing 31 people, among them two police guards, officials said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("KOHAT: Gunmen fired on a convoy of passenger vans travelling under police escort near Kohat on Monday. Eleven people were killed, including three policemen.")).toEqual([["CIVILIANS"]]);
  });

  it("the Frontier Corps or Constabulary whose post or vehicle was hit, whatever its men are called", () => {
    expect(targetsOf("ZHOB: A vehicle of the Frontier Corps was hit by a landmine near Zhob on Wednesday, killing two soldiers.")).toEqual([["PK_FC"]]);
    expect(targetsOf("PESHAWAR: Terrorists opened fire on a checkpoint of the Federal Constabulary in Peshawar on Wednesday. Two soldiers on duty were martyred.")).toEqual([["PK_CONSTABULARY"]]);
    expect(targetsOf("KECH: Four soldiers were martyred when militants attacked an FC camp in Kech on Sunday night.")).toEqual([["PK_FC"]]);
  });

  it("a police station used by troops stays the troops' when soldiers die", () => {
    expect(targetsOf("DERA ISMAIL KHAN: Militants rammed a truck packed with explosives into a police station used as a base by troops in Dera Ismail Khan on Tuesday, killing 14 soldiers.")).toEqual([["PK_ARMY"]]);
  });

  it("when both civilians and forces die, the side that lost more", () => {
    expect(targetsOf("BANNU: Nine policemen and two passers-by were killed when a bomb went off in Bannu on Monday.")).toEqual([["PK_POLICE"]]);
    expect(targetsOf("BANNU: Seven civilians and one policeman died when a bomb went off in Bannu on Monday.")).toEqual([["CIVILIANS"]]);
  });

  it("a state's rockets that killed only civilians, no militant named, hit civilians", () => {
    expect(targetsOf("ASADABAD — Rockets fired by Pakistani forces landed in villages of Dangam in Kunar on Sunday, killing three women, officials said.")).toEqual([["CIVILIANS"]]);
    expect(targetsOf("KHOST — Shells fired by Pakistani forces hit houses in Spera district of Khost on Friday, killing two children and a farmer.")).toEqual([["CIVILIANS"]]);
  });
});
