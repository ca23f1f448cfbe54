import { extract } from "../extract/index.js";
import { createGeocoder, defaultGeocoder, setDefaultGeocoder, type FrontierGeocoder } from "../geo/index.js";
import { createLinker } from "../link/index.js";
import { loadBoundaries, type Db } from "../store/index.js";
import type { PipelineStages } from "./ingest-report.js";

export const EXTRACTOR_NAME = "frontier-extract/0.1";

/** The stages `frontier ingest` runs by default; incidents with a point get their border context. */
export function defaultStages(geocoder: FrontierGeocoder = defaultGeocoder()): PipelineStages {
  return {
    extract: (doc) => extract(doc, { geocoder }),
    linker: createLinker({ border: (lat, lon) => geocoder.border(lat, lon) }),
    extractor: EXTRACTOR_NAME,
  };
}

/**
 * The default stages for one database: boundaries a user imported there (`frontier geo import-boundaries`)
 * take part in geocoding, so Pakistani districts come from polygons rather than the nearest district seat.
 */
export async function stagesFor(db: Db): Promise<PipelineStages> {
  const boundaries = await loadBoundaries(db);
  if (!boundaries.length) return defaultStages();
  const geocoder = createGeocoder({ boundaries });
  setDefaultGeocoder(geocoder);
  return defaultStages(geocoder);
}
