import type { NewReport } from "../domain/index.js";

/** One item read from an input: a report to store, or a clear error naming where and what. */
export type ReadItem =
  | { ok: true; origin: string; report: NewReport }
  | { ok: false; origin: string; error: string };

/** A reader turns one input (file, URL, ...) into items. It never throws for bad content. */
export interface Reader {
  /** Whether this reader handles the input (by extension, content type, scheme). */
  accepts(input: string): boolean;
  read(input: string, options: ReadOptions): AsyncIterable<ReadItem>;
}

export interface ReadOptions {
  /** Largest input accepted, in bytes. */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
