import { decide, type Decision } from "./decide.js";
import type { LinkFeatures } from "./features.js";
import { absorb, emptyProfile, type IncidentProfile } from "./profile.js";
import { DATE_WINDOW } from "./score.js";

/** No candidates (one set for every mention that has none). */
const NONE: ReadonlySet<IncidentProfile> = new Set();

/** The 1° grid cell of a point (about 100 km), for blocking by distance. */
const cell = (lat: number, lon: number) => `@${Math.floor(lat)}:${Math.floor(lon)}`;

/** A point's cell and its eight neighbours. */
function cellsAround(lat: number, lon: number): string[] {
  const out: string[] = [];
  for (const dl of [-1, 0, 1]) for (const dn of [-1, 0, 1]) out.push(cell(lat + dl, lon + dn));
  return out;
}

/**
 * In-memory linking over a stream of mentions, with blocking: an incident is filed under
 * (event family, province, day) and (event family, 1° grid cell, day) for each day it spans, and a mention
 * is compared only with the incidents filed under its family and province (or, when it has no province,
 * its grid cell and the neighbouring ones) within ±DATE_WINDOW days of its date. Used by
 * `frontier link --rebuild` and the benchmark; the incremental linker applies the same rules to
 * candidates it reads from the database.
 */
export class LinkEngine {
  readonly profiles = new Map<string, IncidentProfile>();
  private readonly blocks = new Map<string, IncidentProfile[]>();
  /** Where each profile is filed already, so that growing one files it only under the new keys. */
  private readonly filed = new Map<string, Set<string>>();
  /** Pairwise comparisons actually made (the cost blocking leaves). */
  comparisons = 0;
  private nextId: () => string;

  constructor(newId: () => string) {
    this.nextId = newId;
  }

  /** Adds a mention to a given incident (a pinned mention, or a decision taken elsewhere). */
  assign(f: LinkFeatures, incidentId: string): IncidentProfile {
    let p = this.profiles.get(incidentId);
    if (!p) {
      p = emptyProfile(incidentId, f.family);
      this.profiles.set(incidentId, p);
    }
    absorb(p, f);
    this.file(p);
    return p;
  }

  /** Links one mention: joins the best candidate or starts a new incident. */
  link(f: LinkFeatures, preferredNewId?: string): Decision & { incidentId: string; created: boolean } {
    const candidates = this.candidates(f);
    this.comparisons += candidates.size;
    const d = decide(f, candidates);
    if (d.incidentId) {
      this.assign(f, d.incidentId);
      return { ...d, incidentId: d.incidentId, created: false };
    }
    const id = preferredNewId && !this.profiles.has(preferredNewId) ? preferredNewId : this.nextId();
    this.assign(f, id);
    return { ...d, incidentId: id, created: true };
  }

  /** The incidents a mention is compared with. */
  candidates(f: LinkFeatures): ReadonlySet<IncidentProfile> {
    // nothing filed (a one-dataset import's session: its own rows are never candidates): no keys to build, no set
    if (f.day == null || !this.blocks.size) return NONE;
    const out = new Set<IncidentProfile>();
    // by province; without one, by distance (the 1° grid cells around the point); with neither, everything
    const provinces = f.adm1 ? [f.adm1, "?"] : f.lat != null && f.lon != null ? [...cellsAround(f.lat, f.lon), "?"] : ["*"];
    for (let d = f.day - DATE_WINDOW; d <= f.day + DATE_WINDOW; d++) {
      for (const a of provinces) {
        const list = this.blocks.get(`${f.family}|${a}|${d}`);
        if (list) for (const p of list) out.add(p);
      }
    }
    return out;
  }

  /** Drops incidents last seen before `day` from the blocking index (a time-ordered stream never needs them again). */
  evictBefore(day: number): number {
    let n = 0;
    for (const [key, list] of this.blocks) {
      const d = Number(key.slice(key.lastIndexOf("|") + 1));
      if (d < day - DATE_WINDOW) {
        this.blocks.delete(key);
        n += list.length;
      }
    }
    for (const [id, p] of this.profiles) {
      if (p.dayMax != null && p.dayMax < day - DATE_WINDOW) {
        this.profiles.delete(id);
        this.filed.delete(id);
      }
    }
    return n;
  }

  private file(p: IncidentProfile): void {
    if (p.dayMin == null || p.dayMax == null) return;
    let keys = this.filed.get(p.id);
    if (!keys) this.filed.set(p.id, (keys = new Set()));
    // filed under its province (or "?" when unknown) and under "*" (for mentions with no province)
    const groups = [p.adm1 ?? "?", "*"];
    if (p.lat != null && p.lon != null) groups.push(cell(p.lat, p.lon));
    for (const a of groups) {
      for (let d = p.dayMin; d <= p.dayMax; d++) {
        const key = `${p.family}|${a}|${d}`;
        if (keys.has(key)) continue;
        keys.add(key);
        const list = this.blocks.get(key);
        if (list) list.push(p);
        else this.blocks.set(key, [p]);
      }
    }
  }
}
