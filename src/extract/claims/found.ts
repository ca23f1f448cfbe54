import type { ClaimKind } from "../../domain/index.js";

/** A claim found in one sentence, before the report's claims are merged. */
export interface Found {
  kind: ClaimKind;
  by: string[];
  against: string[];
  value: number | null;
  start: number;
  end: number;
  confidence: number;
  /** Split from "each side blamed the other": kept only if that side says nothing more specific. */
  generic?: boolean;
  /** The sentence tells it as one more statement ("The BLA also claimed the blast on the track", "He also ordered an inquiry"). */
  another?: boolean;
}

/**
 * One claim per kind and author (and value, for statistics): a report repeating itself counts once.
 * "Each side blamed the other" gives way to a side's own, more specific statement of the same kind.
 */
export function dedupe(found: Found[]): Found[] {
  const out = new Map<string, Found>();
  const side = (id: string) => id.slice(0, 3);
  found = found.filter((f) => !f.generic || !found.some((g) => !g.generic && g.kind === f.kind && g.by.some((i) => side(i) === side(f.by[0]))));
  for (const f of found) {
    const key = `${f.kind}|${f.by.join(",")}|${f.kind === "statistic" ? f.value : ""}${f.another && f.kind !== "statistic" && f.kind !== "commitment" ? `|${f.start}` : ""}`;
    const prev = out.get(key);
    if (!prev) out.set(key, f);
    else if (f.confidence > prev.confidence) prev.confidence = f.confidence;
  }
  return [...out.values()];
}
