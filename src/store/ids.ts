import { createHash, randomUUID } from "node:crypto";

/** Prefixed random ids: "inc_…", "rep_…", readable in logs and URLs. */
export const newId = (prefix: string): string => `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 20)}`;

/** A stable id from parts, for rows whose identity comes from their source (dataset event ids). */
export const stableId = (prefix: string, ...parts: string[]): string =>
  `${prefix}_${createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 20)}`;

export const nowIso = (): string => new Date().toISOString();
