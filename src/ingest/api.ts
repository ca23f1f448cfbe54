import type { ExtractionResult, NewReport } from "../domain/index.js";
import type { MentionJson } from "../store/mentions.js";
import type { HostPolicy } from "./fetch/address-policy.js";

/**
 * One item read from an input: a report to store, or a clear error naming where and what. Dataset rows
 * carry their values already read (`extraction`): they do not go through text extraction.
 */
export type ReadItem =
  | {
    ok: true; origin: string; report: NewReport; extraction?: ExtractionResult;
    /** The content hash of `report.text` (src/domain/content-hash.ts), when the reader made it (dataset rows read in a worker thread). */
    contentHash?: string;
    /**
     * The stored JSON of the mention of each incident the row reports (store/mentions.ts MentionJson), in place
     * of `extraction`: dataset rows read in a worker thread come so (datasets/worker.ts packItems), and
     * extractedFromJson gives their incidents back.
     */
    mentionJson?: MentionJson[];
  }
  | { ok: false; origin: string; error: string };

/** Things a reader noticed that are not errors of one item: unknown columns, unmapped actor names. */
export interface ReadNotes {
  /** "file: message" lines, e.g. columns a dataset importer does not map (kept in the row text). */
  warnings: string[];
  /** Actor names no mapping knew, with how often they occurred, per dataset. */
  unmappedActors: Map<string, number>;
}
export const emptyNotes = (): ReadNotes => ({ warnings: [], unmappedActors: new Map() });

/** A reader turns one input (file, URL, ...) into items. It never throws for bad content. */
export interface Reader {
  /** Whether this reader handles the input (by extension, content type, scheme). */
  accepts(input: string): boolean;
  read(input: string, options: ReadOptions): AsyncIterable<ReadItem>;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
  /** Where readers record warnings and unmapped names; optional. */
  notes?: ReadNotes;
  /** URL fetching: hosts allowed despite the private-address rule (--allow-host), timeout. */
  policy?: HostPolicy;
  timeoutMs?: number;
  /** Force a dataset importer for CSV files ("acled", "ucdp_ged", "gtd", "frontier") instead of detecting it. */
  dataset?: string;
  /**
   * Read a dataset CSV's rows in a worker thread (parsing, mapping, row text and content hash on another core while
   * this one stores them): "auto" (default) for files of DATASET_WORKER_MIN_BYTES or more, true always, false never.
   */
  datasetWorker?: boolean | "auto";
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
