import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/main.js";
import { programWith } from "../../src/cli/root.js";
import { buildProgram } from "../../src/cli/program.js";
import { FLAT_COLUMNS } from "../../src/domain/index.js";

const BIN = resolve("bin/frontier.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("frontier CLI", () => {
  it("documents every command in --help", () => {
    const out = run("--help");
    expect(out.status).toBe(0);
    for (const cmd of buildProgram().commands) {
      expect(out.stdout).toContain(cmd.name());
      expect(cmd.description().length).toBeGreaterThan(10);
    }
    for (const required of ["init", "ingest", "incidents", "extract", "serve", "demo"]) expect(out.stdout).toContain(required);
  });

  it("loads each command on its own the same as in the full program", async () => {
    const full = buildProgram().commands;
    expect(Object.keys(COMMANDS).sort()).toEqual(full.map((c) => c.name()).sort());
    for (const cmd of full) {
      const one = programWith([(await COMMANDS[cmd.name()]()).register]).commands;
      expect(one.map((c) => [c.name(), c.description(), c.commands.map((s) => s.name())])).toEqual([[cmd.name(), cmd.description(), cmd.commands.map((s) => s.name())]]);
    }
    const feeds = run("feeds", "add", "ftp://x/feed");
    expect(feeds.status).toBe(1);
    expect(feeds.stderr).toMatch(/not an http\(s\) URL/);
    expect(run("no-such-command").stderr).toMatch(/unknown command/);
  });

  it("ingests, lists incidents as CSV with the flat layout, and rejects bad options by name", () => {
    const dir = mkdtempSync(join(tmpdir(), "frontier-cli-"));
    const db = join(dir, "t.db");
    writeFileSync(join(dir, "r.md"), "Published: 2024-06-03\nSource: Test Wire\n\n# Blast in Bannu\n\nThree people were killed in a bomb blast in Bannu on Sunday.\n");
    expect(run("init", "--db", db).status).toBe(0);
    const ing = run("ingest", "--quiet", "--db", db, join(dir, "r.md"));
    expect(ing.status).toBe(0);
    expect(ing.stderr).toMatch(/1 new, 0 updated, 0 unchanged, 0 failed/);
    const csv = run("incidents", "--db", db, "--format", "csv");
    expect(csv.status).toBe(0);
    expect(csv.stdout.split("\n")[0]).toBe(FLAT_COLUMNS.join(","));
    const bad = run("incidents", "--db", db, "--since", "yesterday");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/--since: expected YYYY-MM-DD, got "yesterday"/);
    expect(run("incidents", "--db", db, "--format", "xml").stderr).toMatch(/--format/);
  });

  it("extract writes one prediction per good line and names bad lines", () => {
    const dir = mkdtempSync(join(tmpdir(), "frontier-ex-"));
    const input = join(dir, "in.jsonl");
    writeFileSync(input, [JSON.stringify({ id: "a", text: "Nothing happened.", published: null }), "{oops", JSON.stringify({ id: "b" })].join("\n"));
    const out = run("extract", "--quiet", "--input", input, "--output", join(dir, "out.jsonl"));
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`${input}:2: not JSON`);
    expect(out.stderr).toContain(`${input}:3: field "text"`);
    const preds = readFileSync(join(dir, "out.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(preds.map((p) => p.id)).toEqual(["a"]);
    expect(preds[0]).toHaveProperty("incidents");
    expect(preds[0]).toHaveProperty("claims");
  });
});
