import { describe, expect, it } from "vitest";
import type { ClaimContext } from "../../src/extract/claims/index.js";
import { claimKeys } from "./claim-keys.js";
import { findStatistics } from "../../src/extract/claims/statistics.js";

// Claims of periodic reviews: a research body's or an official's tally of a month, a quarter or a year, told over
// several sentences (the deaths, the wounded, a province's share). Every sentence is written for these tests.
const ctx: ClaimContext = { published: "2025-07-03", source: "wire" };
const keys = claimKeys(ctx);
const values = (s: string, inherit = false) => findStatistics(s, inherit).map((h) => h.value);

describe("a research body's review", () => {
  it("gives its counts as statistics of its own (PK_OTHER), named by an 'issued by' after 'according to'", () => {
    const text =
      "PESHAWAR: Balochistan saw 44 militant attacks in June, eight more than in May, according to a monthly report released on Tuesday by a Quetta-based policy research centre. " +
      "The attacks left 61 people dead, 27 of them soldiers. Another 80 people were wounded.";
    expect(keys(text)).toEqual(["statistic:PK_OTHER=44", "statistic:PK_OTHER=61", "statistic:PK_OTHER=80"]);
  });

  it("still gives no statistic to elders or a party, who are PK_OTHER too", () => {
    expect(keys("Elders of the two tribes said 23 people had been killed in the clashes so far this year.")).toEqual([]);
  });
});

describe("the next figures of a tally", () => {
  it("reads the toll told back of the counted events ('The attacks killed', 'in those attacks') and the main figure before a colon", () => {
    expect(values("The bombings killed 57 people: 20 policemen, 30 civilians and seven of the bombers.", true)).toEqual([57]);
    expect(values("At least 93 people lost their lives in those attacks.", true)).toEqual([93]);
    expect(values("The bombings killed 57 people: 20 policemen, 30 civilians and seven of the bombers.", false)).toEqual([]);
  });

  it("reads 'Another N … wounded', a province's share and 'numbered N' right after a tally, not alone", () => {
    expect(values("A further 140 constables were injured.", true)).toEqual([140]);
    expect(values("A further 140 constables were injured.", false)).toEqual([]);
    expect(values("In Sindh, 12 militants were killed.", true)).toEqual([12]);
    expect(values("Most raids took place in Khyber Pakhtunkhwa, where 230 insurgents were killed.", true)).toEqual([230]);
    expect(values("Civilians who died in bomb attacks numbered 75, the official said.", true)).toEqual([75]);
  });

  it("reads 'Of the N X, M were …' as the share, not the whole told again", () => {
    expect(values("Of the 120 policemen martyred, 44 were killed in Bannu division.", true)).toEqual([44]);
  });

  it("keeps the main figure of a sentence, not the parts coordinated after it", () => {
    expect(values("The province recorded 530 terrorist incidents in the year, in which 210 policemen and 190 civilians were killed.")).toEqual([530]);
  });
});

describe("periods, counted things and totals", () => {
  it("reads a month with its year, a span of days, 'in the year', 'for the month' and 'N times'", () => {
    expect(values("Troops carried out 3,020 intelligence-based operations across the country during March 2025, the ISPR said on Friday.")).toEqual([3020]);
    expect(values("The monitor counted 77 attacks between January 1 and March 31.")).toEqual([77]);
    expect(values("Police stations in the district were attacked 19 times during the month.")).toEqual([19]);
    expect(values("The army said it had foiled 31 infiltration attempts over the past six months.")).toEqual([31]);
    expect(values("That brings the total number of deaths in the province to 260 for the month.")).toEqual([260]);
  });

  it("does not make a day's incident a tally ('on the 14th')", () => {
    expect(values("In the second week of the month, on the 14th, two men threw a grenade at a shop in Turbat.")).toEqual([]);
  });
});

describe("who speaks: a definite head noun points back to the body named with it", () => {
  it("reads 'the department's chief' after the counter-terrorism department as the police's, not the government's", () => {
    const text = "The counter-terrorism department in Sindh arrested 412 suspects in 2025, the department's chief told reporters in Karachi on Monday.";
    expect(keys(text)).toEqual(["statistic:PK_POLICE=412"]);
  });
});

describe("commitments of officials after an attack", () => {
  it("reads ordering an inquiry, forming a committee, and passive promises ('would be raised', 'would be sent')", () => {
    expect(keys("The chief minister ordered a judicial inquiry into the security lapse at the checkpoint.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("The inspector general of police said he had constituted a three-member committee to find out how the attackers got through.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("The inspector general of police said quick reaction forces would be raised in each division.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("The interior minister said armoured vehicles would be sent to the border posts in Zhob.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("The chief minister said the provincial government would bear the hospital expenses of the wounded.")).toEqual(["commitment:PK_GOV"]);
  });
});

describe("allegations across the border", () => {
  it("reads 'the Afghan side had fired' told by Pakistan's officials as their allegation", () => {
    expect(keys("Pakistani border officials said the Afghan side had fired without warning.")).toEqual(["allegation:PK_GOV"]);
  });
});

describe("two sides in one sentence", () => {
  it("reads '…, while the other side's officials said …' as the other side's own statement, not the first clause's attribution", () => {
    expect(keys("Afghan officials said Pakistani guards had fired first, while Pakistani officials said the Afghan side had opened fire on a patrol.")).toEqual(["allegation:AF_GOV", "allegation:PK_GOV"]);
  });

  it("reads 'would recover the hostages' and 'would travel to Kabul for talks' as promises", () => {
    expect(keys("The district police officer said the police would recover the kidnapped engineers unharmed.")).toEqual(["commitment:PK_POLICE"]);
    expect(keys("The Foreign Office spokesperson said a delegation would travel to Kabul next week for talks on border trade.")).toEqual(["commitment:PK_GOV"]);
  });
});

describe("responsibility in few words", () => {
  it("reads '<group> said it was responsible.' with nothing after as the group's claim", () => {
    expect(keys("A bomb hit a Levies vehicle near Mastung on Sunday. The Balochistan Liberation Army said it was responsible.")).toEqual(["responsibility:BLA"]);
  });
});
