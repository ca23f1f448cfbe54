import type { Command } from "commander";
import { HostPolicy } from "../../ingest/fetch/address-policy.js";
import { HostRateLimiter } from "../../ingest/feeds/rate-limit.js";
import { stagesFor } from "../../pipeline/defaults.js";
import { summaryLine, type BatchSummary } from "../../pipeline/run-batch.js";
import { pollDueFeeds } from "../../pipeline/watch-feeds.js";
import { Progress } from "../progress.js";
import { withStore } from "../store.js";
import { parseDuration } from "../duration.js";

const collect = (v: string, prev: string[]): string[] => [...prev, v];

export function register(program: Command): void {
  program
    .command("watch")
    .description("poll due feeds, fetch new items' pages and ingest them; Ctrl-C (or SIGTERM) stops after the current item")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--once", "poll the due feeds once and exit")
    .option("--allow-host <host>", "allow fetching from this host or address although it is private/loopback/link-local (repeatable)", collect, [])
    .option("--timeout <duration>", "per-request timeout", "20s")
    .option("--per-host <duration>", "least time between two requests to the same host", "2s")
    .option("--max-mb <n>", "largest body accepted, in MB", "10")
    .option("--json", "print the summary as JSON on stdout")
    .option("-q, --quiet", "no progress output")
    .action(async (opts: { db?: string; once?: boolean; allowHost: string[]; timeout: string; perHost: string; maxMb: string; json?: boolean; quiet?: boolean }) => {
      const timeoutMs = parseDuration(opts.timeout, "--timeout");
      const perHostMs = parseDuration(opts.perHost, "--per-host");
      const maxBytes = Math.round(Number(opts.maxMb) * 1024 * 1024);
      if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new Error(`--max-mb: expected a positive number, got "${opts.maxMb}"`);
      const stop = new AbortController();
      const onSignal = () => {
        if (!opts.quiet) process.stderr.write("\nwatch: stopping after the current item…\n");
        stop.abort();
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
      const total: BatchSummary & { feeds: number; polls: number } = { new: 0, updated: 0, unchanged: 0, failed: 0, incidents: 0, claims: 0, failures: [], feeds: 0, polls: 0 };
      try {
        await withStore(opts.db, async (store) => {
          const stages = await stagesFor(store.db);
          const limiter = new HostRateLimiter(perHostMs);
          const policy = new HostPolicy(opts.allowHost);
          if (!opts.quiet && !opts.json) {
            const n = await store.db.selectFrom("feeds").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
            process.stderr.write(`watch: ${Number(n?.n ?? 0)} feed(s)${opts.once ? "" : "; Ctrl-C or SIGTERM stops after the current item"}\n`);
          }
          while (!stop.signal.aborted) {
            const progress = new Progress(!opts.quiet && !opts.json, "watch");
            const s = await pollDueFeeds(store.db, stages, {
              policy, limiter, timeoutMs, maxBytes, signal: stop.signal,
              onFeed: (feed, status, n) => { if (!opts.quiet && !opts.json) progress.log(`feed ${feed.url}: ${status}${n ? `, ${n} new item(s)` : ""}`); },
              onItem: (item, out) => {
                if (out.status === "failed" && !opts.json) progress.log(`error: ${item.origin}: ${out.error}`);
                progress.tick();
              },
            });
            progress.stop();
            total.polls++;
            total.feeds += s.feeds;
            for (const k of ["new", "updated", "unchanged", "failed", "incidents", "claims"] as const) total[k] += s[k];
            total.failures.push(...s.failures);
            if (opts.once) break;
            const next = await store.db.selectFrom("feeds").select((eb) => eb.fn.min("next_due_at").as("at")).executeTakeFirst();
            const wait = Math.min(60_000, Math.max(1000, next?.at ? Date.parse(String(next.at)) - Date.now() : 60_000));
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, wait);
              stop.signal.addEventListener("abort", () => { clearTimeout(t); resolve(); }, { once: true });
            });
          }
        });
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
      }
      if (opts.json) process.stdout.write(JSON.stringify(total) + "\n");
      process.stderr.write(`watch: ${total.feeds} feed poll(s); ${summaryLine(total).replace(/^ingest: /, "")}\n`);
      if (total.failed) process.exitCode = 1;
    });
}
