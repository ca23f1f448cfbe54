import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

// The claims cue pass tries only the cues a sentence's literals open (its gate clause, or a branch's first word);
// with FW_GATE_CHECK=1 it walks every cue instead (and checks each skipped one against its regex). Both must give
// the same hits, in the same order, with the same negation.
const WORDS = [
  "the", "group", "Taliban", "spokesman", "said", "claimed", "claims", "responsibility", "for", "attack", "denied", "any", "involvement",
  "accused", "Pakistan", "Kabul", "of", "sheltering", "militants", "pledged", "vowed", "to", "act", "against", "would", "not", "if",
  "blamed", "behind", "was", "it", "took", "credit", "rejected", "allegations", "assured", "that", "soil", "will", "be", "used",
  "no", "has", "yet", "officials", "warned", "ministry", "statement", "in", "a", "on", "Monday", "bombing", "TTP", "rejects",
];
const SEPS = [" ", " ", " ", ", ", ". ", "'s ", "\u2019s ", " \u2014 "];
const sentence = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { minLength: 3, maxLength: 28 }).map((xs) => xs.map(([w, s]) => w + s).join("").trim());

async function cuesModule(check: boolean) {
  vi.resetModules();
  const old = process.env.FW_GATE_CHECK;
  process.env.FW_GATE_CHECK = check ? "1" : "0";
  try {
    return await import("../../src/extract/claims/cues.js");
  } finally {
    process.env.FW_GATE_CHECK = old;
  }
}

describe("claims cues: only the cues a sentence's literals open are tried", () => {
  it("gives the hits of a walk over every cue", async () => {
    const opened = await cuesModule(false);
    const every = await cuesModule(true);
    const own = [
      "A spokesman for the group claimed responsibility for the attack on the checkpoint, but the ministry denied any losses.",
      "Officials accused Kabul of sheltering the fighters and said the Taliban would not be allowed to act with impunity.",
      "The movement rejected the allegations and pledged that its soil will not be used against any neighbour.",
      "No group has yet claimed the bombing.",
      "The weather was fine on Monday.",
    ];
    for (const s of own) expect(opened.findCues(s)).toEqual(every.findCues(s));
    fc.assert(
      fc.property(sentence, (s) => {
        expect(opened.findCues(s)).toEqual(every.findCues(s));
      }),
      { numRuns: 300 },
    );
  });
});
