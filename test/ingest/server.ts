import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { makePdf } from "../fixtures/ingest/make-pdf.js";

const PAGE = readFileSync("test/fixtures/ingest/pages/bannu-checkpost.html", "utf8");

/** A page in our own words, numbered so that each is a distinct report. */
export function page(n: number, extra = ""): string {
  return `<html><head><title>Report ${n}</title><meta property="article:published_time" content="2024-04-0${1 + (n % 9)}"></head><body><article>
<p>PESHAWAR: Report number ${n}. ${n + 1} policemen were injured when a roadside bomb struck their vehicle in Khyber district on Friday, officials said. ${extra}</p>
<p>The wounded were taken to a hospital in Peshawar. Security forces cordoned off the area and began a search, according to the invented statement written for these tests.</p>
</article></body></html>`;
}

export interface TestServer {
  base: string;
  /** Requests seen, as "METHOD path [if-none-match]". */
  log: string[];
  userAgents: string[];
  close(): Promise<void>;
  /** Mutable content, so tests can change a page between polls. */
  pages: Map<string, string>;
}

/** A local HTTP server with the cases the fetcher must handle: redirects, private redirects, size, time, types, ETags. */
export async function startServer(): Promise<TestServer> {
  const log: string[] = [];
  const userAgents: string[] = [];
  const pages = new Map<string, string>([["/page/1", page(1)], ["/page/2", page(2)], ["/page/3", page(3)]]);
  let base = "";
  const rss = (items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Wire</title>${items
    .map((p, i) => `<item><title>Item ${i}</title><link>${base}${p}?utm_source=rss</link><guid>${p}</guid><pubDate>Mon, 0${i + 1} Apr 2024 10:00:00 GMT</pubDate></item>`).join("")}</channel></rss>`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    log.push(`${req.method} ${url.pathname}${req.headers["if-none-match"] ? ` ${req.headers["if-none-match"]}` : ""}`);
    userAgents.push(String(req.headers["user-agent"]));
    const p = url.pathname;
    const html = (body: string) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(body);
    };
    if (pages.has(p)) return html(pages.get(p)!);
    switch (p) {
      case "/article":
        return html(PAGE);
      case "/redirect":
        res.writeHead(302, { location: "/page/1" });
        return res.end();
      case "/redirect-private":
        res.writeHead(301, { location: "http://10.1.2.3/internal" });
        return res.end();
      case "/redirect-metadata":
        res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
        return res.end();
      case "/redirect-localhost":
        res.writeHead(302, { location: `http://localhost:${url.port || new URL(base).port}/page/1` });
        return res.end();
      case "/loop":
        res.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get("n") ?? 0) + 1}` });
        return res.end();
      case "/big": {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = "x".repeat(64 * 1024);
        for (let i = 0; i < 40; i++) res.write(chunk);
        return res.end();
      }
      case "/big-declared":
        res.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
        return res.end();
      case "/slow":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<html>");
        return; // never ends
      case "/image":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      case "/gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
        return res.end(gzipSync(page(7)));
      case "/doc.pdf":
        res.writeHead(200, { "content-type": "application/pdf" });
        return res.end(makePdf([["LANDI KOTAL: Two Levies personnel were injured in an attack on Saturday."]], { title: "Invented statement" }));
      case "/feed.xml": {
        const body = rss(["/page/1", "/page/2"]);
        const etag = `"v${pages.get("/page/2")!.length}"`;
        if (req.headers["if-none-match"] === etag) {
          res.writeHead(304, { etag });
          return res.end();
        }
        res.writeHead(200, { "content-type": "application/rss+xml", etag, "last-modified": "Mon, 01 Apr 2024 10:00:00 GMT" });
        return res.end(body);
      }
      case "/feed-with-404.xml":
        res.writeHead(200, { "content-type": "application/rss+xml" });
        return res.end(rss(["/page/3", "/missing"]));
      case "/atom.xml":
        res.writeHead(200, { "content-type": "application/atom+xml" });
        return res.end(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Invented Atom</title><id>urn:x</id><updated>2024-04-01T00:00:00Z</updated><entry><id>urn:e1</id><title>E1</title><link href="${base}/page/3"/><updated>2024-04-03T00:00:00Z</updated></entry></feed>`);
      case "/broken-feed.xml":
        res.writeHead(200, { "content-type": "application/xml" });
        return res.end("<rss><channel><item><title>never closed");
      default:
        res.writeHead(404, { "content-type": "text/plain" });
        return res.end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
  return {
    base, log, userAgents, pages,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
