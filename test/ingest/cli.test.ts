import { execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./server.js";

const BIN = resolve("bin/frontier.mjs");
const run = promisify(execFile);

/** Runs the CLI asynchronously (the test's HTTP server must keep answering) and returns code, stdout, stderr. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [BIN, ...args], { encoding: "utf8" });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

let srv: TestServer;
let dir: string;
beforeAll(async () => {
  srv = await startServer();
  dir = mkdtempSync(join(tmpdir(), "fw-cli-ingest-"));
});
afterAll(async () => { await srv.close(); });

describe("frontier ingest with URLs", () => {
  it("fetches pages from an allowed host, refuses private redirects, and reports per-item failures", async () => {
    const db = join(dir, "urls.db");
    const args = ["ingest", "--db", db, "--json", "--allow-host", "127.0.0.1", "--timeout", "1s",
      `${srv.base}/article`, `${srv.base}/doc.pdf`, `${srv.base}/redirect-private`, `${srv.base}/missing`, `${srv.base}/slow`, `${srv.base}/image`];
    const r = await cli(args);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ new: 2, updated: 0, unchanged: 0, failed: 4 });
    expect(s.failures.map((f: { error: string }) => f.error.replace(srv.base, ""))).toEqual([
      "/redirect-private: refused: 10.1.2.3 is a private or reserved address (use --allow-host 10.1.2.3 to permit it)".replace("/redirect-private", "http://10.1.2.3/internal"),
      "/missing: HTTP 404 Not Found",
      "/slow: timed out after 1000 ms",
      '/image: unexpected Content-Type "image/png" (expected text/html, application/xhtml+xml, application/pdf, text/plain, text/markdown)',
    ]);
    expect(r.stderr).toMatch(/ingest: 2 new, 0 updated, 0 unchanged, 4 failed/);
    const again = await cli(["ingest", "--db", db, "--allow-host", "127.0.0.1", `${srv.base}/article?utm_source=x&fbclid=y`]);
    expect(again.stderr).toMatch(/0 new, 0 updated, 1 unchanged, 0 failed/);
    const noAllow = await cli(["ingest", "--db", db, `${srv.base}/article`]);
    expect(noAllow.stderr).toMatch(/loopback address/);
  });
});

describe("frontier feeds and watch", () => {
  it("adds, lists and imports feeds; watch --once ingests new items; SIGTERM stops watch cleanly", async () => {
    const db = join(dir, "feeds.db");
    expect((await cli(["feeds", "add", `${srv.base}/feed.xml`, "--every", "15m", "--db", db])).stderr).toMatch(/added feed/);
    const opml = join(dir, "subs.opml");
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
<outline text="Wires"><outline text="Atom" type="rss" xmlUrl="${srv.base}/atom.xml"/><outline text="Same" xmlUrl="${srv.base}/feed.xml"/></outline></body></opml>`);
    const imp = await cli(["feeds", "import-opml", opml, "--db", db, "--every", "1h"]);
    expect(imp.stderr).toMatch(/1 added, 1 already known, 0 failed/);
    const bad = join(dir, "bad.opml");
    writeFileSync(bad, "<opml><body><outline");
    const impBad = await cli(["feeds", "import-opml", bad, "--db", db]);
    expect(impBad.code).toBe(1);
    expect(impBad.stderr).toMatch(/bad\.opml/);
    expect((await cli(["feeds", "add", "ftp://x/feed", "--db", db])).stderr).toMatch(/not an http\(s\) URL/);
    expect((await cli(["feeds", "add", `${srv.base}/f`, "--every", "10s", "--db", db])).stderr).toMatch(/--every: at least 1m/);

    const list = JSON.parse((await cli(["feeds", "list", "--json", "--db", db])).stdout);
    expect(list.map((f: { url: string }) => f.url.replace(srv.base, "")).sort()).toEqual(["/atom.xml", "/f", "/feed.xml"].filter((u) => u !== "/f"));

    const w = await cli(["watch", "--once", "--json", "--allow-host", "127.0.0.1", "--per-host", "10ms", "--db", db]);
    expect(w.code).toBe(0);
    expect(JSON.parse(w.stdout)).toMatchObject({ feeds: 2, new: 3, failed: 0 });
    const listed = (await cli(["feeds", "list", "--db", db])).stdout;
    expect(listed).toMatch(/feed\.xml\tevery 15m\tok/);

    // Not --once: stays up until SIGTERM, then exits 0 with its summary.
    const child = spawn(process.execPath, [BIN, "watch", "--allow-host", "127.0.0.1", "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    for (let t = 0; t < 1200 && !/watch: 2 feed\(s\)/.test(err); t++) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGTERM");
    const code = await new Promise((r) => child.on("exit", (c) => r(c)));
    expect(code).toBe(0);
    expect(err).toMatch(/watch: 0 feed poll\(s\); 0 new/);
    expect(err).toMatch(/stopping after the current item/);
  });
});

describe("a dataset import killed midway", () => {
  it("finishes on re-run with every row once", async () => {
    // Rows spread over places and years, so that the linker's candidate search stays small.
    const N = 3000;
    const header = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,admin2,location,latitude,longitude,geo_precision,notes,fatalities";
    const lines = [header];
    for (let i = 0; i < N; i++) {
      const date = new Date(Date.UTC(2012, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      const place = ["Bannu", "Tank", "Kohat", "Hangu", "Karak", "Swat"][i % 6];
      lines.push(`PAK${100000 + i},${date},${date.slice(0, 4)},1,Battles,Armed clash,TTP: Tehreek-i-Taliban Pakistan,Military Forces of Pakistan (2018-),Pakistan,Khyber Pakhtunkhwa,${place},${place},${(32 + (i % 6) * 0.3).toFixed(2)},${(70 + (i % 6) * 0.3).toFixed(2)},1,Invented row ${i},${i % 7}`);
    }
    const csv = join(dir, "big-acled.csv");
    writeFileSync(csv, lines.join("\n") + "\n");
    const db = join(dir, "kill.db");
    await cli(["init", "--db", db]);
    const count = () => {
      try {
        const d = new Database(db, { readonly: true, fileMustExist: true });
        try {
          return (d.prepare("select count(*) n from reports").get() as { n: number }).n;
        } finally {
          d.close();
        }
      } catch {
        return 0;
      }
    };
    // Small transactions so that the kill lands between commits of one file.
    const child = spawn(process.execPath, [BIN, "ingest", "--quiet", "--chunk", "200", "--db", db, csv], { stdio: "ignore" });
    for (let t = 0; t < 1200 && count() === 0; t++) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    const mid = count();
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(N);

    const rerun = await cli(["ingest", "--quiet", "--db", db, csv]);
    expect(rerun.stderr).not.toMatch(/error/);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${N - mid} new, 0 updated, ${mid} unchanged, 0 failed`));
    const d = new Database(db, { readonly: true });
    try {
      const q = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
      expect(q("select count(*) n from reports")).toBe(N);
      expect(q("select count(distinct dataset_key) n from reports")).toBe(N);
      expect(q("select count(*) n from mentions")).toBe(N);
      expect(q("select count(*) n from mentions where incident_id is null")).toBe(0);
      expect(q("select count(*) n from incidents i where not exists (select 1 from mentions m where m.incident_id = i.id)")).toBe(0);
    } finally {
      d.close();
    }
  }, 300_000);
});
