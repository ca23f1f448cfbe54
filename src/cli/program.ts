import { Command } from "commander";
import { register as claims } from "./commands/claims.js";
import { register as demo } from "./commands/demo.js";
import { register as extract } from "./commands/extract.js";
import { register as geo } from "./commands/geo.js";
import { register as feeds } from "./commands/feeds.js";
import { register as incident } from "./commands/incident.js";
import { register as incidents } from "./commands/incidents.js";
import { register as ingest } from "./commands/ingest.js";
import { register as init } from "./commands/init.js";
import { register as link } from "./commands/link.js";
import { register as review } from "./commands/review.js";
import { register as serve } from "./commands/serve.js";
import { register as watch } from "./commands/watch.js";
import { programWith } from "./root.js";

/** Builds the `frontier` program with every command (or command group); each lives in its own file under ./commands. */
export const buildProgram = (): Command =>
  programWith([init, ingest, feeds, watch, incidents, incident, review, claims, link, extract, serve, demo, geo]);
