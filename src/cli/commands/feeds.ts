import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { canonicalUrl } from "../../ingest/canonical-url.js";
import { parseDuration } from "../duration.js";

// The store and the feed parser are loaded by the actions that use them: a rejected URL or interval is told
// without loading either (each costs a second of start-up under tsx).
const store = () => import("../store.js");
const feedStore = () => import("../../store/index.js");

function feedUrl(raw: string): string {
  const u = canonicalUrl(raw);
  if (!u) throw new Error(`not an http(s) URL: "${raw}"`);
  // Keep the URL as given (query parameters may select the feed); only check that it is http(s).
  return new URL(raw).toString();
}

function everySeconds(s: string): number {
  const sec = Math.round(parseDuration(s, "--every") / 1000);
  if (sec < 60) throw new Error(`--every: at least 1m between polls, got "${s}"`);
  return sec;
}

export function register(program: Command): void {
  const feeds = program.command("feeds").description("feeds (RSS, Atom, RDF, JSON Feed) that `frontier watch` polls");
  feeds
    .command("add")
    .description("add a feed to poll (an existing feed gets the new interval)")
    .argument("<url>", "feed URL")
    .option("--every <duration>", "poll interval (e.g. 15m, 1h)", "15m")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--json", "print the feed as JSON")
    .action(async (url: string, opts: { every: string; db?: string; json?: boolean }) => {
      const u = feedUrl(url);
      const every = everySeconds(opts.every);
      const [{ withStore }, { addFeed }] = await Promise.all([store(), feedStore()]);
      await withStore(opts.db, async (store) => {
        const { feed, added } = await addFeed(store.db, u, every);
        if (opts.json) process.stdout.write(JSON.stringify({ ...feed, added }) + "\n");
        else process.stderr.write(`${added ? "added" : "updated"} feed ${feed.url} (every ${feed.every_seconds / 60} min)\n`);
      });
    });
  feeds
    .command("list")
    .description("list feeds with their last poll and next due time")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const [{ withStore }, { listFeeds }] = await Promise.all([store(), feedStore()]);
      await withStore(opts.db, async (store) => {
        const list = await listFeeds(store.db);
        if (opts.json) {
          process.stdout.write(JSON.stringify(list) + "\n");
          return;
        }
        if (!list.length) process.stdout.write("no feeds (add one with: frontier feeds add URL)\n");
        for (const f of list) {
          process.stdout.write(`${f.url}\tevery ${f.every_seconds / 60}m\t${f.last_status ?? "never polled"}${f.last_error ? ` (${f.last_error})` : ""}\tnext ${f.next_due_at ?? "now"}${f.title ? `\t${f.title}` : ""}\n`);
        }
      });
    });
  feeds
    .command("import-opml")
    .description("add every feed of an OPML subscription list (feeds already known keep their interval)")
    .argument("<file>", "OPML file")
    .option("--every <duration>", "poll interval for the imported feeds", "15m")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--json", "print the result as JSON")
    .action(async (file: string, opts: { every: string; db?: string; json?: boolean }) => {
      const every = everySeconds(opts.every);
      let body: string;
      try {
        body = await readFile(file, "utf8");
      } catch (e) {
        throw new Error(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      let entries: { url: string; title: string | null }[];
      const { parseOpmlFeeds } = await import("../../ingest/feeds/parse.js");
      try {
        entries = parseOpmlFeeds(body);
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
      const result = { added: 0, existing: 0, failed: [] as { url: string; error: string }[] };
      const [{ withStore }, { addFeed }] = await Promise.all([store(), feedStore()]);
      await withStore(opts.db, async (store) => {
        for (const e of entries) {
          try {
            const { added } = await addFeed(store.db, feedUrl(e.url), every, e.title, false);
            result[added ? "added" : "existing"]++;
          } catch (err) {
            result.failed.push({ url: e.url, error: (err as Error).message });
          }
        }
      });
      if (opts.json) process.stdout.write(JSON.stringify(result) + "\n");
      for (const f of result.failed) process.stderr.write(`error: ${file}: ${f.url}: ${f.error}\n`);
      process.stderr.write(`feeds import-opml: ${result.added} added, ${result.existing} already known, ${result.failed.length} failed\n`);
      if (result.failed.length) process.exitCode = 1;
    });
}
