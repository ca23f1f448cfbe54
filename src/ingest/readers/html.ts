import { extname } from "node:path";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { NewReport } from "../../domain/index.js";
import type { Reader, ReadItem, ReadOptions } from "../api.js";
import { readTextFile } from "../bytes.js";
import { canonicalUrl } from "../canonical-url.js";

const EXT = new Set([".html", ".htm", ".xhtml"]);

/** Block elements whose end is a paragraph break in the extracted text. */
const BLOCK = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "FIGCAPTION",
  "UL", "OL", "TABLE", "HEADER", "FOOTER", "DD", "DT",
]);

/** The few DOM shapes used here (the project compiles without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  tagName?: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}
interface DomDocument {
  title: string;
  body: DomNode | null;
  documentElement: DomNode;
  querySelector(sel: string): DomNode | null;
  querySelectorAll(sel: string): Iterable<DomNode>;
}

/** What an HTML page yields: its main text and the metadata found in it. */
export interface HtmlDocument {
  title: string | null;
  byline: string | null;
  published: string | null;
  outlet: string | null;
  language: string | null;
  /** The page's own canonical link, when it declares one. */
  canonical: string | null;
  text: string;
}

/**
 * Main text of an HTML page (@mozilla/readability over linkedom), with title, byline, site name and
 * published date from the page's metadata (Open Graph / article:*, JSON-LD, <time>, Dublin Core).
 * Returns an error when no readable text is left, so that an empty shell page is not stored as a report.
 */
export function parseHtmlDocument(html: string, url?: string | null): HtmlDocument | { error: string } {
  let document: DomDocument;
  try {
    ({ document } = parseHTML(html) as unknown as { document: DomDocument });
  } catch (e) {
    return { error: `cannot parse HTML: ${(e as Error).message}` };
  }
  // Metadata first: Readability rewrites the document.
  const meta = readMeta(document);
  let article: ReturnType<Readability<DomNode>["parse"]> = null;
  try {
    article = new Readability<DomNode>(document as never, { serializer: (n) => n as unknown as DomNode, charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  let text = article?.content ? blockText(article.content) : "";
  if (!text) text = blockText(document.body ?? document.documentElement);
  if (!text.trim()) return { error: "no readable text in the HTML page" };
  return {
    title: clean(meta.title ?? article?.title ?? document.title),
    byline: clean(article?.byline ?? meta.byline),
    published: isoDate(meta.published ?? article?.publishedTime ?? null),
    outlet: clean(meta.site ?? article?.siteName),
    language: clean(article?.lang ?? document.documentElement?.getAttribute("lang"))?.slice(0, 2).toLowerCase() ?? null,
    canonical: meta.canonical && url ? safeResolve(meta.canonical, url) : meta.canonical,
    text,
  };
}

/** An HTML document as a report; the canonical identity comes from the fetched URL, not the page's claim. */
export function htmlToReport(doc: HtmlDocument, url: string | null, fetchedAt: string | null): NewReport {
  return {
    kind: "news",
    title: doc.title,
    text: doc.text,
    url,
    canonical_url: url ? canonicalUrl(url) : null,
    outlet: doc.outlet ?? (url ? hostOf(url) : null),
    byline: doc.byline,
    published: doc.published,
    fetched_at: fetchedAt,
    language: doc.language ?? "en",
  };
}

export const htmlReader: Reader = {
  accepts: (input) => EXT.has(extname(input).toLowerCase()),
  async *read(path: string, options: ReadOptions): AsyncIterable<ReadItem> {
    const got = await readTextFile(path, options.maxBytes);
    if ("error" in got) {
      yield { ok: false, origin: path, error: got.error };
      return;
    }
    const doc = parseHtmlDocument(got.text);
    if ("error" in doc) {
      yield { ok: false, origin: path, error: doc.error };
      return;
    }
    // A saved page that names its canonical URL is the same report as that URL fetched live.
    const url = doc.canonical && canonicalUrl(doc.canonical) ? doc.canonical : null;
    yield { ok: true, origin: path, report: htmlToReport(doc, url, null) };
  },
};

interface Meta {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  canonical: string | null;
}

function readMeta(document: DomDocument): Meta {
  const m: Meta = { title: null, byline: null, published: null, site: null, canonical: null };
  const metas = document.querySelectorAll("meta");
  for (const el of metas) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop") ?? "").toLowerCase();
    const v = el.getAttribute("content");
    if (!v) continue;
    if (!m.published && /^(article:published_time|og:published_time|datepublished|date|pubdate|publishdate|dc\.date|dc\.date\.issued|dcterms\.created|sailthru\.date|parsely-pub-date)$/.test(key)) m.published = v;
    else if (!m.title && (key === "og:title" || key === "twitter:title")) m.title = v;
    else if (!m.byline && (key === "author" || key === "article:author" || key === "dc.creator")) m.byline = v;
    else if (!m.site && (key === "og:site_name" || key === "application-name")) m.site = v;
  }
  if (!m.published) {
    for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
      const got = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? "");
      if (got) {
        m.published = got[1];
        break;
      }
    }
  }
  if (!m.published) m.published = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  m.canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  return m;
}

/** Text of an element with paragraph breaks at block boundaries and single spaces inside blocks. */
function blockText(root: DomNode): string {
  const parts: string[] = [];
  let line = "";
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) parts.push(t);
    line = "";
  };
  const walk = (n: DomNode) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) line += c.nodeValue ?? "";
      else if (c.nodeType === 1) {
        const tag = (c.tagName ?? "").toUpperCase();
        if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT" || tag === "TEMPLATE") continue;
        if (tag === "BR") {
          line += " ";
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(c);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return parts.join("\n\n");
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

/** YYYY-MM-DD of a metadata date, in the date's own offset (a page dated 23:30+05:00 is that day there). */
export function isoDate(s: string | null): string | null {
  if (!s) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
}
