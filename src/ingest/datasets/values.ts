import type { Casualties } from "../../domain/index.js";

/** Parsing helpers shared by the dataset importers: strict, so that a bad value is an error, not a guess. */

const MONTHS: Record<string, string> = {
  january: "01", february: "02", march: "03", april: "04", may: "05", june: "06", july: "07", august: "08",
  september: "09", october: "10", november: "11", december: "12",
};

/** "2024-03-12", "2024-03-12 00:00:00.000", "12 March 2024", "12-Mar-2024", "3/12/2024" (US) → YYYY-MM-DD. */
export function parseDate(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(t);
  if (m) return ymd(m[1], m[2], m[3]);
  m = /^(\d{1,2})[ -]([A-Za-z]+)[ -,]*(\d{4})$/.exec(t);
  if (m) {
    const mon = Object.entries(MONTHS).find(([k]) => k.startsWith(m![2].toLowerCase()) && m![2].length >= 3)?.[1];
    return mon ? ymd(m[3], mon, m[1]) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return ymd(m[3], m[1], m[2]);
  return null;
}

export function ymd(y: string | number, mo: string | number, d: string | number): string | null {
  const yy = Number(y), mm = Number(mo), dd = Number(d);
  if (!Number.isInteger(yy) || !Number.isInteger(mm) || !Number.isInteger(dd) || yy < 1900 || yy > 2100 || mm < 1 || mm > 12 || dd < 1) return null;
  const days = new Date(Date.UTC(yy, mm, 0)).getUTCDate();
  if (dd > days) return null;
  return `${yy}-${String(mm).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

/** A non-negative integer count; "" is unknown (null); anything else is an error (undefined). */
export function count(s: string): number | null | undefined {
  const t = s.trim();
  if (!t) return null;
  const n = Number(t);
  // GTD writes counts as "3.0"; a fractional count is an error.
  return Number.isFinite(n) && n >= 0 && Number.isInteger(n) ? n : undefined;
}

export function coord(s: string, max: number): number | null | undefined {
  const t = s.trim();
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) && Math.abs(n) <= max ? n : undefined;
}

export const emptyCasualties = (): Casualties => ({ total: null, security_forces: null, civilians: null, militants: null });

const COUNTRIES: Record<string, string> = {
  pakistan: "PK", afghanistan: "AF", iran: "IR", india: "IN", tajikistan: "TJ", uzbekistan: "UZ", turkmenistan: "TM", china: "CN",
};

/** ISO 3166-1 alpha-2 of a country name as the datasets spell it; null when not in the region's list. */
export function countryCode(name: string): string | null {
  const t = name.trim().toLowerCase().replace(/\s*\(.*\)$/, "");
  return COUNTRIES[t] ?? (/^[a-z]{2}$/.test(t) ? t.toUpperCase() : null);
}

export const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);

/** Splits a multi-actor cell ("A; B"). */
export const splitNames = (...cells: string[]): string[] =>
  cells.flatMap((c) => c.split(";")).map((x) => x.trim()).filter(Boolean);
