import { extractClaims, type ClaimContext } from "../../src/extract/claims/index.js";

/**
 * The claims tests' reader: a report's claims as sorted "kind:author(+author)=value" keys, so that a test states
 * the ledger entries it expects in one line. `c` overrides the file's context (publication date, source).
 */
export function claimKeys(ctx: ClaimContext) {
  return (text: string, c: Partial<ClaimContext> = {}) =>
    extractClaims(text, { ...ctx, ...c })
      .map((x) => `${x.kind}:${x.by.join("+")}${x.value != null ? `=${x.value}` : ""}`)
      .sort();
}
