import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * The armed opposition to the Islamic Emirate (the NRF, the AFF) speaking of its own attacks: a claim told as "said it
 * had fired rockets at" or "according to the front, its fighters ...", and the Emirate's forces as whom it attacked.
 * Every report is written for these tests (own wording).
 */
const { found, main } = incidentReader("2024-06-12");

describe("the Emirate's armed opponents claiming attacks", () => {
  it("a front that says it fired rockets at an airfield claimed it, and the Emirate's forces were the ones attacked", () => {
    const inc = main("In a statement on Tuesday, the Afghanistan Freedom Front said it had fired rockets at the airport in Khost on Monday night. It gave no casualty figures.");
    expect(inc.perpetrators).toEqual(["AF_OTHER"]);
    expect(inc.targets).toEqual(["AF_TALIBAN"]);
  });

  it("'according to the front, its fighters ambushed' is the front's own claim", () => {
    const inc = main("On Monday, according to the National Resistance Front, its fighters ambushed a convoy near Sarobi, killing four Taliban men.");
    expect(inc.perpetrators).toEqual(["AF_OTHER"]);
    expect(inc.targets).toEqual(["AF_TALIBAN"]);
  });

  it("control: an opponent's attack that hurt civilians does not name the Emirate's forces as the ones attacked", () => {
    const incs = found("Fighters of the National Resistance Front fired mortars towards a bazaar in Sarobi on Sunday, wounding three shopkeepers, residents said.");
    expect(incs.length).toBeGreaterThan(0);
    expect(incs[0].targets).not.toContain("AF_TALIBAN");
  });
});
