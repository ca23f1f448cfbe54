import { Worker } from "node:worker_threads";
import type { ReadItem, ReadOptions } from "../api.js";

/** What the worker is given: the file and the reader's options that can cross threads. */
export interface WorkerInput {
  path: string;
  maxBytes: number;
  dataset?: string;
}

/**
 * What the worker posts: that it is ready, a batch of items with the notes made since the last one, or the end.
 * The items go as one JSON text: one string crosses the threads, and JSON.parse makes them here in about 60% of
 * the time structured cloning took (20,000 ACLED rows, paired). Dataset items are plain data (strings, finite
 * numbers, null, arrays, objects); a key whose value is undefined arrives absent, which every reader of them
 * (and JSON, as they are stored) treats alike.
 */
export type WorkerMessage =
  | { ready: true }
  | { items: string; warnings: string[]; unmapped: [string, number][] }
  | { done: true };

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
      for (const item of JSON.parse(e.items) as ReadItem[]) yield item;
      worker.postMessage(1 satisfies ToWorker);
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
