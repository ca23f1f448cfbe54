import * as chrono from "chrono-node";
import type { DatePrecision } from "../../domain/index.js";
import { REPORTING } from "../data/cues.js";

/**
 * Pass 04: dates. Absolute dates ("27 April 2025", "Aug 4") go through chrono-node with the publication
 * date as reference; weekdays resolve to the latest such day on or before publication ("on Monday");
 * "yesterday", "last night", "N days ago" count back from publication; chains ("two days later", "the next
 * day", "the same day") are kept relative and resolved against the previous event by incident assembly;
 * "earlier this month", "last year" give month or year precision and no day.
 */
export interface DateMention {
  start: number;
  end: number;
  /** Resolved day (YYYY-MM-DD) for absolute, weekday and publication-relative mentions. */
  date: string | null;
  precision: DatePrecision;
  /** "prev": `delta` days from the previous event's date. */
  anchor: "abs" | "pub" | "prev";
  delta: number;
  /** The dateline ("PESHAWAR, Jan 31 —") or a date next to a reporting verb: it dates the report. */
  reporting: boolean;
  /** Month/year only (yyyy-mm or yyyy). */
  period?: string;
}

const DAY_MS = 86400000;
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const NUMW = "one|two|three|four|five|six|seven|eight|nine|ten|a|\\d{1,2}";
const NUMV: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const RELATIVE = new RegExp(
  [
    `(?<weekday>(?:(?:late|early)\\s+(?:on\\s+)?)?(?:${WEEKDAYS.join("|")})(?:'s)?(?:\\s+(?:night|morning|evening|afternoon))?)`,
    `(?<yesterday>(?:the\\s+)?day\\s+before\\s+yesterday|yesterday|last\\s+night|overnight)`,
    `(?<today>today|tonight|this\\s+(?:morning|afternoon|evening)|earlier\\s+today|early\\s+hours\\s+of\\s+today)`,
    `(?<ago>(?:${NUMW})\\s+days?\\s+ago)`,
    `(?<later>(?:${NUMW})\\s+days?\\s+(?:later|afterwards|after\\s+that|earlier|before\\s+that)|the\\s+(?:next|following|previous|preceding)\\s+day|a\\s+day\\s+(?:later|earlier)|the\\s+day\\s+(?:after|before)|the\\s+same\\s+(?:day|night|evening|morning)|later\\s+(?:that|the\\s+same)\\s+(?:day|night|evening)|hours\\s+later|(?:a\\s+)?week\\s+later)`,
    `(?<period>(?:earlier\\s+|late\\s+|early\\s+)?(?:this|last)\\s+(?:month|year|week)|earlier\\s+in\\s+the\\s+(?:month|year))`,
  ].join("|"),
  "gi",
);
const ABS_HINT = new RegExp(`\\b(?:${MONTHS})\\b\\.?|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, "i");
const REPORTING_BEFORE = new RegExp(`\\b(?:${REPORTING})\\b[^.;:]{0,25}$`, "i");
const REPORTING_AFTER = new RegExp(`^[^.;]{0,12}\\b(?:${REPORTING})\\b`, "i");
const TOLL_BEFORE = /\b(?:toll|number of (?:dead|people killed|the dead|those killed|casualties)|rose|risen|climbed|reached)\b[^.;]{0,40}$/i;

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return isoDay(new Date(Date.parse(iso + "T00:00:00Z") + n * DAY_MS));
}

function parsePub(pub: string | null | undefined): Date | null {
  if (!pub || !/^\d{4}-\d{2}-\d{2}$/.test(pub)) return null;
  const t = Date.parse(pub + "T12:00:00Z");
  return Number.isFinite(t) ? new Date(t) : null;
}

function isReporting(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  return REPORTING_BEFORE.test(before) || TOLL_BEFORE.test(before) || REPORTING_AFTER.test(after);
}

/** Every date mention in `text` (typically a whole report), with the publication date as reference. */
export function findDates(text: string, published: string | null | undefined): DateMention[] {
  const pub = parsePub(published);
  const out: DateMention[] = [];
  RELATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const s = m.index;
    const e = s + m[0].length;
    const low = m[0].toLowerCase();
    const base = { start: s, end: e, reporting: isReporting(text, s, e) };
    if (g.weekday) {
      if (!pub) continue;
      const wd = WEEKDAYS.findIndex((w) => low.includes(w));
      const back = (pub.getUTCDay() - wd + 7) % 7;
      out.push({ ...base, date: isoDay(new Date(pub.getTime() - back * DAY_MS)), precision: "day", anchor: "pub", delta: -back });
    } else if (g.yesterday) {
      if (!pub) continue;
      const n = low.includes("before") ? 2 : 1;
      out.push({ ...base, date: isoDay(new Date(pub.getTime() - n * DAY_MS)), precision: "day", anchor: "pub", delta: -n });
    } else if (g.today) {
      if (!pub) continue;
      out.push({ ...base, date: isoDay(pub), precision: "day", anchor: "pub", delta: 0 });
    } else if (g.ago) {
      if (!pub) continue;
      const n = NUMV[low.split(/\s+/)[0]] ?? Number(low.split(/\s+/)[0]);
      out.push({ ...base, date: isoDay(new Date(pub.getTime() - n * DAY_MS)), precision: "day", anchor: "pub", delta: -n });
    } else if (g.later) {
      let n = 0;
      const first = low.split(/\s+/)[0];
      if (/next|following|a day later|day after/.test(low)) n = 1;
      else if (/previous|preceding|a day earlier|day before/.test(low)) n = -1;
      else if (/week later/.test(low)) n = 7;
      else if (/same|hours later|later that|later the same/.test(low)) n = 0;
      else {
        const k = NUMV[first] ?? Number(first);
        n = /earlier|before/.test(low) ? -k : k;
      }
      out.push({ ...base, reporting: false, date: null, precision: "day", anchor: "prev", delta: n });
    } else if (g.period) {
      if (!pub) continue;
      const y = pub.getUTCFullYear();
      const mo = pub.getUTCMonth();
      let period: string;
      let precision: DatePrecision;
      if (low.includes("month")) {
        const d = new Date(Date.UTC(y, low.includes("last") && !low.includes("late") ? mo - 1 : mo, 1));
        period = d.toISOString().slice(0, 7);
        precision = "month";
      } else if (low.includes("year")) {
        period = String(low.includes("last") ? y - 1 : y);
        precision = "year";
      } else {
        period = isoDay(new Date(pub.getTime() - (low.includes("last") ? 7 : 0) * DAY_MS));
        precision = "week";
      }
      out.push({ ...base, date: null, precision, anchor: "pub", delta: 0, period });
    }
  }
  // Absolute dates: chrono, only where a month name or numeric date appears (it is the slow part).
  if (ABS_HINT.test(text)) {
    const ref = pub ?? new Date();
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.en.GB.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
    } catch {
      results = [];
    }
    for (const r of results) {
      if (!ABS_HINT.test(r.text) || !r.start.isCertain("month")) continue;
      const s = r.index;
      const e = s + r.text.length;
      if (out.some((o) => o.start < e && s < o.end && o.anchor !== "pub")) continue;
      const y = r.start.get("year") ?? ref.getUTCFullYear();
      const mo = r.start.get("month") ?? 1;
      let d = r.start.get("day") ?? 1;
      const dayKnown = r.start.isCertain("day");
      let year = y;
      if (!r.start.isCertain("year") && pub) {
        // an event reported after it happened: "4 August" in a September report is this year's, "30 Dec" in January last year's
        const cand = Date.UTC(y, mo - 1, d);
        if (cand > pub.getTime() + 2 * DAY_MS) year = y - 1;
      }
      if (d < 1 || d > 31) d = 1;
      const iso = `${String(year).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      // drop weekday mentions chrono also read (the absolute date is more precise)
      for (let i = out.length - 1; i >= 0; i--) if (out[i].start >= s && out[i].end <= e) out.splice(i, 1);
      const isDateline = s < 60 && /^[\p{Lu}\s,/.()-]*$/u.test(text.slice(0, s)) && /^[^\n]{0,4}(?:-|:|\u2014)/.test(text.slice(e, e + 5));
      if (dayKnown) {
        out.push({ start: s, end: e, date: iso, precision: "day", anchor: "abs", delta: 0, reporting: isDateline || isReporting(text, s, e) });
      } else {
        out.push({ start: s, end: e, date: null, precision: "month", anchor: "abs", delta: 0, reporting: false, period: iso.slice(0, 7) });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
