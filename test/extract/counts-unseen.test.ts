import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { incidentReader } from "./incident-reader.js";

/**
 * Toll constructions of news copy that the rules missed on unseen reports: revisions down, additions told in later
 * sentences, people named by role or kin, someone who escaped, tallies over a period. Every report is written for
 * these tests (own wording, at least three variants per construction).
 */
const { geocoder, main } = incidentReader("2024-06-10");

describe("a toll revised down: the revision counts", () => {
  it.each([
    ["A bomb went off at a bus stand in Quetta on Friday, killing 12 people, police said. The hospital later revised the toll down to nine, saying three of the injured had been counted among the dead.", 9],
    ["Eleven people were killed in the blast in a Quetta market on Friday, police said at first. The earlier figure of eleven was later corrected to eight by the civil hospital.", 8],
    ["A roadside bomb struck a van in Kech on Sunday. A Levies official first said eleven passengers had died, but later said seven, not eleven, had been killed.", 7],
    ["Officials initially put the number of dead at 20 after the attack on the coach in Zhob on Saturday, but later revised it downward to 16.", 16],
    ["The death toll in the bombing of the Peshawar mosque on Friday was lowered to 14 from 17 after some bodies were found to have been counted twice.", 14],
  ])("%s", (text, total) => {
    expect(main(text).killed.total).toBe(total);
  });

  it("a side counted before the revision is revised with it", () => {
    expect(main("A roadside bomb struck a van in Kech on Sunday. A Levies official first said eleven passengers had died, but later said seven, not eleven, had been killed.").killed).toMatchObject({ total: 7, civilians: 7 });
  });

  it("earlier, lower figures recalled after the latest one do not replace it", () => {
    expect(main("The toll from Sunday's bombing of a rally in Bajaur rose to 40 on Monday. It had stood at 31 on Sunday night, and officials had first put it at 22.").killed.total).toBe(40);
    expect(main("Thirty people were killed in the attack on the market in Bannu on Friday. Officials had given a toll of 18 on Friday evening.").killed.total).toBe(30);
  });

  it("a figure that is not of people is no toll", () => {
    expect(main("Gunmen killed three policemen in Bannu on Monday. The government raised compensation for the families to Rs 5 million, and the figure of Rs 5 million was later revised to Rs 10 million.").killed.total).toBe(3);
  });
});

describe("deaths told in a later sentence add to the toll", () => {
  it.each([
    ["Militants ambushed an army convoy in North Waziristan on Tuesday. Two soldiers were martyred on the spot. Three more succumbed to their injuries at the military hospital in Bannu.", { total: 5, security_forces: 5 }],
    ["Twelve passengers were killed when gunmen opened fire on a coach in Kurram on Thursday. Another eight died on the way to hospital.", { total: 20, civilians: 20 }],
    ["Four soldiers were martyred when militants attacked a post in Zhob on Monday. A further two died of their wounds overnight.", { total: 6, security_forces: 6 }],
    ["Three policemen were martyred in an attack in Tank on Monday. Later, two injured constables also succumbed to their wounds.", { total: 5, security_forces: 5 }],
    ["Five people died in the attack on the market in Quetta on Saturday. Four others lost their lives in hospital on Sunday.", { total: 9 }],
    ["Militants killed two soldiers in Mir Ali on Sunday. A third soldier died of his wounds on Monday.", { total: 3, security_forces: 3 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("the same people told again are not added", () => {
    expect(main("Two soldiers were martyred when militants attacked a post in Zhob on Monday. The two soldiers were buried in their villages on Tuesday.").killed.total).toBe(2);
  });
});

describe("the attackers' deaths told apart add to the total and the militants", () => {
  it.each([
    ["Militants attacked a checkpost in Kech on Sunday, martyring four soldiers. Troops killed all five attackers in the ensuing gunfight.", { total: 9, security_forces: 4, militants: 5 }],
    ["The suicide attack on the camp in Bannu on Monday killed nine soldiers. The attacker, who drove an explosives-laden car, was also killed.", { total: 10, security_forces: 9, militants: 1 }],
    ["Militants stormed an FC post in Kech on Sunday. Five soldiers were martyred in the assault. All four attackers were killed in the retaliatory fire, the ISPR said.", { total: 9, security_forces: 5, militants: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("a two-event story: each paragraph's figures go to the incident whose day it names", () => {
  const all = (text: string, published: string) => extract({ id: "u", text, published }, { geocoder }).incidents;
  it.each([
    [
      "2025-06-02",
      "QUETTA: Police killed four militants near Quetta on Sunday, a day after militants attacked a Levies post in the district, killing two Levies men, officials said.\n\nThe raid on the post on Saturday night went on for two hours. Two Levies men were killed and three were wounded.\n\nOn Sunday, police cornered the attackers in a compound. Four militants were killed and a constable was hurt, an official said.",
      { date: "2025-06-01", killed: 4, injured: 1 },
      { date: "2025-05-31", killed: 2, injured: 3 },
    ],
    [
      "2024-08-27",
      "BANNU: Troops killed three militants in Bannu on Monday, a day after an ambush on a police van in the district left two constables dead.\n\nGunmen opened fire on the van on Sunday evening. Two constables were killed and the driver was wounded.\n\nOn Monday, soldiers tracked the gunmen to an orchard. All three were killed and two soldiers were hurt, the military said.",
      { date: "2024-08-26", killed: 3, injured: 2 },
      { date: "2024-08-25", killed: 2, injured: 1 },
    ],
    [
      "2021-05-18",
      "TANK: Security forces killed five militants in Tank on Monday, 24 hours after militants stormed a checkpost there, killing three policemen.\n\nThe militants struck the checkpost late on Sunday. Three policemen were killed and four were wounded, police said.\n\nOn Monday, troops surrounded the hideout. Five militants were killed and one soldier was wounded, officials said.",
      { date: "2021-05-17", killed: 5, injured: 1 },
      { date: "2021-05-16", killed: 3, injured: 4 },
    ],
  ])("%s %s", (published, text, later, earlier) => {
    const inc = all(text, published);
    const l = inc.find((i) => i.date === later.date);
    const e = inc.find((i) => i.date === earlier.date);
    expect(l?.killed.total).toBe(later.killed);
    expect(l?.injured.total).toBe(later.injured);
    expect(e?.killed.total).toBe(earlier.killed);
    expect(e?.injured.total).toBe(earlier.injured);
  });
});

describe("a next-day statement updates the incident told, with the day of the attack", () => {
  const all = (text: string, published: string) => extract({ id: "u", text, published }, { geocoder }).incidents.filter((i) => !i.background);
  it.each([
    ["2024-09-04", "QUETTA: A bomb went off in a busy fruit market in Quetta on Tuesday. Police first spoke of six deaths. On Wednesday the provincial home department put the figure at 11, all of them civilians.", "2024-09-03", { total: 11, civilians: 11 }],
    ["2022-03-03", "BANNU: Militants ambushed a police convoy on the outskirts of Bannu on Wednesday. Initial reports said three policemen had died. On Thursday the police said the number of martyred policemen stood at five, and that two attackers had also been killed.", "2022-03-02", { total: 7, security_forces: 5, militants: 2 }],
    ["2024-01-11", "TANK: Militants raided a Levies post in Tank on Tuesday night. On Wednesday, officials said three Levies men had been martyred and that two of the raiders were killed in the exchange.", "2024-01-09", { total: 5, security_forces: 3, militants: 2 }],
  ])("%s %s", (published, text, date, killed) => {
    const inc = all(text, published);
    expect(inc).toHaveLength(1);
    expect(inc[0].date).toBe(date);
    expect(inc[0].killed).toMatchObject(killed);
  });

  it("a day that opens an event sentence still dates the event", () => {
    const inc = all("Gunmen killed a policeman in Bannu on Monday. On Tuesday, militants attacked a checkpost in Tank, killing two soldiers.", "2024-06-12");
    expect(inc.map((i) => i.date)).toEqual(["2024-06-10", "2024-06-11"]);
  });
});

describe("victims named by rank after the lead count are the same people", () => {
  it.each([
    ["Militants shot dead a police guard and wounded his colleague outside a bank in Karak on Thursday. Constable Zar Wali, the guard, died on the spot; Constable Noor Alam took a bullet in the leg and is in hospital.", { total: 1, security_forces: 1 }, { total: 1, security_forces: 1 }],
    ["A soldier was martyred and a comrade hurt when militants fired on a post in Zhob on Wednesday. Sepoy Amjad Ali was killed in the first burst; Sepoy Zahid was hit in the shoulder and flown to CMH Quetta.", { total: 1, security_forces: 1 }, { total: 1, security_forces: 1 }],
    ["A Levies sepoy was martyred and a second wounded when gunmen attacked their checkpost in Tank on Tuesday. Sepoy Habib Khan was killed instantly; his colleague, Sepoy Nazir Ahmed, was wounded in the arm.", { total: 1, security_forces: 1 }, { total: 1, security_forces: 1 }],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    expect(i.killed).toMatchObject(killed);
    expect(i.injured).toMatchObject(injured);
  });

  it("a named man who later succumbed is one more", () => {
    expect(main("Two soldiers were martyred when militants attacked a post in Zhob on Monday. Later, Sepoy Imran Khan succumbed to his wounds at CMH Quetta.").killed.total).toBe(3);
  });
});

describe("someone who escaped unhurt says nothing of the toll", () => {
  it.each([
    ["Gunmen attacked the convoy of a senior police officer in Kohat on Monday. The officer escaped unhurt, but two of his guards were killed.", { total: 2 }, null],
    ["Militants fired on a polio team in Bannu on Wednesday. The vaccinator escaped unhurt but the constable escorting the team was martyred.", { total: 1, security_forces: 1 }, null],
    ["Gunmen fired at the car of a judge in Dera Ismail Khan on Monday. The judge escaped unharmed but his guard was wounded.", null, { total: 1 }],
    ["Gunmen opened fire on a group of shepherds near Sadda in Kurram on Wednesday, killing all three of them, police said. A fourth shepherd escaped unhurt.", { total: 3, civilians: 3 }, null],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    if (killed) expect(i.killed).toMatchObject(killed);
    else expect(i.killed.total).toBeNull();
    if (injured) expect(i.injured).toMatchObject(injured);
    else expect(i.injured.total).toBeNull();
  });

  it("everyone unhurt, or no one killed or hurt, is a zero", () => {
    expect(main("A bomb went off near a passenger bus in Quetta on Monday. All the passengers escaped unhurt, police said.").injured.total).toBe(0);
    const i = main("Militants fired rockets at the cantonment in Bannu on Thursday night. Officials said the rockets fell in an open field and no one was killed or hurt.");
    expect(i.killed.total).toBe(0);
    expect(i.injured.total).toBe(0);
  });
});

describe("the dead named by a pronoun or quantifier after the people counted", () => {
  it.each([
    ["Unknown men stopped a car carrying two cousins near Bannu on Wednesday, dragged them out and shot both dead. The driver escaped unharmed.", { total: 2, civilians: 2 }],
    ["Armed men intercepted four truck drivers near Quetta on Wednesday night, lined them up on the roadside and killed them.", { total: 4, civilians: 4 }],
    ["Militants abducted three policemen from a checkpoint in Tank on Sunday and later killed them, officials said.", { total: 3, security_forces: 3 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the attackers' deaths appended to the toll", () => {
  it.each([
    ["Gunmen stormed a money exchange in Quetta on Wednesday. Police said five people, among them two constables, lost their lives, besides the gunman whom the guards shot dead.", { total: 6, security_forces: 2, militants: 1 }],
    ["The dead in Tuesday's assault on the police lines in Tank were three policemen and a cook, along with two of the raiders, officials said.", { total: 6, security_forces: 3, civilians: 1, militants: 2 }],
    ["The home department revised the death toll in Friday's suicide attack on the camp in Zhob down to seven soldiers. The figure excludes the two bombers.", { total: 9, security_forces: 7, militants: 2 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });
});

describe("the force's own zero", () => {
  it.each([
    ["A group of terrorists tried to raid a check post in Zhob on Monday. Four terrorists were killed as troops repulsed the raid. Own troops suffered no loss of life.", { security_forces: 0, militants: 4 }, null],
    ["A convoy came under fire near Mir Ali on Wednesday. Officials said troops returned fire and suffered no casualties.", { security_forces: 0 }, { security_forces: 0 }],
    ["Terrorists opened fire on a post in Tank on Monday. Own troops responded effectively, killing three terrorists; our side remained safe.", { security_forces: 0, militants: 3 }, { security_forces: 0 }],
  ])("%s", (text, killed, injured) => {
    const i = main(text);
    expect(i.killed).toMatchObject(killed);
    if (injured) expect(i.injured).toMatchObject(injured);
  });
});

describe("breakdowns of the dead and wounded told after the total", () => {
  it.each([
    ["A suicide bomber struck a jirga in Bajaur on Wednesday, killing ten people. Of the dead, seven were tribal elders and three were Levies guards.", "killed", { total: 10, security_forces: 3, civilians: 7 }],
    ["A roadside bomb hit a Levies vehicle in Zhob on Wednesday, wounding five. Of the wounded, three were Levies personnel and two were passers-by.", "injured", { total: 5, security_forces: 3, civilians: 2 }],
    ["A bomb hit a police van in Kohat on Wednesday, killing a constable and wounding three people. The wounded, two policemen and a tailor, were taken to a hospital in Peshawar.", "injured", { total: 3, security_forces: 2, civilians: 1 }],
    ["A policeman was killed and four people were wounded when a bomb went off near a police post in Bannu on Wednesday. Among the wounded, shifted to the district hospital, were two constables and two fruit sellers.", "injured", { total: 4, security_forces: 2, civilians: 2 }],
  ] as const)("%s", (text, kind, counts) => {
    expect(main(text)[kind]).toMatchObject(counts);
  });
});

describe("people listed by role or kin are each counted, others of a civilian list are civilians", () => {
  it.each([
    ["Gunmen ambushed the car of a tribal elder in Bannu on Monday. His driver and guard lost their lives, while the elder was wounded.", { total: 2 }],
    ["The commander and two of his guards were killed when a bomb went off under their vehicle in Tank on Sunday.", { total: 3 }],
    ["The district chairman, his brother and a security guard lost their lives in the roadside blast in Bajaur on Saturday.", { total: 3, civilians: 3 }],
    ["The magistrate's son and nephew were shot dead outside their home in Dera Ismail Khan on Sunday.", { total: 2, civilians: 2 }],
    ["Gunmen killed a retired headmaster, his two sons and three other people at a wedding in Kohat on Wednesday.", { total: 6, civilians: 6 }],
    ["A tribal elder, his bodyguard and two relatives were shot dead near Zhob on Wednesday, officials said.", { total: 4, civilians: 4 }],
  ])("%s", (text, killed) => {
    expect(main(text).killed).toMatchObject(killed);
  });

  it("the object of a verb before 'and' is no one counted", () => {
    expect(main("Troops engaged the terrorists in Mir Ali on Monday and six terrorists were killed.").killed).toMatchObject({ total: 6, militants: 6 });
  });
});

describe("the part named 'among the N dead' and one more wounded by an ordinal", () => {
  it.each([
    ["Militants attacked a checkpost in Zhob on Monday. Two Levies men and a shepherd were among the six dead.", "killed", { total: 6, security_forces: 2, civilians: 1 }],
    ["A bomb went off at a bus stand in Bannu on Monday. Among the 15 wounded were three constables.", "injured", { total: 15, security_forces: 3 }],
    ["A grenade was thrown at a police post in Tank on Sunday. Four policemen were among the nine injured.", "injured", { total: 9, security_forces: 4 }],
    ["The mine killed two FC soldiers and wounded a third near Kech on Monday.", "injured", { total: 1, security_forces: 1 }],
  ] as const)("%s", (text, kind, counts) => {
    expect(main(text)[kind]).toMatchObject(counts);
  });
});

describe("a running tally over the month told beside the incident is not its toll", () => {
  it.each([
    ["Militants stormed a police station in Lakki Marwat on Thursday night, killing two constables. It was the fourth attack on police in the district this month, in which a total of eleven policemen have been killed.", 2],
    ["A roadside bomb killed three soldiers in North Waziristan on Sunday. Militant attacks this month have now killed 40 security personnel in the region, officials said.", 3],
    ["Gunmen shot dead a Levies sepoy in Zhob on Friday. A total of 15 Levies men have been martyred in the district since the spring, police said.", 1],
  ])("%s", (text, total) => {
    expect(main(text).killed.total).toBe(total);
  });
});
