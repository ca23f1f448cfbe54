import { readFileSync } from "node:fs";
import { findActors } from "../../extract/actors.js";

type Entry = string | [string, string, string];

const TABLE: Record<string, Entry> = JSON.parse(readFileSync(new URL("./data/actor-names.json", import.meta.url), "utf8"));

/** Lower-cased, year range "(2018-)" removed, spaces collapsed. */
export const normalizeActorName = (name: string): string =>
  name.toLowerCase().replace(/\s*\(\d{4}-(\d{4})?\)/g, "").replace(/\s+/g, " ").trim();

/**
 * Maps dataset actor names to canonical actor ids: the dataset mapping table first, then the extraction
 * lexicon; names neither knows are returned as unmapped (and never guessed). Results are cached: datasets
 * repeat a few hundred names over many rows.
 */
export class ActorMapper {
  private readonly cache = new Map<string, string[]>();

  /** Ids for a name as of `date` (era-dependent names), or [] when unmapped. */
  map(name: string, date: string | null): string[] {
    const era = date && date < "2021-08-15" ? "<" : ">";
    const ck = era + name;
    const hit = this.cache.get(ck);
    if (hit) return hit;
    const norm = normalizeActorName(name);
    const entry = TABLE[norm];
    let ids: string[];
    if (typeof entry === "string") ids = [entry];
    else if (Array.isArray(entry)) ids = [date && date < entry[1] ? entry[0] : entry[2]];
    else {
      const found = findActors(name, { date: date ?? (era === "<" ? "2020-01-01" : "2022-01-01") }).filter((m) => m.role !== "speaker");
      ids = [...new Set(found.map((m) => m.id))];
    }
    this.cache.set(ck, ids);
    return ids;
  }
}
