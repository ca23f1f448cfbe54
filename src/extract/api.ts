import type { ExtractionResult, InputDoc } from "../domain/index.js";
import type { Geocoder } from "../geo/api.js";

export interface ExtractOptions {
  /** Defaults to the project's geocoder (src/geo). */
  geocoder?: Geocoder;
}

/** Reads one report; never throws: unreadable input gives a result with `error` set. */
export type Extract = (doc: InputDoc, options?: ExtractOptions) => ExtractionResult;
