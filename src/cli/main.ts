import { Command, CommanderError } from "commander";
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

/** Builds the `frontier` program; each command (or command group) lives in its own file under ./commands. */
export function buildProgram(): Command {
  const program = new Command("frontier")
    .description("Frontier Watch: a sourced, deduplicated record of security incidents on the Pakistan–Afghanistan frontier")
    .version("0.1.0")
    .showHelpAfterError()
    .exitOverride();
  for (const register of [init, ingest, feeds, watch, incidents, incident, review, claims, link, extract, serve, demo, geo]) register(program);
  return program;
}

/** Runs the CLI and returns the exit code (0 ok, 1 some inputs failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    process.stderr.write(`frontier: ${(e as Error).message}\n`);
    return 1;
  }
}
