import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { findDates } from "../../src/extract/passes/04-dates.js";
import { createGeocoder } from "../../src/geo/index.js";

/**
 * Periodic reviews and roundups (issue 3): a monthly or quarterly review or a weekly wrap-up opens with aggregate figures,
 * then tells several dated items one by one ("on the 3rd", "later in the month, on the 24th", "the following Monday",
 * "the same day"), each with its own place and toll; town features recall older attacks. Statistics make no incident,
 * each item keeps its own day and counts, a lead that sums up the items is none of them, an older event stays apart.
 * Own invented reports; the real gazetteer.
 */
const geocoder = createGeocoder();
const read = (text: string, published: string) =>
  extract({ id: "r", text, published }, { geocoder })
    .incidents.filter((i) => !i.background)
    .map((i) => `${i.date} ${i.adm2} ${i.sub_event_type} ${i.killed.total ?? "-"}/${i.injured.total ?? "-"}`);
const dates = (text: string, published: string) =>
  findDates(text, published).map((d) => `${text.slice(d.start, d.end)}=${d.date ?? d.period}`);

// a monthly review published on 3 May 2025 about April
const MONTHLY =
  "ISLAMABAD: Violence in the north-west eased slightly in April, according to a monthly digest issued by a private research centre on Friday.\n\n" +
  "The centre counted 52 militant attacks in the province during the month, against 60 in March. The attacks left 71 people dead: 30 soldiers and policemen, 29 civilians and 12 attackers. Another 104 people were hurt.\n\n" +
  "Separately, the centre recorded 48 suspected militants killed in security operations. The military's own figure, 66 militants killed nationwide, was higher.\n\n" +
  "The digest lists the month's main incidents.\n\n" +
  "On the 2nd, militants raided a police post at Shewa in North Waziristan before dawn. Two constables were killed and one was wounded.\n\n" +
  "On Tuesday the 15th, a remote-controlled bomb hit a Frontier Corps pick-up near Datta Khel, killing three soldiers.\n\n" +
  "The following Monday, gunmen shot dead a shopkeeper and his son in the bazaar of Kulachi in Dera Ismail Khan district.\n\n" +
  "Later in the month, on the 26th, a mortar round landed on a house in the Tirah valley of Khyber district, killing two children and wounding their mother.\n\n" +
  "The centre warned that attacks usually rise with the summer.";

// a weekly wrap-up published on Sunday 16 November 2025, with a lead summing up the week and headings
const WEEKLY =
  "PESHAWAR: A week that began with a bombing in Bajaur and ended with a raid in Bannu left at least eleven people dead across the province, officials said.\n\n" +
  "Monday: Bomb in Bajaur\n\n" +
  "On Monday, a bomb hidden in a handcart exploded in the main bazaar of Khar, killing four people and wounding nine.\n\n" +
  "Wednesday: Ambush in Kurram\n\n" +
  "On Wednesday evening, gunmen fired on a police van near Sadda in Kurram district. Three policemen were killed.\n\n" +
  "On Saturday, the Counter-Terrorism Department said its officers had killed four militants in a shootout after surrounding a compound in the Domel area of Bannu.\n\n" +
  "The provincial government said it would hire more police for the southern districts.";

// a town feature published on Monday 20 October 2025: a clash today, an older feud recalled by its month
const FEATURE =
  "PARACHINAR: The road to Thall stayed closed on Monday as a truce between two tribes in Kurram came under new strain.\n\n" +
  "On Saturday, gunmen fired on a passenger van near Bagan in Lower Kurram. Five passengers were killed and eight wounded.\n\n" +
  "The next day, on Sunday, gunfire broke out between two tribes over a disputed orchard near Pewar in Upper Kurram. Two men were killed before elders arranged a halt to the firing.\n\n" +
  "In July, fighting over the same orchard spread to several villages and went on for a week, leaving at least 40 people dead before a ceasefire was agreed.\n\n" +
  "A government spokesman said 64 people had been killed in the district since July.";

// a wrap-up from Kabul published on Monday 15 December 2025: an arrest in another province on a day of its own
const BORDER =
  "KABUL: Three days of tension on the frontier ended on Monday after strikes in Paktika and arrests in Khost, the Islamic Emirate said.\n\n" +
  "Late on Thursday night, aircraft struck houses in a village of the Barmal district of Paktika. Officials said nine people were killed.\n\n" +
  "On Saturday, Taliban intelligence officers detained three men in Khost city whom they described as members of a Daesh cell.\n\n" +
  "The strikes came a year after Pakistani jets hit the same district. On December 9, 2024, Taliban officials said 30 people died when bombs fell on villages in Barmal.";

describe("periodic reviews: statistics are no incident, each item has its own day", () => {
  const r = read(MONTHLY, "2025-05-03");
  it("tells exactly the four items, none from the digest's figures", () => {
    expect(r).toEqual([
      "2025-04-02 North Waziristan Armed clash 2/1",
      "2025-04-15 North Waziristan Remote explosive/landmine/IED 3/-",
      "2025-04-21 Dera Ismail Khan Attack 2/-",
      "2025-04-26 Khyber Shelling/artillery/missile attack 2/1",
    ]);
  });
  it("'on the 2nd' and 'Tuesday the 15th' are days of the month reviewed; 'the following Monday' counts from the day before it", () => {
    expect(r[0].slice(0, 10)).toBe("2025-04-02");
    expect(r[1].slice(0, 10)).toBe("2025-04-15");
    expect(r[2].slice(0, 10)).toBe("2025-04-21");
  });
  it("'later in the month, on the 26th' is an item, not a count over the month", () => {
    expect(r.some((x) => x.startsWith("2025-04-26 Khyber"))).toBe(true);
  });
});

describe("weekly wrap-ups: a lead summing up the week and headings open no incident", () => {
  const r = read(WEEKLY, "2025-11-16");
  it("three items, each of its own day and place", () => {
    expect(r).toEqual([
      "2025-11-10 Bajaur Remote explosive/landmine/IED 4/9",
      "2025-11-12 Kurram Armed clash 3/-",
      "2025-11-15 Bannu Armed clash 4/-",
    ]);
  });
  it("'On Saturday, the CTD said its officers had killed four militants ...': the statement's day opening the item is the item's", () => {
    expect(r.find((x) => x.includes("Bannu"))?.slice(0, 10)).toBe("2025-11-15");
  });
});

describe("town features: an older event recalled keeps its own dead", () => {
  const r = read(FEATURE, "2025-10-20");
  it("'gunfire broke out' on Sunday is its own clash; the July fighting's 40 dead are not its toll", () => {
    expect(r).toEqual(["2025-10-18 Kurram Attack 5/8", "2025-10-19 Kurram Armed clash 2/-"]);
  });
  it("'In July' is a month of the year of publication; 'on March 18 last year' a day of the year before", () => {
    expect(dates("In July, fighting spread.", "2025-10-20")).toEqual(["July=2025-07"]);
    expect(dates("In December, shells fell.", "2025-10-20")).toEqual(["December=2024-12"]);
    expect(dates("Jets struck Khost on March 18 last year.", "2025-10-20")).toContain("March 18=2024-03-18");
    // a lower-case 'may' stays a verb
    expect(dates("Police said they may reopen the road in time.", "2025-10-20")).toEqual([]);
  });
});

describe("review items across the border and years", () => {
  const r = read(BORDER, "2025-12-15");
  it("an arrest told in its own paragraph, on its own day, in another province is an incident; the lead and last year's strike are not", () => {
    expect(r).toEqual(["2025-12-11 Barmal Air/drone strike 9/-", "2025-12-13 Khost Arrests -/-"]);
  });
});

describe("weekdays and month days in reviews", () => {
  it("'In the last week of the month, on a Sunday' is the reviewed month's last Sunday; 'in the first week of November, on a Tuesday' its first", () => {
    expect(dates("Attacks rose in November. In the last week of the month, on a Sunday, a councillor was shot.", "2023-12-04")).toContain("Sunday=2023-11-26");
    expect(dates("In the first week of November, on a Tuesday, militants attacked a camp.", "2024-01-08")).toContain("Tuesday=2023-11-07");
  });
  it("'On Saturday, December 2' is December 2, not the last Saturday before publication", () => {
    expect(dates("On Saturday, December 2, fighters stormed a Levies station.", "2024-01-08")).toEqual(["December 2=2023-12-02"]);
  });
  it("'on the 14th' after an older event recalled takes the month of the report's recent days, not the old one's", () => {
    expect(dates("Jets struck on March 18 last year. Violence rose in September. On the 14th, militants attacked.", "2024-10-02")).toContain("the 14th=2024-09-14");
  });
});

// a feature published on Monday 10 March 2025: the first item's place is only "the gate", the town is named in the lead
const GATE =
  "TORKHAM: The border crossing at Torkham reopened to trucks on Monday after four days of closure, ending a tense week in Khyber district.\n\n" +
  "The trouble began on Thursday evening, when Pakistani and Afghan border guards exchanged fire near the gate after a dispute over a new watchtower. A Pakistani labourer was killed and four people were wounded, a hospital official in Landi Kotal said.\n\n" +
  "On Saturday, gunmen abducted two customs clerks from a car on the highway in Bara tehsil. Police said no ransom had been demanded.\n\n" +
  "Late on Sunday, a bomb planted beside the road went off as a police van passed through Jamrud, wounding three constables.\n\n" +
  "Torkham has seen repeated clashes at the gate over the years.";

describe("wrap-ups: the first item told in the body is one even when its place is only 'the gate'", () => {
  it("three items; the town's history of clashes is no fourth", () => {
    const r = read(GATE, "2025-03-10");
    expect(r.map((x) => x.split(" ").slice(0, 1).concat(x.split(" ").slice(-1)).join(" "))).toEqual(["2025-03-06 1/4", "2025-03-08 -/-", "2025-03-09 -/3"]);
  });
});

describe("a statement's list of engagements", () => {
  it("'During the night of 12 May, in another engagement near X, ...': the day before the separator is the item's", () => {
    const t =
      "RAWALPINDI: Security forces conducted several operations during the week, the military said on Saturday.\n\n" +
      "On 9 May, troops raided a hideout in the general area of Datta Khel, North Waziristan District, and five khawarij were killed.\n\n" +
      "During the night of 12 May, in another engagement in the general area of Spinwam, North Waziristan District, two khawarij were killed.";
    expect(read(t, "2025-05-17")).toEqual(["2025-05-09 North Waziristan Armed clash 5/-", "2025-05-12 North Waziristan Armed clash 2/-"]);
  });
});
