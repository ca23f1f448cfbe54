import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostPolicy } from "../../src/ingest/fetch/address-policy.js";
import { FetchError, safeFetch } from "../../src/ingest/fetch/safe-fetch.js";
import { USER_AGENT } from "../../src/ingest/fetch/user-agent.js";
import { fetchPage, PAGE_TYPES } from "../../src/ingest/readers/url.js";
import { startServer, type TestServer } from "./server.js";

let srv: TestServer;
const allow = new HostPolicy(["127.0.0.1"]);
beforeAll(async () => { srv = await startServer(); });
afterAll(async () => { await srv.close(); });

async function fails(url: string, opts: Parameters<typeof safeFetch>[1] = {}): Promise<FetchError> {
  try {
    await safeFetch(url, { policy: allow, ...opts });
  } catch (e) {
    expect(e).toBeInstanceOf(FetchError);
    return e as FetchError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe("safe fetching", () => {
  it("refuses loopback without --allow-host, and allows it when named", async () => {
    const e = await fails(`${srv.base}/page/1`, { policy: new HostPolicy() });
    expect(e.code).toBe("refused");
    expect(e.message).toMatch(/127\.0\.0\.1 is a loopback address \(use --allow-host 127\.0\.0\.1/);
    const ok = await safeFetch(`${srv.base}/page/1`, { policy: allow });
    expect(ok.status).toBe(200);
    expect(ok.contentType).toBe("text/html");
  });

  it("checks the address a host name resolves to (localhost → 127.0.0.1)", async () => {
    const port = new URL(srv.base).port;
    const e = await fails(`http://localhost:${port}/page/1`, { policy: new HostPolicy() });
    expect(e.code).toBe("refused");
    expect(e.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
  });

  it("follows redirects, and refuses one to a private or link-local address", async () => {
    const ok = await safeFetch(`${srv.base}/redirect`, { policy: allow });
    expect(ok.url).toBe(`${srv.base}/page/1`);
    expect(ok.redirects).toEqual([`${srv.base}/page/1`]);
    expect((await fails(`${srv.base}/redirect-private`)).message).toMatch(/10\.1\.2\.3 is a private or reserved address/);
    expect((await fails(`${srv.base}/redirect-metadata`)).message).toMatch(/169\.254\.169\.254 is a link-local address/);
  });

  it("stops after 5 redirects", async () => {
    const e = await fails(`${srv.base}/loop`);
    expect(e.code).toBe("redirects");
    expect(e.message).toMatch(/more than 5 redirects/);
  });

  it("caps the body size, declared or streamed", async () => {
    expect((await fails(`${srv.base}/big`, { maxBytes: 1024 * 1024 })).code).toBe("too_large");
    expect((await fails(`${srv.base}/big-declared`)).message).toMatch(/exceeds the 10485760-byte limit/);
  });

  it("times out a slow response", async () => {
    const e = await fails(`${srv.base}/slow`, { timeoutMs: 300 });
    expect(e.code).toBe("timeout");
    expect(e.message).toMatch(/timed out after 300 ms/);
  });

  it("checks the content type, reports HTTP errors and decompresses gzip", async () => {
    const t = await fails(`${srv.base}/image`, { accept: PAGE_TYPES });
    expect(t.code).toBe("content_type");
    expect(t.message).toMatch(/unexpected Content-Type "image\/png"/);
    const nf = await fails(`${srv.base}/missing`);
    expect([nf.code, nf.status]).toEqual(["http", 404]);
    const gz = await safeFetch(`${srv.base}/gzip`, { policy: allow });
    expect(gz.body.toString()).toContain("Report number 7");
  });

  it("refuses non-http schemes and names the project in the User-Agent", async () => {
    expect((await fails("file:///etc/passwd")).code).toBe("bad_url");
    await safeFetch(`${srv.base}/page/2`, { policy: allow });
    expect(srv.userAgents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/FrontierWatch/);
  });
});

describe("pages from URLs", () => {
  const opts = { maxBytes: 10 * 1024 * 1024, policy: allow, timeoutMs: 2000 };
  it("reads an HTML page with its final URL as identity (tracking parameters removed)", async () => {
    const item = await fetchPage(`${srv.base}/article?utm_campaign=x`, opts);
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.report).toMatchObject({ title: "Two soldiers killed in attack on checkpost near Bannu", byline: "Staff Reporter", published: "2024-03-12", canonical_url: `${srv.base}/article` });
    expect(item.report.fetched_at).toMatch(/^\d{4}-/);
  });

  it("reads a PDF served over HTTP", async () => {
    const item = await fetchPage(`${srv.base}/doc.pdf`, opts);
    expect(item.ok && item.report.text).toBe("LANDI KOTAL: Two Levies personnel were injured in an attack on Saturday.");
  });

  it("turns a 404 and a refused address into item errors", async () => {
    expect(await fetchPage(`${srv.base}/missing`, opts)).toEqual({ ok: false, origin: `${srv.base}/missing`, error: `${srv.base}/missing: HTTP 404 Not Found` });
    const r = await fetchPage(`${srv.base}/redirect-private`, opts);
    expect(r.ok).toBe(false);
  });
});
