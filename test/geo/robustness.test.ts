import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createGeocoder } from "../../src/geo/index.js";

const g = createGeocoder();
const names = ["Mir Ali", "D.I. Khan", "Chaman", "Khyber", "Khyber Pakhtunkhwa", "Tank", "Spin Boldak", "Herāt", "Wana", "Chamkani"];

describe("findPlaces and resolve never break on odd text", () => {
  it("returns ordered, non-overlapping spans that slice the text, and resolve never throws", () => {
    const piece = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom(...names, " ", ", ", ".\n", "-", "’s "));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.option(fc.constantFrom("2019-01-01", "2023-06-30", "not a date"), { nil: null }), (parts, date) => {
        const text = parts.join("");
        const ms = g.findPlaces(text);
        let last = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.candidates.length).toBeGreaterThan(0);
          last = m.end;
          const r = g.resolve(m, { others: ms, date });
          if (r) {
            expect([1, 2, 3]).toContain(r.precision);
            expect(r.confidence).toBeGreaterThan(0);
            expect(r.confidence).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("handles a 200,000-character text", () => {
    const text = "Militants attacked a checkpost in Mir Ali, North Waziristan. ".repeat(3300);
    expect(g.findPlaces(text).length).toBe(6600);
  });

  it("border() accepts any number without throwing", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (lat, lon) => {
        const b = g.border(lat, lon);
        if (b.distance_km != null) expect(b.distance_km).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
