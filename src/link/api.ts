import type { BorderContext, Mention, Report } from "../domain/index.js";
import type { Db } from "../store/index.js";

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
}

/** How the default linker is set up. */
export interface LinkerOptions {
  /** Border context of a point (src/geo); incidents without coordinates get none. */
  border?: (lat: number, lon: number) => BorderContext;
}
