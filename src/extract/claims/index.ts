import type { ExtractedClaim } from "../../domain/index.js";

export interface ClaimContext {
  /** Publication date (YYYY-MM-DD) or null. */
  published: string | null;
  title?: string | null;
  source?: string | null;
}

/** Placeholder until the claims pass lands. Offsets in returned evidence refer to `text`. */
export function extractClaims(_text: string, _ctx: ClaimContext): ExtractedClaim[] {
  return [];
}
