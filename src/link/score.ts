import type { LinkFeatures } from "./features.js";
import { jaccard } from "./text.js";
import type { IncidentProfile } from "./profile.js";

/** A scored comparison of a mention with a candidate incident. */
export interface PairScore {
  score: number;
  /** Each feature's contribution (positive = same event), for the stored decision. */
  parts: Record<string, number>;
  /** Set when a hard rule rules the pair out, whatever the score. */
  veto?: string;
}

/** Score at or above which a mention joins its best candidate; below it the mention starts an incident. */
export const LINK_THRESHOLD = 3.5;
/** Days either side of a mention's date searched for candidates. */
export const DATE_WINDOW = 3;
/** Word overlap below which wording counts against a link (different outlets share few words). */
const TEXT_BASE = 0.3;

/** Generic actor ids that say nothing about who it was. */
const GENERIC = new Set(["MILITANTS", "PK_SECURITY", "PK_OTHER", "AF_OTHER", "CIVILIANS"]);

const BLASTS = new Set(["Suicide bomb", "Remote explosive/landmine/IED"]);

/** Pakistani state forces: "security forces" (unspecified) fits any of them. */
const PK_FORCES = new Set(["PK_ARMY", "PK_AIR_FORCE", "PK_FC", "PK_CONSTABULARY", "PK_POLICE", "PK_SECURITY"]);

/** Whether two target ids can name the same party. */
function sameSide(a: string, b: string): boolean {
  if (a === b) return true;
  return PK_FORCES.has(a) && PK_FORCES.has(b) && (a === "PK_SECURITY" || b === "PK_SECURITY");
}

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

/** Distance in days from a day to a profile's day range. */
function dayGap(day: number, p: IncidentProfile): number | null {
  if (p.dayMin == null || p.dayMax == null) return null;
  if (day < p.dayMin) return p.dayMin - day;
  if (day > p.dayMax) return day - p.dayMax;
  return 0;
}

/**
 * Whether a mention's killed figure fits an incident's figures. Tolls rise as bodies are found and the
 * wounded die, so a later, higher figure is compatible; a much lower figure published later is not, nor
 * is one of a different order of magnitude.
 */
export function casualtyFit(value: number, published: number | null, figures: { value: number; published: number | null }[]): number {
  if (!figures.length) return 0;
  const lo = Math.min(...figures.map((f) => f.value));
  const hi = Math.max(...figures.map((f) => f.value));
  if (value >= lo && value <= hi) return 1;
  const lastPub = Math.max(...figures.map((f) => f.published ?? -Infinity));
  const firstPub = Math.min(...figures.map((f) => f.published ?? Infinity));
  if (value > hi) {
    const later = published == null || published >= lastPub;
    if (value - hi <= 2) return 0.75;
    if (later && value <= hi * 2 + 5) return 0.75;
    if (later && value <= hi * 3 + 5) return 0.5;
    if (value <= hi * 1.5 + 3) return 0;
    return -1.5;
  }
  // value < lo
  if (lo - value <= 2) return 0.75;
  const earlier = published == null || published <= firstPub;
  if (earlier && value * 3 + 5 >= lo) return 0.25;
  if (value * 1.5 + 3 >= lo) return -0.25;
  return -1.5;
}

/** Compares one mention with one candidate incident. */
export function scorePair(f: LinkFeatures, p: IncidentProfile): PairScore {
  const parts: Record<string, number> = {};
  if (p.reports.has(f.reportId)) return { score: -Infinity, parts, veto: "same report: a report's incidents are distinct events" };
  // an event dataset has already told its events apart: another row of it is another event
  if (f.dataset && p.datasets.has(f.dataset)) return { score: -Infinity, parts, veto: `another ${f.dataset} row: the dataset counts them as distinct events` };
  if (f.adm1 && p.adm1 && f.adm1 !== p.adm1) return { score: -Infinity, parts, veto: `different province (${f.adm1} / ${p.adm1})` };
  if (f.country && p.country && f.country !== p.country) return { score: -Infinity, parts, veto: "different country" };

  // date
  const gap = f.day == null ? null : dayGap(f.day, p);
  if (gap == null) parts.date = 0;
  else if (f.dayGuessed) parts.date = gap <= 2 ? 0.5 : -0.5;
  else if (gap > DATE_WINDOW) return { score: -Infinity, parts, veto: `${gap} days apart` };
  else parts.date = [1.5, 0.75, -0.5, -1.5][gap];

  // place: district, named place, distance
  const adm2Known = f.adm2 != null && p.adm2s.size > 0;
  if (adm2Known) parts.district = p.adm2s.has(f.adm2!) ? 1 : -3;
  if (f.place && p.places.size) {
    // a district's own name used as the place says nothing more than the district
    const generic = (q: string) => p.adm2s.has(q) || q === f.adm2;
    if (p.places.has(f.place)) parts.place = generic(f.place) ? 0.5 : 2.5;
    else if ([...p.places].some((q) => q.includes(f.place!) || f.place!.includes(q))) parts.place = 1.5;
    // a different named place in the same district is how two same-day attacks usually differ
    else if (generic(f.place) && [...p.places].every(generic)) parts.place = 0;
    // one side names only the district (extractors often do), the other a village: no evidence either way
    else parts.place = generic(f.place) || [...p.places].every(generic) ? 0 : -2.5;
  }
  // distance only between named places: a district centroid is tens of km from the district's villages
  if (f.lat != null && f.lon != null && p.lat != null && p.lon != null && !f.placeGeneric && p.precise) {
    const d = km(f.lat, f.lon, p.lat, p.lon);
    parts.distance = d < 3 ? 1 : d < 10 ? 0.25 : d < 30 ? -0.5 : d < 80 ? -1.5 : -3;
  }

  // type
  if (f.subType && p.subTypes.size) {
    if (p.subTypes.has(f.subType)) parts.type = 1;
    // "a blast" and "a suicide attack" are often one bombing told two ways
    else if (BLASTS.has(f.subType) && [...p.subTypes].some((t) => BLASTS.has(t))) parts.type = 0.25;
    else if (f.eventType && p.eventTypes.has(f.eventType)) parts.type = -0.25;
    else parts.type = -1.5;
  }

  // actors: only named ones count; "militants" fits any group
  const perps = f.perpetrators.filter((a) => !GENERIC.has(a));
  const pPerps = [...p.perpetrators].filter((a) => !GENERIC.has(a));
  // a shared armed group is telling; a shared state force (the army runs most operations) much less
  if (perps.length && pPerps.length) {
    const shared = perps.filter((a) => p.perpetrators.has(a));
    parts.perpetrators = !shared.length ? -2 : shared.some((a) => !PK_FORCES.has(a) && a !== "AF_TALIBAN") ? 1 : 0.5;
  }
  if (f.eventType === "Battles" && p.eventTypes.has("Battles")) {
    if (parts.perpetrators !== undefined) {
      // roles already compared
    } else {
    // in a clash who attacked whom is often told both ways: compare the parties, not their roles
    const mine = [...f.perpetrators, ...f.targets].filter((a) => !GENERIC.has(a));
    const theirs = new Set([...p.perpetrators, ...p.targets]);
    if (mine.some((a) => theirs.has(a))) parts.actors = 0.5;
    }
  } else if (f.targets.length && p.targets.size) {
    parts.targets = f.targets.some((a) => [...p.targets].some((b) => sameSide(a, b))) ? 0.5 : -1;
  }

  // casualties
  if (f.killed != null && p.killed.length) parts.killed = casualtyFit(f.killed, f.published, p.killed);

  // wording
  if (f.tokens.length && p.tokens.size) {
    const sim = jaccard(f.tokens, p.tokens);
    parts.text = Math.round(Math.min(1.5, sim * 3 - TEXT_BASE) * 100) / 100;
  }

  // nothing to place the two in one spot: neither district, place nor distance could be compared
  if (parts.district === undefined && parts.place === undefined && parts.distance === undefined) parts.location = -1;

  let score = 0;
  for (const v of Object.values(parts)) score += v;
  return { score: Math.round(score * 100) / 100, parts };
}
