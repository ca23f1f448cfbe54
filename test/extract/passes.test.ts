import { describe, expect, it } from "vitest";
import { normalise, spanToOriginal } from "../../src/extract/passes/01-normalise.js";
import { segment } from "../../src/extract/passes/02-sentences.js";
import { findNumbers, parseNumberWords } from "../../src/extract/passes/03-numbers.js";
import { findDates } from "../../src/extract/passes/04-dates.js";

describe("01 normalise", () => {
  it("makes quotes, dashes and spaces plain without moving offsets", () => {
    const n = normalise("Monday\u2019s blast \u2014 \u201cterrorists\u201d\u00a0fled");
    expect(n.text).toBe(`Monday's blast - "terrorists" fled`);
    expect(n.map).toBeNull();
  });
  it("decodes HTML and keeps a map back to the original", () => {
    const raw = "<p>Gunmen &amp; militants killed <b>three</b> people.</p>";
    const n = normalise(raw);
    expect(n.text).toContain("Gunmen & militants killed  three  people.");
    const i = n.text.indexOf("three");
    const sp = spanToOriginal(n, i, i + 5);
    expect(raw.slice(sp.start, sp.end)).toBe("three");
  });
});

describe("02 sentences", () => {
  it("keeps D.I. Khan in one sentence and splits at line breaks", () => {
    const text = "BANNU: Two soldiers died in D.I. Khan on Monday. Police said so.\n\nIn another incident, one man was hurt";
    const s = segment(text).sentences.map((x) => text.slice(x.start, x.end));
    expect(s).toContain("BANNU: Two soldiers died in D.I. Khan on Monday.");
    expect(s[s.length - 1]).toBe("In another incident, one man was hurt");
  });

  it("ends plain lines at their stops, as wink's boundary model does, and leaves abbreviations and brackets to it", () => {
    const split = (text: string) => segment(text).sentences.map((x) => text.slice(x.start, x.end));
    expect(split("Two traders were shot dead in Chaman.  Police said 3 suspects fled. (A case was filed.)")).toEqual(["Two traders were shot dead in Chaman.", "Police said 3 suspects fled.", "(A case was filed.)"]);
    // a stop before a lower-case word still ends a sentence; "?" and "!" end one too
    expect(split("Gunmen fired on a van near Kohat. the driver fled. Were two men hurt? Yes! Police came.")).toEqual(["Gunmen fired on a van near Kohat.", "the driver fled.", "Were two men hurt?", "Yes!", "Police came."]);
    // ranks and times keep their stops; a bracketed aside closes its sentence; the next line starts anew
    expect(split("Police came at 9 p.m. Lt. Col. Aslam said so.\nA levies post was hit (no one was hurt). Then calm returned")).toEqual(["Police came at 9 p.m. Lt. Col. Aslam said so.", "A levies post was hit (no one was hurt).", "Then calm returned"]);
  });
});

describe("03 numbers", () => {
  it("reads words, dozens, qualifiers and ranges", () => {
    expect(parseNumberWords("fifty-four")).toBe(54);
    expect(parseNumberWords("a dozen")).toBe(12);
    expect(parseNumberWords("two dozen")).toBe(24);
    expect(parseNumberWords("1,200")).toBe(1200);
    const ns = findNumbers("at least twenty-one people, several others and between 15 and 20 fighters; dozens more");
    expect(ns.map((n) => [n.value, n.qualifier])).toEqual([[21, "at least"], [null, null], [15, null], [null, null]]);
  });
});

describe("03 numbers: identifiers", () => {
  it("case, FIR and penal-code numbers are no counts; a count beside them is", () => {
    const ns = findNumbers("Police registered FIR No. 112/2024 under Section 302 and sections 7 of the ATA against 14 suspects at Gate #3.");
    expect(ns.map((n) => n.value)).toEqual([14]);
  });
});

describe("04 dates", () => {
  const pub = "2024-03-20"; // a Wednesday
  it("resolves weekdays back from publication and marks reporting dates", () => {
    const d = findDates("Monday's bombing killed five, police said on Tuesday.", pub);
    expect(d.map((x) => [x.date, x.reporting])).toEqual([["2024-03-18", false], ["2024-03-19", true]]);
  });
  it("reads absolute dates, inferring the year, and the dateline", () => {
    const d = findDates("QUETTA, March 20 - On 28 December, militants attacked a post.", pub);
    expect(d[0]).toMatchObject({ date: "2024-03-20", reporting: true });
    expect(d[1]).toMatchObject({ date: "2023-12-28", reporting: false });
  });
  it("counts 'today' from the dateline's day when the report carries one", () => {
    const d = findDates("Bannu, March 18: Two soldiers were martyred in an exchange of fire today.", pub);
    expect(d.find((x) => x.anchor === "pub")?.date).toBe("2024-03-18");
  });
  it("keeps chains relative and periods at month precision", () => {
    const d = findDates("Two days later, gunmen struck again. Earlier this month a bomb went off. It happened yesterday.", pub);
    expect(d[0]).toMatchObject({ anchor: "prev", delta: 2 });
    expect(d[1]).toMatchObject({ precision: "month", period: "2024-03", date: null });
    expect(d[2]).toMatchObject({ date: "2024-03-19" });
  });
});
