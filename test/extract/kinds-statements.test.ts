import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { defaultGeocoder } from "../../src/geo/index.js";

// A group's own statement in translation: its fighters are "the mujahideen" in every paragraph, not only where the
// group is named, and their attack on a post is no operation of the force whose post it was. Own wording.
const geocoder = defaultGeocoder();
const read = (text: string, published = "2025-07-22") => extract({ id: "s", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("a group's statement", () => {
  it("gives the group's second attack, told with 'the mujahideen' alone, to the group, and the post's force as target", () => {
    const all = read(
      "Statement (translated from Pashto)\n\nOn Sunday evening, the mujahideen of Tehreek-e-Taliban Pakistan attacked a convoy of the Pakistani army with rockets near Mir Ali in North Waziristan, and 3 soldiers were killed.\n\nIn a second operation, on Monday the mujahideen opened fire on a check post of the army in the Razmak area of North Waziristan, in which 2 soldiers were killed.\n\nSpokesman, Tehreek-e-Taliban Pakistan",
    );
    const second = all.find((i) => i.date === "2025-07-21");
    expect(second).toBeDefined();
    expect(second!.perpetrators).toEqual(["TTP"]);
    expect(second!.targets).toEqual(["PK_ARMY"]);
  });

  it("leaves 'mujahideen' unassigned when the report names two sides", () => {
    const all = read("KABUL: The Islamic Emirate said its forces killed three Daesh fighters in Nangarhar on Monday. A Daesh statement said the mujahideen had ambushed a Taliban patrol in Kunar on Sunday, killing two.");
    const kunar = all.find((i) => i.adm1 === "Kunar");
    expect(kunar?.perpetrators ?? []).not.toEqual(["AF_TALIBAN"]);
  });
});

describe("the Afghan armed opposition under the Emirate", () => {
  it("reads the rebels the Emirate's forces killed, in a report naming the resistance front, as AF_OTHER", () => {
    const all = read("KABUL: The Afghanistan Freedom Front said its men had attacked a Taliban checkpoint in Kapisa on Sunday. Officials of the Islamic Emirate denied it and said their forces had killed three insurgents in a raid in the Khinj district of Panjshir on Monday.");
    const raid = all.find((i) => i.date === "2025-07-21");
    expect(raid).toBeDefined();
    expect(raid!.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(raid!.targets).toEqual(["AF_OTHER"]);
  });
});

describe("who blames", () => {
  it("keeps a killing by unnamed militants MILITANTS when only the victim's relatives accuse a group", () => {
    const all = read("MIRANSHAH: A schoolteacher was shot dead by militants near his home in Mir Ali, North Waziristan, on Saturday. No group claimed the killing, but his relatives accused the Tehreek-e-Taliban Pakistan of it, saying he had been threatened.");
    expect(all).toHaveLength(1);
    expect(all[0].perpetrators).toEqual(["MILITANTS"]);
  });

  it("still gives the group officials blame", () => {
    const all = read("MIRANSHAH: A schoolteacher was shot dead by militants near his home in Mir Ali, North Waziristan, on Saturday. No group claimed the killing, but police blamed the Tehreek-e-Taliban Pakistan for it.");
    expect(all[0].perpetrators).toEqual(["TTP"]);
  });
});

describe("armed men's roadblocks and offices named with their place", () => {
  it("reads gunmen who blocked a highway and shot passengers as an attack, not a protest", () => {
    const all = read("QUETTA: Gunmen who blocked the highway near Mastung on Monday night stopped a bus and shot dead five passengers, officials said.");
    expect(all).toHaveLength(1);
    expect(all[0].sub_event_type).toBe("Attack");
    expect(all[0].perpetrators).toEqual(["MILITANTS"]);
    expect(all[0].targets).toEqual(["CIVILIANS"]);
  });

  it("keeps traders who blocked a road a protest", () => {
    const all = read("BANNU: Traders blocked the main road in Bannu on Monday to protest against extortion, police said.");
    expect(all.map((i) => i.sub_event_type)).toEqual(["Peaceful protest"]);
  });

  it("does not make the officials of a place who tell an air strike its target", () => {
    const all = read("ASADABAD: Islamic Emirate officials in Kunar said a drone strike they blamed on Pakistan hit a house in Sarkano district on Sunday night, killing four people.");
    expect(all).toHaveLength(1);
    expect(all[0].targets).not.toEqual(["AF_TALIBAN"]);
  });
});
