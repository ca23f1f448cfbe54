import { z } from "zod";
import { ActorIdSchema } from "./actors.js";
import { SpanSchema } from "./span.js";
import { DatePrecisionSchema, GeoPrecisionSchema, IncidentStatusSchema } from "./taxonomy.js";

/** low / best / high for one casualty category; null where no source gives a number. */
export const TollSchema = z.object({
  low: z.number().int().nonnegative().nullable(),
  best: z.number().int().nonnegative().nullable(),
  high: z.number().int().nonnegative().nullable(),
});
export type Toll = z.infer<typeof TollSchema>;
export const emptyToll = (): Toll => ({ low: null, best: null, high: null });

export const TollsSchema = z.object({
  total: TollSchema,
  security_forces: TollSchema,
  civilians: TollSchema,
  militants: TollSchema,
});
export type Tolls = z.infer<typeof TollsSchema>;
export const emptyTolls = (): Tolls => ({
  total: emptyToll(), security_forces: emptyToll(), civilians: emptyToll(), militants: emptyToll(),
});

/** How an incident stands to the Afghanistan–Pakistan border (filled by src/geo). */
export const BorderContextSchema = z.object({
  side: z.enum(["PK", "AF"]).nullable(),
  distance_km: z.number().nonnegative().nullable(),
  in_belt: z.boolean().nullable(),
  nearest_crossing: z.string().nullable(),
  nearest_crossing_km: z.number().nonnegative().nullable(),
});
export type BorderContext = z.infer<typeof BorderContextSchema>;
export const emptyBorderContext = (): BorderContext => ({
  side: null, distance_km: null, in_belt: null, nearest_crossing: null, nearest_crossing_km: null,
});

export const IncidentActorSchema = z.object({
  actor_id: ActorIdSchema,
  role: z.enum(["perpetrator", "target"]),
});
export type IncidentActor = z.infer<typeof IncidentActorSchema>;

/** The record's incident: one event in time and place, assembled from one or more mentions. */
export const IncidentSchema = z.object({
  id: z.string(),
  date: z.string().nullable(),
  date_precision: DatePrecisionSchema,
  country: z.string().length(2).nullable(),
  adm1: z.string().nullable(),
  adm2: z.string().nullable(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  geo_precision: GeoPrecisionSchema.nullable(),
  /** How the place was resolved: gazetteer, polygon, nearest district seat (flagged), reviewer. */
  geo_method: z.string().nullable(),
  event_type: z.string(),
  sub_event_type: z.string(),
  actors: z.array(IncidentActorSchema),
  killed: TollsSchema,
  injured: TollsSchema,
  status: IncidentStatusSchema,
  border: BorderContextSchema,
  /** Number of reports behind the incident. */
  source_count: z.number().int().nonnegative(),
  /** Fields a reviewer set: machine re-extraction and re-linking leave them alone. */
  locked_fields: z.array(z.string()),
  merged_into: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** The link between a report and an incident: what that report says, with evidence for each value. */
export const MentionSchema = z.object({
  id: z.string(),
  report_id: z.string(),
  incident_id: z.string().nullable(),
  /** Position of the incident among those extracted from the report. */
  ordinal: z.number().int().nonnegative(),
  /** The report's values, in the extractor's FORMAT.md shape. */
  values: z.record(z.string(), z.unknown()),
  /** Evidence spans per field path, offsets into the report version's text. */
  evidence: z.record(z.string(), z.array(SpanSchema)),
  confidence: z.record(z.string(), z.number()),
  report_version: z.number().int().positive(),
  extractor: z.string(),
  created_at: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;
