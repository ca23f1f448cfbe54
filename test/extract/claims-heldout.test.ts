import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/claims/index.js";

/**
 * Short reports written for this project in wording unlike the development set, with the claims a
 * reader would record (FORMAT.md): a guard against rules that only fit the development sentences.
 * Matching as the shared scorer does: kind, the set of authors, and the value of statistics.
 */
interface Gold {
  id: string;
  text: string;
  published: string | null;
  source?: string | null;
  title?: string | null;
  claims: { kind: string; by: string[]; value?: number }[];
}

const FIXTURE = fileURLToPath(new URL("./fixtures/claims-heldout.jsonl", import.meta.url));
const docs: Gold[] = readFileSync(FIXTURE, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const key = (c: { kind: string; by: string[] }) => `${c.kind}|${[...c.by].sort().join(",")}`;

describe("claims on held-out reports", () => {
  it("reaches claims F1 ≥ 0.8", () => {
    let gold = 0, pred = 0, matched = 0;
    for (const d of docs) {
      const got = extractClaims(d.text, { published: d.published, source: d.source ?? null, title: d.title ?? null });
      gold += d.claims.length;
      pred += got.length;
      const used = new Set<number>();
      for (const g of d.claims) {
        const i = got.findIndex((p, j) => !used.has(j) && key(p) === key(g) && (g.value == null || p.value === g.value));
        if (i >= 0) {
          used.add(i);
          matched++;
        }
      }
    }
    const p = matched / pred, r = matched / gold, f1 = (2 * p * r) / (p + r);
    expect(f1).toBeGreaterThanOrEqual(0.8);
  });
});
