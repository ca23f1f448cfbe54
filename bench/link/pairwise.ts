/** Pairwise clustering precision and recall. */

/** One mention: its gold cluster (null = not in gold: a spurious extraction) and predicted incident (null = not found). */
export interface Labelled {
  gold: string | null;
  pred: string | null;
}

export interface PairwiseScore {
  precision: number;
  recall: number;
  f1: number;
  truePairs: number;
  predictedPairs: number;
  goldPairs: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/**
 * Precision = pairs put in one incident that gold also puts together / pairs put in one incident;
 * recall = gold pairs put in one incident / gold pairs. Mentions the extractor missed lose their gold
 * pairs (recall); spurious ones only add wrong predicted pairs (precision).
 */
export function pairwise(items: Labelled[]): PairwiseScore {
  const byPred = new Map<string, number>();
  const byGold = new Map<string, number>();
  const cells = new Map<string, number>();
  for (const it of items) {
    if (it.pred != null) byPred.set(it.pred, (byPred.get(it.pred) ?? 0) + 1);
    if (it.gold != null) byGold.set(it.gold, (byGold.get(it.gold) ?? 0) + 1);
    if (it.pred != null && it.gold != null) {
      const k = `${it.gold}\u0000${it.pred}`;
      cells.set(k, (cells.get(k) ?? 0) + 1);
    }
  }
  let tp = 0, pp = 0, gp = 0;
  for (const n of cells.values()) tp += pairs(n);
  for (const n of byPred.values()) pp += pairs(n);
  for (const n of byGold.values()) gp += pairs(n);
  const precision = pp ? tp / pp : 1;
  const recall = gp ? tp / gp : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, truePairs: tp, predictedPairs: pp, goldPairs: gp };
}

export const fmt = (s: PairwiseScore) =>
  `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (pairs: ${s.truePairs} right / ${s.predictedPairs} linked / ${s.goldPairs} gold)`;
