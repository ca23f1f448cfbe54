import { z } from "zod";

/** Who changed what, when and why. Append-only. */
export const AuditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** A person's name or "machine:<component>". */
  actor: z.string().min(1),
  action: z.string().min(1),
  entity: z.string(),
  entity_id: z.string(),
  field: z.string().nullable(),
  old_value: z.string().nullable(),
  new_value: z.string().nullable(),
  reason: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export type NewAuditEvent = Omit<AuditEvent, "id" | "at"> & { at?: string };
