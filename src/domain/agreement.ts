import { z } from "zod";
import { ActorIdSchema } from "./actors.js";

/** A ceasefire or agreement between parties. */
export const AgreementSchema = z.object({
  id: z.string(),
  title: z.string(),
  parties: z.array(ActorIdSchema),
  signed_on: z.string().nullable(),
  in_force_from: z.string().nullable(),
  in_force_to: z.string().nullable(),
  text: z.string().nullable(),
  report_id: z.string().nullable(),
  created_at: z.string(),
});
export type Agreement = z.infer<typeof AgreementSchema>;

/** One party's promise within an agreement: "conditional, verifiable and measurable". */
export const CommitmentSchema = z.object({
  id: z.string(),
  agreement_id: z.string(),
  party: ActorIdSchema,
  text: z.string(),
  condition: z.string().nullable(),
  created_at: z.string(),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

/** A reproducible measure of a commitment over the incident record. */
export const IndicatorSchema = z.object({
  id: z.string(),
  commitment_id: z.string(),
  name: z.string(),
  /** A declarative query over incidents (filters, window, aggregation), stored as JSON. */
  definition: z.record(z.string(), z.unknown()),
  unit: z.string(),
  threshold: z.number().nullable(),
  created_at: z.string(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;
