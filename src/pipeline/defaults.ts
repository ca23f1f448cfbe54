import { extract } from "../extract/index.js";
import { createLinker } from "../link/index.js";
import type { PipelineStages } from "./ingest-report.js";

export const EXTRACTOR_NAME = "frontier-extract/0.1";

/** The stages `frontier ingest` runs by default. */
export function defaultStages(): PipelineStages {
  return { extract: (doc) => extract(doc), linker: createLinker(), extractor: EXTRACTOR_NAME };
}
