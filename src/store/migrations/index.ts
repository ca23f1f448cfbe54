import type { Migration } from "kysely";
import * as m0001 from "./0001_initial.js";

/** Every migration, in order. Both dialects run the same list. Append new ones; never edit a landed one. */
export const MIGRATIONS: Record<string, Migration> = {
  "0001_initial": m0001,
};
