import { describe, expect, it } from "vitest";
import { extractClaims, type ClaimContext } from "../../src/extract/claims/index.js";

// Every report here is written for these tests; none is taken from news text.
const ctx: ClaimContext = { published: "2026-11-20", source: "wire" };
const claims = (text: string, c: Partial<ClaimContext> = {}) => extractClaims(text, { ...ctx, ...c });
const keys = (text: string, c: Partial<ClaimContext> = {}) =>
  claims(text, c).map((x) => `${x.kind}:${x.by.join("+")}${x.value != null ? `=${x.value}` : ""}`);

describe("responsibility", () => {
  it("reads a group claiming an attack in several wordings", () => {
    expect(keys("The Tehrik-i-Taliban Pakistan claimed responsibility for the ambush in a message to reporters.")).toEqual(["responsibility:TTP"]);
    expect(keys("Daesh took credit for the bombing through its news outlet.")).toEqual(["responsibility:ISKP"]);
    expect(keys("In a statement on Sunday, the Balochistan Liberation Front said its sarmachars had ambushed the convoy.")).toEqual(["responsibility:BLF"]);
    expect(keys("Responsibility for the raid was claimed by the Balochistan Liberation Army.")).toEqual(["responsibility:BLA"]);
  });

  it("attributes a spokesman's claim to his group, not to an office", () => {
    expect(keys("A spokesman for Jamaat-ul-Ahrar claimed the killing of the two officers.")).toEqual(["responsibility:JUA"]);
  });

  it("keeps rival claims by two groups side by side", () => {
    const text =
      "The BLA claimed the attack on the checkpost late on Sunday.\n\nA day later the Baloch Liberation Front also claimed responsibility for the same attack.";
    expect(keys(text).sort()).toEqual(["responsibility:BLA", "responsibility:BLF"]);
  });

  it("does not take a group's name after 'said' for a government's own claim", () => {
    expect(keys("Police said the attackers belonged to the TTP.")).not.toContain("responsibility:TTP");
  });

  it("reads first-person claims quoted from a group's spokesman", () => {
    expect(keys("“Our fighters carried out the attack on the camp,” TTP spokesman Mohammad Khurasani said.")).toEqual(["responsibility:TTP"]);
  });
});

describe("denial", () => {
  it("reads denials by groups and governments", () => {
    expect(keys("The Pakistani Taliban distanced themselves from the market bombing.")).toEqual(["denial:TTP"]);
    expect(keys("Kabul's foreign ministry dismissed the charge as baseless propaganda.")).toEqual(["denial:AF_GOV"]);
    expect(keys("A TTP spokesman said the group had nothing to do with the blast at the school.")).toEqual(["denial:TTP"]);
  });

  it("keeps an accusation that is denied as the denial only", () => {
    expect(keys("Zabihullah Mujahid rejected Islamabad's accusation that militants were using Afghan soil to attack Pakistan.")).toEqual(["denial:AF_GOV"]);
  });

  it("does not read 'denied entry' or an appeal to deny as a denial", () => {
    expect(keys("Hundreds of truckers were denied entry at the Torkham crossing on Monday.")).toEqual([]);
    expect(keys("Pakistan's foreign minister urged Kabul to deny the use of its soil to militants.")).not.toContain("denial:PK_GOV");
  });
});

describe("allegation", () => {
  it("reads accusations and blame", () => {
    expect(keys("Balochistan's home minister blamed a hostile intelligence agency for the massacre of the labourers.")).toEqual(["allegation:PK_GOV"]);
    expect(keys("The Khost governor's spokesman accused Pakistani forces of shelling homes in two villages.")).toEqual(["allegation:AF_GOV"]);
  });

  it("reads sanctuary and cross-border allegations from the speaker of the sentence", () => {
    expect(keys("The ISPR said the terrorists had been operating from hideouts in Afghanistan.")).toEqual(["allegation:PK_ARMY"]);
    expect(keys("The interior minister said the bombing had been planned across the border.")).toEqual(["allegation:PK_GOV"]);
  });

  it("does not read the report's own narration as an allegation", () => {
    expect(keys("The militants crossed from Afghanistan at night and attacked the post.")).toEqual([]);
  });

  it("gives an ISPR release's unattributed allegation to the army", () => {
    expect(keys("Pakistani posts in Bajaur came under unprovoked fire from across the border today.", { source: "ISPR press release" })).toEqual(["allegation:PK_ARMY"]);
  });

  it("reads border-force accounts of the other side firing first, not of one's own side", () => {
    expect(keys("A Pakistani security official said Afghan border forces opened fire on the fencing team.")).toEqual(["allegation:PK_SECURITY"]);
    expect(keys("A Pakistani security official said Pakistani troops fired back at the Afghan posts.")).toEqual([]);
  });

  it("does not read an open question as an allegation", () => {
    expect(keys("Police said it was still unclear who was behind the killing.")).toEqual([]);
  });
});

describe("commitment", () => {
  it("reads a joint agreement as one commitment by both governments", () => {
    const got = claims("Islamabad and Kabul agreed to extend the ceasefire by a week, Qatari mediators said.");
    expect(got.map((c) => [c.kind, c.by])).toEqual([["commitment", ["AF_GOV", "PK_GOV"]]]);
  });

  it("reads pledges and promises in reported speech", () => {
    expect(keys("The chief minister pledged to rebuild the damaged school within six months.")).toEqual(["commitment:PK_GOV"]);
    expect(keys("Mujahid said the Islamic Emirate would not allow any group to use Afghan territory against Pakistan.")).toEqual(["commitment:AF_GOV"]);
  });

  it("does not read a noun 'promise' or a prediction as a commitment", () => {
    expect(keys("Traders said the reopening would ease shortages of flour in the bazaar.")).toEqual([]);
  });

  it("ignores refusals", () => {
    expect(keys("The Taliban government refused to commit to a timetable for handing over the suspects.")).toEqual([]);
  });
});

describe("statistic", () => {
  it("reads official aggregate figures with their value, in digits and words", () => {
    expect(keys("Police in Balochistan said forty-two personnel had been martyred so far this year.")).toEqual(["statistic:PK_POLICE=42"]);
    expect(keys("The ISPR said 2,310 intelligence-based operations had been carried out during the month.")).toEqual(["statistic:PK_ARMY=2310"]);
    expect(keys("Afghanistan's refugee ministry said 1.2 million Afghans had returned from Pakistan since January.")).toEqual(["statistic:AF_GOV=1200000"]);
  });

  it("keeps sub-counts, money and dates out", () => {
    const got = keys("The army said it had killed 640 terrorists during the year, including 41 commanders, and spent Rs3 billion on the operations.");
    expect(got).toEqual(["statistic:PK_ARMY=640"]);
  });

  it("does not count an incident toll as a statistic", () => {
    expect(keys("Earlier this month, a roadside bomb killed three soldiers near Tank, police said.")).toEqual([]);
  });

  it("counts a research group's tally as its own (PK_OTHER), not an official figure", () => {
    expect(keys("An independent think tank counted 88 attacks across the country during the month.")).toEqual(["statistic:PK_OTHER=88"]);
  });
});

describe("attribution, anaphora and negation", () => {
  it("reads a trailing attribution", () => {
    expect(keys("The attack had been directed from abroad, the Foreign Office spokeswoman said.")).toEqual(["allegation:PK_GOV"]);
  });

  it("follows 'he said' and a bare surname back to the speaker", () => {
    const text =
      "Afghan government spokesman Zabihullah Mujahid spoke to reporters in Kabul on Sunday.\n\nHe said Pakistani jets had violated Afghan airspace. Mujahid also denied that any militant sanctuaries existed in Afghanistan.";
    expect(keys(text).sort()).toEqual(["allegation:AF_GOV", "denial:AF_GOV"]);
  });

  it("resolves 'the group' to the last named group", () => {
    const text = "The Hafiz Gul Bahadur group is active in North Waziristan.\n\nThe group claimed the attack on the convoy on Tuesday.";
    expect(keys(text)).toEqual(["responsibility:HGB"]);
  });

  it("cancels negated cues", () => {
    expect(keys("No group has claimed responsibility for the blast so far.")).toEqual([]);
    expect(keys("The TTP did not claim the attack, and Lashkar-e-Islam has yet to comment.")).toEqual([]);
    expect(keys("The spokesman neither confirmed nor denied the report.")).toEqual([]);
  });

  it("counts a claim repeated in one report once", () => {
    const text =
      "ISKP claimed responsibility for the Jalalabad bombing on Friday.\n\nThe bombing, which ISKP claimed through its Amaq agency, killed four worshippers.";
    expect(keys(text)).toEqual(["responsibility:ISKP"]);
  });

  it("gives evidence offsets into the original text and a confidence", () => {
    const text = "KHAR: Police said on Monday.\n\nThe Pakistani Taliban denied any role in the bombing.";
    const [c] = claims(text);
    expect(c.kind).toBe("denial");
    expect(text.slice(c.evidence![0].start, c.evidence![0].end)).toBe("The Pakistani Taliban denied any role in the bombing.");
    expect(c.text).toBe("The Pakistani Taliban denied any role in the bombing.");
    expect(c.confidence).toBeGreaterThan(0);
    expect(c.confidence).toBeLessThanOrEqual(1);
  });

  it("links a claim to the only incident of the report when incidents are given", () => {
    const text = "The BLA claimed the attack on the railway track.";
    expect(claims(text, { incidents: [{ evidence: [] }] })[0].incident).toBe(0);
    expect(claims(text)[0].incident).toBeUndefined();
  });
});

describe("voice and mood", () => {
  it("finds the author of a passive accusation after 'by'", () => {
    expect(keys("The TTP was accused by Pakistan's interior minister of planning the attack from Afghan soil.")).toEqual(["allegation:PK_GOV"]);
  });

  it("reads a present-tense denial but not one that is only asked for", () => {
    expect(keys("The Afghan Taliban deny that TTP fighters are based in Afghanistan.")).toEqual(["denial:AF_GOV"]);
    expect(keys("Pakistan asked Kabul to act against the militants and deny them sanctuary.")).toEqual(["allegation:PK_GOV"]);
  });
});

describe("more wordings", () => {
  it("reads linking, 'no truth in', readiness and posted claims", () => {
    expect(keys("PESHAWAR — Police linked the bombing to the TTP on Monday.")).toEqual(["allegation:PK_POLICE"]);
    expect(keys("KABUL — The Taliban government said there was no truth in reports that TTP leaders lived in Kabul.")).toEqual(["denial:AF_GOV"]);
    expect(keys("The TTP said it did not carry out the attack on the school.")).toEqual(["denial:TTP"]);
    expect(keys("The claim was posted by the BLA on its Telegram channel.")).toEqual(["responsibility:BLA"]);
  });
});

describe("quotations over several sentences", () => {
  it("gives every quoted sentence to the speaker named where the quote closes", () => {
    const text =
      "PESHAWAR — “Our men ambushed the convoy near the river. We will keep attacking until our demands are met,” a spokesman for the Tehrik-i-Taliban Pakistan told journalists.";
    expect(keys(text).sort()).toEqual(["commitment:TTP", "responsibility:TTP"]);
  });

  it("does not carry a speaker past an unclosed quotation", () => {
    expect(keys("“We will not allow this to happen again.\n\nThe army said it killed four militants.")).toEqual([]);
  });
});

describe("bad input", () => {
  it("returns no claims for empty, binary or huge unpunctuated input, without throwing", () => {
    expect(extractClaims("", ctx)).toEqual([]);
    expect(extractClaims("\u0000\u0001\uFFFD".repeat(1000), ctx)).toEqual([]);
    expect(extractClaims("1 2 3 ".repeat(20_000), ctx)).toEqual([]);
    expect(extractClaims(null as unknown as string, ctx)).toEqual([]);
  });
});

describe("against", () => {
  it("names the other government in cross-border allegations and denials, so pairs can be contested", () => {
    const [a] = claims("Pakistan's interior minister said the attack had been planned on Afghan soil by the TTP.");
    expect(a.kind).toBe("allegation");
    expect(a.against).toEqual(expect.arrayContaining(["TTP", "AF_GOV"]));
    const [d] = claims("Zabihullah Mujahid rejected Pakistan's allegation as baseless.");
    expect(d.kind).toBe("denial");
    expect(d.against).toContain("PK_GOV");
    expect(d.against).not.toContain("AF_GOV");
  });
});
