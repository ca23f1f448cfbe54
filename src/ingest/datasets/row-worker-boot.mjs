// The entry of the dataset reader's worker thread (src/ingest/datasets/worker.ts): the worker runs the TypeScript
// sources through tsx as the main thread does (bin/frontier.mjs), then reads the rows (row-worker.ts).
import { register } from "tsx/esm/api";

register();
await import("./row-worker.ts");
