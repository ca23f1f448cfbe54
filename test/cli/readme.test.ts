import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { USAGE_END, USAGE_START, usageMarkdown } from "../../src/cli/usage.js";

describe("README", () => {
  const readme = readFileSync("README.md", "utf8");

  it("says exactly the two set-up commands and the test command", () => {
    expect(readme).toMatch(/\n {4}npm install\n {4}npm start\n/);
    expect(readme).toMatch(/\n {4}npm test\n/);
  });

  it("documents every command and option as the CLI defines them (regenerate: npx tsx scripts/readme-usage.ts)", () => {
    const block = readme.slice(readme.indexOf(USAGE_START) + USAGE_START.length, readme.indexOf(USAGE_END)).trim();
    expect(block).toBe(usageMarkdown());
  });
});
