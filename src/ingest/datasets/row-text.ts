import type { Span } from "../../domain/index.js";

/** Whitespace that `replace(/\s+/g, " ").trim()` would change: other than a space, a run, or at either end. */
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * The stored text of a dataset row: one "column: value" line per non-empty cell, in the file's column order,
 * under a heading line. Every cell is kept (mapped or not), so the report is the row's full provenance, and
 * `spans` gives where each column's value sits, for the mention's evidence.
 */
export function rowText(heading: string, header: readonly string[], cells: readonly string[]): { text: string; spans: Map<string, Span> } {
  const spans = new Map<string, Span>();
  let text = heading;
  for (let i = 0; i < header.length; i++) {
    let v = cells[i] ?? "";
    if (!v) continue;
    // whitespace runs become one space and the ends are trimmed: most cells have neither (one test, no copy)
    if (IRREGULAR_SPACE.test(v)) {
      v = v.replace(/\s+/g, " ").trim();
      if (!v) continue;
    }
    text += "\n" + header[i] + ": ";
    spans.set(header[i], { start: text.length, end: text.length + v.length });
    text += v;
  }
  return { text, spans };
}
