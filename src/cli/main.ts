import { CommanderError, type Command } from "commander";
import { programWith } from "./root.js";

type CommandModule = { register(program: Command): void };

/**
 * Each command's module, loaded only when that command runs. Under tsx every module costs a trip through its
 * loader, so loading them all (extraction with its NLP libraries, the server, the geocoder) cost some 2 s of CPU
 * at every start, also for `frontier feeds list`. Keep in step with program.ts (test/cli checks both).
 */
export const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  init: () => import("./commands/init.js"),
  ingest: () => import("./commands/ingest.js"),
  feeds: () => import("./commands/feeds.js"),
  watch: () => import("./commands/watch.js"),
  incidents: () => import("./commands/incidents.js"),
  incident: () => import("./commands/incident.js"),
  review: () => import("./commands/review.js"),
  claims: () => import("./commands/claims.js"),
  link: () => import("./commands/link.js"),
  extract: () => import("./commands/extract.js"),
  serve: () => import("./commands/serve.js"),
  demo: () => import("./commands/demo.js"),
  geo: () => import("./commands/geo.js"),
};

/** The program for these arguments: only the named command when there is one, else all of them (help, version, a typo). */
async function programFor(argv: string[]): Promise<Command> {
  const load = Object.hasOwn(COMMANDS, argv[2] ?? "") ? COMMANDS[argv[2]] : undefined;
  if (load) return programWith([(await load()).register]);
  return (await import("./program.js")).buildProgram();
}

/** Runs the CLI and returns the exit code (0 ok, 1 some inputs failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  const program = await programFor(argv);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    process.stderr.write(`frontier: ${(e as Error).message}\n`);
    return 1;
  }
}
