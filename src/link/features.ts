import { contentTokens, normName } from "./text.js";
import { boundedMemo } from "./memo.js";

/**
 * What linking compares, read from one mention's values (the extractor's FORMAT.md incident record) and
 * its report. Every field may be missing: extraction is imperfect, so nothing here assumes a value.
 */
export interface LinkFeatures {
  mentionId: string;
  reportId: string;
  /** Days since 1970-01-01 of the event; null when neither the mention nor the report gives a date. */
  day: number | null;
  /** True when `day` is the report's publication day because the mention had no date. */
  dayGuessed: boolean;
  /** Publication day of the report (orders tolls: a later figure may be higher). */
  published: number | null;
  country: string | null;
  adm1: string | null;
  adm2: string | null;
  place: string | null;
  /** The place is only the district (its name, or a district-level geocode): its coordinates are a centroid. */
  placeGeneric: boolean;
  lat: number | null;
  lon: number | null;
  family: EventFamily;
  eventType: string | null;
  subType: string | null;
  perpetrators: string[];
  targets: string[];
  killed: number | null;
  injured: number | null;
  background: boolean;
  /** The event dataset the report is a row of (acled, ucdp_ged, gtd), or null for text sources. */
  dataset: string | null;
  tokens: string[];
}

/** Coarse event families used for blocking: a clash read as a bombing by one outlet still meets its twin. */
export type EventFamily = "violence" | "strategic" | "protest";

export function familyOf(eventType: unknown): EventFamily {
  if (eventType === "Strategic developments") return "strategic";
  if (eventType === "Protests" || eventType === "Riots") return "protest";
  return "violence";
}

const DAY_MS = 86_400_000;

/** Days since the epoch of a YYYY-MM-DD date, or null. */
export function dayNumber(date: unknown): number | null {
  // a dataset import reads each date of its span (as an event date, then as the publication date) many times over
  return typeof date === "string" ? days(date) : null;
}

const days = boundedMemo(20_000, parseDay);

function parseDay(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.parse(date.slice(0, 10) + "T00:00:00Z");
  return Number.isFinite(t) ? Math.round(t / DAY_MS) : null;
}

export function dayToDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** The text a mention stands on: its evidence passages when the extractor gave them, else the whole report. */
export function mentionText(reportText: string, title: string | null, evidence: Record<string, { start: number; end: number }[]>): string {
  // the smallest start and largest end of the usable spans (one pass, no arrays: a dataset row has a dozen)
  let lo = Infinity;
  let hi = -Infinity;
  let any = false;
  for (const k in evidence ?? {}) {
    if (!Object.hasOwn(evidence, k)) continue;
    const list = evidence[k] as unknown;
    for (const s of (Array.isArray(list) ? list : [list]) as { start: number; end: number }[]) {
      if (!(s && s.end > s.start && s.end <= reportText.length)) continue;
      any = true;
      lo = Math.min(lo, s.start);
      hi = Math.max(hi, s.end);
    }
  }
  if (!any) return `${title ?? ""}\n${reportText.slice(0, 4000)}`;
  // widen to sentence bounds so that the passage carries the words around the figures
  if (Number.isInteger(lo) && Number.isInteger(hi)) {
    for (let c = reportText.charCodeAt(lo - 1); lo > 0 && c !== 46 && c !== 10; c = reportText.charCodeAt(--lo - 1));
    for (let c = reportText.charCodeAt(hi); hi < reportText.length && c !== 46 && c !== 10; c = reportText.charCodeAt(++hi));
  } else {
    while (lo > 0 && !/[.\n]/.test(reportText[lo - 1])) lo--;
    while (hi < reportText.length && !/[.\n]/.test(reportText[hi])) hi++;
  }
  return reportText.slice(lo, Math.min(hi + 1, lo + 4000));
}

/** Reads the features of one mention. */
export function featuresOf(
  mention: { id: string; report_id: string; values: Record<string, unknown> },
  report: { published: string | null; dataset?: string | null },
  tokens: string[],
): LinkFeatures {
  const v = mention.values;
  const killed = (v.killed ?? {}) as Record<string, unknown>;
  const injured = (v.injured ?? {}) as Record<string, unknown>;
  const published = dayNumber(report.published);
  const day = dayNumber(v.date);
  const place = normName(v.place, true);
  const adm2 = normName(v.adm2);
  return {
    mentionId: mention.id,
    reportId: mention.report_id,
    day: day ?? published,
    dayGuessed: day == null,
    published,
    country: str(v.country)?.toUpperCase() ?? null,
    adm1: normName(v.adm1),
    adm2,
    place,
    placeGeneric: place == null || place === adm2 || v.geo_precision === 3,
    lat: num(v.lat),
    lon: num(v.lon),
    family: familyOf(v.event_type),
    eventType: str(v.event_type),
    subType: str(v.sub_event_type),
    perpetrators: ids(v.perpetrators),
    targets: ids(v.targets),
    killed: num(killed.total) ?? sumKnown(killed),
    injured: num(injured.total) ?? sumKnown(injured),
    background: v.background === true,
    dataset: report.dataset ?? null,
    tokens,
  };
}

function sumKnown(c: Record<string, unknown>): number | null {
  const parts = ["security_forces", "civilians", "militants"].map((k) => num(c[k])).filter((x): x is number => x != null);
  return parts.length ? parts.reduce((a, b) => a + b, 0) : null;
}

/** Tokens for a mention from its report's text. */
export function tokensFor(reportText: string, title: string | null, evidence: Record<string, { start: number; end: number }[]>): string[] {
  return contentTokens(mentionText(reportText, title, evidence));
}
