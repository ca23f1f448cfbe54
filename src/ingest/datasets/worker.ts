import { Worker } from "node:worker_threads";
import type { NewReport } from "../../domain/index.js";
import { mentionJson, mentionJsonRoundTrips, type MentionJson } from "../../store/mentions.js";
import type { ReadItem, ReadOptions } from "../api.js";

/** What the worker is given: the file and the reader's options that can cross threads. */
export interface WorkerInput {
  path: string;
  maxBytes: number;
  dataset?: string;
}

/**
 * What the worker posts: that it is ready, a batch of items with the notes made since the last one, or the end.
 * The items go packed (packItems): a flat array of strings, which structured cloning copies as they are, instead
 * of an object tree per row (its fields, the incident's values, a dozen evidence spans) to stringify there and
 * parse here.
 */
export type WorkerMessage =
  | { ready: true }
  | { items: Packed; warnings: string[]; unmapped: [string, number][] }
  | { done: true };

/** Items packed for the thread that stores them: see packItems. */
export type Packed = (string | number | null | undefined)[];

/** A packed dataset row: its report's fields, content hash and mention JSON. */
const ROW = 1;
/** Any other item (an error, or a row packItems does not know the shape of), as its JSON text. */
const OTHER = 0;

/** The report fields a dataset row has (rowItem): packItems sends these, in this order, and no row with others. */
const ROW_FIELDS: ReadonlySet<string> = new Set(["kind", "title", "text", "outlet", "published", "language", "dataset", "dataset_key"]);

/**
 * A batch of items as one flat array. A dataset row goes as ROW, its origin, content hash, report fields and the
 * count and JSON columns of its mentions (MentionJson: made here, so the storing thread never builds them, nor
 * the incident objects they come from); unpackItems gives it back without `extraction` but with `mentionJson`
 * (the extraction is rebuilt from that when needed: pipeline/ingest-dataset.ts extractionOf, which gives the same
 * incidents for the rows packed so). Any other item goes as OTHER and its JSON (a key whose value is undefined
 * arrives absent, which every reader of items treats alike).
 */
export function packItems(items: readonly ReadItem[]): Packed {
  const out: Packed = [];
  for (const item of items) {
    if (packableRow(item)) {
      const r = item.report;
      out.push(ROW, item.origin, item.contentHash, r.kind, r.title, r.text, r.outlet, r.published, r.language, r.dataset, r.dataset_key, item.extraction.incidents.length);
      for (const inc of item.extraction.incidents) {
        const j = mentionJson(inc);
        out.push(j.values_json, j.evidence_json, j.confidence_json);
      }
    } else out.push(OTHER, JSON.stringify(item));
  }
  return out;
}

type RowItem = Extract<ReadItem, { ok: true }> & { extraction: NonNullable<Extract<ReadItem, { ok: true }>["extraction"]> };

/** A dataset row packItems can send as ROW: nothing in it that unpackItems and extractionOf would not give back. */
function packableRow(item: ReadItem): item is RowItem {
  if (!item.ok || !item.extraction || item.extraction.claims.length || item.extraction.error !== undefined) return false;
  const r = item.report;
  if (!r.dataset || !r.dataset_key || item.extraction.id !== `${r.dataset}:${r.dataset_key}` || typeof item.contentHash !== "string") return false;
  for (const k in r) if (!ROW_FIELDS.has(k)) return false;
  for (const inc of item.extraction.incidents) if (!mentionJsonRoundTrips(inc)) return false;
  return true;
}

/** The items of a packed batch (see packItems). */
export function unpackItems(p: Packed): ReadItem[] {
  const out: ReadItem[] = [];
  for (let i = 0; i < p.length;) {
    if (p[i++] !== ROW) {
      out.push(JSON.parse(p[i++] as string) as ReadItem);
      continue;
    }
    const origin = p[i++] as string;
    const contentHash = p[i++] as string;
    const report = {
      kind: p[i++], title: p[i++], text: p[i++], outlet: p[i++], published: p[i++], language: p[i++], dataset: p[i++], dataset_key: p[i++],
    } as NewReport;
    const n = p[i++] as number;
    const mentions: MentionJson[] = new Array(n);
    for (let k = 0; k < n; k++, i += 3) mentions[k] = { values_json: p[i] as string, evidence_json: p[i + 1] as string, confidence_json: p[i + 2] as string };
    out.push({ ok: true, origin, report, contentHash, mentionJson: mentions });
  }
  return out;
}

/** What the reader tells the worker: how many items it made itself (once), then one more message consumed (each time). */
export type ToWorker = { skip: number } | number;

/** Rows per message: large enough that posting costs little per row, small enough to keep the two threads in step. */
export const ROWS_PER_MESSAGE = 250;
/** Messages the worker may post before the reader has consumed them (memory stays bounded whatever the file's size). */
export const MESSAGES_AHEAD = 8;

/**
 * A dataset CSV's rows read in a worker thread (row-worker.ts runs `inThread`, i.e. readRows, there): the same items
 * in the same order, each with its content hash made, while this thread stores them. Until the worker has started
 * (loading its modules takes a while) the rows are read here; from then on the worker, told how many items were
 * made here, makes the rest. The notes (warnings, unmapped actor names) come with the batches. A worker that cannot
 * start leaves the reading to this thread; one that fails later ends the file with an error item. A consumer that
 * stops early ends the worker.
 */
export async function* readRowsInWorker(
  path: string, options: ReadOptions, inThread: (path: string, options: ReadOptions) => AsyncIterable<ReadItem>,
  /** For tests: make exactly this many items here, then wait for the worker (instead of handing over when it is ready). */
  handover?: number,
): AsyncGenerator<ReadItem> {
  const input: WorkerInput = { path, maxBytes: options.maxBytes, ...(options.dataset ? { dataset: options.dataset } : {}) };
  let worker: Worker;
  try {
    // execArgv: [] — the boot file registers tsx itself (a `--import tsx` inherited from the parent would load it twice);
    // the young generation as large as `frontier`'s (bin/frontier.mjs: 64 MB semi-spaces) for the same reason as there
    worker = new Worker(new URL("./row-worker-boot.mjs", import.meta.url), {
      workerData: input, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 192 },
    });
  } catch {
    yield* inThread(path, options);
    return;
  }
  type Event = WorkerMessage | { failed: string };
  const queue: Event[] = [];
  let wake: (() => void) | null = null;
  const push = (e: Event) => {
    queue.push(e);
    wake?.();
    wake = null;
  };
  worker.on("message", (m: WorkerMessage) => push(m));
  worker.on("error", (e: Error) => push({ failed: e.message }));
  worker.on("exit", (code: number) => push({ failed: `the worker thread stopped (exit code ${code})` }));
  try {
    // here until the worker is ready (or has failed: then here to the end)
    const local = inThread(path, options)[Symbol.asyncIterator]();
    let made = 0;
    let localDone = false;
    try {
      while (handover === undefined ? !queue.length : made < handover) {
        const next = await local.next();
        if (next.done) {
          localDone = true;
          break;
        }
        made++;
        yield next.value;
      }
      if (!localDone) while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
      if (!localDone && "failed" in queue[0]) {
        for (let next = await local.next(); !next.done; next = await local.next()) yield next.value;
        localDone = true;
      }
    } finally {
      if (!localDone) await local.return?.(undefined);
    }
    if (localDone) return;
    queue.shift(); // { ready: true }
    worker.postMessage({ skip: made } satisfies ToWorker);
    for (;;) {
      while (!queue.length) await new Promise<void>((resolve) => (wake = resolve));
      const e = queue.shift()!;
      if ("done" in e) return;
      if ("failed" in e) {
        yield { ok: false, origin: path, error: `reading the rows in a worker thread failed: ${e.failed}` };
        return;
      }
      if ("ready" in e) continue;
      if (options.notes) {
        options.notes.warnings.push(...e.warnings);
        for (const [k, n] of e.unmapped) options.notes.unmappedActors.set(k, (options.notes.unmappedActors.get(k) ?? 0) + n);
      }
      for (const item of unpackItems(e.items)) yield item;
      worker.postMessage(1 satisfies ToWorker);
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
