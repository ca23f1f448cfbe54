import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Who acted in a force's own account of an operation: every report is written for these tests (own wording),
 * each construction in more than one wording, with the cases that must stay the militants' attack beside them.
 */
const geocoder = stubGeocoder();
const who = (text: string, published = "2025-05-06") =>
  extract({ id: "f", text, published }, { geocoder })
    .incidents.filter((i) => !i.background)
    .map((i) => ({ sub: i.sub_event_type, perpetrators: i.perpetrators, targets: i.targets }));

describe("militants killed in an encounter that the force's spokesman tells", () => {
  it("the force is the perpetrator when its spokesman or regional office tells the shoot-out", () => {
    expect(who("PESHAWAR: Three terrorists died in a shootout with the Counter-Terrorism Department near Peshawar on Sunday, a CTD spokesman said.\n\nThe team had gone to the house after a tip-off. When it arrived, the men inside fired on it, wounding one official.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["MILITANTS"] },
    ]);
    expect(who("QUETTA: The Counter Terrorism Department of Balochistan said on Monday that two militants were killed in an exchange of fire near Quetta.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["MILITANTS"] },
    ]);
  });

  it("militants who stormed a post first stay the attackers, whoever tells it", () => {
    expect(who("LAKKI MARWAT: Militants stormed a police post in Lakki Marwat on Friday night and two of the attackers were killed in an exchange of fire, a police spokesman said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["MILITANTS"], targets: ["PK_POLICE"] },
    ]);
  });
});

describe("a force stopping a crossing or freeing captives moved first", () => {
  it("troops that foiled or thwarted an attempt to cross are the perpetrators", () => {
    expect(who("ZHOB: Soldiers thwarted a bid by a band of terrorists to sneak across the border into Zhob on Friday, killing four of them, the military said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["MILITANTS"] },
    ]);
  });

  it("a foiled attack on a post stays the attackers' attack", () => {
    expect(who("BANNU: Police foiled an attack by militants on a police station in Bannu on Monday night, killing two of the attackers, a police spokesman said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["MILITANTS"], targets: ["PK_POLICE"] },
    ]);
  });

  it("police who freed hostages in a shoot-out with the kidnappers are the perpetrators", () => {
    expect(who("KOHAT: Police freed three shopkeepers kidnapped from a bazaar in Kohat, killing one of the abductors in a shootout on Tuesday, officials said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["MILITANTS"] },
    ]);
    // recovering the dead after an ambush is no rescue
    expect(who("HANGU: Two policemen were killed when gunmen opened fire on their van in Hangu on Monday. Police recovered the bodies and rescued a passenger.")).toEqual([
      { sub: "Armed clash", perpetrators: ["MILITANTS"], targets: ["PK_POLICE"] },
    ]);
  });
});

describe("the items of a statement whose lead tells a force's operations", () => {
  it("an item naming only the militants killed inherits the operating force", () => {
    expect(who("RAWALPINDI: Security forces carried out two operations in Khyber Pakhtunkhwa on Monday, the ISPR said.\n\nIn Bajaur, troops engaged a group of khawarij and four were sent to hell. In Tank, three more khawarij were killed.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["TTP"] },
      { sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["TTP"] },
    ]);
  });

  it("militants killed by their own explosives are no item of the operations", () => {
    const out = who("BANNU: Police conducted a search operation in Bannu on Sunday after an attack on a checkpost. In Lakki Marwat, two militants were killed when explosives they were carrying went off.");
    expect(out[1]?.perpetrators).not.toContain("PK_POLICE");
  });
});

describe("which force ran the operation", () => {
  it("the force told as acting, not the soldier told as killed in it", () => {
    expect(who("BAJAUR: Three militants were killed and a soldier was martyred during an operation by security forces in Bajaur on Monday, security officials said.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_SECURITY"], targets: ["MILITANTS"] },
    ]);
  });

  it("'its personnel' are the speaking force's own", () => {
    expect(who("PESHAWAR: The Counter-Terrorism Department said its personnel killed two militants in an exchange of fire during a raid near Peshawar on Friday.")).toEqual([
      { sub: "Armed clash", perpetrators: ["PK_POLICE"], targets: ["MILITANTS"] },
    ]);
  });
});

describe("fire from across the line, told from Afghanistan", () => {
  it("shells fired from across the Durand Line or beyond the frontier are Pakistan's forces'", () => {
    expect(who("ASADABAD: Two shepherds were killed when mortar shells fired from across the Durand Line landed in Dangam district of Kunar on Saturday, local officials said.")).toEqual([
      { sub: "Shelling/artillery/missile attack", perpetrators: ["PK_SECURITY"], targets: ["CIVILIANS"] },
    ]);
  });

  it("the report saying nobody knows who fired leaves it open", () => {
    expect(who("ASADABAD: Two shepherds were wounded when mortar shells fired from across the border landed in Dangam district of Kunar on Saturday. Local officials did not say who was responsible.")).toEqual([
      { sub: "Shelling/artillery/missile attack", perpetrators: [], targets: ["CIVILIANS"] },
    ]);
  });

  it("'the shelling resumed' in a second district is the same side's fire", () => {
    expect(who("ASADABAD: Rockets fired from beyond the frontier hit a village in Dangam district of Kunar on Sunday, wounding three children, officials said.\n\nThe shelling resumed on Monday in Barmal district of Paktika, where two women were hurt when a shell struck their house.")).toEqual([
      { sub: "Shelling/artillery/missile attack", perpetrators: ["PK_SECURITY"], targets: ["CIVILIANS"] },
      { sub: "Shelling/artillery/missile attack", perpetrators: ["PK_SECURITY"], targets: ["CIVILIANS"] },
    ]);
  });
});
