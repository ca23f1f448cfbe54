import type { BorderContext, Mention, Report } from "../domain/index.js";
import type { Db } from "../store/index.js";
import type { MentionsTable } from "../store/schema.js";

/** What linking decided for one mention. */
export interface LinkOutcome {
  incident_id: string;
  decision: "new" | "linked";
  score: number | null;
}

/** The linking stage's contract with the pipeline. */
export interface Linker {
  /**
   * Attaches a stored mention to an existing incident or starts a new one, recomputes that incident
   * and records the decision. Runs inside the report's transaction.
   */
  linkMention(db: Db, mention: Mention, report: Report): Promise<LinkOutcome>;
  /** Recomputes an incident from the mentions it still has (after a report's new version replaced some). */
  refreshIncident(db: Db, incidentId: string): Promise<void>;
  /** A session for one bulk import (dataset rows), when the linker has one: see LinkSession. */
  session?(): LinkSession;
}

/**
 * Linking many mentions of NEW reports at once, with what it learnt kept across the calls of one import
 * (src/link/batch.ts). Decides as linkMention would, and stores the mentions themselves (with their incident
 * set), their new incidents and decisions in bulk (their linking tokens are made again from the report when read).
 */
export interface LinkSession {
  /** Stores and links the mentions (rows not yet stored) of new reports, in order; returns each one's outcome. */
  storeFresh(db: Db, items: readonly { row: MentionsTable; mention: Mention; report: Report }[]): Promise<LinkOutcome[]>;
  /** Forgets what it holds: after a rolled-back chunk, or after incidents were changed by another path. */
  reset(): void;
}

/** How the default linker is set up. */
export interface LinkerOptions {
  /** Border context of a point (src/geo); incidents without coordinates get none. */
  border?: (lat: number, lon: number) => BorderContext;
}
