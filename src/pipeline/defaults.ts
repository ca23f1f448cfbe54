import { createGeocoder, defaultGeocoder, setDefaultGeocoder, type FrontierGeocoder } from "../geo/index.js";
import { createLinker } from "../link/index.js";
import { loadBoundaries, type Db } from "../store/index.js";
import type { PipelineStages } from "./ingest-report.js";

export const EXTRACTOR_NAME = "frontier-extract/0.1";

/**
 * The text extractor, loaded when the first text needs it: its passes and lexicons are some hundred modules (their
 * compiled patterns built as they load), which a dataset import (rows come with their values) never uses.
 */
let extractor: Promise<typeof import("../extract/index.js")> | undefined;
const loadExtractor = () => (extractor ??= import("../extract/index.js"));

/** The stages `frontier ingest` runs by default; incidents with a point get their border context. */
export function defaultStages(geocoder: FrontierGeocoder = defaultGeocoder()): PipelineStages {
  return {
    extract: async (doc) => (await loadExtractor()).extract(doc, { geocoder }),
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
