import { z } from "zod";

/** A half-open character range [start, end) in a report's text: the evidence behind a value. */
export const SpanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: "span end must not precede its start" });
export type Span = z.infer<typeof SpanSchema>;
