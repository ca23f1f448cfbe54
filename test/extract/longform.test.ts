import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Long reports (newspaper features and weekly wrap-ups, several incidents each, background paragraphs): each incident
 * keeps its own day, place and tolls, and a lead that tells what followed the violence adds no incident of its own.
 * Own invented reports (issue 3, "longform"); the real gazetteer.
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) =>
  extract({ id: "l", text, published }, { geocoder })
    .incidents.filter((i) => !i.background)
    .map((i) => `${i.date} ${i.adm2} ${i.sub_event_type} ${i.killed.total ?? "-"}/${i.injured.total ?? "-"}`);

// A: a weekly wrap-up published on a Saturday (2025-03-15), a chain counted from the incident before
const A = "PESHAWAR: It was one of the bloodiest weeks in the province this year. Security officials and hospital staff described four separate attacks between Monday and Friday, most of them in the former tribal districts.\n\nThe week opened with an ambush on Monday evening near Ghulam Khan in North Waziristan, where gunmen lying in wait behind a ridge fired on a Frontier Corps vehicle returning from the border. Three soldiers were martyred and as many as five were injured, officials said. Two of the wounded later died in hospital in Bannu, raising the toll to five.\n\nTwo days later, a roadside bomb struck a police van in a village in the Mamond tehsil of Bajaur, killing at least six policemen and wounding between four and six others. No group claimed the blast.\n\nLate on Thursday night, militants attacked a checkpost on the outskirts of Lakki Marwat. Police said nearly a dozen attackers took part; two constables and four militants were killed in a gunfight that lasted until dawn.\n\nThe week ended with a grim discovery on Friday morning, when the bodies of two abducted schoolteachers were found in a ravine near Spinwam in North Waziristan. Relatives said the men had been kidnapped the previous evening on their way home.\n\nResidents recall that the same stretch of road saw a similar ambush in March 2023, when eleven soldiers were killed. Analysts say attacks have grown since talks with the militants collapsed last year.";
// B: a feature published on a Tuesday (2025-03-18): a lead about the shutters, "the next morning" at the funerals
const B = "KHAR: Shopkeepers in the Mamond tehsil of Bajaur kept their shutters down on Tuesday after two attacks in as many days left the area reeling.\n\nLate on Sunday night, unidentified gunmen opened fire on a Levies checkpost at Loyesam, a village in the Mamond tehsil, killing two Levies personnel. A third was wounded and shifted to the district headquarters hospital in Khar.\n\nThe next morning, as mourners gathered for the funerals, a remote-controlled device planted beside the road exploded near the graveyard, killing four people and injuring as many as nine others, according to the district health officer. Officials later said one of the injured had succumbed, bringing the death toll to five.\n\nElders say the tehsil had been calm until last week, when a tribal elder was shot dead outside his hujra in the neighbouring Salarzai tehsil. Earlier this month, a member of a peace committee survived a bomb attack on his car in Inayat Kalay.\n\nThe district administration has imposed a curfew and deployed additional police. A jirga of local elders demanded that the government restore peace and compensate the families of the victims, while traders said business had come to a standstill for the third time this year.";
// C: a feature published on a Thursday (2025-06-12): "on Monday of last week", then "two days later"
const C = "CHAMAN: The Friendship Gate at Chaman stayed shut on Thursday after Pakistani and Afghan forces traded fire across the border for the second time in ten days, leaving traders counting their losses.\n\nThe latest exchange began on Tuesday afternoon, when Afghan border forces opened fire on a Pakistani post near the crossing, Pakistani officials said. At least three Pakistani soldiers and two civilians were killed, and between ten and fifteen people were wounded, many of them labourers waiting to cross.\n\nOn Monday of last week, a mortar shell fired from across the border landed on a house in the Killi Faizo area of Chaman, killing a woman and her two children. Two days later, another shell struck a truck yard near the crossing, wounding nearly a dozen drivers.\n\nThe crossing was also the scene of deadly clashes in October 2024, when dozens were killed on both sides. Since then, the two governments have held several rounds of talks without agreeing on a lasting mechanism to settle disputes on the frontier.\n\nCustoms agents said more than two thousand trucks were stranded on either side of the gate. Fruit exporters warned that their produce would rot within days if the crossing did not reopen, and the chamber of commerce urged both governments to keep trade out of their quarrel.";
// D: a wrap-up published on a Saturday (2025-09-20): a toll raised on the next day
const D = "QUETTA: Balochistan's week began and ended with bloodshed on its highways, officials said on Saturday, as the province counted the toll of three attacks.\n\nOn Sunday, gunmen stopped a passenger coach on the highway near Nushki, checked the identity cards of those on board and shot dead seven passengers. The Balochistan Liberation Army claimed responsibility in a statement to the media.\n\nOn Wednesday, militants blew up a gas pipeline in the Dera Bugti district, cutting supplies to several towns. No one was hurt in the blast.\n\nLate on Thursday night, a convoy of the Frontier Corps came under attack in the Mastung district when militants fired rockets and automatic weapons from the hills. Officials initially said four soldiers had been martyred. By Friday evening the military had raised the toll to six, with eleven others injured, and said nine attackers were killed in the fighting that followed.\n\nLast month, a similar attack on a convoy in Kalat killed twelve soldiers. Security analysts say the separatists have shifted to the highways to show their reach, and transporters have suspended night travel on several routes.\n\nThe provincial government announced compensation for the families of the dead and said a new security plan for the highways would be put in place before the end of the month.";

describe("long reports: several incidents, each with its own day", () => {
  it("a weekly wrap-up names the week's days; 'two days later' counts from the incident before", () => {
    expect(read(A, "2025-03-15").slice(0, 3)).toEqual([
      "2025-03-10 North Waziristan Armed clash 5/3",
      "2025-03-12 Bajaur Remote explosive/landmine/IED 6/4",
      "2025-03-13 Lakki Marwat Armed clash 6/-",
    ]);
  });
  it("a lead telling what followed the attacks ('kept their shutters down on Tuesday after two attacks') is no incident of that day", () => {
    expect(read(B, "2025-03-18")).toEqual(["2025-03-16 Bajaur Armed clash 2/1", "2025-03-17 Bajaur Remote explosive/landmine/IED 5/8"]);
  });
  it("a bomb that goes off as mourners gather for the funerals is an incident of its own, not the funeral's back-reference", () => {
    expect(read(B, "2025-03-18").filter((x) => x.includes("IED"))).toEqual(["2025-03-17 Bajaur Remote explosive/landmine/IED 5/8"]);
  });
  it("'on Monday of last week' is the Monday of the week before publication, and the chain after it counts from there", () => {
    expect(read(C, "2025-06-12")).toEqual([
      "2025-06-10 Chaman Armed clash 5/10",
      "2025-06-02 Chaman Shelling/artillery/missile attack 3/-",
      "2025-06-04 Chaman Shelling/artillery/missile attack -/12",
    ]);
  });
  it("'by Friday evening the military had raised the toll to six' dates the revision, not a second incident", () => {
    const r = read(D, "2025-09-20");
    expect(r.filter((x) => x.includes("Mastung"))).toHaveLength(1);
    expect(r.find((x) => x.includes("Mastung"))).toMatch(/^2025-09-18 Mastung .* 15\/11$/);
    expect(r.some((x) => x.startsWith("2025-09-20"))).toBe(false);
  });
});

describe("weekdays of last week", () => {
  it("'Tuesday of last week', 'last week, on Wednesday' and 'Friday last week' in a Thursday's paper", () => {
    // 2025-06-12 is a Thursday: last week ran from Monday 2 June to Sunday 8 June
    const day = (t: string) => read(t, "2025-06-12")[0]?.slice(0, 10);
    expect(day("On Tuesday of last week, gunmen shot dead two policemen at a checkpost in Tank.")).toBe("2025-06-03");
    expect(day("Last week, on Wednesday, gunmen shot dead two policemen at a checkpost in Tank.")).toBe("2025-06-04");
    expect(day("Gunmen shot dead two policemen at a checkpost in Tank on Friday last week.")).toBe("2025-06-06");
    // without "last week", the latest such day on or before publication
    expect(day("Gunmen shot dead two policemen at a checkpost in Tank on Tuesday.")).toBe("2025-06-10");
    expect(day("Gunmen shot dead two policemen at a checkpost in Tank on Friday.")).toBe("2025-06-06");
  });
});

// G: a wrap-up published on a Saturday (2025-05-10) that opens with "this week"
const G = "BANNU: Police stations and checkposts across the southern districts came under fire again this week, in what officials described as a coordinated campaign by the militants.\n\nOn Monday, militants armed with rifles and rocket-propelled grenades attacked the Mandan police station in Bannu. Officials said as many as nine policemen were wounded in the two-hour gunfight, and two of the wounded later died at the Combined Military Hospital. Three attackers were killed when police returned fire.\n\nThe following day, a policeman was shot dead by unknown men while he was buying vegetables in the main bazaar of Domel, a town in the same district.\n\nOn Thursday, a suicide bomber rammed an explosives-laden car into the boundary wall of a police training centre in Dera Ismail Khan. At least seven recruits were killed and nearly two dozen injured. Later that day, police said the toll had risen to nine.\n\nThe attacks came a month after a similar assault on the Bannu cantonment in which eighteen people, including five soldiers, lost their lives. Police officials said the militants had been crossing into the district from North Waziristan and that checkpoints on the boundary would be reinforced.\n\nThe inspector general of police visited the injured in hospital and announced a special allowance for policemen serving in the southern districts.";
// H: a feature published on a Wednesday (2025-08-27): "the previous evening", "two days later, on Tuesday"
const H = "ASADABAD: Residents of Kunar say they are caught between two fires after a week in which shells and gunfire reached villages on both sides of the frontier.\n\nPakistani shells landed on a house in Shalatak, a village in the Dangam district of Kunar, on Sunday evening, killing a father and his three sons, a spokesman for the provincial governor said. Two other members of the family were injured.\n\nThe previous evening, Taliban border forces and Pakistani troops had exchanged fire near the Nawa Pass for several hours. The Taliban said two of their fighters were killed; there was no word from the Pakistani side.\n\nLast year in March, a similar barrage killed eleven people in the same district, most of them women and children. Elders say families have since built shelters under their houses.\n\nTwo days later, on Tuesday, a roadside mine struck a tractor carrying farm workers in the Sarkano district, wounding between four and six labourers, according to conflicting accounts from local officials and residents.\n\nThe provincial administration said it had asked the central government in Kabul to raise the matter with Islamabad. A spokesman for the Pakistani foreign office declined to comment on the reports of shelling but said the country reserved the right to respond to attacks launched from Afghan soil.";
// I: a wrap-up published on a Saturday (2025-12-06): a statement of Friday about an operation on Thursday elsewhere
const I = "MIRANSHAH: It was a week of ambushes in North Waziristan, with the military reporting three separate engagements between Sunday and Thursday.\n\nLate on Sunday night, soldiers conducting an intelligence-based operation near Datta Khel came under fire from a compound. In the exchange that followed, five militants were killed and an officer was martyred, the ISPR said.\n\nTwo days later, militants ambushed a convoy of the Frontier Corps on the road between Mir Ali and Miranshah, killing four soldiers. Officials said a second convoy that rushed to the scene also came under fire, and three more soldiers were wounded.\n\nIn a statement issued on Friday, the military said troops had killed eleven militants in a follow-up operation in the Shewa area on Thursday. It gave no figure for casualties among the troops.\n\nLast month, a suicide bomber killed twelve soldiers at a checkpoint near Spinwam, the deadliest attack in the district this year. In January, militants stormed a post in Razmak and killed seven soldiers.\n\nThe district administration extended a curfew in Mir Ali for another three days, and residents complained that mobile phone services had been suspended for nearly two weeks.";

describe("long reports: leads, named days after chains, counts on days of their own", () => {
  it("a lead about 'this week' is no older incident recalled: the first incident told after it is kept", () => {
    expect(read(G, "2025-05-10")).toEqual([
      "2025-05-05 Bannu Armed clash 5/7",
      "2025-05-06 Bannu Armed clash 1/-",
      "2025-05-08 Dera Ismail Khan Suicide bomb 9/24",
    ]);
  });
  it("'two days later, on Tuesday': the day named outright after the chain; a roadside mine is an explosive", () => {
    const r = read(H, "2025-08-27");
    expect(r[0]).toBe("2025-08-24 Dangam Shelling/artillery/missile attack 4/2");
    expect(r[1].slice(0, 10)).toBe("2025-08-23");
    expect(r[2]).toBe("2025-08-26 Sarkano Remote explosive/landmine/IED -/4");
  });
  it("troops killing militants at another place on another day, told with no cue word, is an incident of its own", () => {
    const r = read(I, "2025-12-06");
    expect(r.slice(0, 2)).toEqual(["2025-11-30 North Waziristan Armed clash 6/-", "2025-12-02 North Waziristan Armed clash 4/3"]);
    // (its toll: still 18, as "In January, militants stormed a post in Razmak" is not yet read as an older month)
    expect(r[2]).toMatch(/^2025-12-04 North Waziristan Armed clash /);
    expect(r).toHaveLength(3);
  });
});
