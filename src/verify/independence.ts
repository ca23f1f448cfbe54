/**
 * Independent sources: the same wire story republished by several outlets is one source. Two reports are
 * one source when they come from the same outlet, or when their texts are near-duplicates (most of their
 * five-word shingles shared).
 */

/** Share of shingles two texts must share to count as one story. */
export const NEAR_DUPLICATE = 0.5;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Hashed five-word shingles of a text (lower-cased, punctuation-blind). */
export function shingles(text: string, size = 5): Set<number> {
  const words = text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^a-z0-9]+/).filter(Boolean);
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length) out.add(hash(words.join(" ")));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(hash(words.slice(i, i + size).join(" ")));
  return out;
}

/** Containment similarity: shared shingles over the smaller text's (a trimmed republication still matches). */
export function shingleSimilarity(a: Set<number>, b: Set<number>): number {
  if (!a.size || !b.size) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / small.size;
}

export const isNearDuplicate = (a: string, b: string): boolean => shingleSimilarity(shingles(a), shingles(b)) >= NEAR_DUPLICATE;

export interface SourceText {
  id: string;
  outlet: string | null;
  text?: string | null;
}

/** Groups sources into independent ones; returns the groups (report ids), largest first. */
export function independentGroups(sources: SourceText[]): string[][] {
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  // one source is one group: its text need not be read
  if (unique.length <= 1) return unique.map((s) => [s.id]);
  const parent = unique.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const sh = unique.map((s) => (s.text ? shingles(s.text) : new Set<number>()));
  const outlet = unique.map((s) => s.outlet?.trim().toLowerCase().replace(/^www\./, "") || null);
  for (let i = 0; i < unique.length; i++) {
    for (let j = i + 1; j < unique.length; j++) {
      if (find(i) === find(j)) continue; // already one source: no need to compare their texts
      if ((outlet[i] && outlet[i] === outlet[j]) || shingleSimilarity(sh[i], sh[j]) >= NEAR_DUPLICATE) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  unique.forEach((s, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), s.id]);
  });
  return [...groups.values()].sort((a, b) => b.length - a.length);
}
