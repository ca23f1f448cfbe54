import { describe, expect, it } from "vitest";
import { incidentReader } from "./incident-reader.js";

/**
 * How reports tell that no one was hurt, whose the hurt of an attack on civilians are, and deaths told by a pronoun.
 * Every report is written for these tests (own wording).
 */
const { main } = incidentReader("2025-05-20");

describe("no one hurt", () => {
  it("a toll of nought is nought for every side", () => {
    const inc = main("A rocket landed in an empty field outside Bannu on Sunday night. No one was killed or hurt, police said.");
    expect(inc.killed).toEqual({ total: 0, security_forces: 0, civilians: 0, militants: 0 });
    expect(inc.injured).toEqual({ total: 0, security_forces: 0, civilians: 0, militants: 0 });
  });

  it("the people at the scene told unhurt give nought", () => {
    const inc = main("Armed men set a mobile phone tower on fire near Turbat on Saturday night. The two watchmen on duty were unharmed.");
    expect(inc.killed.total).toBe(0);
    expect(inc.injured.total).toBe(0);
  });

  it("one person unhurt beside the dead: the hurt are nought, the dead stand", () => {
    const inc = main("Gunmen shot dead a shopkeeper in Tank on Monday evening. His son, who was with him, escaped unhurt.");
    expect(inc.killed.total).toBe(1);
    expect(inc.injured.total).toBe(0);
  });

  it("control: someone unhurt does not wipe out the wounded told", () => {
    const inc = main("A grenade was thrown into a house in Chaman on Friday, wounding three women. The children were unhurt.");
    expect(inc.injured.total).toBe(3);
  });
});

describe("the hurt of an attack on civilians", () => {
  it("people wounded by a grenade thrown into a shop are civilians", () => {
    const inc = main("Unknown men threw a hand grenade into a grocery shop in Quetta on Tuesday evening, wounding five people.");
    expect(inc.injured.total).toBe(5);
    expect(inc.injured.civilians).toBe(5);
  });
});

describe("deaths told by a pronoun", () => {
  it("the bomber's own death: 'he died on the spot'", () => {
    const inc = main("Two policemen were killed when a suicide bomber attacked a police station in Bannu on Thursday night. The bomber ran at the gate before the guards stopped him; he died on the spot.");
    expect(inc.killed.total).toBe(3);
    expect(inc.killed.militants).toBe(1);
  });

  it("attackers taken up by 'they' in the next sentence", () => {
    const inc = main("Militants attacked a Levies post near Turbat on Friday night, and one Levies man was martyred. Four attackers then tried to climb the wall. They were killed in the exchange of fire that followed.");
    expect(inc.killed.militants).toBe(4);
    expect(inc.killed.total).toBe(5);
  });

  it("wounded who later die are counted with the dead", () => {
    const inc = main("Two constables were wounded when gunmen fired on their patrol in Lakki Marwat on Friday. They later died in hospital.");
    expect(inc.killed.total).toBe(2);
  });

  it("control: someone killed by others is no attacker's own death", () => {
    const inc = main("A suicide bomber struck a funeral in Bajaur on Monday, killing six mourners. The funeral was for a tribal elder; he had been shot dead by gunmen a day earlier.");
    expect(inc.killed.total).toBe(6);
    expect(inc.killed.militants).toBeNull();
  });
});

describe("counts the words around them belong to", () => {
  it("'nine members of one family' are nine, not one", () => {
    const inc = main("Rockets hit a house in Barmal on Sunday night, officials said. Seven members of one extended family died when the roof fell in.");
    expect(inc.killed.total).toBe(7);
  });

  it("'two of them' after the attackers named are attackers", () => {
    const inc = main("Two policemen were martyred when militants stormed a checkpost in Tank on Friday night.\n\nThe attackers fired rockets at the post from two sides. Two of them were killed in the return fire, a police spokesman said.");
    expect(inc.killed.militants).toBe(2);
    expect(inc.killed.total).toBe(4);
  });

  it("'causing no deaths' is nought dead", () => {
    const inc = main("Artillery shells landed near a village in Dangam on Monday night, wounding three villagers but causing no deaths, officials said.");
    expect(inc.killed.total).toBe(0);
    expect(inc.injured.total).toBe(3);
  });
});

describe("a lead that sums up the incidents told after it", () => {
  const { found } = incidentReader("2025-05-20");
  it("its count is no one incident's", () => {
    const inc = found("KABUL: The Islamic Emirate said on Monday that Pakistani drones had struck homes in two eastern provinces overnight, killing ten civilians.\n\nIts spokesman said seven people, among them three children, died when a house in Barmal was hit. Another strike on a farm in Spera killed three people, local officials said.");
    const byPlace = Object.fromEntries(inc.map((i) => [i.adm2, i.killed.total]));
    expect(byPlace["Barmal"]).toBe(7);
    expect(byPlace["Spera"]).toBe(3);
  });

  it("control: a first item that alone tells its incident keeps its count", () => {
    const inc = found("PESHAWAR: Police said on Wednesday they had killed three militants in a raid on a compound in Bannu the night before.\n\nIn Turbat, two militants were killed in an exchange of fire with the Frontier Corps on Monday. Separately, a policeman was killed in Tank on Tuesday when a bomb went off.");
    const bannu = inc.find((i) => i.adm2 === "Bannu");
    expect(bannu?.killed.total).toBe(3);
  });

  it("control: an older incident's count that completes the lead's is no part of it", () => {
    const inc = incidentReader("2024-04-09").main("JALALABAD: Eight people were killed when a bomb went off in a market in Jalalabad on Monday, officials said on Tuesday.\n\nFive of the dead were shopkeepers, the police chief said. It was the second bombing in the city this month. On April 2 a roadside bomb killed three members of the Islamic Emirate's forces near the airport.");
    expect(inc.killed.total).toBe(8);
  });

  it("control: a lead that names whose dead they were keeps its count beside an earlier figure and the other side's account", () => {
    const inc = incidentReader("2024-04-09").main("TORKHAM: Two villagers and a Frontier Corps soldier were killed when the two countries' border forces traded fire near the gate on Monday.\n\nMedics at the civil hospital had counted two deaths by Monday evening; by the morning the number had gone up to three. In Kabul, a spokesman for the Islamic Emirate said Pakistani forces had fired first and that one civilian had been killed on the Afghan side.");
    expect(inc.killed.total).toBe(3);
  });
});
