import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Regressions and persisting errors of the H13 comparison, on own invented reports: ordnance that only lies about,
 * the day of the event against the day of the statement, ages read as counts.
 */
const geocoder = stubGeocoder();
const read = (text: string, published = "2024-06-12") =>
  extract({ id: "t", text, published, title: null }, { geocoder }).incidents.filter((i) => !i.background);

describe("unexploded ordnance gives an incident only when it went off or hurt someone", () => {
  it("a closing line on ordnance scattered in the hills adds no second incident", () => {
    const got = read("TANK - A blast from a buried device wounded three herders near Tank on Friday, officials said. Clearance crews say unexploded ordnance still lies scattered across the hills of Bajaur.", "2024-06-15");
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ adm2: "Tank", sub_event_type: "Remote explosive/landmine/IED" });
  });

  it("a statement that old rounds litter the slopes is no event at all (nor shelling, nor a clash from 'years of fighting')", () => {
    expect(read("BAJAUR - Unexploded mortar rounds from years of fighting still litter the slopes of Bajaur, a district official said on Wednesday.", "2024-06-13")).toHaveLength(0);
    expect(read("KHOST - Officials in Khost said on Tuesday that leftover rockets and rusted shells from past wars keep endangering shepherds across the province.", "2024-06-13")).toHaveLength(0);
  });

  it("ordnance that went off, or that hurt children playing with it, is still a remote explosive with no perpetrator", () => {
    const [a] = read("Two children were killed when an old mortar shell they had picked up in a field exploded at their home in Bajaur on Monday.");
    expect(a).toMatchObject({ adm2: "Bajaur", sub_event_type: "Remote explosive/landmine/IED", perpetrators: [] });
    const [b] = read("Three boys were hurt in Bajaur on Sunday while playing with a rusted rocket they had found near a stream.");
    expect(b).toMatchObject({ adm2: "Bajaur", sub_event_type: "Remote explosive/landmine/IED", perpetrators: [] });
    expect(b.injured).toMatchObject({ total: 3 });
  });
});

describe("the day of the act accused, not the day of the accusation", () => {
  it("'on <day> accused Pakistan of shelling ... on <earlier day> night' is dated the earlier day", () => {
    const [i] = read("KHOST - Afghan authorities on Sunday accused Pakistan of shelling a village in Spera district of Khost on Saturday night, saying three women were killed.", "2024-06-16");
    expect(i).toMatchObject({ adm2: "Spera", date: "2024-06-15" });
  });

  it("'blamed Pakistani aircraft for a raid ... late on Tuesday' and 'accused Pakistan on Friday of air strikes ... on Thursday night'", () => {
    expect(read("KHOST - The Emirate's defence ministry on Wednesday blamed Pakistani aircraft for a raid on homes in Spera district late on Tuesday, and said six people died.", "2024-06-19")[0]).toMatchObject({ date: "2024-06-18" });
    expect(read("KHOST - A spokesman for the Islamic Emirate accused Pakistan on Friday of carrying out air strikes in Spera district on Thursday night that killed four civilians.", "2024-06-21")[0]).toMatchObject({ date: "2024-06-20" });
  });

  it("'said on Tuesday that ... had bombed ... on Monday': the day inside the clause", () => {
    expect(read("KHOST - The Taliban administration said on Tuesday that Pakistani drones had bombed a compound in Spera district on Monday, killing five people.", "2024-06-18")[0]).toMatchObject({ date: "2024-06-17" });
  });

  it("an accusation that names no other day still dates the event by the only day told", () => {
    expect(read("KHOST - Afghan authorities on Sunday accused Pakistan of shelling a village in Spera district of Khost, saying three women were killed.", "2024-06-16")[0]).toMatchObject({ date: "2024-06-16" });
  });
});

describe("ages are no counts", () => {
  it.each([
    ["BAJAUR - Two brothers were killed when a mortar shell landed on their home in Bajaur on Sunday. The brothers, aged eight and fourteen, died on the way to hospital.", 2],
    ["KHOST - Two herders were killed when a shell hit their camp in Spera district on Sunday. The men, aged twenty-one and thirty-four, died on the spot, a relative said.", 2],
    ["BAJAUR - Three children, aged 6, 9 and 11, were killed when a mortar round exploded in Bajaur on Sunday.", 3],
    ["BAJAUR - A 13-year-old girl and her mother died when a shell struck their house in Bajaur on Sunday.", 2],
  ])("%s", (text, total) => {
    const got = read(text);
    expect(got).toHaveLength(1);
    expect(got[0].killed).toMatchObject({ total, civilians: total });
  });
});

it.each([
  "BANNU - Two boys aged nine and ten were wounded when a grenade went off in a street in Bannu on Monday.",
  "BANNU - Two boys, aged nine and ten, were wounded when a grenade went off in a street in Bannu on Monday.",
])("the count before the ages counts the wounded: %s", (text) => {
  expect(read(text)[0].injured).toMatchObject({ total: 2, civilians: 2 });
});

describe("'no other casualties' after a wounding: nobody killed", () => {
  // dev gold writes an explicit zero as the total ("no casualties were reported": killed.total 0, the sides left null)
  it.each([
    "TANK - Militants fired on a police picket in Tank on Saturday night, wounding a constable. The attackers fled when police answered the fire. There were no other casualties.",
    "BANNU - Gunmen attacked a Levies post near Bannu on Sunday, injuring two guards. No further casualties were reported, police said.",
  ])("%s", (text) => {
    const [i] = read(text, "2024-06-16");
    expect(i.killed.total).toBe(0);
    expect(i.injured.total).toBeGreaterThan(0);
  });
});
