import { bodyText, FetchError, safeFetch, type FetchOptions } from "../fetch/safe-fetch.js";
import { parseAnyFeed, type ParsedFeed } from "./parse.js";

/** Media types a feed may be served with. */
export const FEED_TYPES = [
  "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
  "application/feed+json", "application/json", "text/plain", "text/html",
] as const;

export type PollResult =
  | { status: "not_modified" }
  | { status: "ok"; feed: ParsedFeed; etag: string | null; lastModified: string | null }
  | { status: "error"; error: string };

/** One conditional GET of a feed (If-None-Match / If-Modified-Since); never throws. */
export async function pollFeed(
  url: string, previous: { etag: string | null; lastModified: string | null }, options: Omit<FetchOptions, "accept" | "headers">,
): Promise<PollResult> {
  const headers: Record<string, string> = {};
  if (previous.etag) headers["if-none-match"] = previous.etag;
  if (previous.lastModified) headers["if-modified-since"] = previous.lastModified;
  try {
    const res = await safeFetch(url, { ...options, accept: FEED_TYPES, headers });
    if (res.status === 304) return { status: "not_modified" };
    const feed = parseAnyFeed(bodyText(res));
    const h = (k: string) => {
      const v = res.headers[k];
      return typeof v === "string" ? v : null;
    };
    return { status: "ok", feed, etag: h("etag"), lastModified: h("last-modified") };
  } catch (e) {
    return { status: "error", error: e instanceof FetchError ? e.message : `${url}: ${(e as Error).message}` };
  }
}
