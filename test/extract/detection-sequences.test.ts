import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * How reports move from one incident to the next (issue 3, stop 17): an official two-liner (the forces at a place on a day,
 * then the toll), a sentence opened by a time shift ("Hours earlier, ...", "The same night, ..."), the same men told as
 * the subject of a new attack elsewhere, a spokesman's own forces hitting back across the border; and what stays one
 * incident (the wounded treated in another town, the attackers going on at the same place). Own invented reports; the
 * real gazetteer.
 */
const geocoder = createGeocoder();
const found = (text: string, published = "2025-06-12") =>
  extract({ id: "r", text, published }, { geocoder }).incidents.filter((i) => !i.background);
const line = (text: string, published?: string) => found(text, published).map((i) => `${i.date} ${i.adm2} k=${i.killed.total}`);

describe("an official two-liner", () => {
  it("the forces at a place on a day, then a bare toll, are one incident", () => {
    expect(line("Security forces carried out an operation in the Datta Khel area of North Waziristan on Tuesday. Four terrorists were killed.")).toEqual([
      "2025-06-10 North Waziristan k=4",
    ]);
  });

  it("after a paragraph of yearly figures it is still an incident, not a figure of the statistic", () => {
    const r = line(
      "RAWALPINDI: The military said on Wednesday that 740 terrorists had been killed in operations across the country during the year.\n\nOn Monday, troops conducted an operation in the Spinwam area of North Waziristan. Three terrorists were killed.",
    );
    expect(r).toEqual(["2025-06-09 North Waziristan k=3"]);
  });

  it("a sentence with a place and a day but no armed men sets no scene (control)", () => {
    expect(line("Markets in North Waziristan reopened on Tuesday. Four people were killed.")).toEqual([]);
  });
});

describe("a sentence opened by a time shift", () => {
  it("'Hours earlier' with an attack at another town of the district opens the next item", () => {
    const r = line(
      "KHAR: A roadside bomb killed two Levies men near Loi Sam in Bajaur district on Wednesday, officials said.\n\nHours earlier, three villagers were hurt in the Salarzai area when mortar shells fired from across the border hit a house.",
    );
    expect(r).toHaveLength(2);
    expect(found("KHAR: A roadside bomb killed two Levies men near Loi Sam in Bajaur district on Wednesday, officials said.\n\nHours earlier, three villagers were hurt in the Salarzai area when mortar shells fired from across the border hit a house.")[1].place).toMatch(/Salarzai/);
  });

  it("a town of the district told after the district alone, with dead of its own, is another item", () => {
    const r = found(
      "QUETTA: Gunmen stopped cars on the highway in Kalat district on Sunday night and shot dead five travellers, officials said.\n\nAbout an hour later, the same gang attacked a Levies post at Mangochar, killing three Levies men.",
    );
    expect(r.map((i) => i.killed.total)).toEqual([5, 3]);
  });

  it("the attackers going on at the same place stay one incident (control)", () => {
    const r = found("PESHAWAR: Militants attacked a police station in Badaber on Friday night, killing two constables.\n\nMinutes later, the attackers set fire to a police van parked outside the station.");
    expect(r).toHaveLength(1);
  });
});

describe("the same men told as the subject of a new attack", () => {
  it("'the same group fired rockets at' a post in another district is an incident of its own", () => {
    const r = line(
      "BARKHAN: Gunmen shot dead six passengers after stopping a bus near Rakhni in Barkhan district on Friday evening, officials said.\n\nLater that night, the same group fired rockets at a police post in Dera Ghazi Khan district. Two policemen were killed in the exchange of fire.",
    );
    expect(r).toEqual(["2025-06-06 Barkhan k=6", "2025-06-06 Dera Ghazi Khan k=2"]);
  });

  it("a definite event noun still refers back ('the same attack') (control)", () => {
    const r = found("BANNU: A suicide bomber struck a military convoy near Bannu on Monday, killing four soldiers.\n\nThe same attack also damaged two shops.");
    expect(r).toHaveLength(1);
  });
});

describe("the same day in another district", () => {
  it("a paragraph opening with armed men at the border of another district, then its toll, is that district's incident", () => {
    const r = line(
      "RAWALPINDI: On 9 June, troops intercepted a group of khawarij crossing the border in the Salarzai area of Bajaur District and killed three of them.\n\nLater on 9 June, another group of khawarij tried to cross the border in Mohmand District. In the exchange of fire, two khawarij were killed.",
    );
    expect(r).toEqual(["2025-06-09 Bajaur k=3", "2025-06-09 Mohmand k=2"]);
  });
});

describe("a spokesman's own forces hitting back", () => {
  it("'said its forces attacked posts in Kurram' the day after strikes across the border is a second incident", () => {
    const r = found(
      "KABUL: The Islamic Emirate said Pakistani aircraft had bombed homes in Barmal district of Paktika on Saturday night, killing nine civilians.\n\nThe defence ministry said its forces attacked several border posts in the Kharlachi area of Kurram on Sunday in response.",
    );
    expect(r.map((i) => `${i.country} ${i.adm2}`)).toEqual(["AF Barmal", "PK Kurram"]);
  });
});

describe("the wounded treated in another town", () => {
  it("is no incident of its own", () => {
    const r = line("MIR ALI: Two boys were killed on Sunday when a mortar shell hit their house in Mir Ali, North Waziristan, residents said.\n\nTheir father was wounded and is being treated in Peshawar.");
    expect(r).toEqual(["2025-06-08 North Waziristan k=2"]);
  });

  it("posts opposite two provinces are neighbours, both of them", () => {
    const r = found(
      "JALALABAD: Pakistani jets struck a village in Dur Baba district of Nangarhar on Friday night, killing four civilians.\n\nThe next evening, Afghan border forces attacked Pakistani posts opposite Paktia and Khost. A Pakistani official said one soldier was killed when posts near the Kharlachi crossing in Kurram came under fire.",
    );
    expect(r.map((i) => i.adm2)).not.toContain("Khost");
  });
});

describe("what two incidents told together share", () => {
  const two =
    "ZHOB: Gunmen stopped a van near Sambaza in Zhob district on Thursday evening and shot dead four travellers, officials said. Six people were killed in all.\n\nLater that night, the same gang fired on a police post in Musakhel district. Two policemen were killed in the exchange of fire.\n\nThe Balochistan Liberation Army said its fighters had carried out attacks in both areas.";
  it("a count 'in all' over two incidents is neither's toll", () => {
    expect(found(two, "2025-06-13").map((i) => i.killed.total)).toEqual([4, 2]);
  });
  it("a claim for 'both areas' names the group of each", () => {
    expect(found(two, "2025-06-13").map((i) => i.perpetrators.join(","))).toEqual(["BLA", "BLA"]);
  });
});

describe("the kind of an incident that burned and killed", () => {
  it("vehicles set on fire beside an attack on a post that killed is the attack", () => {
    const r = found(
      "QUETTA: Armed men shot dead five travellers near Sambaza in Zhob district on Thursday, officials said.\n\nThe same night, the gunmen also set three trucks on fire and attacked a Levies post in the Kingri area of Musakhel, killing one Levies man.",
      "2025-06-13",
    );
    expect(r.map((i) => i.sub_event_type)).toEqual(["Attack", "Armed clash"]);
  });
});

describe("a count followed by posts", () => {
  it("'one soldier was killed and two injured when posts came under fire' keeps its counts", () => {
    const r = found(
      "JALALABAD: Pakistani jets struck a village in Dur Baba district of Nangarhar on Sunday night, killing four civilians.\n\nOn Monday, one soldier was killed and two injured when posts near the Kharlachi crossing in Kurram came under fire, a Pakistani official said.",
    );
    expect(r.map((i) => `${i.killed.total}/${i.injured.total}`)).toEqual(["4/null", "1/2"]);
  });
});

describe("fighting told as what a deal ends or keeps away", () => {
  it("'after a week of the deadliest fighting' in a ceasefire report is no incident", () => {
    expect(found("ISTANBUL, June 11 - The two neighbours agreed on Tuesday to halt hostilities after three weeks of the fiercest fighting along their border in years, mediators said.", "2025-06-11")).toEqual([]);
  });
  it("'to settle disputes before they escalate into clashes' is no incident", () => {
    expect(found("ISLAMABAD, June 11 - The two governments agreed on Tuesday to reopen the Torkham crossing.\n\nIn a joint statement, the two sides said they would hold monthly meetings of border commanders to settle disputes before they escalate into fighting.", "2025-06-11")).toEqual([]);
  });
  it("a clash on a day of its own is still told (control)", () => {
    expect(found("PARACHINAR: Border forces of the two countries clashed near the Kharlachi crossing in Kurram on Monday, officials said. Two soldiers were wounded.", "2025-06-11")).toHaveLength(1);
  });
});
