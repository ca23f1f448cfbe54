import { describe, expect, it } from "vitest";
import { findNumbers, wordsToNumber } from "../../src/extract/claims/numbers.js";
import { splitSentences } from "../../src/extract/claims/sentences.js";
import { findStatistics } from "../../src/extract/claims/statistics.js";
import { findCues } from "../../src/extract/claims/cues.js";

describe("numbers", () => {
  it("parses digits, separators, scales and number words", () => {
    expect(findNumbers("1,873 militants").map((n) => n.value)).toEqual([1873]);
    expect(findNumbers("about 1.45 million registered refugees").map((n) => n.value)).toEqual([1_450_000]);
    expect(findNumbers("Thirty-eight policemen and two hundred and five civilians").map((n) => n.value)).toEqual([38, 205]);
    expect(findNumbers("a dozen trucks").map((n) => n.value)).toEqual([12]);
    expect(wordsToNumber("three thousand four hundred")).toBe(3400);
    expect(wordsToNumber("several")).toBeNull();
  });
});

describe("sentences", () => {
  it("keeps abbreviations and initials inside a sentence and offsets exact", () => {
    const text = "Police in D.I. Khan said Lt. Gen. Khan was unhurt. The TTP denied it.\n\nNext paragraph";
    const got = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(got).toEqual(["Police in D.I. Khan said Lt. Gen. Khan was unhurt.", "The TTP denied it.", "Next paragraph"]);
  });
});

describe("statistics frames", () => {
  it("needs an aggregate frame or a large flow", () => {
    expect(findStatistics("Security forces killed 14 terrorists during the month.").map((s) => s.value)).toEqual([14]);
    expect(findStatistics("Security forces killed 14 terrorists in the raid.")).toEqual([]);
    expect(findStatistics("Some 8,400 Afghans were deported on Tuesday.").map((s) => s.value)).toEqual([8400]);
    expect(findStatistics("In 2023, 52 of them were returned.")).toEqual([]);
  });
});

describe("cues", () => {
  it("marks negated and hypothetical cues", () => {
    const hit = (s: string) => findCues(s).map((h) => [h.kind, h.negated]);
    expect(hit("No one has claimed the attack.")).toEqual([["responsibility", true]]);
    expect(hit("The group said it would claim any attack on the police.")).toEqual([["responsibility", true]]);
    expect(hit("The group claimed the attack.")).toEqual([["responsibility", false]]);
  });
});
