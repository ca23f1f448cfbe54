import type { IncidentStatus } from "../domain/index.js";

/** Independent sources needed for "corroborated". */
export const CORROBORATION = 2;

/**
 * The machine's status for an incident: provisional with one independent source, corroborated with two or
 * more, retracted when no source reports it any more. verified / disputed / retracted set by a reviewer
 * lock the status ("status" in locked_fields) and the machine leaves it alone.
 */
export function machineStatus(independentSources: number): IncidentStatus {
  if (independentSources === 0) return "retracted";
  return independentSources >= CORROBORATION ? "corroborated" : "provisional";
}

/** Statuses only a person may set. */
export const REVIEW_STATUSES = ["verified", "disputed", "retracted"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
