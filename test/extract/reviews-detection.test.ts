import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Incident detection and sub-event types in periodic reviews, long features and wire updates (issue 3, stop 16):
 * item labels and month-relative days of a review published the month after, statistics sentences, a group's claim
 * told with its own day, a week named before the item's day, grenades in firefights, follow-up searches and arrests.
 * Own invented reports; the real gazetteer.
 */
const geocoder = createGeocoder();
const all = (text: string, published: string) => extract({ id: "r", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const brief = (text: string, published: string) => all(text, published).map((i) => `${i.date} ${i.adm2} ${i.sub_event_type}`);

describe("days of a review published after the month it reviews", () => {
  it("an item labelled 'May 9:' at the head of its paragraph is dated by its label, not by the publication", () => {
    const r = brief(
      "PESHAWAR: A research centre's monthly review, issued on Thursday, lists the province's main incidents of May.\n\nMay 9: Militants attacked a police post in Lakki Marwat district with rifles, killing one constable.\n\nMay 21: A roadside bomb wounded three soldiers on a patrol in Tank district.",
      "2025-06-05",
    );
    expect(r).toEqual(["2025-05-09 Lakki Marwat Armed clash", "2025-05-21 Tank Remote explosive/landmine/IED"]);
  });

  it("'Earlier in the month, on the 5th' is of the month reviewed; 'on the night of the 17th' is a day of it too", () => {
    const r = brief(
      "QUETTA: Violence in the province rose in October, a think tank said in a review released on Monday.\n\nOn the night of the 17th, gunmen stormed a Levies post in Zhob district, killing two Levies men.\n\nEarlier in the month, on the 5th, a grenade hurled into a tea stall in Quetta wounded six people.",
      "2025-11-03",
    );
    expect(r).toEqual(["2025-10-17 Zhob Armed clash", "2025-10-05 Quetta Grenade"]);
  });
});

describe("statistics sentences tell no incident", () => {
  it("'the number of suicide attacks reached its highest quarterly level' and 'Of these, 11 were suicide bombings'", () => {
    const r = all(
      "ISLAMABAD: Militant violence rose between April and June, with the number of suicide attacks reaching its highest quarterly level in years, a security think tank said in its quarterly report on Tuesday.\n\nThe think tank counted 190 attacks in the quarter. Of these, 11 were suicide bombings, it said.",
      "2025-07-08",
    );
    expect(r).toEqual([]);
  });
});

describe("a group's claim told with a day of its own goes with the incident it claims", () => {
  it("'The TTP claimed the assault the following day and said 20 soldiers had died' opens no second incident", () => {
    const r = all(
      "Militants stormed an army post in the Datta Khel area of North Waziristan late on Tuesday, the military said, and four soldiers and five attackers were killed in the exchange of fire. The TTP claimed the assault the following day and said 20 soldiers had died.",
      "2025-04-10",
    );
    expect(r.map((i) => `${i.date} ${i.killed.total}`)).toEqual(["2025-04-08 9"]);
    expect(r[0].perpetrators).toEqual(["TTP"]);
  });
});

describe("a sentence naming the next item only by its week", () => {
  it("'The next week brought a car bombing in Bannu. On the 14th, ...' is one incident on the 14th", () => {
    const r = brief(
      "KARACHI: The monthly review published on Friday walks through March's main incidents.\n\nOn the 3rd, gunmen shot dead two labourers in Kech district.\n\nThe next week brought a suicide bombing in Bannu. On the 14th, a bomber rammed an explosives-laden car into the gate of a police station, killing three policemen.",
      "2025-04-04",
    );
    expect(r).toEqual(["2025-03-03 Kech Attack", "2025-03-14 Bannu Suicide bomb"]);
  });
});

describe("grenades: in a firefight, shown to reporters, and before a search", () => {
  it("a grenade thrown by suspects who fire on a raiding team is part of the armed clash", () => {
    const [i] = all(
      "Three suspected militants were killed in a shootout with the Counter-Terrorism Department in Mardan on Sunday night, a CTD spokesman said. The suspects opened fire and lobbed a hand grenade when the team knocked at the door; the personnel returned fire.",
      "2025-02-03",
    );
    expect(i.sub_event_type).toBe("Armed clash");
    expect(i.perpetrators).toEqual(["PK_POLICE"]);
  });

  it("a grenade shown to reporters after an encounter types nothing", () => {
    const [i] = all(
      "The police said on Monday they had killed two wanted men in an encounter in Kohat late on Sunday. A rifle, a pistol and a hand grenade were shown to reporters at the press conference.",
      "2025-08-12",
    );
    expect(i.sub_event_type).toBe("Armed clash");
  });

  it("a grenade on a police station followed by a search operation stays a grenade attack", () => {
    const [i] = all(
      "Two constables were injured when unknown men threw a hand grenade into the Kakki police station in Bannu late on Friday. Police cordoned off the area and launched a search operation in the nearby fields.",
      "2025-09-13",
    );
    expect(i.sub_event_type).toBe("Grenade");
  });
});

describe("attacks on travellers, escorts and back-references to other incidents", () => {
  it("a coach fired on, soldiers on leave among the dead, suspects arrested in a search operation: an attack", () => {
    const [i] = all(
      "Gunmen fired on a passenger coach on the Indus Highway in Kohat district on Sunday night, killing four people, among them a soldier travelling home on leave. Police later arrested three suspects in a search operation in the hills.",
      "2025-10-06",
    );
    expect(i.sub_event_type).toBe("Attack");
  });

  it("a constable guarding vaccinators shot dead while the team is only wounded: an armed clash", () => {
    const [i] = all("A constable guarding a polio team was shot dead by gunmen in Tank on Monday. One of the vaccinators was slightly wounded.", "2025-04-22");
    expect(i.sub_event_type).toBe("Armed clash");
  });

  it("'No group claimed that killing or the drone strike in Kulachi' lends the drone to no other incident", () => {
    const r = brief(
      "A quadcopter dropped explosives on the Kulachi police station in Dera Ismail Khan district on Monday night, wounding two policemen.\n\nOn Tuesday morning, two constables at a picket near Paharpur were shot dead by gunmen on a motorcycle. No group claimed that killing or the drone strike in Kulachi.",
      "2025-09-17",
    );
    expect(r).toEqual(["2025-09-15 Dera Ismail Khan Air/drone strike", "2025-09-16 Dera Ismail Khan Armed clash"]);
  });
});

describe("arrests told with a day or a raid of their own are incidents of their own", () => {
  it("a raid at another town that arrests the men who supplied the car 'used in the bombing' is an arrest, not a bombing", () => {
    const r = brief(
      "KHYBER: Three people were killed when a bomb hidden in a car went off in the main bazaar of Landi Kotal on Tuesday afternoon.\n\nLate on Tuesday night, CTD personnel raided a house in Jamrud and arrested two men suspected of having provided the car used in the bombing.",
      "2025-05-14",
    );
    expect(r).toEqual(["2025-05-13 Khyber Remote explosive/landmine/IED", "2025-05-13 Khyber Arrests"]);
  });

  it("'Early on Thursday, intelligence personnel detained two men ...' after a claimed bombing: an arrest of the group's men", () => {
    const r = all(
      "QUETTA: A suicide bomber killed five people at a checkpoint in Quetta on Wednesday afternoon, officials said. The BLA claimed the bombing.\n\nEarly on Thursday, intelligence personnel detained two men in Quetta on suspicion of helping the bomber, an official said, adding that a motorcycle rigged with explosives had been seized from their house.",
      "2025-06-19",
    );
    expect(r.map((i) => `${i.date} ${i.sub_event_type}`)).toEqual(["2025-06-18 Suicide bomb", "2025-06-19 Arrests"]);
    expect(r[1].targets).toEqual(["BLA"]);
  });

  it("'It did not say whether anyone was hurt during the raids' leaves the detentions an arrest", () => {
    const r = brief(
      "Gunmen shot dead three men outside a mosque in Peshawar on Sunday evening.\n\nTwo days later, the police said they had detained four men in Nowshera suspected of sheltering the gunmen. It did not say whether anyone was hurt during the raids.",
      "2025-03-12",
    );
    expect(r).toEqual(["2025-03-09 Peshawar Attack", "2025-03-11 Nowshera Arrests"]);
  });
});

describe("a count told after the second of two incidents at the first one's place", () => {
  it("'Five people were wounded in Spera' after strikes in Spera and Barmal goes with the Spera strike", () => {
    const r = all(
      "KABUL: The defence ministry on Tuesday accused Pakistan of air strikes in Khost and Paktika late on Monday night.\n\nThe ministry said seven people were killed when Pakistani aircraft bombed a house in the Spera district of Khost, and that four more died in a separate strike on a house in Barmal district of Paktika. Five people were wounded in Spera, a hospital official said.",
      "2025-12-09",
    );
    expect(r.map((i) => `${i.adm2} ${i.killed.total} ${i.injured.total}`)).toEqual(["Spera 7 5", "Barmal 4 null"]);
  });
});
