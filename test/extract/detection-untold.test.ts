import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Detection: what a report only mentions (commentary, pledges, a statement's generalities) against what it tells.
 * Own invented sentences, none taken from a source, the dev set or the held-out sets.
 */
const geocoder = stubGeocoder();
const all = (text: string, published: string) => extract({ id: "u", text, published }, { geocoder }).incidents;
const brief = (text: string, published: string) => all(text, published).map((i) => `${i.date}|${i.adm2 ?? ""}|${i.sub_event_type}${i.background ? "|bg" : ""}`);

describe("a violent act told with neither a day nor anyone counted is a mention, not an incident", () => {
  for (const [name, text] of [
    ["commentary in the present perfect", "Every spring brings the same quarrel over the crossing at Chaman. Bombing raids and sieges have been tried before, and neither has changed anything."],
    ["a statement's generalities about where fighting happened", "The army spokesman said the heaviest fighting of the campaign had been in North Waziristan and Bajaur, and that it would go on."],
    ["a pledge not to hit each other's villages", "Both delegations pledged to keep the Chaman crossing open and to stop targeting border villages in Kunar."],
  ] as const) {
    it(name, () => expect(all(text, "2025-05-07").filter((i) => !i.background)).toHaveLength(0));
  }

  it("the act told with its day stays an incident, though nobody was hurt", () => {
    expect(brief("Militants attacked a police post in Bannu on Tuesday night; the policemen returned fire and no one was hurt.", "2025-05-07")).toEqual(["2025-05-06|Bannu|Armed clash"]);
  });
  it("the act told with its toll stays an incident, though no day is given", () => {
    expect(brief("A roadside bomb killed two soldiers in Kech, officials said.", "2025-05-07")).toEqual(["2025-05-07|Kech|Remote explosive/landmine/IED"]);
  });
  it("an abduction told with no day or count is still an incident", () => {
    expect(brief("Gunmen abducted two teachers from a school in Tank, police said.", "2025-05-07")).toEqual(["2025-05-07|Tank|Abduction/forced disappearance"]);
  });
});

describe("a place named only as a destination, a neighbour, an office or an earlier event's name is not where it happened", () => {
  it("'a coach for X': where the coach was going", () => {
    expect(brief("A bomb went off on Monday at the Peshawar bus stand as a coach for Quetta was boarding, killing four passengers.", "2025-05-07")).toEqual(["2025-05-05|Peshawar|Remote explosive/landmine/IED"]);
  });
  it("'the hills bordering X': the neighbour of the place", () => {
    expect(all("Police killed two kidnappers in a shoot-out in Hangu district, in the hills bordering Orakzai, on Tuesday.", "2025-05-07").map((i) => i.adm2)).toEqual(["Hangu"]);
  });
  it("'the X spokesman said': the office that speaks", () => {
    const out = all("Border forces of both countries traded fire near Chaman on Sunday, killing two porters. The Nangarhar spokesman said Pakistani troops had opened fire on people waiting to cross.", "2025-05-07");
    expect(out.map((i) => i.adm2)).toEqual(["Chaman"]);
  });
  it("'the X killings': an earlier event named by its place", () => {
    const out = all("Police said they killed three militants in a raid in Turbat on Friday. The men had taken part in the Quetta bombing, police said; they opened fire when the team surrounded the house.", "2025-05-07");
    expect(out.map((i) => i.adm2)).toEqual(["Kech"]);
  });
});

describe("arrests told as the report's event", () => {
  it("a raid where 'no shots were fired' is arrests, not a clash", () => {
    const out = all("Police detained four suspects in a pre-dawn raid on a house in Mardan Road, Peshawar, on Friday. No shots were fired and nobody was hurt, an officer said.", "2025-05-10");
    expect(out.map((i) => [i.date, i.sub_event_type])).toEqual([["2025-05-09", "Arrests"]]);
  });
  it("Afghan forces detaining a cell are the arresting side", () => {
    const out = all("The Islamic Emirate's intelligence agency said on Monday its forces had detained three members of a Daesh cell in Achin district of Nangarhar on Sunday.", "2025-05-06");
    expect(out.map((i) => [i.sub_event_type, i.perpetrators])).toEqual([["Arrests", ["AF_TALIBAN"]]]);
  });
  it("a group saying its fighters 'detained' men tells no arrest", () => {
    expect(all("The BLA said in a statement on Sunday that its fighters had detained two men near Turbat and were questioning them.", "2025-05-06").filter((i) => i.sub_event_type === "Arrests")).toHaveLength(0);
  });
  it("arrests after an attack stay its follow-up", () => {
    const out = all("A bomb killed two people at a bus stop in Bannu on Monday. Police later detained three suspects in Kohat.", "2025-05-07");
    expect(out.map((i) => i.sub_event_type)).toEqual(["Remote explosive/landmine/IED"]);
  });
});
