import { z } from "zod";
import { ReportKindSchema } from "./taxonomy.js";

/** One source document, as stored. `text` and `title` are the current version's. */
export const ReportSchema = z.object({
  id: z.string(),
  kind: ReportKindSchema,
  title: z.string().nullable(),
  text: z.string(),
  url: z.string().nullable(),
  /** The URL with tracking parameters and fragments removed: the report's identity when it has one. */
  canonical_url: z.string().nullable(),
  outlet: z.string().nullable(),
  /** Author line of a web page (HTML byline / metadata), when it names one. */
  byline: z.string().nullable().optional(),
  language: z.string().nullable(),
  published: z.string().nullable(),
  fetched_at: z.string().nullable(),
  /** sha256 of the normalised text of the current version. */
  content_hash: z.string(),
  version: z.number().int().positive(),
  /** For dataset rows: the dataset ("acled", "ucdp_ged", "gtd", "frontier") and its own event id. */
  dataset: z.string().nullable(),
  dataset_key: z.string().nullable(),
  created_at: z.string(),
});
export type Report = z.infer<typeof ReportSchema>;

/** What a reader hands to the store: a report before it has an id or version. */
export const NewReportSchema = ReportSchema.omit({ id: true, content_hash: true, version: true, created_at: true }).partial({
  title: true, url: true, canonical_url: true, outlet: true, language: true, published: true, fetched_at: true,
  dataset: true, dataset_key: true,
});
export type NewReport = z.input<typeof NewReportSchema>;

export const ReportVersionSchema = z.object({
  report_id: z.string(),
  version: z.number().int().positive(),
  content_hash: z.string(),
  title: z.string().nullable(),
  text: z.string(),
  fetched_at: z.string().nullable(),
  created_at: z.string(),
});
export type ReportVersion = z.infer<typeof ReportVersionSchema>;
