import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { InputDocSchema } from "../../domain/index.js";
import { extract } from "../../extract/index.js";
import { Progress } from "../progress.js";

/** `frontier extract`: FORMAT.md input records in, FORMAT.md predictions out; no database. */
export function register(program: Command): void {
  program
    .command("extract")
    .description("extract incidents and claims from FORMAT.md input records (JSONL) without touching the database")
    .requiredOption("-i, --input <file>", "input JSONL: one {id, text, published, title?, url?, source?} per line")
    .requiredOption("-o, --output <file>", "output JSONL of predictions: {id, incidents, claims}")
    .option("-q, --quiet", "no progress bar")
    .action(async (opts: { input: string; output: string; quiet?: boolean }) => {
      mkdirSync(dirname(opts.output), { recursive: true });
      const out = createWriteStream(opts.output);
      const progress = new Progress(!opts.quiet, "extract");
      let lineNo = 0;
      let ok = 0;
      let failed = 0;
      let incidents = 0;
      const lines = createInterface({ input: createReadStream(opts.input, "utf8"), crlfDelay: Infinity });
      for await (const line of lines) {
        lineNo++;
        if (!line.trim()) continue;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch (e) {
          failed++;
          progress.log(`${opts.input}:${lineNo}: not JSON: ${(e as Error).message}`);
          continue;
        }
        const parsed = InputDocSchema.safeParse(json);
        if (!parsed.success) {
          failed++;
          const issue = parsed.error.issues[0];
          progress.log(`${opts.input}:${lineNo}: field "${issue?.path.join(".")}": ${issue?.message}`);
          continue;
        }
        const result = extract(parsed.data);
        if (result.error) progress.log(`${opts.input}:${lineNo} (${parsed.data.id}): ${result.error}`);
        incidents += result.incidents.length;
        out.write(JSON.stringify(result) + "\n");
        ok++;
        progress.tick();
      }
      await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
      progress.stop();
      progress.summary(`extract: ${ok} documents, ${incidents} incidents, ${failed} failed → ${opts.output}`);
      if (failed) process.exitCode = 1;
    });
}
