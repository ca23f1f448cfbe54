import { describe, expect, it } from "vitest";
import { requiredLiterals } from "../../src/extract/claims/cues.js";
import { CUES } from "../../src/extract/claims/data/cues.js";

/** The substring prefilter must never skip a sentence that a cue pattern matches. */
describe("claims cue anchors", () => {
  it("derives the literals a match must contain", () => {
    expect(requiredLiterals("claim(?:ed|s|ing)? (?:the )?(?:full |sole )?(?:responsibility|credit)")).toEqual(["responsibility", "credit"]);
    expect(requiredLiterals("pledg(?:ed|es|e|ing)")).toEqual(["pledg"]);
    expect(requiredLiterals("harbou?red")).toEqual(["harbo"]);
    expect(requiredLiterals("air ?strikes")).toEqual(["air"]);
    expect(requiredLiterals("(?:denied|rejected) (?:the )?charges?")).toEqual(["denied", "rejected"]);
    expect(requiredLiterals("promis(?:ed|es|ing)|(?:will|would) promise")).toEqual(["promis", "promise"]);
    expect(requiredLiterals("(?:is|was) (?:[\\w-]+ )?ready")).toEqual(["ready"]);
    expect(requiredLiterals("(?:we|our men) shot")).toEqual(["shot"]);
    expect(requiredLiterals("(?:it|we) (?:had )?(?:did|was)")).toEqual(["did", "was"]);
    // nothing certain: branches of two letters, a repeated group of unknown words, a lookahead
    expect(requiredLiterals("(?:is|as) (?:[\\w-]+ ){1,3}(?:no|so)")).toBeNull();
    expect(requiredLiterals("(?=x)y")).toBeNull();
  });

  it("anchors almost every cue of the lexicon, and each anchor is in the cue's own example words", () => {
    const anchored = CUES.filter((c) => requiredLiterals(c.pattern) !== null).length;
    expect(anchored / CUES.length).toBeGreaterThan(0.95);
    for (const c of CUES) {
      const anchors = requiredLiterals(c.pattern);
      if (!anchors) continue;
      for (const a of anchors) expect(a).toMatch(/^[a-z'’-]{3,}$/);
    }
  });
});
