import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/domain/index.js";
import { deriveFromAll, deriveFromOne, deriveIncident, type SourcedMention } from "../../src/verify/derive.js";

/** A small deterministic generator, so that a failure names a case that can be run again. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const pickOf = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/** A mention's values with fields present, absent, null or odd, as extraction and the dataset importers give them. */
function values(r: () => number): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  const maybe = (k: string, xs: readonly unknown[]) => {
    if (r() < 0.8) v[k] = pickOf(r, xs);
  };
  maybe("date", ["2024-03-12", null, "2019-01"]);
  maybe("date_precision", ["day", "week", "month", null]);
  maybe("country", ["PK", "AF", null]);
  maybe("adm1", ["Khyber Pakhtunkhwa", "Balochistan", null]);
  maybe("adm2", ["Bannu", "Kech", null]);
  maybe("place", ["Mir Ali", null, ""]);
  maybe("lat", [32.98, 0, null]);
  maybe("lon", [70.6, 0, null]);
  maybe("geo_precision", [1, 2, 3, null]);
  maybe("geo_method", ["gazetteer", null]);
  maybe("event_type", ["Battles", "Explosions/Remote violence", null]);
  maybe("sub_event_type", ["Armed clash", "Suicide bomb", null]);
  maybe("perpetrators", [["TTP"], [], ["TTP", "TTP"], null, "TTP"]);
  maybe("targets", [["PK_ARMY", "CIVILIANS"], [], null]);
  const tolls = () => {
    const t: Record<string, unknown> = {};
    for (const c of ["total", "security_forces", "civilians", "militants"]) if (r() < 0.7) t[c] = pickOf(r, [0, 3, 12, null, Number.NaN, "4"]);
    return t;
  };
  if (r() < 0.9) v.killed = tolls();
  if (r() < 0.9) v.injured = tolls();
  if (r() < 0.2) v.background = true;
  return v;
}

describe("an incident of one source", () => {
  it("is derived as the general rule derives it, for any values the source gives", () => {
    const r = rng(7);
    for (let n = 0; n < 2000; n++) {
      const mention = { id: `men_${n}`, report_id: `rep_${n}`, incident_id: null, ordinal: 0, values: values(r), evidence: {}, confidence: {}, report_version: 1, extractor: "x", created_at: "2025-01-01T00:00:00.000Z" } as Mention;
      const source: SourcedMention = { mention, report: { id: mention.report_id, published: pickOf(r, ["2024-03-13", null]), outlet: pickOf(r, ["ACLED", null]), kind: pickOf(r, ["dataset_row", "news"] as const), text: pickOf(r, ["some text", null, undefined]) } };
      const all = deriveFromAll("inc_1", [source], null, "2025-02-02T00:00:00.000Z");
      const one = deriveFromOne("inc_1", source, "2025-02-02T00:00:00.000Z");
      // the same values, in the same key order (what is stored and shown)
      expect(JSON.stringify(one)).toBe(JSON.stringify(all));
      expect(one).toStrictEqual(all);
      expect(deriveIncident("inc_1", [source], null, "2025-02-02T00:00:00.000Z")).toStrictEqual(all);
    }
  });
});
