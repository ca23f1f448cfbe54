import type { ReadItem } from "../ingest/api.js";
import type { HostPolicy } from "../ingest/fetch/address-policy.js";
import { pollFeed } from "../ingest/feeds/poll.js";
import type { HostRateLimiter } from "../ingest/feeds/rate-limit.js";
import { fetchPage } from "../ingest/readers/url.js";
import { dueFeeds, markItemSeen, recordPoll, seenItemKeys, type Db, type Feed } from "../store/index.js";
import { ingestReport, type PipelineStages } from "./ingest-report.js";
import { emptySummary, type BatchSummary } from "./run-batch.js";

export interface WatchOptions {
  policy: HostPolicy;
  limiter: HostRateLimiter;
  timeoutMs: number;
  maxBytes: number;
  /** Stops between items: the item in progress finishes (its transaction commits) first. */
  signal?: AbortSignal;
  onFeed?: (feed: Feed, status: string, newItems: number) => void;
  onItem?: (item: ReadItem, outcome: { status: string; error?: string }) => void;
}

/**
 * Polls every due feed once (conditional GET), fetches the pages of items not seen before and ingests them.
 * An item is marked seen only after its report is stored, so a killed or failed run retries it and a
 * re-fetched page that did not change is "unchanged", never a duplicate. Feed errors are recorded on the feed.
 */
export async function pollDueFeeds(db: Db, stages: PipelineStages, o: WatchOptions): Promise<BatchSummary & { feeds: number }> {
  const s = { ...emptySummary(), feeds: 0 };
  for (const feed of await dueFeeds(db)) {
    if (o.signal?.aborted) break;
    s.feeds++;
    await o.limiter.wait(feed.url);
    const next = new Date(Date.now() + feed.every_seconds * 1000).toISOString();
    const res = await pollFeed(feed.url, { etag: feed.etag, lastModified: feed.last_modified }, { policy: o.policy, timeoutMs: o.timeoutMs, maxBytes: o.maxBytes });
    if (res.status === "error") {
      await recordPoll(db, feed.id, { status: "error", error: res.error, nextDueAt: next });
      s.failed++;
      s.failures.push({ origin: feed.url, error: res.error });
      o.onFeed?.(feed, "error", 0);
      continue;
    }
    if (res.status === "not_modified") {
      await recordPoll(db, feed.id, { status: "not_modified", nextDueAt: next });
      o.onFeed?.(feed, "not_modified", 0);
      continue;
    }
    const seen = await seenItemKeys(db, feed.id, res.feed.entries.map((e) => e.key));
    const fresh = res.feed.entries.filter((e) => !seen.has(e.key));
    o.onFeed?.(feed, "ok", fresh.length);
    let failedItems = 0;
    for (const entry of fresh) {
      if (o.signal?.aborted) break;
      if (!entry.url) {
        await markItemSeen(db, feed.id, entry.key, null, null);
        continue;
      }
      await o.limiter.wait(entry.url);
      const item = await fetchPage(entry.url, o);
      if (!item.ok) {
        failedItems++;
        s.failed++;
        s.failures.push({ origin: `${feed.url} → ${entry.url}`, error: item.error });
        o.onItem?.(item, { status: "failed", error: item.error });
        continue;
      }
      // The feed knows the date and title when the page's metadata does not.
      item.report.published ??= entry.published;
      item.report.title ??= entry.title;
      try {
        const out = await ingestReport(db, item.report, stages);
        await markItemSeen(db, feed.id, entry.key, entry.url, out.report?.id ?? null);
        s[out.status]++;
        s.incidents += out.incidents.length;
        s.claims += out.claims;
        o.onItem?.(item, { status: out.status, error: out.warning });
      } catch (e) {
        failedItems++;
        s.failed++;
        s.failures.push({ origin: entry.url, error: (e as Error).message });
        o.onItem?.(item, { status: "failed", error: (e as Error).message });
      }
    }
    // Cache validators only when every item was handled: otherwise a 304 would hide the items left to retry.
    const complete = failedItems === 0 && !o.signal?.aborted;
    await recordPoll(db, feed.id, {
      status: complete ? "ok" : "partial", error: complete ? null : `${failedItems} item(s) failed; retried next poll`,
      etag: complete ? res.etag : null, lastModified: complete ? res.lastModified : null, title: res.feed.title, nextDueAt: o.signal?.aborted ? feed.next_due_at ?? new Date().toISOString() : next,
    });
  }
  return s;
}
