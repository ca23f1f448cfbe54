import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyNotes, readInputs } from "../../src/ingest/index.js";
import { HostPolicy } from "../../src/ingest/fetch/address-policy.js";
import { HostRateLimiter } from "../../src/ingest/feeds/rate-limit.js";
import { defaultStages } from "../../src/pipeline/defaults.js";
import { runBatch } from "../../src/pipeline/run-batch.js";
import { pollDueFeeds } from "../../src/pipeline/watch-feeds.js";
import { addFeed, listFeeds, matchReport, reportVersions } from "../../src/store/index.js";
import { storeTargets } from "../helpers/stores.js";
import { page, startServer, type TestServer } from "./server.js";

const FIX = "test/fixtures/ingest/datasets";
const targets = await storeTargets();

let srv: TestServer;
beforeAll(async () => { srv = await startServer(); });
afterAll(async () => { await srv.close(); });

describe.each(targets)("ingestion into $name", (target) => {
  it("imports dataset rows as reports + mentions + incidents; a re-import is a no-op; a changed row is a new version with an audit event", async () => {
    const store = await target.open();
    try {
      const dir = mkdtempSync(join(tmpdir(), "fw-ds-"));
      const file = join(dir, "acled.csv");
      copyFileSync(`${FIX}/acled-sample.csv`, file);
      const run = () => runBatch(store.db, readInputs([file], { notes: emptyNotes() }), defaultStages(), undefined, { datasetChunk: 3 });
      const first = await run();
      expect(first).toMatchObject({ new: 4, updated: 0, unchanged: 0, failed: 0, incidents: 4 });
      const reports = await store.db.selectFrom("reports").select(["kind", "dataset", "dataset_key", "version"]).orderBy("dataset_key").execute();
      expect(reports.map((r) => `${r.kind}/${r.dataset}/${r.dataset_key}/v${r.version}`)).toEqual([
        "dataset_row/acled/AFG90004/v1", "dataset_row/acled/PAK90001/v1", "dataset_row/acled/PAK90002/v1", "dataset_row/acled/PAK90003/v1",
      ]);
      const mentions = await store.db.selectFrom("mentions").select(["extractor", "incident_id"]).execute();
      expect(mentions).toHaveLength(4);
      expect(mentions.every((m) => m.extractor === "dataset:acled" && m.incident_id)).toBe(true);
      const inc = await store.db.selectFrom("incidents").innerJoin("mentions", "mentions.incident_id", "incidents.id")
        .innerJoin("reports", "reports.id", "mentions.report_id").where("reports.dataset_key", "=", "PAK90001")
        .select(["incidents.date", "incidents.adm2", "incidents.killed_total_best"]).executeTakeFirstOrThrow();
      expect(inc).toEqual({ date: "2024-03-12", adm2: "Bannu", killed_total_best: 2 });

      expect(await run()).toMatchObject({ new: 0, updated: 0, unchanged: 4, failed: 0 });
      // a bulk-imported row's one version is its report row (no version row of its own), read back as any version
      const before = await store.db.selectFrom("reports").selectAll().where("dataset_key", "=", "PAK90001").executeTakeFirstOrThrow();
      expect(await store.db.selectFrom("report_versions").select("version").where("report_id", "=", before.id).execute()).toEqual([]);
      expect(await reportVersions(store.db, before.id)).toEqual([
        { version: 1, content_hash: before.content_hash, title: before.title, text: before.text, created_at: before.created_at },
      ]);
      // its text fed back as a plain text is the same report, as a text found by its hash would be
      expect(await matchReport(store.db, { kind: "news", text: before.text, title: null })).toMatchObject({ status: "unchanged", existing: { id: before.id } });
      expect((await matchReport(store.db, { kind: "news", text: before.text.replace("Bannu", "Kohat"), title: null })).status).toBe("new");

      // ACLED revises a toll: the row is updated, the change is audited, nothing is duplicated.
      writeFileSync(file, readFileSync(file, "utf8").replace('one passenger', 'x').replace(/(two soldiers killed\.",)2,/, "$13,"));
      expect(await run()).toMatchObject({ new: 0, updated: 1, unchanged: 3, failed: 0 });
      const rep = await store.db.selectFrom("reports").selectAll().where("dataset_key", "=", "PAK90001").executeTakeFirstOrThrow();
      expect(rep.version).toBe(2);
      expect(await store.db.selectFrom("report_versions").select("version").where("report_id", "=", rep.id).execute()).toHaveLength(2);
      // the first version's row is written when the second supersedes it: its text, hash, title and time as they were
      const versions = await reportVersions(store.db, rep.id);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[0]).toEqual({ version: 1, content_hash: before.content_hash, title: before.title, text: before.text, created_at: before.created_at });
      expect(versions[1]).toMatchObject({ version: 2, content_hash: rep.content_hash, text: rep.text });
      expect(versions[1].text).not.toEqual(before.text);
      expect(await matchReport(store.db, { kind: "news", text: before.text, title: null })).toMatchObject({ status: "unchanged", existing: { id: rep.id } });
      const audit = await store.db.selectFrom("audit_events").selectAll().where("entity_id", "=", rep.id).execute();
      expect(audit.map((a) => [a.action, a.old_value, a.new_value])).toEqual([["dataset_row.update", "1", "2"]]);
      expect(audit[0].reason).toContain('fatalities: "2" → "3"');
      expect(await store.db.selectFrom("mentions").select("id").execute()).toHaveLength(4);
      const after = await store.db.selectFrom("incidents").innerJoin("mentions", "mentions.incident_id", "incidents.id")
        .where("mentions.report_id", "=", rep.id).select("incidents.killed_total_best").executeTakeFirstOrThrow();
      expect(after.killed_total_best).toBe(3);
    } finally {
      await store.dispose();
    }
  });

  it("keeps good rows of a file with bad ones, and imports every dataset layout", async () => {
    const store = await target.open();
    try {
      const s = await runBatch(store.db, readInputs([FIX]), defaultStages());
      expect(s.new).toBe(15);
      expect(s.failed).toBe(4);
      expect(s.failures.map((f) => f.origin.replace(/^.*\//, ""))).toEqual(["broken-quote.csv:3", "broken-quote.csv:4", "broken-quote.csv:5", "missing-columns.csv:1"]);
      const byDataset = await store.db.selectFrom("reports").select(["dataset"]).select((eb) => eb.fn.countAll<number>().as("n")).groupBy("dataset").orderBy("dataset").execute();
      expect(byDataset.map((r) => `${r.dataset}:${Number(r.n)}`)).toEqual(["acled:7", "frontier:2", "gtd:3", "ucdp_ged:3"]);
    } finally {
      await store.dispose();
    }
  });

  it("polls feeds: new items' pages are ingested, a second poll is a 304, a changed page becomes a new version, failures are retried", async () => {
    const store = await target.open();
    try {
      const opts = { policy: new HostPolicy(["127.0.0.1"]), limiter: new HostRateLimiter(0), timeoutMs: 3000, maxBytes: 1 << 20 };
      await addFeed(store.db, `${srv.base}/feed.xml`, 900);
      await addFeed(store.db, `${srv.base}/feed-with-404.xml`, 900);
      await addFeed(store.db, `${srv.base}/broken-feed.xml`, 900);
      const first = await pollDueFeeds(store.db, defaultStages(), opts);
      expect(first).toMatchObject({ feeds: 3, new: 3, failed: 2 });
      expect(first.failures.map((f) => f.error)).toEqual([
        `${srv.base}/missing?utm_source=rss: HTTP 404 Not Found`,
        `${srv.base}/broken-feed.xml: malformed feed: Invalid feed format`,
      ]);
      const reports = await store.db.selectFrom("reports").select(["canonical_url", "published", "version"]).orderBy("canonical_url").execute();
      expect(reports).toEqual([1, 2, 3].map((n) => ({ canonical_url: `${srv.base}/page/${n}`, published: `2024-04-0${1 + n}`, version: 1 })));
      const feeds = await listFeeds(store.db);
      const status = Object.fromEntries(feeds.map((f) => [f.url.replace(srv.base, ""), f.last_status]));
      expect(status).toEqual({ "/feed.xml": "ok", "/feed-with-404.xml": "partial", "/broken-feed.xml": "error" });
      const good = feeds.find((f) => f.url.endsWith("/feed.xml"))!;
      expect(good.etag).toMatch(/^"v\d+"$/);

      // Nothing due yet: no request.
      const before = srv.log.length;
      expect((await pollDueFeeds(store.db, defaultStages(), opts)).feeds).toBe(0);
      expect(srv.log.length).toBe(before);

      // Due again: the good feed answers 304; the partial one re-lists its items and retries only the failed one.
      await store.db.updateTable("feeds").set({ next_due_at: null }).execute();
      const second = await pollDueFeeds(store.db, defaultStages(), opts);
      expect(second).toMatchObject({ new: 0, unchanged: 0, failed: 2 });
      expect(srv.log.slice(before)).toContain(`GET /feed.xml ${good.etag}`);
      expect(srv.log.slice(before).filter((l) => l.startsWith("GET /page/"))).toEqual([]);

      // The page changes (and so the feed's ETag): a new version of the same report, not a new report.
      srv.pages.set("/page/2", page(2, `A third policeman later died of his wounds (${target.name} run).`));
      await store.db.updateTable("feeds").set({ next_due_at: null }).execute();
      await store.db.deleteFrom("feed_items").where("item_key", "=", "/page/2").execute();
      const third = await pollDueFeeds(store.db, defaultStages(), opts);
      expect(third.updated).toBe(1);
      const p2 = await store.db.selectFrom("reports").select(["version"]).where("canonical_url", "=", `${srv.base}/page/2`).executeTakeFirstOrThrow();
      expect(p2.version).toBe(2);
      expect(await store.db.selectFrom("reports").select("id").execute()).toHaveLength(3);
    } finally {
      await store.dispose();
    }
  });
});
