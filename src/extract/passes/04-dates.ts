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

// ("that night" after a stop: the lookbehind follows the word, which V8 then finds by a literal search; a lookbehind
// at the start of an alternative made every position of the text try it, and the whole alternation ran 2-3 times slower)
const RELATIVE = new RegExp(
  [
    `(?<weekday>(?:(?:late|early)\\s+(?:on\\s+)?)?(?:${WEEKDAYS.join("|")})(?:'s)?(?:\\s+(?:night|morning|evening|afternoon))?(?<lastweek>,?\\s+(?:of\\s+)?(?:last|the\\s+previous|the\\s+past)\\s+week\\b(?!'))?)`,
    `(?<yesterday>(?:the\\s+)?day\\s+before\\s+yesterday|yesterday|last\\s+night|overnight)`,
    `(?<yearsago>(?:${NUMW}|\\d{1,3})\\s+(?:years?|decades?)\\s+ago(?:\\s+(?:today|this\\s+(?:day|week|month)|on\\s+this\\s+(?:day|date)))?|a\\s+(?:year|decade)\\s+ago(?:\\s+today)?)`,
    `(?<today>today|tonight|this\\s+(?:morning|afternoon|evening)|earlier\\s+today|early\\s+hours\\s+of\\s+today)`,
    `(?<ago>(?:${NUMW})\\s+days?\\s+ago)`,
    `(?<later>(?:${NUMW})\\s+days?\\s+(?:later|afterwards|after\\s+that|earlier|before\\s+that|after(?=\\s*[,;.])|before(?=\\s*[,;.])|after(?=\\s+(?:the|this|that|[A-Z][a-z]+day's)\\s))|the\\s+(?:next|following|previous|preceding)\\s+(?:day|night|evening|morning)|the\\s+night\\s+before|a\\s+day\\s+(?:later|earlier)|the\\s+day\\s+(?:after|before)|the\\s+same\\s+(?:day|night|evening|morning)|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+(?:day|night|evening|morning|afternoon)|that\\s+(?:very|same)\\s+(?:day|night|evening|morning|afternoon)|that(?<=(?:^|[.;,]\\s{1,3})that)\\s+(?:night|evening)(?=\\s*,?\\s+[a-z])|(?:on\\s+)?the\\s+(?:eve|morning|night|evening)\\s+(?:of\\s+the\\s+same\\s+day)|hours\\s+later|(?:a\\s+)?week\\s+later|(?:a|one|two|three)\\s+weeks?\\s+(?:later|earlier|afterwards)|the\\s+(?:following|next|previous|preceding)\\s+week|the\\s+week\\s+(?:after|before)(?=\\s*[,;.]))`,
    `(?<period>(?:earlier\\s+|late\\s+|early\\s+)?(?:this|last)\\s+(?:month|year|week)(?!\\s+of\\b)|earlier\\s+in\\s+the\\s+(?:month|year))`,
    `(?<season>(?:(?:early|late)\\s+)?(?:last|this|the\\s+previous|the\\s+past)\\s+(?:spring|summer|autumn|fall|winter)\\b)`,
  ].join("|"),
  "gi",
);
/** "last week, on Friday", "last week on Friday" before a weekday. */
const LAST_WEEK_BEFORE = /\b(?:last|the previous|the past) week,?\s+(?:late\s+|early\s+)?on\s+$/i;
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function monthIndex(name: string | undefined): number {
  return name ? MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) : -1;
}
const MON = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const ABS = new RegExp(
  `\\b(?:(?<iso>(?:19|20)\\d\\d-[01]\\d-[0-3]\\d)|(?<dmy>[0-3]?\\d[-/.][01]?\\d[-/.](?:19|20)\\d\\d|[0-3]?\\d\\.[01]?\\d\\.\\d\\d(?![\\d.]))|(?<d1>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m1>${MON})(?:,?\\s+(?<y1>(?:19|20)\\d\\d))?|(?<m2>${MON})\\s+(?<d2>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(?<y2>(?:19|20)\\d\\d))?|(?<m3>${MON})\\s+(?<y3>(?:19|20)\\d\\d))\\b`,
  "gi",
);
const ORDINAL_DAY = new RegExp(`\\b(?:on|by|until|till|since|from)\\s+the\\s+(?:(?:night|morning|evening|afternoon|early hours|small hours|eve)\\s+of\\s+the\\s+)?([0-3]?\\d)(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTHS})\\b)(?!\\s+(?:century|amendment|anniversary|floor|division|regiment|brigade|corps|wing|battalion|round|day of)\\b)`, "gi");
const NIGHT_BETWEEN = new RegExp(
  `\\b(?:intervening\\s+)?night\\s+(?:between|of)\\s+(?:the\\s+)?(?:(?<da>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:and|&|-|/|to)\\s*(?:the\\s+)?[0-3]?\\d(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<ma>${MON})|(?<mb>${MON})\\s+(?<db>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:and|&|-|/|to)\\s*[0-3]?\\d(?:st|nd|rd|th)?)(?:,?\\s+(?<y>(?:19|20)\\d\\d))?\\b`,
  "gi",
);
/**
 * A month named without a day or year, after a word that makes it a time ("In July, fighting ...", "since March", "in
 * early May", "by the end of June"): month precision, the latest such month on or before publication. Capitalised
 * only (lower-case "may", "march" are verbs).
 */
const MONTH_ONLY = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|(?:[Tt]he\s+)?(?:start|end|beginning|middle|first half|second half|last week|first week)\s+of)\s+(?:(?:early|late|mid-?)\s*)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![\s,]*(?:\d|the\s+\d))/g;
/** "on March 18 last year", "on 4 May of last year": a day of the year before publication. */
const LAST_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:last|the previous|the past)\s+year\b/i;
/** "On Tuesday the 17th", "on Friday, the 9th": the day of the month says which Tuesday. */
const WEEKDAY_ORDINAL = new RegExp(`\\b(?:${WEEKDAYS.join("|")})(?:\\s+(?:night|morning|evening|afternoon))?,?\\s+the\\s+([0-3]?\\d)(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTHS})\\b)`, "gi");
const HOLIDAY = /\bNew Year'?s (?:Eve|Day)\b|\b(?:on )?the (?:last|final) day of (?:the|last) year\b|\bthe year's (?:last|final) day\b|\bthe first day of the (?:new )?year\b/gi;
const YEAR = /\b(?:in|since|during|of|the|early|late|mid-?)\s+((?:19|20)\d\d)\b(?![-/]\d)/gi;
/** Written forms our patterns do not cover ("the 4th of August"). */
const CHRONO_HINT = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\s+of\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/i;
const ABS_HINT = new RegExp(`\\b(?:${MONTHS})\\b\\.?|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, "i");
const REPORTING_BEFORE = new RegExp(`\\b(?:${REPORTING})\\b[^.;:]{0,25}$`, "i");
// "who was shot on Friday succumbed ...": the day before a later death belongs to the clause it ends, the event's
const REPORTING_AFTER = new RegExp(`^\\s+(?!(?:succumbed|died of|recovered|buried|identified)\\b)(?:${REPORTING})\\b`, "i");
/**
 * An accusation's own day: "Kabul on Sunday accused Pakistan of shelling ... on Saturday night", "blamed Pakistan on
 * Friday for strikes ... on Thursday". The day inside the accused act stays the event's ("accused Pakistan of shelling
 * the village on Saturday": more than the accused party between verb and day).
 */
const ACCUSE = "accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing)|held (?:[\\w'-]+ ){1,3}?responsible";
const ACCUSE_AFTER = new RegExp(`^\\s+(?:also\\s+|again\\s+)?(?:${ACCUSE})\\s+(?!(?:at|into|through)\\b)`, "i");
const ACCUSE_BEFORE = new RegExp(`\\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|charg(?:ed|es|ing))\\s+(?:the\\s+|its\\s+)?[\\w'-]+(?:\\s+[\\w'-]+)?\\s+(?:late\\s+|early\\s+)?on\\s+$`, "i");
/** "succumbed to his injuries at a hospital on Sunday": the day of the death after the attack, not of the attack. */
const DIED_LATER_BEFORE = /\b(?:succumbed|died of (?:his|her|their) (?:injuries|wounds)|later died|died later|passed away)\b[^.;:]{0,50}$/i;
const TOLL_BEFORE = /\b(?:rose|risen|climbed|reached|jumped|increased|stood|went up)\s+(?:to\s+|at\s+)?[\w,]+\s+(?:by\s+|on\s+|late\s+on\s+|early\s+on\s+)?$/i;

const TOLL_AFTER = /^[^.;]{0,30}?\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|casualties|fatalities))\b[^.;]{0,40}?\b(?:rose|risen|climbed|reached|jumped|increased|went up|mounted|had risen|has risen)\b|^[^.;]{0,40}?\b(?:raised|revised|updated|put|pushed|brought)\s+(?:the\s+|its\s+)?(?:death\s+|casualty\s+)?(?:toll|tally|number of (?:the )?(?:dead|deaths|fatalities))\s+(?:up\s+)?(?:to|at)\b/i;

/** "..., had also died, taking the toll to eight", "bringing the death toll to 11": the day of a revised toll. */
const TOLL_TAKEN_AFTER = /^[^.;]{0,100}?\b(?:taking|bringing|pushing|raising|and took|and brought)\s+(?:the\s+)?(?:overall\s+|final\s+)?(?:death\s+|casualty\s+)?(?:toll|tally|number of (?:the )?(?:dead|deaths|fatalities))\s+(?:up\s+)?to\b/i;
/** "By Sunday evening, two of the wounded had also died": the day by which a later death was known. */
const BY_BEFORE = /\bby\s+(?:late\s+|early\s+)?$/i;
const DIED_BY_AFTER = /^[^.;]{0,80}?\bhad\s+(?:also\s+|since\s+|later\s+)?(?:died|succumbed|passed away)\b|^[^.;]{0,30}?\b(?:toll|number of (?:the )?(?:dead|deaths|fatalities))\s+had\s+(?:risen|climbed|reached|increased|gone up)\b/i;

/** The hour past midnight told for a night's event. */
const AFTER_MIDNIGHT = /\b(?:(?:shortly|just|soon|an hour|two hours|minutes) after midnight|past midnight|in the (?:early|small|wee) hours(?! of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \w+))|(?:at|around|about|before) (?:[1-4](?::\d\d)?|one|two|three|four) ?(?:a\.?m\.?|o'clock in the morning))\b/i;
/** The next 300 characters after `at`, up to a sentence that names a day of its own (another night's event). */
function paragraphAfter(text: string, at: number): string {
  const t = text.slice(at, at + 300);
  const other = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)\b/i.exec(t);
  return other ? t.slice(0, other.index) : t;
}

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
  if (/'s$/.test(text.slice(start, end))) return false; // "Monday's attack" dates the event
  // "By Tuesday the death toll had risen to 11": the day of a revision, not of the event
  const tollAfter = TOLL_AFTER.test(text.slice(end, end + 80)) || TOLL_TAKEN_AFTER.test(text.slice(end, end + 130)) || (BY_BEFORE.test(before) && DIED_BY_AFTER.test(text.slice(end, end + 100)));
  if (ACCUSE_AFTER.test(after) || ACCUSE_BEFORE.test(before)) return true;
  if (REPORTING_BEFORE.test(before) || SPEECH_BEFORE.test(before) || STATEMENT_BEFORE.test(before) || PUBLISHED_BEFORE.test(before) || TOLL_BEFORE.test(before) || REPORTING_AFTER.test(after) || tollAfter || DIED_LATER_BEFORE.test(before)) return true;
  // "On Thursday the military said the number of martyred soldiers had risen to seven": a sentence that opens with the
  // day its speaker spoke (a next-day statement about the event told before)
  // ("On Sunday, the spokesman said, forces raided a house ...": the attribution set off by commas is an aside; the day
  // opens the event's clause)
  if (!SENTENCE_OPEN.test(text.slice(Math.max(0, start - 20), start))) return false;
  const said = SPEAKER_SAID.exec(text.slice(end, end + 90));
  return !!said && !(/^\s*,/.test(text.slice(end, end + 3)) && /^\s*,\s+(?!that\b)[\w"'\u201c]/i.test(text.slice(end + said[0].length, end + said[0].length + 12)));
}
/** "Addressing a news conference in Rawalpindi on Tuesday, the spokesman said ...": the day someone spoke. */
const SPEECH_BEFORE = /\b(?:(?:press|news) conference|presser|(?:media )?briefing|briefed|addressing|speaking|talking)\b[^.;:]{0,40}$/i;
/** "In a later statement on Wednesday, ISPR said ...", "in a message on Sunday the group said": the day of a statement. */
const STATEMENT_BEFORE = /\b(?:statement|press release|communiqu[eé]|message|interview|tweet|video message|audio message)s?\s+(?:(?:issued|released|posted|sent|published|read out|emailed)\s+)?(?:to\s+(?:journalists|reporters|the media|the press|media outlets)\s+)?(?:late\s+|early\s+)?on\s+$/i;
/** A claim or statement told right before a chained day ("claimed the raid the following morning", "announced a day later"). */
const CHAIN_SAID_BEFORE = /\b(?:claimed|said|announced|stated|confirmed|denied|reported|told reporters)\s+(?:(?:the|its|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|raid|assault|bombing|blast|ambush|killings?|strike|abduction|kidnapping)s?\s+|responsibility\s+(?:for\s+(?:the|it|both)\s+(?:[\w-]+\s+){0,2})?)?$/i;
/** "in its quarterly review on Monday", "a monthly security assessment released on Monday": the day a report came out. */
const PUBLISHED_BEFORE = /\b(?:review|report|assessment|bulletin|survey|study|tally|update)\s+(?:(?:released|issued|published|made public|launched|presented|shared)\s+)?(?:late\s+|early\s+)?on\s+$/i;
const SENTENCE_OPEN = /(?:^|[.!?]["'\u201d]?\s+|\n\s*)(?:on\s+|late\s+on\s+|early\s+on\s+|by\s+)?$/i;
const SPEAKER_SAID = /^(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+(?:the\s+|a\s+|an\s+)?(?:[\w'.-]+\s+){0,4}?(?:military|army|police|officials?|spokesm[ae]n|spokesperson|administration|ministry|ISPR|CTD|department|government|officers?|commissioner|authorities|sources|statement|hospital|doctors|governor|minister|DPO|SHO|DC|chief|administrator|tehsildar|medics|rescuers|Rescue 1122)\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|confirmed|announced|stated|put|gave|updated|revised|reported|added|raised|released)\b/i;

const DATELINE = new RegExp(`^\\s*[\\p{L}][\\p{L} \\t,/.()'-]{1,60}?,\\s*(?:(\\d{1,2})\\s+(${MON})|(${MON})\\s+(\\d{1,2}))(?:,?\\s+((?:19|20)\\d\\d))?\\s*(?:-|:|\\(|\\u2014)`, "iu");

/**
 * Where the head's line holding `at` begins, when every line before it is preamble (a release number "No PR-27/2025-ISPR",
 * a kicker, a byline: short, no sentence in it) and the line begins within the first 200 characters; else 0.
 */
function headLineStart(text: string, at: number): number {
  const line = text.lastIndexOf("\n", at - 1) + 1;
  if (line === 0 || line > 200) return 0;
  for (const l of text.slice(0, line).split("\n")) if (l.length > 80 || /[.!?]["'\u201d]?\s+\S|[.!?]\s*$/.test(l.trim())) return 0;
  return line;
}

/** The head's lines that may hold its dateline: the first, and one after preamble lines. */
function headLines(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf("\n"); i >= 0 && i < 200; i = text.indexOf("\n", i + 1)) {
    const at = headLineStart(text, i + 1);
    if (at === 0) break;
    if (text.slice(at, at + 1).trim()) out.push(at);
  }
  return out;
}

/** The day in a dateline ("QUETTA, July 13 -", "Bannu, March 4:"), when it is within two weeks before publication. */
function datelineDay(text: string, pub: Date | null): Date | null {
  // (the dateline may follow a line or two of preamble: "No PR-27/2025-ISPR", a kicker, a byline)
  let m: RegExpExecArray | null = null;
  for (const at of headLines(text)) if ((m = DATELINE.exec(text.slice(at, at + 90)))) break;
  if (!m) return null;
  const mo = monthIndex(m[2] ?? m[3]);
  const d = Number(m[1] ?? m[4]);
  if (mo < 0 || !(d >= 1 && d <= 31)) return null;
  let y = m[5] ? Number(m[5]) : (pub ?? new Date()).getUTCFullYear();
  let t = Date.UTC(y, mo, d, 12);
  if (!m[5] && pub && t > pub.getTime() + 2 * DAY_MS) t = Date.UTC(--y, mo, d, 12);
  if (pub && (t > pub.getTime() + 2 * DAY_MS || t < pub.getTime() - 14 * DAY_MS)) return null;
  return new Date(t);
}

/** Every date mention in `text` (typically a whole report), with the publication date as reference. */
export function findDates(text: string, published: string | null | undefined): DateMention[] {
  // "Bannu, March 4: ... today": relative words count from the dateline's day when there is one
  const pub = datelineDay(text, parsePub(published)) ?? parsePub(published);
  // the year of a bare "May 15" is inferred from the publication day itself, not from a dateline before it
  const yearRef = parsePub(published) ?? pub;
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
      let back = (pub.getUTCDay() - wd + 7) % 7;
      // "last Thursday" in a Thursday's paper is a week ago
      if (back === 0 && /\b(?:last|this past|past|previous)\s+$/i.test(text.slice(Math.max(0, s - 14), s))) back = 7;
      // "on Monday of last week", "Friday last week", "last week, on Friday": that day of the calendar week (Monday to
      // Sunday) before the publication's, not the latest such day
      if (g.lastweek || LAST_WEEK_BEFORE.test(text.slice(Math.max(0, s - 22), s))) {
        const monday = (pub.getUTCDay() + 6) % 7;
        back = monday + 7 - ((wd + 6) % 7);
      }
      out.push({ ...base, date: isoDay(new Date(pub.getTime() - back * DAY_MS)), precision: "day", anchor: "pub", delta: -back });
    } else if (g.yesterday) {
      if (!pub) continue;
      let n = low.includes("before") ? 2 : 1;
      // "bombed two provinces overnight ... warplanes hit houses shortly after midnight": past midnight it is the
      // publication day itself (the night began the day before, the event did not)
      if (n === 1 && !/yesterday/.test(low) && AFTER_MIDNIGHT.test(paragraphAfter(text, e))) n = 0;
      out.push({ ...base, date: isoDay(new Date(pub.getTime() - n * DAY_MS)), precision: "day", anchor: "pub", delta: -n });
    } else if (g.yearsago) {
      // "ten years ago today": that day of an earlier year; "two years ago": that year only (an anniversary, a recalled event)
      if (!pub) continue;
      const w = low.split(/\s+/)[0];
      const n = (/decade/.test(low) ? 10 : 1) * (NUMV[w] ?? Number(w));
      if (!Number.isFinite(n) || n <= 0) continue;
      const y = pub.getUTCFullYear() - n;
      if (/\b(?:today|this day|this date)\b/.test(low)) {
        const day = isoDay(new Date(Date.UTC(y, pub.getUTCMonth(), pub.getUTCDate(), 12)));
        out.push({ ...base, reporting: false, date: day, precision: "day", anchor: "abs", delta: 0 });
      } else out.push({ ...base, reporting: false, date: null, precision: "year", anchor: "pub", delta: 0, period: String(y) });
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
      if (/weeks?\b/.test(low)) {
        const k = /^two\b/.test(low) ? 2 : /^three\b/.test(low) ? 3 : 1;
        n = (/earlier|previous|preceding|before/.test(low) ? -7 : 7) * k;
      } else if (/next|following|a day later|^(?:a|one|the) day after/.test(low)) n = 1;
      else if (/previous|preceding|a day earlier|^(?:a|one|the) day before|night before/.test(low)) n = -1;
      else if (/same|hours later|later that|later the same|earlier that|earlier the same|^that\b/.test(low)) n = 0;
      else {
        const k = NUMV[first] ?? Number(first);
        n = /earlier|before/.test(low) ? -k : k;
      }
      // "The TTP claimed the raid the following morning", "said two days later": the day the claim or statement was made
      out.push({ ...base, reporting: CHAIN_SAID_BEFORE.test(text.slice(Math.max(0, s - 40), s)), date: null, precision: "day", anchor: "prev", delta: n });
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
    } else if (g.season) {
      // "since last spring", "this summer": the year of that season (winter's of its January), the latest one begun by publication
      if (!pub) continue;
      const y = pub.getUTCFullYear();
      const mo = pub.getUTCMonth();
      const first = /spring/.test(low) ? 2 : /summer/.test(low) ? 5 : /autumn|fall/.test(low) ? 8 : 11;
      // the season's months (winter: December to February, counted from its December)
      const begun = first === 11 ? mo >= 11 || mo <= 1 : mo >= first;
      const inIt = first === 11 ? mo === 11 || mo <= 1 : mo >= first && mo <= first + 2;
      let sy = begun ? y : y - 1;
      if (first === 11 && mo <= 1) sy = y - 1;
      if (!/\bthis\b/.test(low) && inIt) sy -= 1;
      out.push({ ...base, reporting: false, date: null, precision: "year", anchor: "pub", delta: 0, period: String(first === 11 ? sy + 1 : sy) });
    }
  }
  // "on the night between 2 and 3 May": the night begins on the first day (ACLED's practice)
  const covered: Array<[number, number]> = [];
  NIGHT_BETWEEN.lastIndex = 0;
  while ((m = NIGHT_BETWEEN.exec(text)) !== null) {
    const g = m.groups ?? {};
    const mo = monthIndex(g.ma ?? g.mb) + 1;
    const d = Number(g.da ?? g.db);
    const ref = yearRef ?? new Date();
    let year = g.y ? Number(g.y) : ref.getUTCFullYear();
    if (!g.y && yearRef && Date.UTC(year, mo - 1, d) > yearRef.getTime() + 2 * DAY_MS) year -= 1;
    if (mo < 1 || d < 1 || d > 31) continue;
    const s = m.index;
    const e = s + m[0].length;
    covered.push([s, e]);
    out.push({ start: s, end: e, date: `${year}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`, precision: "day", anchor: "abs", delta: 0, reporting: false });
  }
  // Absolute dates: own patterns first ("27 April 2025", "April 27", "Aug. 4, 2024", "2024-08-04", "in August 2024")
  ABS.lastIndex = 0;
  while ((m = ABS.exec(text)) !== null) {
    const g = m.groups ?? {};
    const s = m.index;
    const e = s + m[0].length;
    if (covered.some(([a, b]) => a < e && s < b)) continue;
    const ref = yearRef ?? new Date();
    let y: number | null = null;
    let mo: number;
    let d: number | null = null;
    if (g.iso) {
      const [yy, mm, dd] = g.iso.split("-").map(Number);
      y = yy;
      mo = mm;
      d = dd;
    } else if (g.dmy) {
      // police and Levies statements write the day first: 14-03-2024, 14/03/2024
      const [dd, mm, yy] = g.dmy.split(/[-/.]/).map(Number);
      // "11.03.21": a two-digit year in a police statement is this century's
      y = yy < 100 ? 2000 + yy : yy;
      mo = mm;
      d = dd;
    } else {
      mo = monthIndex(g.m1 ?? g.m2 ?? g.m3) + 1;
      d = g.d1 ? Number(g.d1) : g.d2 ? Number(g.d2) : null;
      const yr = g.y1 ?? g.y2 ?? g.y3;
      y = yr ? Number(yr) : null;
    }
    const monthWord = g.m1 ?? g.m2 ?? g.m3 ?? "";
    if (/^(?:may|march|sat|sun|mar)$/.test(monthWord)) continue; // lower-case "may", "march": verbs
    if (!mo || mo < 1 || mo > 12 || (d !== null && (d < 1 || d > 31))) continue;
    let year = y ?? ref.getUTCFullYear();
    if (y === null && yearRef && Date.UTC(year, mo - 1, d ?? 1) > yearRef.getTime() + 2 * DAY_MS) year -= 1;
    // "on March 18 last year": the year before publication's, whatever the month
    if (y === null && yearRef && LAST_YEAR_AFTER.test(text.slice(e, e + 24))) year = yearRef.getUTCFullYear() - 1;
    // weekday mentions inside ("Monday, 4 August") or just before ("On Saturday, December 2") are the same day
    for (let i = out.length - 1; i >= 0; i--) if ((out[i].start >= s && out[i].end <= e) || (d !== null && out[i].anchor === "pub" && out[i].end <= s && /^,?\s{1,2}$/.test(text.slice(out[i].end, s)) && WEEKDAY_WORD.test(text.slice(out[i].start, out[i].end)))) out.splice(i, 1);
    covered.push([s, e]);
    const line = headLineStart(text, s);
    const isDateline = s - line < 80 && (/^\s*[\p{Lu}]{3,}[\p{L}\s,/.()'-]*$/u.test(text.slice(line, s)) || /^\s*[\p{Lu}][\p{L} /.()'-]{1,40},\s*$/u.test(text.slice(line, s))) && /^(?:,?\s*\((?:[^()\n]){1,30}\))?[^\n\p{L}]{0,4}(?:-|:)/u.test(text.slice(e, e + 40)); // "May 14 (Reuters) —": an agency tag may follow
    // "FRONTIER ROUNDUP, Oct 22" or "October 22, 2026" on a line of its own at the head of the report: the issue's day
    const isHeader = s - line < 80 && /^\s*(?:[\p{Lu}]{3,}[\p{L}\s/.()'-]*,\s*)?$/u.test(text.slice(line, s)) && /^[ \t,.]*(?:\r?\n|$)/.test(text.slice(e, e + 10));
    if (d !== null) {
      const iso = `${String(year).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      out.push({ start: s, end: e, date: iso, precision: "day", anchor: "abs", delta: 0, reporting: isDateline || isHeader || isReporting(text, s, e) });
    } else {
      out.push({ start: s, end: e, date: null, precision: "month", anchor: "abs", delta: 0, reporting: false, period: `${year}-${String(mo).padStart(2, "0")}` });
    }
  }
  // "In July, fighting ...", "since March": a month of the latest such on or before publication
  MONTH_ONLY.lastIndex = 0;
  while (yearRef && (m = MONTH_ONLY.exec(text)) !== null) {
    const s = m.index + m[0].lastIndexOf(m[1]);
    const e = s + m[1].length;
    if (covered.some(([a, b]) => a < e && s < b)) continue;
    const mo = monthIndex(m[1]) + 1;
    let y = yearRef.getUTCFullYear();
    if (mo > yearRef.getUTCMonth() + 1) y -= 1;
    if (LAST_YEAR_AFTER.test(text.slice(e, e + 24))) y = yearRef.getUTCFullYear() - 1;
    covered.push([s, e]);
    out.push({ start: s, end: e, date: null, precision: "month", anchor: "abs", delta: 0, reporting: false, period: `${y}-${String(mo).padStart(2, "0")}` });
  }
  // "on the 19th": the month (and year) of the last date named before, else of the publication day
  // ("On Tuesday the 17th": the weekday's day of the month, which the ordinal says)
  // (not an older event recalled before it, "on March 18 last year": a report's "on the 14th" is of recent weeks)
  const recent = (x: DateMention) => !yearRef || Date.parse((x.date ?? x.period + "-28") + "T12:00:00Z") >= yearRef.getTime() - 100 * DAY_MS;
  // (nor a month it is compared with: "52 attacks in April, against 60 in March")
  const compared = (x: DateMention) => COMPARED_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start));
  const reviewMonth = (at: number) => out.filter((x) => x.start < at && ((x.anchor === "abs" && x.date) || (x.period && x.precision === "month" && x.anchor === "abs")) && recent(x) && !compared(x)).sort((a, b) => a.start - b.start).pop();
  // "Earlier in the month, on the 2nd, ...": in a review of January published in February, the month told, that of the
  // last recent day or month named before it (the publication's month only when none is)
  for (const x of out) {
    if (x.anchor !== "pub" || x.precision !== "month" || !IN_THE_MONTH.test(text.slice(x.start, x.end))) continue;
    const told = reviewMonth(x.start);
    if (told) x.period = (told.date ?? told.period!).slice(0, 7);
  }
  const ordinals: Array<{ s: number; e: number; d: number }> = [];
  ORDINAL_DAY.lastIndex = 0;
  while ((m = ORDINAL_DAY.exec(text)) !== null) ordinals.push({ s: m.index + m[0].indexOf("the"), e: m.index + m[0].length, d: Number(m[1]) });
  WEEKDAY_ORDINAL.lastIndex = 0;
  while ((m = WEEKDAY_ORDINAL.exec(text)) !== null) ordinals.push({ s: m.index, e: m.index + m[0].length, d: Number(m[1]) });
  ordinals.sort((a, b) => a.s - b.s);
  for (const o of ordinals) {
    const s = o.s;
    const e = o.e;
    if (covered.some(([a, b]) => a < e && s < b)) continue;
    const d = o.d;
    if (d < 1 || d > 31) continue;
    const before = out.filter((x) => x.start < s && ((x.anchor === "abs" && x.date) || (x.period && x.precision === "month")) && recent(x) && !compared(x)).sort((a, b) => a.start - b.start).pop();
    let y: number;
    let mo: number;
    if (before) {
      const k = (before.date ?? before.period!).split("-").map(Number);
      y = k[0];
      mo = k[1];
    } else if (yearRef) {
      y = yearRef.getUTCFullYear();
      mo = yearRef.getUTCMonth() + 1;
      if (d > yearRef.getUTCDate() + 1) mo -= 1;
      if (mo < 1) {
        mo = 12;
        y -= 1;
      }
    } else continue;
    const iso = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (!Number.isFinite(Date.parse(iso + "T00:00:00Z")) || isoDay(new Date(Date.parse(iso + "T00:00:00Z"))) !== iso) continue;
    covered.push([s, e]);
    for (let i = out.length - 1; i >= 0; i--) if (out[i].anchor === "pub" && out[i].start >= s && out[i].end <= e) out.splice(i, 1);
    out.push({ start: s, end: e, date: iso, precision: "day", anchor: "abs", delta: 0, reporting: isReporting(text, s, e) });
  }
  // New Year's Eve and Day: the last such day on or before publication
  HOLIDAY.lastIndex = 0;
  while (yearRef && (m = HOLIDAY.exec(text)) !== null) {
    const eve = /eve|last|final/i.test(m[0]);
    let y = yearRef.getUTCFullYear();
    let iso = eve ? `${y}-12-31` : `${y}-01-01`;
    if (Date.parse(iso + "T00:00:00Z") > yearRef.getTime() + 2 * DAY_MS) iso = eve ? `${--y}-12-31` : `${--y}-01-01`;
    out.push({ start: m.index, end: m.index + m[0].length, date: iso, precision: "day", anchor: "abs", delta: 0, reporting: isReporting(text, m.index, m.index + m[0].length) });
  }
  // a bare year ("in 2014", "the 2014 attack"): year precision
  YEAR.lastIndex = 0;
  while ((m = YEAR.exec(text)) !== null) {
    const s = m.index + m[0].indexOf(m[1]);
    const e = s + 4;
    if (covered.some(([a, b]) => a <= s && e <= b)) continue;
    out.push({ start: s, end: e, date: null, precision: "year", anchor: "abs", delta: 0, reporting: false, period: m[1] });
  }
  // chrono-node for the rarer written forms ("the 4th of August"), where our patterns found nothing
  // (the rare hint first: the month-name scan is the dearer test)
  if (CHRONO_HINT.test(text) && ABS_HINT.test(text)) {
    const ref = pub ?? new Date();
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.en.GB.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false });
    } catch {
      results = [];
    }
    for (const r of results) {
      const s = r.index;
      const e = s + r.text.length;
      if (!r.start.isCertain("month") || !r.start.isCertain("day") || covered.some(([a, b]) => a < e && s < b)) continue;
      const yv = r.start.isCertain("year") ? r.start.get("year")! : ref.getUTCFullYear();
      const mo = r.start.get("month")!;
      const d = r.start.get("day")!;
      let year = yv;
      if (!r.start.isCertain("year") && pub && Date.UTC(year, mo - 1, d) > pub.getTime() + 2 * DAY_MS) year -= 1;
      const iso = `${String(year).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      out.push({ start: s, end: e, date: iso, precision: "day", anchor: "abs", delta: 0, reporting: isReporting(text, s, e) });
    }
  }
  out.sort((a, b) => a.start - b.start);
  if (yearRef) weekdaysOfReview(text, out, yearRef);
  return out;
}

/** "earlier in the month": the month a review tells, not always the publication's. */
const IN_THE_MONTH = /^earlier\s+in\s+the\s+month$/i;
/** A month or day a figure is compared with ("against 60 in March", "up from 59 in August", "than in October"). */
const COMPARED_BEFORE = /\b(?:against|compared (?:with|to)|up from|down from|than|versus|vs\.?|from)\b[^.;]{0,20}$/i;
const WEEKDAY_WORD = new RegExp(`^(?:(?:late|early)\\s+(?:on\\s+)?)?(?:${WEEKDAYS.join("|")})\\b`, "i");
const FOLLOWING_BEFORE = /\b(?:the\s+)?(?:following|next|ensuing)\s+$/i;
const MONTH_END_BEFORE = /\b(?:(?:last|final|closing) (?:week|days|stretch) of (?:the month|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?:the )?end of the month|(?:late|later) in the month|the month's (?:last|final) (?:week|days))\b[^.;]{0,30}\ba\s+$/i;
const MONTH_START_BEFORE = /\b(?:(?:first|opening) (?:week|days) of (?:the month|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|(?:the )?(?:start|beginning) of the month|early in the month)\b[^.;]{0,30}\ba\s+$/i;

/**
 * Weekdays that a review places by what it told before, not by the publication day: "The following Monday" is the first
 * Monday after the day named before it; "In the last week of the month, on a Sunday" the month's last Sunday (the month
 * of the review: that of the last recent day or month named before).
 */
function weekdaysOfReview(text: string, out: DateMention[], yearRef: Date): void {
  for (const [i, m] of out.entries()) {
    if (m.anchor !== "pub" || m.precision !== "day" || m.reporting) continue;
    const word = text.slice(m.start, m.end);
    if (!WEEKDAY_WORD.test(word)) continue;
    const wd = WEEKDAYS.findIndex((w) => word.toLowerCase().includes(w));
    const before = text.slice(Math.max(0, m.start - 90), m.start);
    const recent = (x: DateMention) => Date.parse((x.date ?? x.period + "-28") + "T12:00:00Z") >= yearRef.getTime() - 100 * DAY_MS;
    if (FOLLOWING_BEFORE.test(before)) {
      const prev = out.slice(0, i).filter((x) => x.date && !x.reporting && x.anchor !== "prev" && recent(x)).pop();
      if (!prev) continue;
      const t = Date.parse(prev.date + "T12:00:00Z");
      const ahead = ((wd - new Date(t).getUTCDay() + 7) % 7) || 7;
      m.date = isoDay(new Date(t + ahead * DAY_MS));
      m.anchor = "abs";
    } else if (MONTH_END_BEFORE.test(before) || MONTH_START_BEFORE.test(before)) {
      const ref = out.slice(0, i).filter((x) => !x.reporting && x.anchor !== "prev" && (x.date || (x.period && x.precision === "month")) && recent(x)).pop();
      if (!ref) continue;
      const [y, mo] = (ref.date ?? ref.period!).split("-").map(Number);
      const first = Date.UTC(y, mo - 1, 1, 12);
      const last = Date.UTC(y, mo, 0, 12);
      let t: number;
      if (MONTH_END_BEFORE.test(before)) t = last - (((new Date(last).getUTCDay() - wd + 7) % 7) * DAY_MS);
      else t = first + (((wd - new Date(first).getUTCDay() + 7) % 7) * DAY_MS);
      if (t > yearRef.getTime() + 2 * DAY_MS) continue;
      m.date = isoDay(new Date(t));
      m.anchor = "abs";
    }
  }
}
