import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/ingest/index.js";
import { defaultStages } from "../../src/pipeline/defaults.js";
import { runBatch } from "../../src/pipeline/run-batch.js";
import { storeTargets } from "../helpers/stores.js";

const targets = await storeTargets();
const dir = mkdtempSync(join(tmpdir(), "frontier-bad-"));
const f = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const good = f("good.txt", "Published: 2024-05-02\nSource: Test Daily\n\nTwo policemen were killed when gunmen opened fire on a checkpoint in Bannu on Wednesday.\n");
const empty = f("empty.txt", "");
const binary = f("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
const badUtf8 = f("latin1.txt", Buffer.concat([Buffer.from("Quetta caf"), Buffer.from([0xe9]), Buffer.from(" blast\n")]));
const huge = f("huge.txt", Buffer.alloc(50 * 1024 * 1024, 0x61));
const jsonl = f(
  "batch.jsonl",
  [
    JSON.stringify({ id: "j1", text: "A roadside bomb exploded near a police van in Lakki Marwat on Monday.", published: "2024-05-06" }),
    '{"id": "j2", "text": "unterminated',
    JSON.stringify({ id: "j3", published: "2024-05-06" }),
    JSON.stringify({ id: "j4", text: "Security forces said they killed three militants in Khyber district.", published: "06/05/2024" }),
    JSON.stringify({ id: "j5", text: "Shelling was reported near the border in Kunar province.", published: "2024-05-07" }),
  ].join("\n") + "\n",
);

describe.each(targets)("a batch with bad inputs on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  let summary: Awaited<ReturnType<typeof runBatch>>;
  beforeAll(async () => {
    store = await target.open();
    summary = await runBatch(store.db, readInputs([empty, binary, good, badUtf8, huge, jsonl]), defaultStages());
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it("names the file (and line) and what was wrong for each bad input", () => {
    const byOrigin = Object.fromEntries(summary.failures.map((x) => [x.origin, x.error]));
    expect(byOrigin[empty]).toMatch(/empty file/);
    expect(byOrigin[binary]).toMatch(/binary content/);
    expect(byOrigin[badUtf8]).toMatch(/invalid UTF-8 at byte 10/);
    expect(byOrigin[huge]).toMatch(/too large: 50\.0 MB/);
    expect(byOrigin[`${jsonl}:2`]).toMatch(/not JSON/);
    expect(byOrigin[`${jsonl}:3`]).toMatch(/field "text"/);
    expect(byOrigin[`${jsonl}:4`]).toMatch(/field "published": expected YYYY-MM-DD/);
    expect(summary.failed).toBe(7);
  });

  it("stores the good inputs of the same batch", async () => {
    expect(summary.new).toBe(3);
    const n = await store.db.selectFrom("reports").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);
  });

  it("stores a report once when the batch is ingested again", async () => {
    const again = await runBatch(store.db, readInputs([good, jsonl]), defaultStages());
    expect(again.new).toBe(0);
    expect(again.unchanged).toBe(3);
    const n = await store.db.selectFrom("reports").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(3);
  });
});
