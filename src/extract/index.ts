import type { ExtractionResult, InputDoc } from "../domain/index.js";
import type { ExtractOptions } from "./api.js";

/** Placeholder until the extraction pipeline lands: reads nothing, claims nothing. */
export function extract(doc: InputDoc, _options?: ExtractOptions): ExtractionResult {
  return { id: doc.id, incidents: [], claims: [] };
}
