import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * Who the dead and wounded were, on unseen wordings: attackers among the dead, the attackers' helpers, wounded men who
 * later die, Afghan state forces, civilians by role, and totals with their parts. Every report is written for these
 * tests (own wording, several variants per construction).
 */
const { main } = incidentReader("2024-06-10");

describe("the attacker among the dead is a militant within the total", () => {
  it.each([
    ["A car bomb went off at a checkpoint in Bannu on Friday, killing nine people, including the suicide bomber, officials said.", { total: 9, militants: 1 }],
    ["Eleven people, among them the attacker, died when a blast tore through a bus terminal in Quetta on Sunday.", { total: 11, militants: 1 }],
    ["Seven people, including the suicide bomber, died when a blast ripped through a market in Quetta on Friday.", { total: 7, militants: 1 }],
    ["Police said eight people were killed, the attacker among them, when a blast hit a rally in Bajaur on Sunday.", { total: 8, militants: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a bomber who killed others 'and himself' is one more dead, a militant", () => {
  it.each([
    ["A teenage bomber struck a funeral in Bajaur on Thursday, killing 14 mourners and himself.", { total: 15, civilians: 14, militants: 1 }],
    ["A suicide bomber detonated his vest at a police line in Peshawar on Friday, killing three constables along with himself.", { total: 4, security_forces: 3, militants: 1 }],
    ["A bomber blew up his vest outside a mosque in Peshawar on Friday, killing nine worshippers and himself.", { total: 10, civilians: 9, militants: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the attackers' helpers are militants", () => {
  it.each([
    ["Security forces raided a hideout in Kech on Tuesday and killed the bomber's two handlers.", 2],
    ["Troops shot dead the attackers' three facilitators in a raid in North Waziristan on Wednesday.", 3],
    ["Police in Peshawar said they had killed the attackers' two facilitators in a shootout on Wednesday.", 2],
    ["The CTD said its men shot dead three facilitators of the Bannu bombing in an exchange of fire on Monday.", 3],
  ])("%s", (text, n) => {
    expect(main(text).killed).toMatchObject({ total: n, militants: n });
  });

  it("a possessor before the count of civilians keeps them civilians", () => {
    expect(main("Gunmen killed the shopkeeper's two sons outside their house in Bannu on Monday.").killed).toMatchObject({ total: 2, civilians: 2 });
  });
});

describe("wounded who later die are more dead, of the wounded's side, and no longer among the wounded", () => {
  it.each([
    ["Four soldiers were injured when militants attacked a post in Mir Ali on Saturday. One of them later succumbed to his injuries.", { total: 1, security_forces: 1 }, 3],
    ["Six labourers were wounded when a bomb hit their pickup in Kech on Monday. One of them later died in hospital.", { total: 1, civilians: 1 }, 5],
    ["Militants attacked a police post in Lakki Marwat on Sunday night, wounding three constables. Two of them succumbed to their injuries on Monday.", { total: 2, security_forces: 2 }, 1],
    ["Militants fired on a Levies vehicle in Zhob on Tuesday, killing one Levies man and wounding two. One of the wounded men died on the way to hospital.", { total: 2, security_forces: 2 }, 1],
    ["Gunmen attacked a checkpost in Tank on Sunday, killing three policemen and injuring four. The death toll rose to five after two of the wounded died.", { total: 5, security_forces: 5 }, 2],
  ])("%s", (text, killed, injured) => {
    const inc = main(text);
    expect(inc.killed).toMatchObject(killed);
    expect(inc.injured.total).toBe(injured);
  });

  it("'two of them died' after a count of the dead adds nobody", () => {
    expect(main("A blast killed six people in a Quetta market on Friday. Two of them died on the way to hospital.").killed.total).toBe(6);
  });
});

describe("Afghan state forces are security forces (after August 2021), in their own words too", () => {
  it.each([
    ["Four mujahideen were martyred in the clash with Pakistani forces in Paktika on Sunday, the Islamic Emirate said.", { total: 4, security_forces: 4 }],
    ["Three mujahideen of the Islamic Emirate were martyred when Pakistani jets bombed a post in Barmal on Monday, a Taliban spokesman said.", { total: 3, security_forces: 3 }],
    ["Two border guards of the Islamic Emirate were martyred in Pakistani shelling in Kunar on Tuesday, the Afghan defence ministry said.", { total: 2, security_forces: 2 }],
    ["The Islamic Emirate's forces lost four fighters in the clashes with Pakistani troops near the crossing in Khost on Saturday.", { total: 4, security_forces: 4 }],
    ["Taliban border forces lost two men in clashes with Pakistani troops in Spera on Friday.", { total: 2, security_forces: 2 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("each side's dead add up: 'killed one Pakistani soldier and lost three of their own'", () => {
    expect(main("Afghan border guards killed one Pakistani soldier and lost three of their own in the clash at the crossing in Khost on Monday.").killed).toMatchObject({ total: 4, security_forces: 4 });
    expect(main("Pakistani forces killed three Afghan Taliban border guards and lost one soldier in the clash at the border in Kunar on Tuesday.").killed).toMatchObject({ total: 4, security_forces: 4 });
  });

  it("a group's mujahideen are its militants", () => {
    expect(main("The TTP said two of its mujahideen were killed in the clash with security forces in Bannu on Monday.").killed).toMatchObject({ total: 2, militants: 2 });
  });

  it("before August 2021 the Taliban's mujahideen are insurgents", () => {
    expect(main("Five mujahideen were martyred when Afghan army commandos raided a compound in Khost on Monday, a Taliban spokesman said.", "2019-05-06").killed).toMatchObject({ total: 5, militants: 5 });
  });
});

describe("civilians by role, family and kind", () => {
  it.each([
    ["A mortar shell hit a house in Bajaur on Sunday, killing a family of six.", { total: 6, civilians: 6 }],
    ["A family of five was killed when a mortar shell struck their home in Bajaur on Sunday.", { total: 5, civilians: 5 }],
    ["An entire family of seven died when their house collapsed after a drone strike in Barmal on Tuesday.", { total: 7, civilians: 7 }],
    ["Four women and three children were among those killed when a rocket hit a house in Kurram on Monday.", { total: 7, civilians: 7 }],
    ["Two shoppers and a shopkeeper were injured in a grenade attack on a market in Bannu on Monday.", null],
  ])("%s", (text, killed) => {
    const inc = main(text);
    if (killed) expect(inc.killed).toMatchObject(killed);
    else expect(inc.injured).toMatchObject({ total: 3, civilians: 3 });
  });

  it("two counts of one side joined by 'and' add up", () => {
    expect(main("Five soldiers and two officers were killed when militants ambushed a convoy in North Waziristan on Monday.").killed).toMatchObject({ total: 7, security_forces: 7 });
  });
});

describe("a total and the part named of it", () => {
  it.each([
    ["The blast in Quetta killed 15 people, of whom nine were policemen.", "killed", { total: 15, security_forces: 9 }],
    ["Militants attacked a checkpoint in Bannu on Monday; eleven people died, of whom seven were soldiers.", "killed", { total: 11, security_forces: 7 }],
    ["Gunmen fired on a van in Kech, killing nine people, among them four were labourers.", "killed", { total: 9, civilians: 4 }],
    ["The blast wounded 30 people, of whom twelve were policemen, in Quetta on Friday.", "injured", { total: 30, security_forces: 12 }],
  ] as const)("%s", (text, kind, cas) => {
    expect(main(text)[kind]).toMatchObject(cas);
  });

  it("people 'including N policemen' at a civilian place: the others' side is not said", () => {
    expect(main("A blast at a Quetta market killed 17 people, including five Levies personnel.").killed).toMatchObject({ total: 17, security_forces: 5, civilians: null });
    expect(main("A bomb went off near a crowded bus stand in Peshawar on Friday, killing 20 people, including three policemen.").killed.civilians).toBeNull();
  });

  it("... unless a sentence about the dead says who the others were", () => {
    expect(main("A blast at a Quetta market killed 17 people, including five Levies personnel. Apart from the Levies men, the dead included shopkeepers and customers.").killed).toMatchObject({ total: 17, security_forces: 5, civilians: 12 });
  });
});

describe("an off-duty policeman or soldier shot away from his post is an attack (ACLED: not engaged, attacked as civilians are)", () => {
  it.each([
    "An off-duty policeman was shot dead by gunmen outside his house in Bannu on Monday.",
    "Gunmen on a motorbike shot dead an off-duty police constable as he left a mosque in Peshawar on Friday.",
    "Unknown assailants killed a soldier who was home on leave in a village in Lakki Marwat on Sunday.",
  ])("%s", (text) => {
    const inc = main(text);
    expect(inc.sub_event_type).toBe("Attack");
    // (he is still counted as what he was: a member of the security forces)
    expect(inc.killed).toMatchObject({ total: 1, security_forces: 1 });
  });

  it("his post attacked is a battle", () => {
    expect(main("Militants attacked a police post in Bannu on Monday, killing two constables; an off-duty constable was also wounded.").sub_event_type).toBe("Armed clash");
  });
});

describe("a figure the attackers claim is not the toll when the report gives its own, nor when it is rejected", () => {
  it.each([
    ["Police said two constables were killed in the attack in Bannu on Friday, while the group claimed to have killed 15 personnel.", 2],
    ["Militants attacked a checkpost in Tank on Monday. Police said one constable was martyred; the TTP, in a message to journalists, claimed its fighters had killed eight policemen.", 1],
    ["Gunmen ambushed an army patrol in North Waziristan on Sunday. The militants' statement spoke of seven soldiers killed, which a military official rejected as propaganda.", null],
    ["Militants fired rockets at a Levies post in Zhob on Tuesday. The outfit boasted of killing twelve Levies men, a claim that could not be verified.", null],
  ])("%s", (text, total) => {
    expect(main(text).killed.total).toBe(total);
  });
});

describe("kin and civilians counted after a possessive or named in an aside", () => {
  it.each([
    ["A mortar shell killed a shepherd and injured his two sons in Bajaur on Monday.", { total: 2, civilians: 2 }],
    ["The blast hurt a vendor and his two brothers in Tank on Monday.", { total: 3, civilians: 3 }],
    ["Five people, among them a shopkeeper, were injured in the blast in Bannu on Friday.", { total: 5, civilians: 5 }],
    ["Gunmen killed a trader and wounded his nephew and a passer-by in Peshawar on Tuesday.", { total: 2, civilians: 2 }],
  ])("%s", (text, injured) => {
    expect(main(text).injured).toMatchObject(injured);
  });

  it("people with a policeman named among them stay of no known side", () => {
    expect(main("Six people, among them a policeman, were injured in the blast in Bannu on Friday.").injured).toMatchObject({ total: 6, civilians: null });
  });
});

describe("a toll that says it counts the attacker does not add him again", () => {
  it.each([
    ["A suicide blast hit a rally in Bajaur on Sunday. Officials said the toll of 23 included the bomber.", 23],
    ["A suicide attack hit a checkpoint in Tank on Friday. Including the attacker, seven bodies were taken to hospital.", 7],
    ["A suicide bomber attacked a police station in Bannu on Monday, killing five people. The figure includes the attacker.", 5],
    ["A suicide bomber struck a police convoy in Bannu on Monday. Nine people died, the bomber among them.", 9],
  ])("%s", (text, total) => {
    expect(main(text).killed).toMatchObject({ total, militants: 1 });
  });
});

describe("a side's toll revised by deaths among its wounded", () => {
  it.each([
    "Militants attacked a police post in Lakki Marwat on Sunday, killing two constables and wounding five. On Monday two more wounded constables died, bringing police deaths to four.",
    "A roadside bomb hit an FC vehicle in Kech on Friday, killing two soldiers. Two injured FC men later succumbed, taking the toll to four.",
    "Three policemen were killed in the attack in Tank on Monday. The number of policemen killed rose to four after one of the wounded died.",
  ])("%s", (text) => {
    expect(main(text).killed).toMatchObject({ total: 4, security_forces: 4 });
  });
});
