import { z } from "zod";
import { ActorIdSchema } from "./actors.js";
import { SpanSchema } from "./span.js";
import { ClaimKindSchema, DatePrecisionSchema, GeoPrecisionSchema } from "./taxonomy.js";

/**
 * The extractor's input and output records, exactly as ../shared/eval/FORMAT.md defines them, plus
 * optional extra fields (confidence, per-field evidence, precisions) that the scorer ignores.
 */

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

export const InputDocSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  published: IsoDate.nullable().optional(),
  title: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
});
export type InputDoc = z.output<typeof InputDocSchema>;

const Count = z.number().int().nonnegative().nullable();
export const CasualtiesSchema = z.object({
  total: Count,
  security_forces: Count,
  civilians: Count,
  militants: Count,
});
export type Casualties = z.infer<typeof CasualtiesSchema>;
export const emptyCasualties = (): Casualties => ({ total: null, security_forces: null, civilians: null, militants: null });

export const ExtractedIncidentSchema = z.object({
  date: IsoDate.nullable(),
  country: z.string().length(2).nullable(),
  adm1: z.string().nullable(),
  adm2: z.string().nullable(),
  place: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  event_type: z.string(),
  sub_event_type: z.string(),
  perpetrators: z.array(ActorIdSchema),
  targets: z.array(ActorIdSchema),
  killed: CasualtiesSchema,
  injured: CasualtiesSchema,
  evidence: z.array(SpanSchema),
  /** Extras, not scored. */
  date_precision: DatePrecisionSchema.optional(),
  geo_precision: GeoPrecisionSchema.optional(),
  /**
   * The gazetteer's name of the district where `adm2` keeps the report's own spelling of it ("Bermal" for Barmal):
   * the record stores this one, so that two reports spelling one district two ways name the same district.
   */
  adm2_gazetteer: z.string().optional(),
  /** A passing reference to an older incident, kept apart from the report's main events. */
  background: z.boolean().optional(),
  /** Evidence spans per field, keyed by field path ("date", "adm2", "killed.total", ...). */
  field_evidence: z.record(z.string(), z.array(SpanSchema)).optional(),
  /** Confidence 0..1 per field path, and "incident" for the whole frame. */
  confidence: z.record(z.string(), z.number().min(0).max(1)).optional(),
});
export type ExtractedIncident = z.infer<typeof ExtractedIncidentSchema>;

export const ExtractedClaimSchema = z.object({
  kind: ClaimKindSchema,
  by: z.array(ActorIdSchema),
  against: z.array(ActorIdSchema).optional(),
  value: z.number().nullable().optional(),
  text: z.string().optional(),
  evidence: z.array(SpanSchema).optional(),
  /** Index into the same result's incidents, when the claim is about one of them. */
  incident: z.number().int().nonnegative().nullable().optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type ExtractedClaim = z.infer<typeof ExtractedClaimSchema>;

export const ExtractionResultSchema = z.object({
  id: z.string(),
  incidents: z.array(ExtractedIncidentSchema),
  claims: z.array(ExtractedClaimSchema),
  /** Set when the extractor could not read the document; incidents and claims are then empty. */
  error: z.string().optional(),
});
export type ExtractionResult = z.infer<typeof ExtractionResultSchema>;
