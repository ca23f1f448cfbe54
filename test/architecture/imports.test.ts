import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Every relative import of every source file under src/, as project-relative paths (.js → .ts). */
function importGraph(): Map<string, string[]> {
  const root = resolve("src");
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const src = readFileSync(file, "utf8");
    const deps: string[] = [];
    // type-only imports count too: a type cycle still ties two stages together
    for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["'](\.[^"']+)["']/g)) {
      deps.push(relative(resolve("."), resolve(dirname(file), m[1].replace(/\.js$/, ".ts"))));
    }
    graph.set(relative(resolve("."), file), deps);
  }
  return graph;
}

const stageOf = (f: string): string => f.split("/")[1];

describe("architecture", () => {
  const graph = importGraph();

  it("has no import cycles between files", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].join(" → "));
        return;
      }
      state.set(f, "open");
      for (const d of graph.get(f) ?? []) visit(d, [...path, f]);
      state.set(f, "done");
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("keeps cli, server and pipeline out of the stages' imports", () => {
    const bad: string[] = [];
    for (const [f, deps] of graph) {
      const from = stageOf(f);
      for (const d of deps) {
        const to = stageOf(d);
        if (to === from) continue;
        if (to === "cli" || (to === "server" && from !== "cli") || (to === "pipeline" && !["cli", "server"].includes(from))) bad.push(`${f} → ${d}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps the domain free of every stage", () => {
    const bad = [...graph].flatMap(([f, deps]) => (stageOf(f) === "domain" ? deps.filter((d) => stageOf(d) !== "domain").map((d) => `${f} → ${d}`) : []));
    expect(bad).toEqual([]);
  });
});
