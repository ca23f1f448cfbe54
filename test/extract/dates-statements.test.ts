import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { findDates } from "../../src/extract/passes/04-dates.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Event days against the days of statements and of the issue: a head line naming the day, an attribution set off
 * by commas after the day, an item opened by the day its speaker spoke. Own invented reports (stop 15, "dates").
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) =>
  extract({ id: "d", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => `${i.date} ${i.adm2}`);

describe("a head line with the issue's day dates the report, not its first item", () => {
  it("a roundup's title line 'BORDER DIGEST, Mar 12'", () => {
    // 2026-03-12 is a Thursday
    const text = "BORDER DIGEST, Mar 12\n\nKUNAR — Local officials said a mortar round fired from across the border hit a house in Dangam district on Monday evening, killing two children.";
    expect(findDates(text, "2026-03-12")[0]).toMatchObject({ date: "2026-03-12", reporting: true });
    expect(read(text, "2026-03-12")).toEqual(["2026-03-09 Dangam"]);
  });
  it("a date alone on the first line", () => {
    const text = "March 12, 2026\n\nGunmen shot dead a shopkeeper in Tank city on Tuesday night, police said.";
    expect(findDates(text, "2026-03-12")[0]).toMatchObject({ date: "2026-03-12", reporting: true });
    expect(read(text, "2026-03-12")).toEqual(["2026-03-10 Tank"]);
  });
  it("a date inside the first sentence stays the event's", () => {
    const text = "Militants attacked a Levies post in Kalat on March 10, 2026, killing one guard.";
    expect(findDates(text, "2026-03-12")[0]).toMatchObject({ date: "2026-03-10", reporting: false });
  });
});

describe("'On Sunday, the spokesman said, forces raided ...': the aside does not make the day the speaker's", () => {
  it("the raid's day is the day that opens the sentence", () => {
    // 2025-05-06 is a Tuesday
    const text =
      "KUNDUZ — Unidentified attackers threw a grenade at a checkpoint in Kunduz city late on Saturday, wounding two guards.\n\nOn Monday, the provincial spokesman said, security forces raided a compound in Imam Sahib district where the attackers were hiding. One suspect was killed in the gunfight that followed.";
    expect(read(text, "2025-05-06")).toEqual(["2025-05-03 Kunduz", "2025-05-05 Imam Sahib"]);
  });
  it("'On Monday the police said the toll had risen' stays the speaker's day", () => {
    const text = "On Monday the police said the number of dead had risen to four.";
    expect(findDates(text, "2025-05-06")[0].reporting).toBe(true);
  });
  it("'On Monday, officials said that ...' stays the speaker's day", () => {
    const text = "On Monday, officials said, that the road would stay shut.";
    expect(findDates(text, "2025-05-06")[0].reporting).toBe(true);
  });
});

describe("an item opened by its speaker's day, with no event day of its own, is dated by that day", () => {
  it("a weekly review: an operation told as the department's statement", () => {
    // 2024-09-18 is a Wednesday
    const text =
      "PESHAWAR: Late on Saturday night, militants fired rockets at a police station in Lakki Marwat district, damaging its wall. No one was hurt.\n\nOn Monday, the Counter-Terrorism Department said its men had killed two militants in a raid on a house in the Domel area of Bannu district. A CTD official said weapons were seized.\n\nOn Tuesday, police in Kohat said they had shot dead a suspected extortionist in an exchange of fire in Kohat city.";
    expect(read(text, "2024-09-18")).toEqual(["2024-09-14 Lakki Marwat", "2024-09-16 Bannu", "2024-09-17 Kohat"]);
  });
  it("an item without any day still takes the day told before", () => {
    const text =
      "QUETTA: Gunmen killed two labourers in Kech district on Sunday. In Panjgur, a hand grenade thrown at a shop wounded three people.";
    expect(read(text, "2025-11-03")).toEqual(["2025-11-02 Kech", "2025-11-02 Panjgur"]);
  });
});

const full = (text: string, published: string) =>
  extract({ id: "d", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => `${i.date} ${i.adm2} ${i.sub_event_type}`);

describe("a group's statement telling a second act of its men on another day opens that incident", () => {
  it("'its members had set fire to ...' is the group's act, not a back-reference", () => {
    // 2025-04-15 is a Tuesday
    const r = full(
      "TURBAT: The Balochistan Liberation Army said on Tuesday that its fighters had ambushed a Frontier Corps patrol near Buleda in Kech district on Monday. Officials said one soldier was killed.\n\nThe group also said its members had set fire to two trucks of a mining company in the Nushki area on Sunday. Police in Nushki said the trucks were destroyed and the drivers escaped unhurt.",
      "2025-04-15",
    );
    expect(r).toEqual(["2025-04-14 Kech Armed clash", "2025-04-13 Noshki Looting/property destruction"]);
  });
});

describe("the day of a riot told before 'after' is the riot's", () => {
  it("'pelted a police van with stones on Sunday after officials tried to clear the road'", () => {
    // 2026-06-09 is a Tuesday
    const r = full(
      "PARACHINAR: Gunmen fired on a passenger van near Sadda in Kurram district on Thursday, killing two travellers.\n\nIn Parachinar, a crowd of youths burned tyres and pelted a police van with stones on Sunday after the administration tried to remove their road blockade; police fired teargas and four constables were hurt.",
      "2026-06-09",
    );
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2026-06-04", "2026-06-07"]);
  });
  it("'the gate stayed shut on Thursday after the two forces traded fire' still lends its day to no incident", () => {
    const r = full("CHAMAN: The crossing stayed shut on Thursday after Pakistani and Afghan forces traded fire near the gate late on Wednesday, wounding three porters.", "2026-06-12");
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2026-06-10"]);
  });
});

describe("'gunfire broke out' between two sides on a later day opens its own clash", () => {
  it("a land feud's shooting the day after a convoy attack in the same district", () => {
    // 2024-07-23 is a Tuesday
    const r = full(
      "PARACHINAR: Gunmen ambushed a convoy of passenger vans near Bagan in Lower Kurram on Saturday, killing six travellers.\n\nThe next day, on Sunday, gunfire broke out between two clans over a water channel near Pewar village in Upper Kurram. Two men were killed before elders arranged a truce.",
      "2024-07-23",
    );
    expect(r).toEqual(["2024-07-20 Kurram Attack", "2024-07-21 Kurram Armed clash"]);
  });
});

describe("a first incident told without a place, on a day of its own, before several with places, is no summary lead", () => {
  it("'The trouble began on Friday evening, when ...' before two items of the weekend", () => {
    // 2025-09-29 is a Monday
    const r = full(
      "ZHOB — The highway through the district reopened to traffic on Monday after a tense weekend.\n\nThe trouble began on Friday evening, when militants fired on a Levies checkpost outside the town. One Levies man was killed and two were wounded, a hospital official in Zhob said.\n\nLate on Saturday, gunmen abducted a contractor on the highway in Killa Saifullah district.\n\nOn Sunday, a roadside bomb wounded two soldiers in Kohlu district.",
      "2025-09-29",
    );
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2025-09-26", "2025-09-27", "2025-09-28"]);
  });
  it("a lead summing up the items on their own day still lends them nothing", () => {
    const r = full(
      "PESHAWAR — Four people were killed in separate attacks across the province on Sunday.\n\nIn Bannu, gunmen shot dead two policemen at a checkpoint.\n\nIn Lakki Marwat, militants killed two labourers at a construction site.",
      "2025-09-29",
    );
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2025-09-28", "2025-09-28"]);
  });
});

const all = (text: string, published: string) =>
  extract({ id: "d", text, published }, { geocoder }).incidents.map((i) => `${i.date} ${i.sub_event_type} ${i.killed.total ?? "-"}`);

describe("an earlier event told in a relative clause with a day of its own is an incident of its own", () => {
  it("'recovered two teachers who had been abducted ... on March 2'", () => {
    // 2025-03-19 is a Wednesday
    const r = all(
      "BANNU: Police on Wednesday freed two schoolteachers who had been abducted from a bus near Domel on March 2, and killed three of the kidnappers in a shootout in the hills, the district police officer said.",
      "2025-03-19",
    );
    expect(r).toContain("2025-03-02 Abduction/forced disappearance -");
    expect(r.some((x) => x.startsWith("2025-03-19 Armed clash 3"))).toBe(true);
  });
  it("'a sit-in with the body of a shopkeeper who was shot dead by gunmen ... on Saturday night'", () => {
    // 2024-05-14 is a Tuesday
    const r = all(
      "TANK, May 14 — Traders kept the main road blocked for a second day on Tuesday with the body of a shopkeeper who was shot dead by gunmen near his shop on Saturday night, demanding the arrest of the killers.",
      "2024-05-14",
    );
    expect(r).toContain("2024-05-11 Attack 1");
  });
  it("a relative clause without a day of its own adds no incident", () => {
    const r = all("BANNU: Police on Wednesday freed two schoolteachers who had been abducted from a bus near Domel, the district police officer said.", "2025-03-19");
    expect(r.length).toBe(1);
  });
});
