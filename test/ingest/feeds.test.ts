import { describe, expect, it } from "vitest";
import { parseAnyFeed, parseOpmlFeeds } from "../../src/ingest/feeds/parse.js";
import { HostRateLimiter } from "../../src/ingest/feeds/rate-limit.js";

describe("feed parsing", () => {
  it("reads RSS 2.0, Atom, RDF and JSON Feed into one entry shape", () => {
    const rss = parseAnyFeed(`<rss version="2.0"><channel><title>W</title><item><title>A</title><link>https://x.example/a</link><guid>id-a</guid><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item></channel></rss>`);
    expect(rss).toEqual({ format: "rss", title: "W", entries: [{ key: "id-a", url: "https://x.example/a", title: "A", published: "2024-01-02" }] });
    const atom = parseAnyFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>At</title><id>u</id><updated>2024-01-01T00:00:00Z</updated><entry><id>urn:1</id><title>E</title><link rel="alternate" href="https://x.example/e"/><published>2024-01-03T00:00:00Z</published></entry></feed>`);
    expect(atom.entries).toEqual([{ key: "urn:1", url: "https://x.example/e", title: "E", published: "2024-01-03" }]);
    const rdf = parseAnyFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://x.example/"><title>R</title><link>https://x.example/</link><description>d</description></channel><item rdf:about="https://x.example/r1"><title>R1</title><link>https://x.example/r1</link><dc:date>2024-01-04</dc:date></item></rdf:RDF>`);
    expect(rdf).toMatchObject({ format: "rdf", entries: [{ key: "https://x.example/r1", url: "https://x.example/r1", published: "2024-01-04" }] });
    const json = parseAnyFeed(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "J", items: [{ id: 7, url: "https://x.example/j", title: "J1", date_published: "2024-01-05T08:00:00Z" }] }));
    expect(json).toEqual({ format: "json", title: "J", entries: [{ key: "7", url: "https://x.example/j", title: "J1", published: "2024-01-05" }] });
  });

  it("names what is wrong with a malformed feed or something that is not one", () => {
    expect(() => parseAnyFeed("<rss><channel><item><title>open")).toThrow(/^malformed feed/);
    expect(() => parseAnyFeed("just text")).toThrow(/not a feed/);
  });

  it("reads nested OPML outlines", () => {
    expect(parseOpmlFeeds(`<opml version="2.0"><head><title>s</title></head><body><outline text="A" xmlUrl="https://a.example/f"/><outline text="Group"><outline title="B" text="b" xmlUrl="https://b.example/f"/><outline text="no url"/></outline></body></opml>`))
      .toEqual([{ url: "https://a.example/f", title: "A" }, { url: "https://b.example/f", title: "B" }]);
  });
});

describe("per-host rate limit", () => {
  it("spaces requests to one host and leaves other hosts alone", async () => {
    const waits: number[] = [];
    const limiter = new HostRateLimiter(1000, async (ms) => { waits.push(ms); });
    await limiter.wait("https://a.example/1");
    await limiter.wait("https://b.example/1");
    await limiter.wait("https://a.example/2");
    await limiter.wait("https://a.example/3");
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThan(900);
    expect(waits[1]).toBeGreaterThan(1900);
  });
});
