import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Alternation } from "../../src/extract/alternation.js";
import { gated, GateSet, requiredLiterals } from "../../src/extract/gate.js";
import { LiteralSet } from "../../src/extract/literals.js";

// Random texts built from the patterns' own words, case changes, odd spaces and characters that fold.
const WORDS = ["claim", "Claimed", "CLAIMS", "deny", "denied", "the", "group", "said", "it", "was", "behind", "attack", "no", "not", "if", "whether", "may", "tear gas", "tear-gas", "teargas", "Kabul", "ttp", "TTP", "Pakistani", "Taliban", "pakistan's", "colour", "color", "red", "blue", "\u212aill", "\u017fhot", "k", "s"];
const SEPS = [" ", "  ", "\n", "\u00a0", ", ", ". ", "-", "", "'", "\u2019", "(", ")"];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPS)), { maxLength: 30 }).map((xs) => xs.map(([w, s]) => w + s).join(""));

const PATTERNS: RegExp[] = [
  /\bclaim(?:ed|s|ing)?\b(?! (?:the lives|to have))|\btook (?:responsibility|credit)/i,
  /\bden(?:ied|ies|y)\b|\bno (?:part|involvement|role)\b|\bnot (?:involved|responsible|behind)\b/i,
  /\b(?:said|says) (?:it|they) (?:was|were) behind\b/i,
  /(?:\bif|\bwhether|\bmay|\bhop(?:e|es|ed|ing|eful))(?:\s+[\p{L}'’-]+){0,7}\s*$/iu,
  /(?<![A-Za-z])(?:tear[- ]?gas|kill(?:ed|ing)?|shot)(?![A-Za-z])/giu,
  /colou?r (?:red|blue)s?\b/i,
  /\bTTP\b|Pakistani [Tt]aliban/,
  /(?:a|b)+c{2,}d?e*/i,
];

describe("literal prefilter (gate)", () => {
  it("names literals every match holds", () => {
    expect(requiredLiterals(/\b(?:said|says) (?:it|they) was\b/i.source, "i")).toEqual(["said it wa", "said they ", "says it wa", "says they "]);
    expect(requiredLiterals("a.b", "")).toBeNull();
  });

  it("answers as the regex itself on any text", () => {
    const gates = PATTERNS.map((re) => gated(new RegExp(re.source, re.flags.replace("g", "")), 2));
    fc.assert(
      fc.property(text, (s) => {
        for (const g of gates) expect(g.test(s)).toBe(g.re.test(s));
      }),
      { numRuns: 400 },
    );
  });

  it("a gate set never rules out a regex that matches", () => {
    const gates = PATTERNS.map((re) => gated(re));
    const set = new GateSet(gates);
    fc.assert(
      fc.property(text, (s) => {
        const may = set.scan(s);
        gates.forEach((g, k) => {
          g.re.lastIndex = 0;
          if (g.re.test(s)) expect(may[k]).toBe(1);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe("literal set (Aho-Corasick)", () => {
  it("finds exactly the literals a substring search finds", () => {
    const lits = ["claim", "aim", "im", "the group", "group", "tear-gas", "’s", "ss"];
    const set = new LiteralSet(lits);
    fc.assert(
      fc.property(text, (s) => {
        const low = s.toLowerCase();
        const found = set.scan(low);
        set.literals.forEach((l, i) => expect(found[i] === 1).toBe(low.includes(l)));
        expect(set.any(low)).toBe(set.literals.some((l) => low.includes(l)));
      }),
      { numRuns: 400 },
    );
  });
});

describe("lexicon alternation", () => {
  const W = "A-Za-z0-9_\\u00c0-\\u024f";
  const alts = ["pakistani?[\\s\\u00a0]+taaliban|pakistani?[\\s\\u00a0]+taliban", "taliban", "pakistan(?:'s|’s)?", "(?<!the )group", "tear[\\s\\-\\u2010-\\u2015\\u00ad]*gas", "kill", "[ks]hot", "colou?r(?= red)"];
  for (const flags of ["", "i"] as const) {
    it(`matches as the grouped regex does (flags "${flags}")`, () => {
      const a = new Alternation(alts, W, flags);
      const grouped = new RegExp(`(?<![${W}])(?:${alts.map((x) => `(${x})`).join("|")})(?![${W}])`, flags + "g");
      fc.assert(
        fc.property(text, (s) => {
          const want: Array<{ index: number; text: string; alt: number }> = [];
          grouped.lastIndex = 0;
          for (let m; (m = grouped.exec(s)); ) {
            if (m[0].length === 0) {
              grouped.lastIndex++;
              continue;
            }
            want.push({ index: m.index, text: m[0], alt: m.slice(1).findIndex((g) => g !== undefined) });
          }
          expect(a.matches(s).filter((m) => m.text.length > 0)).toEqual(want);
        }),
        { numRuns: 400 },
      );
    });
  }
});
