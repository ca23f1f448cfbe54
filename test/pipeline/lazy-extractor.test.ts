import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = resolve("bin/frontier.mjs");
const HOOK = resolve("test/fixtures/pipeline/record-loads.mjs");

/** The src/extract modules `frontier ingest INPUT` loads. */
function extractModulesLoaded(input: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "fw-lazy-"));
  const loads = join(dir, "loads.txt");
  const r = spawnSync(process.execPath, ["--import", HOOK, BIN, "ingest", "--quiet", "--db", join(dir, "t.db"), input], {
    encoding: "utf8", env: { ...process.env, FRONTIER_LOADS_FILE: loads },
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(loads, "utf8").split("\n").filter((u) => u.includes("/src/extract/")).map((u) => u.replace(/.*\/src\//, ""));
}

describe("the text extractor", () => {
  it("is not loaded by a dataset import (only the actor lexicon the dataset mapping uses), and is loaded for a text", () => {
    const dataset = extractModulesLoaded(resolve("test/fixtures/ingest/datasets/acled-sample.csv"));
    expect(dataset.filter((m) => !/^extract\/(actors|alternation|data\/actors)\.ts/.test(m))).toEqual([]);
    const text = extractModulesLoaded(resolve("test/fixtures/ingest/pages/bannu-checkpost.html"));
    expect(text.some((m) => m.startsWith("extract/passes/"))).toBe(true);
  });
});
