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

describe("Islamic Emirate statements: its forces, and Daesh as the 'Kharijites'", () => {
  it("the Emirate's forces killing 'Kharijites' or 'khawarij of Daesh' fight IS-K, not the Pakistani Taliban", () => {
    expect(who("Emirate forces raided a Kharijite den in the Achin district of Nangarhar late on Sunday, the provincial spokesman said. Three of the Kharijites were killed and two were detained.", "2023-04-11")).toEqual([
      { sub: "Armed clash", perpetrators: ["AF_TALIBAN"], targets: ["ISKP"] },
    ]);
    expect(who("KHOST — Islamic Emirate forces killed three members of the Daesh Kharijites in Spera district on Monday, a spokesman said; one mujahid was wounded.", "2024-05-08")).toEqual([
      { sub: "Armed clash", perpetrators: ["AF_TALIBAN"], targets: ["ISKP"] },
    ]);
    expect(who("KABUL — Emirate security forces gunned down four khawarij of Daesh at a hideout in Kabul province on Thursday, the interior ministry said.", "2023-06-10")).toEqual([
      { sub: "Armed clash", perpetrators: ["AF_TALIBAN"], targets: ["ISKP"] },
    ]);
  });

  it("in Pakistani statements the khawarij stay the TTP", () => {
    expect(who("BANNU: Security forces killed four khawarij in Bannu on Monday, the ISPR said.")).toEqual([{ sub: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["TTP"] }]);
  });
});

describe("Afghanistan before August 2021: the Republic's forces and the Taliban insurgency", () => {
  it("the Afghan air force's strikes are the Republic's, on the Taliban", () => {
    expect(who("KHOST, Afghanistan: Seven Taliban fighters were killed in strikes by the Afghan Air Force in Spera district on Saturday, the provincial governor's office said.", "2020-09-14")).toEqual([
      { sub: "Air/drone strike", perpetrators: ["AF_FORMER_GOV"], targets: ["AF_TALIBAN"] },
    ]);
    expect(who("KUNAR, Afghanistan: Afghan air force helicopters pounded Taliban positions in Dangam district on Tuesday, killing nine insurgents, the defence ministry said.", "2019-05-22")).toEqual([
      { sub: "Air/drone strike", perpetrators: ["AF_FORMER_GOV"], targets: ["AF_TALIBAN"] },
    ]);
  });

  it("Afghan commandos killing Taliban fighters; the insurgents storming a post are the Taliban", () => {
    expect(who("PAKTIKA, Afghanistan: Afghan commandos killed eight Taliban fighters in Barmal district on Wednesday, officials said.", "2020-03-05")).toEqual([
      { sub: "Armed clash", perpetrators: ["AF_FORMER_GOV"], targets: ["AF_TALIBAN"] },
    ]);
    const [, second] = read("KUNAR, Afghanistan: Afghan army troops killed five Taliban fighters in Dangam district on Thursday.\n\nIn Barmal district of Paktika, the insurgents stormed an army outpost on Friday, killing four soldiers, officials said.", "2019-10-06");
    expect({ perpetrators: second.perpetrators, targets: second.targets }).toEqual({ perpetrators: ["AF_TALIBAN"], targets: ["AF_FORMER_GOV"] });
  });

  it("the strikes that answered a ground assault leave the assault a battle", () => {
    const incidents = read("KHOST, Afghanistan: Afghan air force jets bombed Taliban hideouts in Spera district on Sunday, killing ten insurgents. The strikes followed a Taliban assault on Saturday on a police checkpoint in the same district in which two policemen were killed.", "2020-11-02");
    expect(incidents.map((i) => [i.sub_event_type, i.perpetrators])).toEqual([
      ["Air/drone strike", ["AF_FORMER_GOV"]],
      ["Armed clash", ["AF_TALIBAN"]],
    ]);
  });
});

describe("a group named as the modifier of the attack noun", () => {
  it("'A TTP attack on', 'a BLA assault on', 'an Islamic State bombing at' name the attackers", () => {
    expect(who("BANNU: A TTP attack on a police post in Bannu killed three policemen late on Sunday, officials said.")[0].perpetrators).toEqual(["TTP"]);
    expect(who("TURBAT: A BLA assault on a Frontier Corps camp near Turbat was beaten back on Friday night; two soldiers were martyred.")[0].perpetrators).toEqual(["BLA"]);
    expect(who("KABUL: An Islamic State bombing at a Shia mosque in Kabul killed eleven worshippers on Friday, officials said.", "2022-05-01")[0].perpetrators).toEqual(["ISKP"]);
  });
});

describe("an operation that also made arrests", () => {
  it("is a battle when it killed", () => {
    expect(who("KECH: Security forces raided a hideout in Kech on Friday; four militants were killed and two were arrested.")[0].sub).toBe("Armed clash");
    expect(who("BAJAUR: Three terrorists were killed and one was apprehended in a raid in Bajaur on Monday.")[0].sub).toBe("Armed clash");
    expect(who("KHOST — Emirate forces killed two Kharijites and detained three others in Spera district on Sunday.", "2024-01-22")[0].sub).toBe("Armed clash");
  });
});

describe("border fire between the two states", () => {
  const one = (text: string) => read(text, "2025-10-14")[0];
  it("each side saying the other shot first leaves the attacker open, and the exchange a battle", () => {
    for (const t of [
      "KHOST — Kabul said Pakistani troops lobbed mortars into villages of Spera district overnight; Islamabad said its soldiers had only returned fire after Afghan guards shot first.",
      "BAJAUR: Afghan border guards and Pakistani troops traded mortar fire near Bajaur on Monday. Each side said the other had fired first.",
      "KURRAM: Pakistani soldiers and Afghan guards fired mortar rounds at each other's posts near Parachinar on Sunday, with Kabul insisting the Pakistani side opened fire first.",
    ]) {
      const i = one(t);
      expect(i.sub_event_type).toBe("Armed clash");
      expect(i.perpetrators).toEqual([]);
    }
  });

  it("forces assaulting the other side's posts make an armed clash even when some shells fell", () => {
    for (const t of [
      "KURRAM: Afghan forces assaulted three Pakistani border posts near Parachinar late on Saturday; some of their mortar shells landed in fields, causing no casualties.",
      "BAJAUR: Afghan troops attacked Pakistani military posts in Bajaur on Tuesday night, and several rockets fell near a village, officials said.",
      "ZHOB: Afghan guards stormed a Pakistani border checkpoint near Zhob before dawn on Friday; mortar rounds also struck an empty school.",
    ]) {
      const i = one(t);
      expect(i.sub_event_type).toBe("Armed clash");
      expect(i.perpetrators).toEqual(["AF_TALIBAN"]);
      expect(i.targets).toEqual(["PK_SECURITY"]);
    }
  });
});

describe("who the officials say did it when no group claimed it", () => {
  it("'the khawarij had planted the device', 'the bomb was planted by ...' name the attackers", () => {
    expect(who("BANNU: A roadside bomb went off near a police van in Bannu on Monday, wounding three policemen. No group claimed the attack, but the district police officer said the khawarij had planted the device.")[0].perpetrators).toEqual(["TTP"]);
    expect(who("TURBAT: A bomb hidden in a motorcycle exploded near an FC vehicle in Turbat on Friday, wounding two soldiers. Officials said the explosives were planted by the Balochistan Liberation Front.")[0].perpetrators).toEqual(["BLF"]);
    expect(who("LAKKI MARWAT: Two policemen were hurt when a mine exploded under their vehicle in Lakki Marwat on Sunday. Nobody has owned the blast; police believe terrorists of Fitna al-Khawarij set off the device.")[0].perpetrators).toEqual(["TTP"]);
  });
});

describe("the group the dead of an operation belonged to, said after it", () => {
  it("'both men were TTP members', 'all three belonged to ...', 'were members of ...' give the target", () => {
    expect(who("KOHAT: Police shot dead two suspects during a raid in Kohat on Thursday. According to the district police officer, both men were TTP members.")[0].targets).toEqual(["TTP"]);
    expect(who("BANNU: The CTD killed three suspects in an encounter in Bannu on Sunday. A CTD official later said all three belonged to the Hafiz Gul Bahadur group.")[0].targets).toEqual(["HGB"]);
    expect(who("PESHAWAR: Police killed four suspects in a shootout on the edge of Peshawar on Friday. An officer said they were members of Lashkar-e-Islam.")[0].targets).toEqual(["LI"]);
  });
});

describe("the force named as attacked, whatever its dead are called", () => {
  it("a security forces post or convoy stays PK_SECURITY when a 'soldier' dies, outside ISPR statements", () => {
    expect(who("BANNU: Militants attacked a security forces checkpoint near Bannu on Sunday night; one soldier was martyred, police said.")[0].targets).toEqual(["PK_SECURITY"]);
    expect(who("TANK: Gunmen opened fire on a security forces vehicle in Tank on Monday, killing two soldiers, officials said.")[0].targets).toEqual(["PK_SECURITY"]);
    expect(who("KECH: Terrorists stormed a security forces camp in Kech late on Friday. Three soldiers lost their lives.")[0].targets).toEqual(["PK_SECURITY"]);
  });
  it("in an ISPR statement they are the army's", () => {
    expect(who("RAWALPINDI: Terrorists attacked a security forces post in North Waziristan on Sunday; one soldier embraced shahadat, the ISPR said.")[0].targets).toEqual(["PK_ARMY"]);
  });
});
