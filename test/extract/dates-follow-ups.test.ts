import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Days of incidents told around a statement's day, and follow-ups on a later day told as incidents of their own.
 * Own invented reports (stop 14, "dates"); the real gazetteer.
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) =>
  extract({ id: "d", text, published }, { geocoder }).incidents.filter((i) => !i.background).map((i) => `${i.date} ${i.sub_event_type} ${i.killed.total ?? "-"}`);

describe("a lead sentence with the event's day but no event word dates the incident told after it", () => {
  it("a foiled attack told in the lead, its fighting in the next paragraph", () => {
    // 2025-03-06 is a Thursday
    const r = read(
      "The district police said on Thursday that their men had foiled an assault on the Shewa police post in North Waziristan late on Tuesday.\n\nAccording to the police, a group of militants opened fire on the post from an orchard. Policemen returned fire for an hour. One constable was martyred and two attackers were killed.",
      "2025-03-06",
    );
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2025-03-04"]);
  });
  it("a ministry's 'retaliatory operations' on a night, the fighting told after", () => {
    const r = read(
      "The defence ministry said on Friday that its forces had conducted retaliatory operations against border posts on Wednesday night.\n\nA spokesman said fighting took place in Dangam district of Kunar and that four fighters were killed.",
      "2025-10-17",
    );
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2025-10-15"]);
  });
  it("a lead day does not date a mention that counts nobody (commentary keeps no incident)", () => {
    const r = read("The two governments agreed on Sunday to a ceasefire.\n\nBoth sides pledged to keep the Torkham crossing open and to refrain from targeting each other's posts.", "2025-12-08");
    expect(r).toEqual([]);
  });
});

describe("a chain with no event before counts from the day the speaker spoke", () => {
  it("'claimed on Sunday ... the previous day'", () => {
    // 2025-08-11 is a Monday: Sunday is the 10th, the previous day the 9th
    const r = read("A militant faction claimed responsibility on Sunday for a suicide bombing that killed four soldiers near Miranshah the previous day.", "2025-08-11");
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2025-08-09"]);
  });
  it("'said on Wednesday ... two days earlier'", () => {
    const r = read("Police said on Wednesday that gunmen had shot dead two Levies men at a checkpost in Kalat two days earlier.", "2025-08-14");
    expect(r.map((x) => x.slice(0, 10))).toEqual(["2025-08-11"]);
  });
});

describe("a forces' move told on a later day opens the incident its fighting belongs to", () => {
  it("rockets one night, the suspects tracked down the next day", () => {
    // 2026-02-02 is a Monday
    const r = read(
      "TURBAT: Militants fired four rockets at a camp of the Frontier Corps late on Saturday night, damaging a wall. No one was hurt.\n\nActing on a tip-off, security forces tracked the suspects to a hideout near Buleda on Sunday. Three militants were killed in the exchange of fire that followed.",
      "2026-02-02",
    );
    expect(r).toEqual(["2026-01-31 Shelling/artillery/missile attack 0", "2026-02-01 Armed clash 3"]);
  });
  it("a placeless bombing in the lead is not merged into a raid on another day", () => {
    const r = read(
      "JALALABAD - Two policemen were killed on Thursday evening when a sticky bomb attached to their vehicle went off in the city.\n\nA day later, on Friday, security forces raided a house in the Behsud district of Nangarhar. Two attackers were killed in the exchange of fire.",
      "2024-06-09",
    );
    expect(r).toEqual(["2024-06-06 Remote explosive/landmine/IED 2", "2024-06-07 Armed clash 2"]);
  });
});

describe("rockets fired are a shelling/missile attack", () => {
  it("'fired several rockets', 'launched two rockets', 'rockets were fired'", () => {
    expect(read("Militants fired several rockets at a police station in Tank on Monday night, wounding a constable.", "2025-05-07")[0]).toMatch(/Shelling/);
    expect(read("Unknown men launched two rockets at the airport in Bannu on Sunday; one landed near the runway.", "2025-05-07")[0]).toMatch(/Shelling/);
    expect(read("Three rockets were fired at a Levies camp in Kohlu on Saturday, damaging a vehicle.", "2025-05-07")[0]).toMatch(/Shelling/);
  });
  it("a rocket launcher recovered is not a rocket fired", () => {
    const r = read("Police killed two suspects in a shootout in Lakki Marwat on Sunday and recovered a rocket launcher.", "2025-05-07");
    expect(r.join(" ")).not.toMatch(/Shelling/);
  });
});

describe("a night's event past midnight is dated the day after the night began", () => {
  it("'overnight' with 'shortly after midnight', 'in the early hours', 'around 2 am' is the publication day", () => {
    const pub = "2025-04-15";
    expect(read("Kabul said Pakistani jets bombed a village in Paktika overnight. The aircraft struck houses shortly after midnight, killing six people.", pub)[0]).toMatch(/^2025-04-15/);
    expect(read("Militants attacked a police post in Tank overnight, police said. The attack began in the early hours and two constables were martyred.", pub)[0]).toMatch(/^2025-04-15/);
    expect(read("Gunmen stormed a checkpost in Kalat overnight; officials said the firing started around 2 am and killed three Levies men.", pub)[0]).toMatch(/^2025-04-15/);
  });
  it("'overnight' alone, or past midnight of another night told after, stays the day before", () => {
    const pub = "2025-04-15";
    expect(read("Militants attacked a police post in Tank overnight, killing two constables.", pub)[0]).toMatch(/^2025-04-14/);
    expect(read("Militants attacked a police post in Tank overnight, killing two constables. On Sunday another post was hit shortly after midnight.", pub)[0]).toMatch(/^2025-04-14/);
  });
});
