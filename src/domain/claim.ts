import { z } from "zod";
import { ActorIdSchema } from "./actors.js";
import { ClaimKindSchema } from "./taxonomy.js";

/** A sourced statement kept with its attribution, true or not. */
export const ClaimSchema = z.object({
  id: z.string(),
  kind: ClaimKindSchema,
  by: z.array(ActorIdSchema),
  against: z.array(ActorIdSchema),
  value: z.number().nullable(),
  text: z.string().nullable(),
  report_id: z.string().nullable(),
  span_start: z.number().int().nullable(),
  span_end: z.number().int().nullable(),
  /** When the claim was made (the report's publication date unless stated). */
  claimed_on: z.string().nullable(),
  origin: z.enum(["extraction", "manual", "dataset"]),
  confidence: z.number().nullable(),
  created_by: z.string(),
  created_at: z.string(),
});
export type Claim = z.infer<typeof ClaimSchema>;
