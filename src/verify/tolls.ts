import { CASUALTY_CATEGORIES, type CasualtyCategory, type Casualties, emptyTolls, type Report, type Toll, type Tolls } from "../domain/index.js";

/** One source's figure for one category, with when and by whom it was given. */
export interface TollFigure {
  report_id: string;
  outlet: string | null;
  kind: Report["kind"];
  published: string | null;
  value: number;
  /** A passing reference to the incident in a report about something else. */
  background: boolean;
}

/**
 * How specific a kind of source is about a toll: officials and reviewers count bodies, news relays them,
 * a group's claim of what it did is a claim, not a count.
 */
export const SPECIFICITY: Record<Report["kind"], number> = {
  manual_entry: 4, official_statement: 3, news: 2, dataset_row: 2, group_claim: 0,
};

/**
 * low / best / high for one category.
 *
 * - low and high are the smallest and largest figure any source gives (group claims and background
 *   references included: the range shows every figure in circulation).
 * - best is the figure of the latest publication day, from the most specific source of that day
 *   (official > news = dataset > group claim); a group's claim or a background reference counts for
 *   best only when no other source gives a figure; ties go to the lower figure. A later report usually
 *   carries the revised toll (bodies found, wounded dying), and best is by construction never above
 *   what some source says, nor outside [low, high].
 */
export function combineFigures(figures: TollFigure[]): Toll {
  if (!figures.length) return { low: null, best: null, high: null };
  // one figure is low, best and high whoever gives it (what the rule below comes to for one)
  if (figures.length === 1) return { low: figures[0].value, best: figures[0].value, high: figures[0].value };
  const values = figures.map((f) => f.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const primary = figures.filter((f) => !f.background && f.kind !== "group_claim");
  const pool = primary.length ? primary : figures;
  const latest = pool.reduce((acc, f) => ((f.published ?? "") > acc ? f.published ?? "" : acc), "");
  const ofLatest = pool.filter((f) => (f.published ?? "") === latest);
  const topSpec = Math.max(...ofLatest.map((f) => SPECIFICITY[f.kind] ?? 1));
  const best = Math.min(...ofLatest.filter((f) => (SPECIFICITY[f.kind] ?? 1) === topSpec).map((f) => f.value));
  return { low, best, high };
}

/** A source report as toll combination needs it. */
export interface TollSource {
  report: { id: string; outlet: string | null; kind: Report["kind"]; published: string | null };
  values: Record<string, unknown>;
}

/** Each source's figures for one part (killed / injured) and category. */
export function figuresOf(sources: TollSource[], part: "killed" | "injured", cat: CasualtyCategory): TollFigure[] {
  const out: TollFigure[] = [];
  for (const s of sources) {
    const v = (s.values[part] as Casualties | undefined)?.[cat];
    if (typeof v !== "number" || !Number.isFinite(v)) continue;
    out.push({
      report_id: s.report.id, outlet: s.report.outlet, kind: s.report.kind, published: s.report.published, value: v,
      background: s.values.background === true,
    });
  }
  return out;
}

/** Tolls for every category of one part. */
export function combineTolls(sources: TollSource[], part: "killed" | "injured"): Tolls {
  const out = emptyTolls();
  for (const cat of CASUALTY_CATEGORIES) out[cat] = combineFigures(figuresOf(sources, part, cat));
  return out;
}
