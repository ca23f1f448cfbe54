/** The domain model of the incident record: one place for the types every stage shares. */
export * from "./taxonomy.js";
export * from "./actors.js";
export * from "./span.js";
export * from "./format.js";
export * from "./report.js";
export * from "./incident.js";
export * from "./claim.js";
export * from "./agreement.js";
export * from "./audit.js";
export * from "./flat.js";
