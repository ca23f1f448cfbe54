import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * How tolls are told, in constructions rather than sentences: lists of people, breakdowns, "of the N killed",
 * the wounded who share the dead's side, wounds told without "injured". Every report here is written for
 * these tests (own wording, several variants per construction).
 */
const { main } = incidentReader("2024-06-10");

describe("a list of people is summed, each by its own side", () => {
  it.each([
    ["A district judge, his driver and a police guard were killed when their car was sprayed with bullets near Tank on Monday.", { total: 3, civilians: 2, security_forces: 1 }],
    ["A revenue official, a tehsildar and two policemen lost their lives when a bomb hit their vehicle in Bajaur on Sunday.", { total: 4, civilians: 2, security_forces: 2 }],
    ["Police said a schoolteacher, his brother and their cousin were shot dead over a land dispute in Kohat on Friday.", { total: 3, civilians: 3 }],
    ["An elderly man and his three grandsons were killed when a mortar round struck their home in Bajaur on Tuesday.", { total: 4, civilians: 4 }],
  ])("before the verb: %s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it.each([
    ["A landmine blew up under a donkey cart near Mir Ali on Sunday, killing a farmer and his two sons.", { total: 3, civilians: 3 }],
    ["Gunmen stormed a house in Kohat on Sunday night and killed a retired schoolteacher, his wife and their three sons.", { total: 5, civilians: 5 }],
    ["Armed men on a motorcycle shot dead a Levies sepoy and his nephew outside a mosque in Zhob on Friday.", { total: 2, security_forces: 1, civilians: 1 }],
  ])("after the verb: %s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it.each([
    ["A bomb went off near a tea stall in Quetta on Monday. Dead were a retired colonel, his cook and a vendor.", { total: 3, civilians: 3 }],
    ["A suicide bomber struck a police checkpoint in Bannu on Friday, killing five people. The dead included two constables, a rickshaw driver and his son.", { total: 5, security_forces: 2, civilians: 2 }],
    ["The dead were a Levies sepoy, a shepherd and two children, officials said after the shelling in Zhob on Tuesday.", { total: 4, security_forces: 1, civilians: 3 }],
  ])("after 'Dead were' / 'the dead included': %s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("the speaker after a comma is not one of the dead", () => {
    expect(main("A roadside bomb struck an army vehicle in Mir Ali on Friday, killing four soldiers, the military said.").killed).toMatchObject({ total: 4, security_forces: 4 });
    expect(main("Militants attacked a checkpost in Tank, killing two policemen, the district police officer said.").killed).toMatchObject({ total: 2, security_forces: 2 });
  });

  it("the object of a verb before 'and' is not a subject ('engaged the khawarij and six khawarij were killed')", () => {
    expect(main("During the operation in Mir Ali on Monday, troops engaged the terrorists and six terrorists were sent to hell.").killed).toMatchObject({ total: 6, militants: 6 });
  });
});

describe("a breakdown after a colon or dash", () => {
  it.each([
    ["Gunmen ambushed a coach near Zhob on Saturday. The attack left nine people dead: five FC personnel, three passengers and the driver of the coach.", { total: 9, security_forces: 5, civilians: 4 }],
    ["The blast in Quetta on Monday killed six people - four policemen, a vendor and a passer-by.", { total: 6, security_forces: 4, civilians: 2 }],
    ["Eight people were killed in the bombing in Bannu on Friday: three soldiers, a shopkeeper, his nephew and three labourers.", { total: 8, security_forces: 3, civilians: 5 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("'of the N killed, K were X and the rest Y'", () => {
  it.each([
    ["A car bomb went off at a checkpoint in Bannu on Sunday. Of the 12 killed, seven were policemen and the rest were civilians waiting in the queue.", { total: 12, security_forces: 7, civilians: 5 }],
    ["Among the 14 dead, three were soldiers, while the remainder were travellers, officials said of the attack in Zhob on Monday.", { total: 14, security_forces: 3, civilians: 11 }],
    ["Officials said 10 people died in the Tank ambush on Friday; four of the victims were policemen, the others shoppers.", { total: 10, security_forces: 4, civilians: 6 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the wounded counted without their side share the dead's", () => {
  it.each([
    ["Militants attacked a police station in Lakki Marwat on Sunday night, killing two policemen and wounding three.", { total: 2, security_forces: 2 }, { total: 3, security_forces: 3 }],
    ["The shell killed four villagers and injured six more in Bajaur on Monday.", { total: 4, civilians: 4 }, { total: 6, civilians: 6 }],
    ["Gunmen fired on labourers at a construction site in Kech on Friday, killing seven of them and injuring two others.", { total: 7, civilians: 7 }, { total: 2, civilians: 2 }],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    expect(i.killed).toMatchObject(killed);
    expect(i.injured).toMatchObject(injured);
  });
});

describe("wounds told without 'injured'", () => {
  it.each([
    ["Four children received splinter wounds when a mortar shell landed in their courtyard in Bajaur on Sunday.", { total: 4, civilians: 4 }],
    ["Constable Akbar Khan sustained bullet wounds when militants fired on a police post in Tank on Sunday night.", { total: 1, security_forces: 1 }],
    ["A passer-by suffered minor injuries when a cracker went off outside a bank in Peshawar on Monday.", { total: 1, civilians: 1 }],
    ["Sub-inspector Gul Khan was hit in the shoulder when gunmen attacked a checkpoint in Hangu on Tuesday.", { total: 1, security_forces: 1 }],
  ])("%s", (text, injured) => {
    expect(main(text).injured).toMatchObject(injured);
  });

  it("'was hit in the head and died' is a death, not a wound", () => {
    const i = main("A shopkeeper was hit in the head and died on the spot when gunmen fired on a market in Kohat on Monday.");
    expect(i.killed.total).toBe(1);
    expect(i.injured.total).toBeNull();
  });
});

describe("a person named in apposition", () => {
  it.each([
    ["Police said two robbers were killed in an encounter in Peshawar, while a constable, Zahid Khan, was wounded in the shootout.", { total: 1, security_forces: 1 }],
    ["A policeman, Naveed Ahmed, was injured when the attackers lobbed a grenade at the Tank police station on Friday.", { total: 1, security_forces: 1 }],
    ["A vendor, Sher Ali, was hurt in the firing in Quetta on Monday, police said.", { total: 1, civilians: 1 }],
  ])("%s", (text, injured) => {
    expect(main(text).injured).toMatchObject(injured);
  });
});

describe("the dead counted by their bodies", () => {
  it.each([
    ["Eleven people died in the blast at a mosque in Peshawar on Friday. A hospital spokesman said 14 bodies and 30 injured had been brought in by the evening.", 14],
    ["Rescue workers said nine bodies were pulled from the rubble of the market in Bannu after the explosion on Monday.", 9],
    ["After the attack on the bus in Zhob on Sunday, the hospital received 12 dead bodies, officials said.", 12],
  ])("%s", (text, total) => {
    expect(main(text).killed.total).toBe(total);
  });
});

describe("the wounded named by role or kin, with a verb other than 'injured'", () => {
  it.each([
    ["Gunmen fired on a wedding party in Kohat on Tuesday night, killing the groom's uncle. His wife was struck by splinters and remains admitted to the district hospital.", { total: 1, civilians: 1 }],
    ["A police van hit a roadside bomb in Tank on Wednesday. A constable, Imran Ali, took a bullet in the arm, while the van's driver and a boy selling corn nearby were rushed to hospital.", { total: 3, security_forces: 1, civilians: 2 }],
    ["A grenade set off a gas cylinder in a shop in Quetta on Thursday. Doctors said the shopkeeper and his helper had suffered burns and were being treated in the burns unit.", { total: 2, civilians: 2 }],
    ["A mortar shell fell on a house in Bajaur on Friday. The owner's son was shifted to the DHQ hospital, where he is under treatment.", { total: 1, civilians: 1 }],
    ["A captain and a sepoy were wounded when the IED went off near their vehicle in Kech on Monday.", { total: 2, security_forces: 2 }],
  ])("%s", (text, injured) => {
    expect(main(text).injured).toMatchObject(injured);
  });

  it("the bodies taken to hospital are the dead, not the wounded", () => {
    const i = main("Two policemen were shot dead in Bannu on Monday and their bodies were shifted to the district hospital.");
    expect(i.killed).toMatchObject({ total: 2, security_forces: 2 });
    expect(i.injured.total).toBeNull();
  });
});

describe("a remainder or a whole made explicit", () => {
  it.each([
    ["A suicide bomber struck a bazaar in Bannu on Sunday. Eighteen people were wounded; six of them were policemen and the others were shoppers.", "injured", { total: 18, security_forces: 6, civilians: 12 }],
    ["Sixteen people, among them four soldiers, were hurt in the blast in Mir Ali on Monday, the remainder being residents of nearby houses.", "injured", { total: 16, security_forces: 4, civilians: 12 }],
    ["A bomb exploded outside a seminary in Peshawar on Tuesday. The hospital said 21 wounded had been brought in, all of them students of the seminary.", "injured", { total: 21, civilians: 21 }],
    ["The death toll from the attack on the shrine in Sibi rose to 15 on Saturday after three more devotees died; officials said every victim was a devotee from Sindh.", "killed", { total: 15, civilians: 15 }],
    ["A blast tore through a bus terminal in Quetta on Friday. Nineteen people lost their lives, among them seven women; three of the dead were policemen on duty at the terminal.", "killed", { total: 19, security_forces: 3, civilians: 16 }],
  ] as const)("%s", (text, kind, counts) => {
    expect(main(text)[kind]).toMatchObject(counts);
  });
});

describe("one more of the same people, told by an ordinal or 'another'", () => {
  it.each([
    ["Gunmen opened fire on a Levies checkpost in Zhob on Wednesday, killing two Levies sepoys and leaving a third with bullet wounds.", { total: 2, security_forces: 2 }, { total: 1, security_forces: 1 }],
    ["Four FC soldiers died when their vehicle was blown up in Kech on Thursday; a fifth was airlifted to Quetta with serious injuries.", { total: 4, security_forces: 4 }, { total: 1, security_forces: 1 }],
    ["The blast killed a rickshaw driver in Quetta on Monday and left another with serious burns.", { total: 1, civilians: 1 }, { total: 1, civilians: 1 }],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    expect(i.killed).toMatchObject(killed);
    expect(i.injured).toMatchObject(injured);
  });
});

describe("the subject's count, not the part named in an aside", () => {
  it.each([
    ["A mortar round struck a home in Bajaur on Friday. Nine members of the family, four of them children, received injuries.", { total: 9, civilians: 9 }],
    ["The bomb went off during Friday prayers in Peshawar. Another 13 worshippers, among them the imam's two brothers, were wounded.", { total: 13 }],
    ["The bus was hit by a roadside bomb near Zhob on Saturday. Six other passengers - including three women - were also hurt.", { total: 6 }],
  ])("%s", (text, injured) => {
    expect(main(text).injured).toMatchObject(injured);
  });
});

describe("a count in apposition or after 'totalled'", () => {
  it.each([
    ["A bomb went off at a bus stop in Quetta on Sunday. The injured, numbering seventeen, were taken to the Civil Hospital.", "injured", 17],
    ["A grenade was thrown into a crowd in Tank on Monday. Those wounded - eight in all - were referred to Dera Ismail Khan.", "injured", 8],
    ["Shelling hit the bazaar in Bajaur on Tuesday, and by evening the dead totalled 14, officials said.", "killed", 14],
    ["A bomb went off in a market in Quetta on Monday. Over a hundred were wounded.", "injured", 100],
  ] as const)("%s", (text, kind, total) => {
    expect(main(text)[kind].total).toBe(total);
  });
});

describe("lists of the dead after 'among those who died' or a colon", () => {
  it.each([
    ["Militants attacked a check post in Zhob on Tuesday. Among those who died were a Levies naik, three herdsmen and a twelve-year-old girl.", { total: 5, security_forces: 1, civilians: 4 }],
    ["A car bomb went off near a bank in Bannu on Wednesday. The victims: five labourers, their supervisor and a police constable.", { total: 7, security_forces: 1, civilians: 6 }],
    ["Shelling flattened a mud house in Bajaur on Thursday. A widow and her four daughters were buried under the debris.", { total: 5, civilians: 5 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a later death of someone else adds to the toll", () => {
  it.each([
    ["Two soldiers were martyred on the spot when militants ambushed a patrol in North Waziristan on Sunday. A shepherd grazing his flock nearby was hit by a stray bullet and died on the way to hospital.", { total: 3, security_forces: 2, civilians: 1 }],
    ["The bomb killed a police constable instantly in Bannu on Monday. Later in the evening, a girl who had been waiting at the bus stop also succumbed.", { total: 2, security_forces: 1, civilians: 1 }],
    ["Two labourers were killed when the grenade went off at the site in Tank on Tuesday, and the contractor, pulled from the rubble, was pronounced dead at the hospital.", { total: 3, civilians: 3 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a later figure from another source, and attackers left out of the toll", () => {
  it.each([
    ["Police first spoke of four dead after the blast in Quetta on Wednesday; by evening the Civil Hospital had received the bodies of nine people.", { total: 9 }],
    ["Officials said two people were killed in the firing in Kohat on Thursday. In the afternoon, a rescue official said seven corpses had been recovered from the site.", { total: 7 }],
    ["Eighteen worshippers were killed in the suicide attack on the mosque in Peshawar on Friday, a figure that does not include the bomber.", { total: 19, civilians: 18, militants: 1 }],
    ["Police said six people died in the assault on the bank in Turbat, excluding the attackers, two of whom were also killed.", { total: 8, militants: 2 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("words about the dead already counted are no new victims", () => {
  it.each([
    ["Three militants were killed in the raid in Tank on Saturday. Two of the slain were wanted for the killing of a teacher.", { total: 3, militants: 3 }],
    ["Five insurgents were eliminated in the operation in Kech on Sunday; three rifles and two grenades were taken from them.", { total: 5, militants: 5 }],
    ["Police said four robbers died in the encounter in Peshawar; the men were accused of the murder of a jeweller in the city.", { total: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("officials' figure and a group's claim in one sentence", () => {
  it.each([
    ["Police said four militants were killed in an exchange of fire in Lakki Marwat on Friday, while the TTP claimed its fighters had killed 12 policemen. Officials confirmed that one constable was martyred.", { total: 5, militants: 4, security_forces: 1 }],
    ["The military said three soldiers were martyred in the attack in Zhob on Monday, but the BLA claimed its men had killed 20 troops.", { total: 3, security_forces: 3 }],
    ["Two FC personnel died in the ambush in Kech on Sunday, officials said; the BLF claimed that its fighters killed nine soldiers.", { total: 2, security_forces: 2 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("the group's figure stays when no one else gives one", () => {
    expect(main("The BLA claimed its fighters had killed six soldiers in an attack on a post in Kech on Sunday.").killed.total).toBe(6);
  });
});

describe("force words ending in -man are people in a list", () => {
  it.each([
    ["A policeman, a shopkeeper and two children were killed when the bomb went off in Quetta on Monday.", { total: 4, security_forces: 1, civilians: 3 }],
    ["Gunmen shot dead a policeman and his son, a college student, in Dera Ismail Khan on Monday.", { total: 2, security_forces: 1, civilians: 1 }],
    ["The suicide bomber, a policeman and three passers-by were killed in the blast in Quetta on Monday.", { total: 5, security_forces: 1, civilians: 3, militants: 1 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a side's zero told by negation", () => {
  it.each([
    ["Security forces killed five terrorists in a raid on a hideout in Tank on Saturday; no soldier was harmed in the operation, the ISPR said.", { total: 5, militants: 5, security_forces: 0 }, { security_forces: 0 }],
    ["Police killed three suspected militants in an encounter in Lakki Marwat on Sunday. None of the policemen was hurt, the DPO said.", { total: 3, militants: 3, security_forces: 0 }, { security_forces: 0 }],
    ["Troops repulsed an attack on a post in Zhob on Monday, killing two attackers; the troops escaped unhurt.", { total: 2, militants: 2, security_forces: 0 }, { security_forces: 0 }],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    expect(i.killed).toMatchObject(killed);
    expect(i.injured).toMatchObject(injured);
  });

  it("'no one on our side was injured' in a force's statement", () => {
    expect(main("The CTD said four terrorists were killed in the shootout in Dera Ismail Khan on Monday and no one on our side was injured.").injured).toMatchObject({ security_forces: 0 });
  });
});

describe("'N of their fighters': the side that speaks", () => {
  it.each([
    ["Afghan border forces said two of their fighters died and five were wounded in cross-border shelling in Kunar's Dangam district on Monday.", { total: 2, security_forces: 2 }],
    ["The BLA said three of its fighters were killed in the clash with troops in Kech on Sunday.", { total: 3, militants: 3 }],
    ["Police in Bannu said two of their men were martyred when militants attacked the station on Monday.", { total: 2, security_forces: 2 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});
