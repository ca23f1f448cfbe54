import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractionResultSchema } from "../../src/domain/index.js";
import { extract } from "../../src/extract/index.js";
import { createLinker } from "../../src/link/index.js";
import { ingestReport } from "../../src/pipeline/ingest-report.js";
import { migrate, openStore } from "../../src/store/index.js";
import { stubGeocoder } from "./stub-geocoder.js";

const geocoder = stubGeocoder();

/** Seed reports (own wording) that the property test mutates. */
const SEEDS = [
  "BANNU: Three policemen were killed and at least eleven people were injured on Monday when a roadside bomb went off in Bannu district.",
  "KABUL: Pakistani jets carried out air strikes in Barmal district of Paktika province late on Monday, killing nine civilians.",
  "On 3 February, militants attacked a police post in Tank with rockets. One constable was martyred.\n\nOn 9 February, a bomb exploded in Bajaur district, injuring two passers-by.",
  "The toll from Tuesday's suicide bombing in Peshawar rose to 47. The Pakistani Taliban denied any role; Jamaat-ul-Ahrar claimed it.",
];

function check(text: string, published: string | null = "2024-03-20") {
  const r = extract({ id: "p", text, published }, { geocoder });
  expect(ExtractionResultSchema.safeParse(r).success).toBe(true);
  for (const inc of r.incidents) {
    for (const e of [...inc.evidence, ...Object.values(inc.field_evidence ?? {}).flat()]) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
      expect(e.end).toBeGreaterThanOrEqual(e.start);
    }
    for (const v of Object.values(inc.confidence ?? {})) expect(v >= 0 && v <= 1).toBe(true);
  }
  return r;
}

describe("extract never throws", () => {
  it("on random strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void check(s)), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => void check(s)), { numRuns: 100 });
  });

  it("on mutated reports (cuts, insertions, shuffled sentences, odd dates)", () => {
    const mutated = fc
      .tuple(fc.constantFrom(...SEEDS), fc.nat(300), fc.nat(300), fc.string({ maxLength: 40 }), fc.boolean())
      .map(([seed, a, b, ins, shuffle]) => {
        let t = seed.slice(0, Math.min(a, b)) + ins + seed.slice(Math.max(a, b) % (seed.length + 1));
        if (shuffle) t = t.split(". ").reverse().join(". ");
        return t;
      });
    const pub = fc.oneof(fc.constant(null), fc.constantFrom("2024-03-20", "1999-12-31", "2030-02-28", "2024-02-29"));
    fc.assert(fc.property(mutated, pub, (t, p) => void check(t, p)), { numRuns: 300 });
  });

  it("on empty, huge, binary, HTML, Urdu and number-only input", () => {
    expect(check("").incidents).toEqual([]);
    const binary = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("");
    expect(check(binary).error).toBeDefined();
    check("<html><body><div><p>Gunmen &amp; <b>militants</b> killed <i>four</i> soldiers in Bannu.</p><script>x<y</script></div>".repeat(50));
    expect(check("پشاور میں دھماکے سے پانچ افراد ہلاک ہو گئے").incidents).toEqual([]);
    check(Array.from({ length: 10000 }, (_, i) => String(i)).join(" "));
    const big = (SEEDS.join("\n\n") + "\n\n").repeat(Math.ceil(5_000_000 / 600)).slice(0, 5_000_000);
    const r = check(big);
    expect(r.error).toMatch(/characters/);
    // a non-string text is an error, not an exception
    const bad = extract({ id: "x", text: undefined as unknown as string, published: null });
    expect(bad.error).toMatch(/text/);
  });
});

describe("extract through the pipeline into SQLite", () => {
  it("stores what it reads from random and mutated reports", async () => {
    const store = openStore(":memory:");
    await migrate(store.db);
    try {
      const texts = fc.sample(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...SEEDS)), 25);
      let k = 0;
      for (const text of texts) {
        k++;
        const out = await ingestReport(store.db, { kind: "news", outlet: "Test", published: "2024-03-20", title: `t${k}`, text, canonical_url: `https://example.invalid/${k}` }, {
          extract: (doc) => extract(doc, { geocoder }),
          linker: createLinker(),
          extractor: "test",
        });
        expect(["new", "updated", "unchanged"]).toContain(out.status);
      }
      const mentions = await store.db.selectFrom("mentions").select(({ fn }) => fn.countAll().as("n")).executeTakeFirst();
      expect(Number(mentions?.n)).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });
});
