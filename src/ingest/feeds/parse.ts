import { parseFeed, parseOpml } from "feedsmith";
import { isoDate } from "../readers/html.js";

/** One entry of a feed, whatever its format. */
export interface FeedEntry {
  /** Stable identity within the feed: guid / id, else the link. */
  key: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  title: string | null;
  entries: FeedEntry[];
}

type Any = Record<string, any>;

const text = (v: unknown): string | null => {
  if (typeof v === "string") return v.trim() || null;
  if (v && typeof v === "object" && typeof (v as Any).value === "string") return (v as Any).value.trim() || null;
  return null;
};

/** Parses RSS 0.9x/2.0, Atom, RDF (RSS 1.0) or JSON Feed (feedsmith); throws with a clear message when malformed. */
export function parseAnyFeed(body: string): ParsedFeed {
  let parsed: { format: string; feed: Any };
  try {
    parsed = parseFeed(body) as unknown as { format: string; feed: Any };
  } catch (e) {
    const name = (e as Error).name;
    throw new Error(name === "DetectError" ? "not a feed (no RSS, Atom, RDF or JSON Feed structure found)" : `malformed feed: ${(e as Error).message}`);
  }
  const f = parsed.feed;
  const entries: FeedEntry[] = [];
  const push = (key: string | null, url: string | null, title: string | null, date: string | null) => {
    const k = key ?? url;
    if (k) entries.push({ key: k, url, title, published: isoDate(date) });
  };
  switch (parsed.format) {
    case "rss":
      for (const i of (f.items ?? []) as Any[]) push(text(i.guid), text(i.link), text(i.title), text(i.pubDate) ?? text(i.dc?.dates?.[0]));
      break;
    case "atom":
      for (const e of (f.entries ?? []) as Any[]) {
        const links = (e.links ?? []) as Any[];
        const link = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
        push(text(e.id), text(link?.href), text(e.title), text(e.published) ?? text(e.updated));
      }
      break;
    case "rdf":
      for (const i of (f.items ?? []) as Any[]) push(text(i.rdf?.about), text(i.link), text(i.title), text(i.dc?.dates?.[0]) ?? text(i.dc?.date));
      break;
    case "json":
      for (const i of (f.items ?? []) as Any[]) push(i.id != null ? String(i.id) : null, text(i.url), text(i.title), text(i.date_published));
      break;
  }
  return { format: parsed.format as ParsedFeed["format"], title: text(f.title), entries };
}

/** Feed URLs (xmlUrl) of an OPML subscription list, with their titles, nested outlines included. */
export function parseOpmlFeeds(body: string): { url: string; title: string | null }[] {
  let opml: Any;
  try {
    opml = parseOpml(body) as Any;
  } catch (e) {
    throw new Error(`malformed OPML: ${(e as Error).message}`);
  }
  const out: { url: string; title: string | null }[] = [];
  const walk = (outlines: Any[] | undefined) => {
    for (const o of outlines ?? []) {
      if (typeof o.xmlUrl === "string" && o.xmlUrl.trim()) out.push({ url: o.xmlUrl.trim(), title: text(o.title) ?? text(o.text) });
      walk(o.outlines);
    }
  };
  walk(opml.body?.outlines);
  return out;
}
