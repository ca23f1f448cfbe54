import { parentPort, workerData } from "node:worker_threads";
import { contentHash } from "../../domain/content-hash.js";
import { emptyNotes, type ReadItem, type ReadNotes } from "../api.js";
import { readRows } from "./index.js";
import { ROWS_PER_MESSAGE, MESSAGES_AHEAD, packItems, type ToWorker, type WorkerInput, type WorkerMessage } from "./worker.js";

/**
 * The dataset reader's worker thread (see worker.ts): once its modules are loaded it says so and is told how many
 * items the reader has made meanwhile in its own thread; it reads the file's rows as the reader does, passes over
 * those items (and their notes), adds each further row's content hash, and posts them in batches, at most
 * MESSAGES_AHEAD batches ahead of what the reader consumed (packed: worker.ts packItems).
 */
const input = workerData as WorkerInput;
const port = parentPort!;
const notes = emptyNotes();
let credits = MESSAGES_AHEAD;
let skip = -1;
let wake: (() => void) | null = null;
port.on("message", (m: ToWorker) => {
  if (typeof m === "number") credits += m;
  else skip = m.skip;
  wake?.();
  wake = null;
});
const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
};

port.postMessage({ ready: true } satisfies WorkerMessage);
await until(() => skip >= 0);

// the notes of the items the reader made itself are its own already: those items' notes go to a sink
const sink = emptyNotes();
let live = skip === 0;
const gated: ReadNotes = {
  get warnings() {
    return live ? notes.warnings : sink.warnings;
  },
  get unmappedActors() {
    return live ? notes.unmappedActors : sink.unmappedActors;
  },
};

let batch: ReadItem[] = [];
async function send(): Promise<void> {
  await until(() => credits > 0);
  credits--;
  const message: WorkerMessage = { items: packItems(batch), warnings: notes.warnings.splice(0), unmapped: [...notes.unmappedActors] };
  notes.unmappedActors.clear();
  batch = [];
  port.postMessage(message);
}

let index = 0;
for await (const item of readRows(input.path, { maxBytes: input.maxBytes, dataset: input.dataset, notes: gated })) {
  if (index++ < skip) {
    if (index === skip) live = true;
    continue;
  }
  if (item.ok) item.contentHash = contentHash(item.report.text);
  batch.push(item);
  if (batch.length >= ROWS_PER_MESSAGE) await send();
}
if (batch.length || notes.warnings.length || notes.unmappedActors.size) await send();
port.postMessage({ done: true } satisfies WorkerMessage);
