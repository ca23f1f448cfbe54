import type { ExtractionResult, InputDoc } from "../domain/index.js";
import type { Geocoder } from "../geo/api.js";
import { defaultGeocoder } from "../geo/index.js";
import type { ExtractOptions } from "./api.js";
import { extractClaims } from "./claims/index.js";
import { readReport } from "./pipeline.js";

export type { ExtractOptions } from "./api.js";
export { findActors, type ActorMention } from "./actors.js";

/** Texts longer than this are cut (with a note in `error`): a report is never megabytes of prose. */
export const MAX_CHARS = 200_000;

let geocoder: Geocoder | null | undefined;
function projectGeocoder(): Geocoder | null {
  if (geocoder !== undefined) return geocoder;
  try {
    geocoder = defaultGeocoder();
  } catch {
    geocoder = null;
  }
  return geocoder;
}

/** Too little prose to read: binary noise, markup without text, digits only. */
function unreadable(text: string): string | null {
  if (!text.trim()) return null;
  const n = Math.min(text.length, 20000);
  let latin = 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  if (latin < 20) return "no English text to read (fewer than 20 Latin letters)";
  if (bad > n * 0.1) return "looks like binary data, not text";
  return null;
}

/**
 * Reads one report into incidents and claims (../shared/eval/FORMAT.md). Never throws: unreadable or
 * failing input gives a result with `error` set and whatever could be read.
 */
export function extract(doc: InputDoc, options: ExtractOptions = {}): ExtractionResult {
  const id = doc && doc.id != null ? String(doc.id) : "";
  try {
    if (!doc || typeof doc.text !== "string") return { id, incidents: [], claims: [], error: "document has no text field (string expected)" };
    const bad = unreadable(doc.text);
    if (bad) return { id, incidents: [], claims: [], error: bad };
    let note: string | undefined;
    let input = doc;
    if (doc.text.length > MAX_CHARS) {
      input = { ...doc, text: doc.text.slice(0, MAX_CHARS) };
      note = `text is ${doc.text.length} characters; only the first ${MAX_CHARS} were read`;
    }
    const published = input.published && /^\d{4}-\d{2}-\d{2}$/.test(input.published) ? input.published : null;
    const reading = readReport({ ...input, published }, options.geocoder ?? projectGeocoder());
    let claims: ExtractionResult["claims"] = [];
    try {
      claims = extractClaims(input.text, { published, title: input.title ?? null, source: input.source ?? null, incidents: reading.incidents, actors: reading.norm.text === input.text ? reading.actors : undefined });
    } catch (e) {
      note = [note, `claims pass failed: ${(e as Error).message}`].filter(Boolean).join("; ");
    }
    const result: ExtractionResult = { id, incidents: reading.incidents, claims };
    if (note) result.error = note;
    return result;
  } catch (e) {
    return { id, incidents: [], claims: [], error: `extraction failed: ${(e as Error)?.message ?? String(e)}` };
  }
}
