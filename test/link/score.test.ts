import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide } from "../../src/link/decide.js";
import { LinkEngine } from "../../src/link/engine.js";
import { dayNumber, featuresOf, mentionText, type LinkFeatures } from "../../src/link/features.js";
import { absorb, emptyProfile } from "../../src/link/profile.js";
import { casualtyFit, LINK_THRESHOLD, scorePair } from "../../src/link/score.js";
import { contentTokens, normName, STOP_WORDS } from "../../src/link/text.js";
import { incident } from "./fixtures.js";

let k = 0;
function feat(over: Parameters<typeof incident>[0] = {}, published = "2025-05-10", text = "suicide bomber police station Domel Bannu"): LinkFeatures {
  k++;
  return featuresOf({ id: `m${k}`, report_id: `r${k}`, values: incident(over) as unknown as Record<string, unknown> }, { published }, contentTokens(text));
}
function profileOf(...fs: LinkFeatures[]) {
  const p = emptyProfile("inc_x", fs[0].family);
  for (const f of fs) absorb(p, f);
  return p;
}

describe("casualty compatibility", () => {
  const figs = [{ value: 40, published: 10 }, { value: 52, published: 11 }];
  it("a later, higher toll fits", () => expect(casualtyFit(61, 12, figs)).toBeGreaterThan(0));
  it("a figure inside the range fits best", () => expect(casualtyFit(45, 12, figs)).toBe(1));
  it("a much lower figure published later does not fit", () => expect(casualtyFit(3, 12, figs)).toBeLessThan(0));
  it("a figure of another order of magnitude does not fit", () => expect(casualtyFit(400, 10, figs)).toBeLessThan(0));
});

describe("scorePair", () => {
  it("links two outlets' reports of one bombing, with a rising toll and different wording", () => {
    const a = feat({ killed: 40 }, "2025-05-10", "suicide bomber blew himself up at a police station in Domel, Bannu");
    const b = feat({ killed: 61, sub_event_type: "Suicide bomb", place: null, lat: null, lon: null }, "2025-05-12", "toll from the Domel police station bombing rose to 61");
    const s = scorePair(b, profileOf(a));
    expect(s.score).toBeGreaterThanOrEqual(LINK_THRESHOLD);
    expect(s.parts.killed).toBeGreaterThan(0);
  });

  it("keeps apart two attacks in one district on one day at different places", () => {
    const a = feat({ place: "Domel", sub_event_type: "Suicide bomb", targets: ["PK_POLICE"], killed: 12 });
    const b = feat({ place: "Jani Khel", lat: 33.11, lon: 70.88, event_type: "Battles", sub_event_type: "Armed clash", targets: ["PK_ARMY"], killed: 3, perpetrators: ["MILITANTS"] },
      "2025-05-10", "militants attacked an army post in Jani Khel");
    expect(scorePair(b, profileOf(a)).score).toBeLessThan(LINK_THRESHOLD);
  });

  it("keeps apart same-type attacks in neighbouring districts", () => {
    const a = feat({ adm2: "Bannu", place: "Domel" });
    const b = feat({ adm2: "Lakki Marwat", place: "Serai Naurang", lat: 32.76, lon: 71.03 });
    const s = scorePair(b, profileOf(a));
    expect(s.parts.district).toBeLessThan(0);
    expect(s.score).toBeLessThan(LINK_THRESHOLD);
  });

  it("vetoes another province, a gap beyond the window, and two incidents of one report", () => {
    const a = feat();
    expect(scorePair(feat({ adm1: "Balochistan", adm2: "Quetta" }), profileOf(a)).veto).toMatch(/province/);
    expect(scorePair(feat({ date: "2025-05-20" }), profileOf(a)).veto).toMatch(/days apart/);
    const sameReport = { ...feat(), reportId: a.reportId };
    expect(scorePair(sameReport, profileOf(a)).veto).toMatch(/same report/);
  });

  it("does not link a report's background mention of an older attack to a new one", () => {
    const older = feat({ date: "2025-04-20", place: "Baka Khel", killed: 7, sub_event_type: "Remote explosive/landmine/IED" }, "2025-04-20");
    const background = feat({ date: "2025-04-20", place: "Baka Khel", killed: 7, background: true, sub_event_type: "Remote explosive/landmine/IED" });
    const fresh = profileOf(feat());
    expect(decide(background, [fresh]).incidentId).toBeNull();
    expect(decide(background, [profileOf(older), fresh]).incidentId).toBe("inc_x");
  });

  it("tolerates missing values (no district, no date, no type)", () => {
    const a = feat();
    const b = featuresOf({ id: "mx", report_id: "rx", values: { event_type: "Explosions/Remote violence", place: "Domel", adm1: "Khyber Pakhtunkhwa" } }, { published: "2025-05-10" }, []);
    expect(b.dayGuessed).toBe(true);
    const s = scorePair(b, profileOf(a));
    expect(Number.isFinite(s.score)).toBe(true);
  });
});

describe("LinkEngine blocking", () => {
  it("compares a mention only with incidents in its window, province and family", () => {
    let id = 0;
    const engine = new LinkEngine(() => `inc_${++id}`);
    const fs: LinkFeatures[] = [];
    for (let day = 0; day < 60; day++) {
      for (const adm2 of ["Bannu", "Quetta"]) {
        const adm1 = adm2 === "Quetta" ? "Balochistan" : "Khyber Pakhtunkhwa";
        const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
        fs.push(feat({ date, adm1, adm2, place: adm2 }, date, `attack ${adm2} ${day}`));
      }
    }
    for (const f of fs) engine.link(f);
    const naive = (fs.length * (fs.length - 1)) / 2;
    expect(engine.comparisons).toBeLessThan(naive / 5);
    expect(engine.comparisons).toBeGreaterThan(0);
  });

  it("without a province, blocks by distance: a nearby incident is a candidate, a far one is not", () => {
    let id = 0;
    const engine = new LinkEngine(() => `inc_${++id}`);
    engine.link(feat({ adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", place: "Domel", lat: 33.09, lon: 70.7 }));
    engine.link(feat({ adm1: "Balochistan", adm2: "Quetta", place: "Sariab", lat: 30.13, lon: 67.0 }));
    const near = feat({ adm1: null, adm2: null, place: "Domel", lat: 33.1, lon: 70.71 });
    expect([...engine.candidates(near)].map((p) => p.id)).toEqual(["inc_1"]);
  });
});

describe("contentTokens", () => {
  it("reads ASCII and accented text as the original accent-stripping form did", () => {
    expect(contentTokens("Militants attacked the checkposts; bombings reported")).toEqual(["militant", "checkpost", "bomb"]);
    expect(contentTokens("Café bombing in Peshāwar")).toEqual(["cafe", "bomb", "peshawar"]);
    expect(contentTokens("CAFE\u0301 BOMBINGS")).toEqual(contentTokens("cafe bombings"));
  });

  it("cuts and stems words as the split-and-regex form did, on any text", () => {
    const STOPS = "the police reported attack days said killed news ings ing eds es s";
    const reference = (text: string, max = 80): string[] => {
      const out = new Set<string>();
      const lower = text.toLowerCase();
      const plain = /[^\x00-\x7f]/.test(lower) ? lower.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : lower;
      for (const raw of plain.split(/[^a-z]+/)) {
        if (raw.length < 3 || STOP_WORDS.has(raw)) continue;
        const t = raw.replace(/(ings|ing|ed|es|s)$/, "");
        if (t.length < 3 || STOP_WORDS.has(t)) continue;
        out.add(t);
        if (out.size >= max) break;
      }
      return [...out];
    };
    const words = ["bombings", "bombing", "bombed", "bombs", "buses", "kings", "sings", "ings", "seeds", "eds", "ses", "gas", "ess", "dings", "ding", "red", "bed", "ed", "Peshāwar", "CAFÉ", "checkposts", "Mir-Ali", "x9y", "a", "ab", "abc"];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...words, ...STOPS.split(" ")), fc.string(), fc.constantFrom(" ", ", ", "\n", "-", "'s ", "1")), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (parts, max) => {
      const text = parts.join("");
      expect(contentTokens(text, max)).toEqual(reference(text, max));
    }), { numRuns: 3000 });
  });
});

describe("mentionText", () => {
  it("gives the passage the array-and-regex form gave, for any spans", () => {
    const reference = (reportText: string, title: string | null, evidence: Record<string, { start: number; end: number }[]>): string => {
      const spans = Object.values(evidence ?? {}).flat().filter((s) => s && s.end > s.start && s.end <= reportText.length);
      if (!spans.length) return `${title ?? ""}\n${reportText.slice(0, 4000)}`;
      let lo = Math.min(...spans.map((s) => s.start));
      let hi = Math.max(...spans.map((s) => s.end));
      while (lo > 0 && !/[.\n]/.test(reportText[lo - 1])) lo--;
      while (hi < reportText.length && !/[.\n]/.test(reportText[hi])) hi++;
      return reportText.slice(lo, Math.min(hi + 1, lo + 4000));
    };
    const text = fc.array(fc.constantFrom("Bannu", " ", ".", "\n", "police said", "x", "killed 3"), { maxLength: 30 }).map((p) => p.join(""));
    const span = fc.record({ start: fc.integer({ min: -3, max: 80 }), end: fc.integer({ min: -3, max: 90 }) });
    fc.assert(fc.property(text, fc.option(fc.string(), { nil: null }), fc.dictionary(fc.constantFrom("date", "place", "killed.total", "incident"), fc.array(span, { maxLength: 3 })), (t, title, ev) => {
      expect(mentionText(t, title, ev)).toBe(reference(t, title, ev));
    }), { numRuns: 3000 });
  });
});

describe("names and days read for blocking, remembered across rows", () => {
  it("give the same answer however often and in whatever order they are asked", () => {
    const names = ["Bannu District", "bannu city", "Dera Ismail Khan", "Mir Ali", "Kurram Agency", "Peshāwar", "the Tirah valley", "", "  "];
    const first = names.map((n) => [normName(n), normName(n, true)]);
    // asked again, and past the point where the remembered names start over
    for (let i = 0; i < 25_000; i++) normName(`Invented Town ${i}`, i % 2 === 0);
    expect(names.map((n) => [normName(n), normName(n, true)])).toEqual(first);
    expect(first[0]).toEqual(["bannu", "bannu"]);
    expect(first[1]).toEqual(["bannu", "bannu city"]);
    expect(first[5]).toEqual(["peshawar", "peshawar"]);
    expect(first[7]).toEqual([null, null]);
    const dates = ["2024-02-29", "2024-02-29T23:00:00Z", "2024-13-40", "not a date", "1970-01-02"];
    const days = dates.map(dayNumber);
    for (let i = 0; i < 25_000; i++) dayNumber(`2000-01-01 #${i}`);
    expect(dates.map(dayNumber)).toEqual(days);
    expect(days).toEqual([19782, 19782, null, null, 1]);
    expect(dayNumber(20240229)).toBeNull();
  });
});
