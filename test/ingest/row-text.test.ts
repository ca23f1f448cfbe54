import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rowText } from "../../src/ingest/datasets/row-text.js";

/** The form before the no-copy fast path: every cell through replace + trim. */
function reference(heading: string, header: readonly string[], cells: readonly string[]) {
  const spans = new Map<string, { start: number; end: number }>();
  let text = heading;
  for (let i = 0; i < header.length; i++) {
    const v = (cells[i] ?? "").replace(/\s+/g, " ").trim();
    if (!v) continue;
    text += `\n${header[i]}: `;
    spans.set(header[i], { start: text.length, end: text.length + v.length });
    text += v;
  }
  return { text, spans };
}

describe("rowText", () => {
  it("keeps every non-empty cell as a 'column: value' line with its span", () => {
    const { text, spans } = rowText("ACLED row PAK1", ["event_id_cnty", "notes", "tags"], ["PAK1", "  two\tmen\n shot ", ""]);
    expect(text).toBe("ACLED row PAK1\nevent_id_cnty: PAK1\nnotes: two men shot");
    expect(text.slice(spans.get("notes")!.start, spans.get("notes")!.end)).toBe("two men shot");
    expect(spans.has("tags")).toBe(false);
  });

  it("gives the text and spans of the replace-and-trim form for any cells", () => {
    const cell = fc.array(fc.constantFrom("a", "Bannu", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\ufeff", "x y", ""), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (cells) => {
      const header = cells.map((_, i) => `c${i}`);
      const a = rowText("h", header, cells), b = reference("h", header, cells);
      expect(a.text).toBe(b.text);
      expect([...a.spans]).toEqual([...b.spans]);
    }), { numRuns: 3000 });
  });
});
