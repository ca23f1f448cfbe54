import { readFile } from "node:fs/promises";
import { checkInputFile } from "../bytes.js";
import { basename, extname } from "node:path";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import type { NewReport } from "../../domain/index.js";
import type { Reader, ReadItem, ReadOptions } from "../api.js";
import { canonicalUrl } from "../canonical-url.js";

/** Text and metadata of a PDF. */
export interface PdfDocument {
  title: string | null;
  author: string | null;
  published: string | null;
  pages: number;
  text: string;
}

/**
 * Reads a PDF's text layer with unpdf. A scanned PDF without a text layer is an error ("no text"), not an
 * empty report: there is nothing to extract or cite from it.
 */
export async function parsePdf(bytes: Uint8Array): Promise<PdfDocument | { error: string }> {
  if (bytes.length < 5 || Buffer.from(bytes.subarray(0, 5)).toString("latin1") !== "%PDF-") {
    return { error: "not a PDF (no %PDF- header)" };
  }
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const pages = (text as string[]).map((p) => p.replace(/[ \t]+/g, " ").replace(/\s*\n\s*/g, "\n").trim()).filter(Boolean);
    let info: Record<string, unknown> = {};
    try {
      info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>;
    } catch {
      // metadata is optional
    }
    await pdf.destroy().catch(() => {});
    const body = pages.join("\n\n");
    if (!body.replace(/\s/g, "")) return { error: `PDF has no text layer (${totalPages} page${totalPages === 1 ? "" : "s"}; scanned images are not read)` };
    return {
      title: str(info.Title),
      author: str(info.Author),
      published: pdfDate(str(info.CreationDate)),
      pages: totalPages,
      text: body,
    };
  } catch (e) {
    return { error: `cannot read PDF: ${(e as Error).message}` };
  }
}

export function pdfToReport(doc: PdfDocument, fallbackTitle: string, url: string | null, fetchedAt: string | null): NewReport {
  return {
    kind: "news",
    title: doc.title ?? (doc.text.split("\n")[0].slice(0, 120) || fallbackTitle),
    text: doc.text,
    url,
    canonical_url: url ? canonicalUrl(url) : null,
    outlet: url ? new URL(url).hostname.replace(/^www\./, "") : null,
    byline: doc.author,
    published: doc.published,
    fetched_at: fetchedAt,
    language: "en",
  };
}

export const pdfReader: Reader = {
  accepts: (input) => extname(input).toLowerCase() === ".pdf",
  async *read(path: string, options: ReadOptions): AsyncIterable<ReadItem> {
    const checked = await checkInputFile(path, options.maxBytes);
    if ("error" in checked) {
      yield { ok: false, origin: path, error: checked.error };
      return;
    }
    const doc = await parsePdf(await readFile(path));
    if ("error" in doc) yield { ok: false, origin: path, error: doc.error };
    else yield { ok: true, origin: path, report: pdfToReport(doc, basename(path), null, null) };
  },
};

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** PDF dates look like "D:20240115093000+05'00'". */
function pdfDate(s: string | null): string | null {
  const m = s && /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
