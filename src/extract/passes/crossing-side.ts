import type { Geocoder } from "../../geo/api.js";
import { CROSSING_AFGHAN_SIDE } from "../data/places.js";
import type { Frame, PlaceRef } from "./08-frames.js";

/** "on the Afghan side of the gate", "inside the Afghan side": where it happened (not "fire from the Afghan side"). */
const AFGHAN_SIDE = /\b(?:on|in|at|inside|within)\s+the\s+Afghan\s+(?:side|part|end)\b/gi;
const PAKISTANI_SIDE = /\b(?:on|in|at|inside|within)\s+the\s+Pakistan(?:i)?\s+(?:side|part|end)\b/gi;

const count = (re: RegExp, s: string) => (s.match(re) ?? []).length;

/**
 * An incident placed at a crossing (Torkham, the Chaman gate, Ghulam Khan, Angoor Adda, Kharlachi, Badini) happened on
 * the side the report places it: the gazetteer has each crossing on the Pakistani side, so a report written from the
 * Afghan side ("an old border post on the Afghan side of the gate, in Momand Dara district", "villagers in Paktika's
 * Barmal district", "officials in Nangarhar said") moves it to the Afghan district across the gate. The incident's own
 * sentences weigh both sides: places where it happened (at district level or below) in the Afghan district's province
 * against those in the crossing's own district other than the crossing, the dateline of either side, and "on the
 * Afghan/Pakistani side"; where someone spoke does not count (both sides' officials speak of a clash at a gate). The incident's context (the sentences about it that tell no event of their own) counts too.
 */
export function crossingSide(place: PlaceRef | null, frames: Frame[], context: Frame[], text: string, geocoder: Geocoder | null): PlaceRef | null {
  if (!place || place.res.country !== "PK" || !place.res.adm2) return place;
  const side = CROSSING_AFGHAN_SIDE.find((s) => s.name.test(place.mention.text.trim()) || (place.res.candidate?.kind === "crossing" && s.name.test(place.res.candidate.name)));
  if (!side) return place;
  frames = [...frames, ...context];
  const seenRef = new Set<number>();
  const refs = frames.flatMap((f) => f.places).filter((p) => p.mention.start !== place.mention.start && !seenRef.has(p.mention.start) && seenRef.add(p.mention.start));
  let af = 0;
  let pk = 0;
  let twin: PlaceRef | null = null;
  for (const p of refs) {
    // where it happened, at district level or below (2), and the dateline (2); where someone spoke or a province alone
    // says nothing of the side ("An Afghan official in Nangarhar province said", "In Khost, the spokesman said")
    const dateline = p.weight === 0 && p.mention.start < 5;
    if (!dateline && (p.weight < 2 || !p.res.adm2)) continue;
    if (p.res.country === "AF" && p.res.adm1 === side.adm1) {
      af += 2;
      if (!dateline && (p.res.adm2 === side.adm2 || side.also?.includes(p.res.adm2!)) && (!twin || (twin.res.candidate?.kind !== "district" && p.res.candidate?.kind === "district"))) twin = p;
    } else if (p.res.country === "PK" && p.res.adm2 === place.res.adm2) pk += 2;
  }
  const seen = new Set<number>();
  for (const f of frames) {
    if (seen.has(f.start)) continue;
    seen.add(f.start);
    const t = text.slice(f.start, f.end);
    af += 2 * count(AFGHAN_SIDE, t);
    pk += 2 * count(PAKISTANI_SIDE, t);
  }
  // two signs of the Afghan side, more than of the Pakistani side; or the Afghan district itself with none of the other side
  if (!(af >= 4 && af > pk) && !(twin && pk === 0)) return place;
  if (twin) return { ...twin, res: { ...twin.res, place: place.res.place ?? place.mention.text, lat: place.res.lat, lon: place.res.lon } };
  // the Afghan district across the gate, from the gazetteer (the crossing's own mention stays the evidence)
  let cand = null;
  try {
    cand = geocoder?.findPlaces(side.adm2)[0]?.candidates.find((c) => c.country === "AF" && c.kind === "district" && c.adm1 === side.adm1 && c.adm2 === side.adm2) ?? null;
  } catch {
    cand = null;
  }
  if (!cand) return place;
  return {
    ...place,
    local: true,
    res: { ...place.res, country: "AF", adm1: cand.adm1, adm2: cand.adm2, place: place.res.place ?? place.mention.text, precision: 1, method: "gazetteer", candidate: cand },
  };
}
