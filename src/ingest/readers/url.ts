import { basename } from "node:path";
import type { NewReport } from "../../domain/index.js";
import type { Reader, ReadItem, ReadOptions } from "../api.js";
import { decodeText } from "../bytes.js";
import { canonicalUrl } from "../canonical-url.js";
import { bodyText, FetchError, safeFetch, type FetchResult } from "../fetch/safe-fetch.js";
import { htmlToReport, parseHtmlDocument } from "./html.js";
import { parsePdf, pdfToReport } from "./pdf.js";
import { parseTextReport } from "./text.js";

/** Media types a page URL may answer with. */
export const PAGE_TYPES = ["text/html", "application/xhtml+xml", "application/pdf", "text/plain", "text/markdown"] as const;

/** A fetched body as a report, by its Content-Type (HTML, PDF, plain text); `url` is the final URL. */
export async function responseToReport(res: FetchResult): Promise<NewReport | { error: string }> {
  const fetchedAt = new Date().toISOString();
  const type = res.contentType || sniff(res.body);
  if (type === "application/pdf") {
    const doc = await parsePdf(res.body);
    return "error" in doc ? doc : pdfToReport(doc, basename(new URL(res.url).pathname), res.url, fetchedAt);
  }
  if (type === "text/plain" || type === "text/markdown") {
    const got = decodeText(res.body);
    if ("error" in got) return got;
    const r = parseTextReport(got.text, res.url);
    return { ...r, url: res.url, canonical_url: canonicalUrl(res.url), fetched_at: fetchedAt };
  }
  if (!res.body.length) return { error: "empty body" };
  const doc = parseHtmlDocument(bodyText(res), res.url);
  return "error" in doc ? doc : htmlToReport(doc, res.url, fetchedAt);
}

function sniff(body: Buffer): string {
  if (body.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  return /^\s*</.test(body.subarray(0, 64).toString("latin1")) ? "text/html" : "text/plain";
}

/** Fetches one page and reads it; fetch errors (refused address, 404, timeout, size, type) are item errors. */
export async function fetchPage(url: string, options: Pick<ReadOptions, "maxBytes" | "policy" | "timeoutMs">): Promise<ReadItem> {
  try {
    const res = await safeFetch(url, { policy: options.policy, maxBytes: options.maxBytes, timeoutMs: options.timeoutMs, accept: PAGE_TYPES });
    const report = await responseToReport(res);
    if ("error" in report) return { ok: false, origin: url, error: `${res.url}: ${report.error}` };
    return { ok: true, origin: url, report };
  } catch (e) {
    return { ok: false, origin: url, error: e instanceof FetchError ? e.message : `${url}: ${(e as Error).message}` };
  }
}

/** http(s) URLs given to `frontier ingest`: fetched safely, then read as HTML, PDF or text. */
export const urlReader: Reader = {
  accepts: (input) => /^https?:\/\//i.test(input),
  async *read(url: string, options: ReadOptions): AsyncIterable<ReadItem> {
    yield await fetchPage(url, options);
  },
};
