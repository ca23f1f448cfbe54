/**
 * Name normalisation shared by the gazetteer build and the geocoder: one key per spelling, blind to case,
 * accents, apostrophes and punctuation, so that "D.I. Khan", "DI Khan" and "d i khan" meet.
 */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case, accent-free tokens of a name ("Takht-e-Nasrati" → ["takht", "e", "nasrati"]). */
export function nameTokens(name: string): string[] {
  const plain = name.normalize("NFD").replace(COMBINING, "").toLowerCase().replace(/['’ʼ`]/g, "");
  return plain.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

/** One comparable key for a name: its tokens joined by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

/** A name key without generic words (district, province, agency, ...) for loose joins between sources. */
export function looseKey(name: string): string {
  return nameTokens(name)
    .filter((t) => !GENERIC.has(t))
    .join(" ");
}

const GENERIC = new Set(["district", "province", "wuleswali", "woleswali", "agency", "tehsil", "city", "town", "the"]);
