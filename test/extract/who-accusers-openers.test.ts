import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

// Who attacked whom when one side accuses the other, and when one state's forces are told as opening fire on the
// other's. Every report is written for these tests (own wording).
const geocoder = stubGeocoder();
const read = (text: string, published = "2025-03-06") => extract({ id: "a", text, published }, { geocoder }).incidents.filter((i) => !i.background);

describe("the accuser is not the one attacked", () => {
  it("reads the villagers, not the government that accuses, as the targets of air strikes it reports", () => {
    const [i] = read(
      "KABUL - The Islamic Emirate on Thursday accused Pakistan of bombing two villages in Paktika province overnight, saying that 20 people had been killed, among them women and children.\n\n" +
        "The Islamic Emirate's chief spokesman said Pakistani jets struck homes in the Barmal area after midnight.",
    );
    expect(i.sub_event_type).toBe("Air/drone strike");
    expect(i.perpetrators).toEqual(["PK_AIR_FORCE"]);
    expect(i.targets).toEqual(["CIVILIANS"]);
  });

  it("does not take the government whose spokesman tells of the strikes as their target", () => {
    const [i] = read("KABUL - Pakistani aircraft bombed houses in the Barmal district of Paktika late on Sunday, killing eleven people, most of them children, the Islamic Emirate's deputy spokesman said on Monday.");
    expect(i.targets).toEqual(["CIVILIANS"]);
  });
});

describe("one state's forces told as opening fire on the other's", () => {
  it("reads the side that opened fire without provocation as the perpetrator and the post it fired on as the target", () => {
    const [i] = read(
      "CHAMAN, Pakistan - One civilian was killed on Tuesday when Afghan and Pakistani border forces exchanged fire near the crossing, officials said.\n\n" +
        "A district official said Afghan forces opened fire without provocation on a Frontier Corps post, and that FC troops responded. A spokesman in Kandahar said the firing began after Pakistani troops started work on the fence.",
    );
    expect(i.sub_event_type).toBe("Armed clash");
    expect(i.perpetrators).toEqual(["AF_TALIBAN"]);
    expect(i.targets).toEqual(["PK_FC"]);
  });

  it("reads Pakistani forces said to have fired first as the perpetrators, told from Afghanistan", () => {
    const [i] = read(
      "JALALABAD - Two Afghan border guards were wounded in an exchange of fire between Islamic Emirate forces and Pakistani forces at Torkham on Monday night, officials in Nangarhar said.\n\n" +
        "According to the governor's spokesman, Pakistani forces fired first when the Afghan guards began fixing a gate on their side.",
    );
    expect(i.perpetrators).toEqual(["PK_SECURITY"]);
    expect(i.targets).toEqual(["AF_TALIBAN"]);
  });

  it("leaves the starter open when each side says the other fired first", () => {
    const [i] = read(
      "CHAMAN, Pakistan - Two soldiers were wounded on Friday when Pakistani and Afghan border forces exchanged fire near the crossing.\n\n" +
        "A Pakistani official said Afghan forces opened fire first. An Afghan spokesman said Pakistani forces had fired first.",
    );
    expect(i.perpetrators).toEqual([]);
  });

  it("leaves it open when the other side blames the first side's troops for opening fire first", () => {
    const [i] = read(
      "CHAMAN: A Frontier Corps soldier was killed on Sunday when Pakistani and Afghan border forces exchanged fire at the crossing.\n\n" +
        "The military said Afghan guards had resorted to unprovoked firing. Officials in Spin Boldak blamed Pakistani troops for opening fire first.",
    );
    expect(i.perpetrators).toEqual([]);
  });
});

describe("the people taken are an abduction's targets", () => {
  it("reads passengers taken off coaches after an attack on a Levies post as civilians", () => {
    const [i] = read(
      "QUETTA: Armed men set up a roadblock near a Levies post on the Kalat highway late on Friday and abducted eleven travellers from two coaches, officials said. Two Levies personnel at the post lost their lives.",
    );
    expect(i.sub_event_type).toBe("Abduction/forced disappearance");
    expect(i.targets).toEqual(["CIVILIANS"]);
  });

  it("keeps policemen who were abducted as the targets", () => {
    const [i] = read("BANNU: Armed men kidnapped four policemen from a checkpoint near Jani Khel on Sunday night, police said.");
    expect(i.targets).toEqual(["PK_POLICE"]);
  });
});
