import type { Migration } from "kysely";
import * as m0001 from "./0001_initial.js";
import * as m0002 from "./0002_geo.js";
import * as m0003 from "./0003_ingest.js";
import * as m0004 from "./0004_link.js";
import * as m0005 from "./0005_bulk_ingest.js";
import * as m0006 from "./0006_lean_rows.js";
import * as m0007 from "./0007_decision_index.js";

/** Every migration, in order. Both dialects run the same list. Append new ones; never edit a landed one. */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_geo": m0002,
  "0003_ingest": m0003,
  "0004_link": m0004,
  "0005_bulk_ingest": m0005,
  "0006_lean_rows": m0006,
  "0007_decision_index": m0007,
};
