/** The store: one schema, one set of migrations and queries for SQLite (embedded) and PostgreSQL (servers). */
export * from "./open.js";
export type { Database } from "./schema.js";
export * from "./reports.js";
export * from "./incidents.js";
export * from "./mentions.js";
export * from "./claims.js";
export * from "./audit.js";
export * from "./review.js";
export * from "./ledger.js";
export { contentHash } from "./hash.js";
export { newId, stableId, nowIso } from "./ids.js";
export { toJson, fromJson } from "./json.js";
export * from "./feeds.js";
export * from "./boundaries.js";
