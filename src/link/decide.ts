import type { LinkFeatures } from "./features.js";
import type { IncidentProfile } from "./profile.js";
import { LINK_THRESHOLD, scorePair, type PairScore } from "./score.js";

/** A linking decision with the reasons kept for the record. */
export interface Decision {
  /** The incident joined, or null: start a new one. */
  incidentId: string | null;
  score: number | null;
  reasons: {
    rule: string;
    threshold: number;
    best?: { incident: string; score: number; parts: Record<string, number> };
    /** The runners-up (at most 3), and why vetoed candidates were ruled out. */
    others: { incident: string; score: number | null; veto?: string }[];
    candidates: number;
  };
}

/** Score difference under which two fitting candidates are too close to choose between. */
export const AMBIGUITY_MARGIN = 1;

/** Scores a mention against its candidates and picks the best one at or above the threshold. */
export function decide(f: LinkFeatures, candidates: Iterable<IncidentProfile>): Decision {
  const scored: { p: IncidentProfile; s: PairScore }[] = [];
  for (const p of candidates) scored.push({ p, s: scorePair(f, p) });
  scored.sort((a, b) => b.s.score - a.s.score);
  const top = scored[0];
  const others = scored.slice(top && !top.s.veto ? 1 : 0, 4).map(({ p, s }) => ({
    incident: p.id, score: Number.isFinite(s.score) ? s.score : null, ...(s.veto ? { veto: s.veto } : {}),
  }));
  const base = { threshold: LINK_THRESHOLD, others, candidates: scored.length };
  if (!top || top.s.veto || top.s.score < LINK_THRESHOLD) {
    return {
      incidentId: null, score: top && !top.s.veto ? top.s.score : null,
      reasons: {
        ...base,
        rule: !scored.length ? "no candidate in the date window, province and event family" : "no candidate scored at or above the threshold",
        ...(top && !top.s.veto ? { best: { incident: top.p.id, score: top.s.score, parts: top.s.parts } } : {}),
      },
    };
  }
  const second = scored[1];
  // two incidents that fit almost equally (a report naming no place, two attacks in its district that day):
  // a wrong merge is worse than a duplicate a reviewer can merge, so the mention starts its own incident
  if (second && !second.s.veto && second.s.score >= LINK_THRESHOLD && top.s.score - second.s.score < AMBIGUITY_MARGIN) {
    return {
      incidentId: null, score: top.s.score,
      reasons: { ...base, rule: `ambiguous: ${top.p.id} and ${second.p.id} fit almost equally`, best: { incident: top.p.id, score: top.s.score, parts: top.s.parts } },
    };
  }
  return {
    incidentId: top.p.id, score: top.s.score,
    reasons: { ...base, rule: "best candidate at or above the threshold", best: { incident: top.p.id, score: top.s.score, parts: top.s.parts } },
  };
}
