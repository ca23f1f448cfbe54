import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

/**
 * Event typing and districts on wordings the development set does not use (own invented reports).
 */
const geocoder = stubGeocoder();
const read = (text: string, published = "2024-06-12", title: string | null = null) =>
  extract({ id: "t", text, published, title }, { geocoder }).incidents.filter((i) => !i.background);

describe("gunmen shooting unarmed people are an attack on civilians", () => {
  // Decision (ACLED's codebook, FORMAT.md's conventions): "militants attacking a police post or army patrol" is an
  // armed clash because the force is on duty and can fight back. A policeman or soldier off duty, on leave, at home
  // or shopping is unarmed and not engaged in combat: ACLED codes such a killing as Violence against civilians /
  // Attack. He still counts as security forces in the toll and as the target (PK_POLICE, PK_ARMY).
  it("an off-duty constable shot outside his home: Attack, the policeman still counted as security forces", () => {
    const [i, ...rest] = read("An off-duty police constable was shot dead by unidentified gunmen outside his home in Lakki Marwat on Monday evening, police said.");
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({ adm2: "Lakki Marwat", event_type: "Violence against civilians", sub_event_type: "Attack", targets: ["PK_POLICE"] });
    expect(i.killed).toMatchObject({ total: 1, security_forces: 1 });
  });

  it("a soldier on leave gunned down in a market: Attack", () => {
    const [i] = read("A soldier home on leave was gunned down by two men on a motorcycle in the main bazaar of Kohat on Tuesday.");
    expect(i).toMatchObject({ adm2: "Kohat", sub_event_type: "Attack" });
  });

  it("a constable on duty at a check-post shot by men on a motorbike stays an armed clash", () => {
    const [i] = read("A police constable on duty at a checkpost in Tank was gunned down by men on a motorbike on Friday.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("travellers pulled off a coach and shot: Attack on civilians", () => {
    const [i] = read("Armed men stopped a passenger coach near Quetta on Monday night, forced the travellers off and shot dead six of them, officials said.");
    expect(i).toMatchObject({ sub_event_type: "Attack", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"] });
    expect(i.killed).toMatchObject({ total: 6, civilians: 6 });
  });

  it("a house fired on with nobody hurt: Attack", () => {
    const [i] = read("Unknown gunmen fired on the house of a district councillor in Tank on Monday night. No one was hurt.");
    expect(i).toMatchObject({ event_type: "Violence against civilians", sub_event_type: "Attack" });
  });
});

describe("weapon words outside the attack do not type it", () => {
  it("suicide vests seized after a raid: the raid is an armed clash", () => {
    const [i] = read("Security forces killed four militants in a raid on a compound in Bannu on Monday. Explosive jackets, rifles and grenades were found after the gunfight, police said.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("an old mortar shell children found: a remote explosive with nobody as perpetrator", () => {
    const [i] = read("Two children were killed when an old mortar shell they had picked up in a field exploded at their home in Bajaur on Monday.");
    expect(i).toMatchObject({ adm2: "Bajaur", sub_event_type: "Remote explosive/landmine/IED", perpetrators: [] });
    expect(i.killed).toMatchObject({ total: 2 });
  });

  it("a leftover artillery round that went off in a shepherd's hands: a remote explosive, not shelling", () => {
    const [i] = read("A shepherd was killed in Kohat on Sunday when a leftover artillery round he had picked up went off in his hands.");
    expect(i).toMatchObject({ sub_event_type: "Remote explosive/landmine/IED", perpetrators: [] });
  });

  it("'the attackers also carried grenades': the gun attack on a post stays an armed clash", () => {
    const [i] = read("Militants attacked a police checkpost in Dera Ismail Khan on Monday night, killing two policemen. The attackers also carried hand grenades and rocket launchers, police said.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash", targets: ["PK_POLICE"] });
  });

  it("a grenade thrown at a police station is still a grenade attack", () => {
    const [i] = read("Militants hurled a hand grenade at a police station in Bannu on Monday night, injuring two constables.");
    expect(i).toMatchObject({ sub_event_type: "Grenade" });
  });
});

describe("the district of a two-town road", () => {
  it("with no other cue, the road's first town", () => {
    const [i] = read("Militants ambushed a police van on the Kohat–Hangu road on Monday, killing two constables.");
    expect(i).toMatchObject({ adm2: "Kohat" });
  });

  it("the end the title names, even when a later paragraph names the other end's district", () => {
    const [i, ...rest] = read("Militants ambushed a convoy on the Bannu-Mir Ali road on Tuesday, killing three soldiers.\n\nOfficials in North Waziristan said a search of the area was under way.", "2024-06-12", "Three soldiers martyred near Bannu");
    expect(rest).toHaveLength(0);
    expect(i).toMatchObject({ adm2: "Bannu" });
    const [j] = read("Gunmen opened fire on a bus on the Kohat-Hangu road on Monday, killing two passengers.", "2024-06-12", "Two passengers shot dead in Hangu");
    expect(j).toMatchObject({ adm2: "Hangu" });
  });

  it("a later sentence saying where on the road it happened", () => {
    const [i] = read("Gunmen opened fire on a passenger coach on the Quetta–Chaman highway on Monday, killing three travellers. Police said the attack took place near Chaman.");
    expect(i).toMatchObject({ adm2: "Chaman" });
  });

  it("a place named in the same sentence as the road ('on the Bannu-Tank road in Lakki Marwat')", () => {
    const [i] = read("A roadside bomb struck a Levies vehicle on the Bannu-Tank road in Lakki Marwat on Monday, wounding two.");
    expect(i).toMatchObject({ adm2: "Lakki Marwat" });
  });
});

describe("places named in a title", () => {
  it("a report whose text names no place happened where its title says", () => {
    const [i] = read("Two people were killed when a bomb went off in a busy market on Monday, police said.", "2024-06-12", "Market blast in Kohat kills two");
    expect(i).toMatchObject({ country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Kohat" });
  });

  it("a capital standing for its government in the title is no place", () => {
    const [i] = read("A roadside bomb killed two policemen on Monday, officials said.", "2024-06-12", "Kabul rejects claims over border attacks");
    expect(i?.country).not.toBe("AF");
  });

  it("the wounded's hospital town is not where it happened", () => {
    const inc = read("Gunmen shot and wounded a vaccinator in Bajaur on Monday. The wounded man was later flown to a hospital in Peshawar, where doctors said his condition was stable.");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ adm2: "Bajaur" });
  });
});

describe("vehicle-borne suicide attacks without the word 'suicide'", () => {
  it("explosives-filled trucks rammed into a post, then a gun assault: Suicide bomb", () => {
    const [i] = read("Two trucks filled with explosives were rammed into a police checkpost in Bannu on Monday, followed by a gun assault. All the attackers were killed.");
    expect(i).toMatchObject({ event_type: "Explosions/Remote violence", sub_event_type: "Suicide bomb" });
  });

  it("'crashed a bomb-laden pickup into the wall', 'a car packed with explosives was driven into the gate'", () => {
    expect(read("An attacker crashed a bomb-laden pickup into the perimeter wall of an army camp in Tank on Monday, killing two soldiers.")[0]).toMatchObject({ sub_event_type: "Suicide bomb" });
    expect(read("A car packed with explosives was driven into the gate of an FC fort in Zhob on Monday before gunmen stormed in.")[0]).toMatchObject({ sub_event_type: "Suicide bomb" });
  });

  it("a parked car bomb stays a remote explosive", () => {
    expect(read("A car bomb parked outside a market went off in Peshawar on Monday, killing four people.")[0]).toMatchObject({ sub_event_type: "Remote explosive/landmine/IED" });
  });
});

describe("mortars on a post and return fire", () => {
  it("mortar rounds on a post and the troops firing back: an armed clash", () => {
    expect(read("Militants fired mortar rounds at an FC camp in Zhob on Monday night, wounding a soldier. The troops retaliated.")[0]).toMatchObject({ sub_event_type: "Armed clash" });
    expect(read("Mortar shells fired from across the border hit a border post in Bajaur on Monday, wounding two soldiers. The troops returned fire.")[0]).toMatchObject({ sub_event_type: "Armed clash" });
  });

  it("shelling that is most of the story stays shelling even when the forces answered", () => {
    const [i] = read("Heavy shelling from across the border hit villages in Bajaur on Monday. Artillery shells and mortar rounds landed in three villages and rockets struck a school, killing four civilians. The troops later retaliated.");
    expect(i).toMatchObject({ sub_event_type: "Shelling/artillery/missile attack" });
  });
});

describe("a blocked road", () => {
  it("armed men or fighters blocking a highway to kill or take passengers: no protest", () => {
    expect(read("Armed separatists blocked the highway near Quetta on Monday night and shot dead five truck drivers after checking their identity cards.")[0]).toMatchObject({ event_type: "Violence against civilians", sub_event_type: "Attack", targets: ["CIVILIANS"] });
    expect(read("BLA fighters blocked the highway near Turbat on Monday and took away three passengers.")[0]).toMatchObject({ sub_event_type: "Abduction/forced disappearance", perpetrators: ["BLA"] });
  });

  it("protesters blocking a road stay a protest, also when they protest an abduction", () => {
    expect(read("Protesters blocked the main highway in Chaman on Monday against the killing of a tribal elder.")[0]).toMatchObject({ event_type: "Protests", sub_event_type: "Peaceful protest" });
    expect(read("Traders blocked the main road in Kohat for hours on Monday to protest against the abduction of a shopkeeper.")[0]).toMatchObject({ sub_event_type: "Peaceful protest" });
  });
});

describe("an abduction told inside a release story", () => {
  it("'freed on Wednesday, a week after armed men seized them': the abduction, a week before the release", () => {
    const inc = read("Tribal elders secured the freedom of four teachers on Wednesday, a week after armed men seized them near Tank.", "2024-06-13");
    expect(inc).toHaveLength(1);
    expect(inc[0]).toMatchObject({ date: "2024-06-05", adm2: "Tank", sub_event_type: "Abduction/forced disappearance", perpetrators: ["MILITANTS"] });
  });

  it("'released ... whom they had picked up from a checkpoint three days earlier'", () => {
    const [i] = read("Militants released two Levies men on Sunday whom they had picked up from a checkpoint in Zhob three days earlier.", "2024-06-11");
    expect(i).toMatchObject({ date: "2024-06-06", sub_event_type: "Abduction/forced disappearance", targets: ["PK_POLICE"] });
  });

  it("'returned home on Monday; they had been taken from their camp on Thursday': the day of the abduction's own clause", () => {
    const [i] = read("The kidnapped engineers returned home on Monday; they had been taken from their camp in Zhob on Thursday.", "2024-06-11");
    expect(i).toMatchObject({ date: "2024-06-06", adm2: "Zhob", sub_event_type: "Abduction/forced disappearance" });
  });

  it("weapons 'seized from their bodies' are no abduction", () => {
    const [i] = read("Security forces killed three militants in an exchange of fire in Bannu on Monday. Weapons and explosives were seized from their bodies.");
    expect(i).toMatchObject({ sub_event_type: "Armed clash" });
  });
});

describe("more ways of saying off duty", () => {
  it("'returning home after duty', 'who had come home on leave', 'in plain clothes at a tea stall': Attack", () => {
    expect(read("Gunmen shot dead a police constable who was returning home after duty in Bannu on Monday.")[0]).toMatchObject({ sub_event_type: "Attack", targets: ["PK_POLICE"] });
    expect(read("An FC soldier who had come home on leave was gunned down in his village in Kech on Monday.")[0]).toMatchObject({ sub_event_type: "Attack" });
    expect(read("A policeman in plain clothes was shot dead at a tea stall in Peshawar on Monday.")[0]).toMatchObject({ sub_event_type: "Attack" });
  });

  it("a policeman on duty at a checkpoint or a traffic warden on duty: Armed clash", () => {
    expect(read("Gunmen shot dead a policeman at a checkpoint in Bannu on Monday.")[0]).toMatchObject({ sub_event_type: "Armed clash" });
    expect(read("Gunmen on a motorcycle shot dead a traffic policeman on duty in Quetta on Monday.")[0]).toMatchObject({ sub_event_type: "Armed clash" });
  });
});
