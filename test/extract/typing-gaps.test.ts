import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/** Typing gaps found on unseen reports (own invented sentences, written to test general rules). */
const geocoder = stubGeocoder();
const read = (text: string, published = "2024-05-08") => extract({ id: "t", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("the bomb disposal squad is no event of its own", () => {
  it("a defusal by bomb disposal staff makes no incident", () => {
    expect(read("Bomb disposal staff defused a rusty mortar round that farmers had found in a wheat field near Lakki Marwat on Tuesday.")).toHaveLength(0);
    expect(read("The bomb-disposal unit made safe a device left under a culvert outside Tank on Tuesday, officials said.")).toHaveLength(0);
  });

  it("the squad arriving makes no incident", () => {
    expect(read("A bomb disposal squad was called to the bus stand in Dera Ismail Khan on Tuesday and the area was cordoned off.")).toHaveLength(0);
  });

  it("a blast told in the same report is still the incident", () => {
    const inc = read("A blast tore through a vegetable stall in the Kohat bazaar on Tuesday, wounding five shoppers. The bomb disposal squad said the device held about three kilograms of explosives.");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ adm2: "Kohat", sub_event_type: "Remote explosive/landmine/IED" });
    expect(inc[0].injured.total).toBe(5);
  });
});

describe("people seized who are civilians by trade are civilian targets", () => {
  const targetsOf = (text: string) => read(text).map((i) => i.targets);
  it.each([
    "Gunmen abducted two land surveyors working on the new canal in Kech on Monday.",
    "Armed men kidnapped three paramedics returning from a health camp in Kurram on Monday.",
    "Militants kidnapped two members of a polio team at a village in Bajaur on Monday.",
    "Unknown men abducted two electricians and three linemen repairing a power line near Tank on Monday.",
    "A surgeon of the district hospital was kidnapped by armed men in Dera Ismail Khan on Monday.",
    "Gunmen took away five bricklayers from a construction site near Turbat on Monday.",
  ])("%s", (text) => {
    expect(targetsOf(text)).toEqual([["CIVILIANS"]]);
  });

  it("soldiers seized stay security forces", () => {
    const [t] = targetsOf("Militants abducted two soldiers travelling home on leave in North Waziristan on Monday.");
    expect(t).not.toContain("CIVILIANS");
  });
});

describe("an accusation that is the only telling of its act types the incident", () => {
  it("'accused Pakistan of shelling villages in <district>' is a shelling there", () => {
    const inc = read("Kabul on Sunday accused Pakistan of shelling several villages in Dangam district of Kunar province.");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ adm2: "Dangam", sub_event_type: "Shelling/artillery/missile attack" });
  });

  it("'blamed Pakistani aircraft for the raid on ...' is an air strike, not a clash", () => {
    const inc = read("The Afghan defence ministry blamed Pakistani aircraft for the raid on a house in Barmal district of Paktika that killed six people.");
    expect(inc).toHaveLength(1);
    expect(inc[0].sub_event_type).toBe("Air/drone strike");
  });

  it("an accusation with neither toll nor place still tells no event", () => {
    expect(read("The foreign ministry accused Pakistan of shelling civilian areas and warned of consequences.")).toHaveLength(0);
  });

  it("an accusation about an event told elsewhere in the report adds no second incident", () => {
    const inc = read("Pakistani artillery shells hit homes in Dangam district of Kunar on Saturday, killing two children. On Sunday the Afghan foreign ministry accused Pakistan of shelling villages in Dangam.");
    expect(inc).toHaveLength(1);
    expect(inc[0].killed.total).toBe(2);
  });
});
