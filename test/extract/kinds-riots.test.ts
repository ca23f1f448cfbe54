import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { defaultGeocoder } from "../../src/geo/index.js";

// Riots (FORMAT.md: Riots / Violent demonstration, Mob violence): a crowd's own violence, and the day it is told with
// when a state that followed is told the same way. Own wording; published on a Tuesday (2025-07-22).
const geocoder = defaultGeocoder();
const read = (text: string, published = "2025-07-22") => extract({ id: "r", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("riots", () => {
  it("reads protesters stoning a police vehicle as a violent demonstration on its own day, though told 'on Sunday after ...'", () => {
    const all = read(
      "BANNU: Traders have kept a protest camp outside the district council for a week, demanding the release of a kidnapped shopkeeper.\n\nIn Domel, however, youths set old tyres alight, burned tyres on the main road and pelted a police pickup with stones on Sunday after the administration tried to remove their barricades; police used teargas and four constables were injured.",
    );
    const riot = all.find((i) => i.sub_event_type === "Violent demonstration");
    expect(riot).toBeDefined();
    expect(riot!.event_type).toBe("Riots");
    expect(riot!.date).toBe("2025-07-20");
    expect(riot!.perpetrators).toEqual(["CIVILIANS"]);
    expect(riot!.injured.total).toBe(4);
  });

  it("reads an angry crowd torching shops as mob violence", () => {
    const all = read("CHAMAN: An angry crowd torched a dozen shops and a customs office in the main bazaar on Monday, officials said. Nobody was hurt.");
    expect(all).toHaveLength(1);
    expect(all[0].sub_event_type).toBe("Mob violence");
    expect(all[0].date).toBe("2025-07-21");
  });

  it("keeps armed men setting fire to a tower property destruction, not a riot", () => {
    const arson = read("TANK: Armed men set fire to a mobile phone tower in the Gomal area on Monday night, police said. Nobody was hurt.");
    expect(arson.map((i) => i.sub_event_type)).toEqual(["Looting/property destruction"]);
  });

  it("keeps an armed attack what it was when a crowd's arson is told beside its toll", () => {
    const all = read("KOHAT: The toll from Saturday's attack on a passenger coach near Darra rose to seven on Monday, as an enraged crowd set fire to a police kiosk in the town. Gunmen on the hillside had opened fire on the coach as it climbed the pass.");
    const attack = all.find((i) => i.date === "2025-07-19");
    expect(attack).toBeDefined();
    expect(attack!.sub_event_type).toBe("Attack");
    expect(attack!.killed.total).toBe(7);
  });
});
