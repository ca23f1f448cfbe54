import { newId, nowIso } from "./ids.js";
import type { Db } from "./open.js";
import type { FeedsTable } from "./schema.js";

export type Feed = FeedsTable;

/**
 * Adds a feed. A URL already known keeps its row; its interval changes only with `updateInterval` (`feeds add`
 * sets it, an OPML import leaves known feeds as they are).
 */
export async function addFeed(
  db: Db, url: string, everySeconds: number, title: string | null = null, updateInterval = true,
): Promise<{ feed: Feed; added: boolean }> {
  const existing = await db.selectFrom("feeds").selectAll().where("url", "=", url).executeTakeFirst();
  if (existing && !updateInterval) return { feed: existing, added: false };
  if (existing) {
    await db.updateTable("feeds").set({ every_seconds: everySeconds, title: existing.title ?? title }).where("id", "=", existing.id).execute();
    return { feed: { ...existing, every_seconds: everySeconds, title: existing.title ?? title }, added: false };
  }
  const feed: Feed = {
    id: newId("feed"), url, title, every_seconds: everySeconds, etag: null, last_modified: null, last_polled_at: null,
    next_due_at: null, last_status: null, last_error: null, created_at: nowIso(),
  };
  await db.insertInto("feeds").values(feed).execute();
  return { feed, added: true };
}

export async function listFeeds(db: Db): Promise<Feed[]> {
  return db.selectFrom("feeds").selectAll().orderBy("created_at").orderBy("url").execute();
}

/** Feeds never polled or whose next poll time has come. */
export async function dueFeeds(db: Db, now: string = nowIso()): Promise<Feed[]> {
  return db.selectFrom("feeds").selectAll()
    .where((eb) => eb.or([eb("next_due_at", "is", null), eb("next_due_at", "<=", now)]))
    .orderBy("next_due_at").execute();
}

/** Records a poll's outcome and schedules the next one. */
export async function recordPoll(
  db: Db, feedId: string,
  p: { status: string; error?: string | null; etag?: string | null; lastModified?: string | null; title?: string | null; nextDueAt: string },
): Promise<void> {
  const set: Partial<FeedsTable> = { last_polled_at: nowIso(), last_status: p.status, last_error: p.error ?? null, next_due_at: p.nextDueAt };
  if (p.etag !== undefined) set.etag = p.etag;
  if (p.lastModified !== undefined) set.last_modified = p.lastModified;
  if (p.title) set.title = p.title;
  await db.updateTable("feeds").set(set).where("id", "=", feedId).execute();
}

/** Item keys of a feed already stored as reports (items whose page failed are not here: they are retried). */
export async function seenItemKeys(db: Db, feedId: string, keys: readonly string[]): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let i = 0; i < keys.length; i += 400) {
    const rows = await db.selectFrom("feed_items").select("item_key").where("feed_id", "=", feedId)
      .where("item_key", "in", keys.slice(i, i + 400)).execute();
    for (const r of rows) seen.add(r.item_key);
  }
  return seen;
}

export async function markItemSeen(db: Db, feedId: string, itemKey: string, url: string | null, reportId: string | null): Promise<void> {
  await db.insertInto("feed_items").values({ feed_id: feedId, item_key: itemKey, url, report_id: reportId, seen_at: nowIso() })
    .onConflict((oc) => oc.columns(["feed_id", "item_key"]).doNothing()).execute();
}
