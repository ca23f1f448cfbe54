import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who acted, in reports whose constructions no evaluation sentence was tuned on. Every report is written
 * for these tests (own wording), each construction in several wordings.
 */
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-05-06") => extract({ id: "o", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const who = (text: string, published?: string) => read(text, published).map((i) => ({ sub: i.sub_event_type, perpetrators: i.perpetrators, targets: i.targets }));

describe("a force's operation that the militants answered with fire", () => {
  it("the force that surrounded, intercepted or stopped them is the perpetrator, the militants the targets", () => {
    expect(who("BANNU: Acting on a tip-off, a Counter-Terrorism Department team surrounded a compound on the edge of Bannu on Thursday night. The suspects holed up inside opened fire on the team, and three of them were killed in the exchange that followed, a CTD spokesman said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["MILITANTS"] },
    ]);
    expect(who("MIR ALI: Troops surrounded a house in Mir Ali on Tuesday where terrorists were hiding. The terrorists opened fire and, in the exchange, two soldiers were martyred and four terrorists were killed, the ISPR said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["MILITANTS"] },
    ]);
    expect(who("KOHAT: Police signalled a pick-up to stop at a checkpoint in Kohat on Friday. The men inside opened fire, wounding a constable, and two of them were killed when police fired back.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["MILITANTS"] },
    ]);
  });

  it("a group named in the sentence that began the operation is the target ('khawarij' are the TTP)", () => {
    expect(who("NORTH WAZIRISTAN: Troops detected a party of khawarij attempting to slip into Pakistan near Mir Ali and engaged them, killing six, the ISPR said on Tuesday.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["TTP"] },
    ]);
    expect(who("DERA ISMAIL KHAN: Soldiers intercepted a band of terrorists of Fitna al-Khawarij heading for a village in Dera Ismail Khan on Monday. The terrorists fired on the troops, and in the ensuing exchange five terrorists were sent to hell, the military said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["TTP"] },
    ]);
  });

  it("militants who moved first stay the attackers; a cordon after a killing is no operation", () => {
    expect(who("TANK: Militants stormed a police post in Tank on Sunday night. Policemen returned fire and two of the attackers were killed, police said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["MILITANTS"], targets: ["PK_POLICE"] },
    ]);
    expect(who("BANNU: Police cordoned off the bazaar in Bannu after gunmen on a motorcycle shot dead a shopkeeper on Monday.")).toEqual([
      { sub: "Attack", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"] },
    ]);
  });
});
