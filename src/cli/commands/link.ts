import type { Command } from "commander";
import { createLinker, rebuildLinks } from "../../link/index.js";
import { withStore } from "../store.js";

export function register(program: Command): void {
  program
    .command("link")
    .description("re-link the record: every mention in publication order, keeping reviewer pins (merges, splits)")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--rebuild", "re-link all mentions from scratch (required: linking otherwise happens at ingest)")
    .action(async (o: { db?: string; rebuild?: boolean }) => {
      if (!o.rebuild) throw new Error("link: nothing to do; use --rebuild to re-link every mention (ingest links new reports as they arrive)");
      await withStore(o.db, async (store) => {
        const linker = createLinker();
        const t0 = performance.now();
        const s = await rebuildLinks(store.db, (db, id) => linker.refreshIncident(db, id));
        const saved = s.naivePairs ? (1 - s.comparisons / s.naivePairs) * 100 : 0;
        process.stderr.write(
          `link: ${s.mentions} mentions → ${s.incidents} incidents in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
          `${s.pinned} kept by reviewer pins, ${s.moved} moved, ${s.folded} emptied incidents folded; ` +
          `${s.comparisons} comparisons instead of ${s.naivePairs} all pairs (${saved.toFixed(1)}% avoided)\n`,
        );
      });
    });
}
