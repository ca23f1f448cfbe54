/**
 * Regenerates the README's usage section from the CLI's own definitions (src/cli/usage.ts), so that the README
 * documents every command and option exactly as `frontier --help` does. Run: `npx tsx scripts/readme-usage.ts`.
 * test/cli/readme.test.ts fails when the README has drifted from the CLI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { buildProgram } from "../src/cli/program.js";
import { USAGE_END, USAGE_START, usageMarkdown } from "../src/cli/usage.js";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const readme = readFileSync("README.md", "utf8");
const block = `${USAGE_START}\n\n${usageMarkdown()}\n\n${USAGE_END}`;
const next = readme.includes(USAGE_START)
  ? readme.replace(new RegExp(`${escape(USAGE_START)}[\\s\\S]*?${escape(USAGE_END)}`), () => block)
  : readme.replace("<!-- USAGE -->", () => block);
writeFileSync("README.md", next);
process.stderr.write(`README.md: usage of ${buildProgram().commands.length} commands written\n`);
