import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalUrl } from "../../src/ingest/canonical-url.js";
import { DEFAULT_MAX_BYTES, emptyNotes, readInputs, type ReadItem } from "../../src/ingest/index.js";
import { contentHash } from "../../src/store/index.js";
import { readRows } from "../../src/ingest/datasets/index.js";
import { packItems, readRowsInWorker, unpackItems } from "../../src/ingest/datasets/worker.js";
import { extractionOf } from "../../src/pipeline/ingest-dataset.js";
import { mentionJson } from "../../src/store/mentions.js";
import { parseHtmlDocument } from "../../src/ingest/readers/html.js";
import { parsePdf } from "../../src/ingest/readers/pdf.js";
import { makePdf } from "../fixtures/ingest/make-pdf.js";

const FIX = "test/fixtures/ingest";

async function all(inputs: string[], notes = emptyNotes(), dataset?: string): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const i of readInputs(inputs, { notes, dataset })) out.push(i);
  return out;
}

describe("canonical URLs", () => {
  it("drop tracking parameters, fragments and default ports, and sort the rest", () => {
    expect(canonicalUrl("HTTPS://WWW.Example.org:443/news/a/?utm_source=rss&b=2&fbclid=x&a=1#top")).toBe("https://www.example.org/news/a?a=1&b=2");
    expect(canonicalUrl("http://example.org/?gclid=1")).toBe("http://example.org/");
    expect(canonicalUrl("ftp://example.org/x")).toBeNull();
    expect(canonicalUrl("not a url")).toBeNull();
  });
});

describe("HTML reader", () => {
  it("keeps the main text and reads title, byline, site and published date from metadata", async () => {
    const [item] = await all([`${FIX}/pages/bannu-checkpost.html`]);
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.report.title).toBe("Two soldiers killed in attack on checkpost near Bannu");
    expect(item.report.byline).toBe("Staff Reporter");
    expect(item.report.published).toBe("2024-03-12");
    expect(item.report.outlet).toBe("Frontier Test Gazette");
    expect(item.report.canonical_url).toBe("https://gazette.example.org/news/bannu-checkpost");
    expect(item.report.text).toMatch(/^BANNU: Two soldiers were killed/);
    expect(item.report.text).toContain("\n\nAccording to a police official");
    expect(item.report.text).not.toMatch(/Cricket scores|All rights reserved|Home/);
  });

  it("refuses a page with no readable text, naming the file", async () => {
    const [item] = await all([`${FIX}/pages/empty-shell.html`]);
    expect(item).toEqual({ ok: false, origin: `${FIX}/pages/empty-shell.html`, error: "no readable text in the HTML page" });
  });

  it("reads a date from JSON-LD or <time> when there is no meta tag", () => {
    const body = "<p>" + "Militants attacked a post in Khyber district on Sunday night, officials said. ".repeat(6) + "</p>";
    const a = parseHtmlDocument(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-05T10:00:00Z"}</script></head><body><article>${body}</article></body></html>`);
    const b = parseHtmlDocument(`<html><body><article><time datetime="2023-11-06">6 Nov</time>${body}</article></body></html>`);
    expect("error" in a ? a.error : a.published).toBe("2023-11-05");
    expect("error" in b ? b.error : b.published).toBe("2023-11-06");
  });
});

describe("PDF reader", () => {
  const dir = mkdtempSync(join(tmpdir(), "fw-pdf-"));
  it("reads the text layer and the document info", async () => {
    const p = join(dir, "statement.pdf");
    writeFileSync(p, makePdf([["QUETTA: Three policemen were injured", "in a grenade attack on Tuesday."], ["Second page."]], { title: "Press release 12", author: "Invented Police", date: "2024-05-06" }));
    const [item] = await all([p]);
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.report).toMatchObject({ title: "Press release 12", byline: "Invented Police", published: "2024-05-06" });
    expect(item.report.text).toBe("QUETTA: Three policemen were injured\nin a grenade attack on Tuesday.\n\nSecond page.");
  });

  it("gives a clear error for a PDF without text and for a file that is not a PDF", async () => {
    const scan = join(dir, "scan.pdf");
    writeFileSync(scan, makePdf([[], []]));
    const fake = join(dir, "fake.pdf");
    writeFileSync(fake, "this is not a pdf");
    const items = await all([scan, fake]);
    expect(items).toEqual([
      { ok: false, origin: scan, error: "PDF has no text layer (2 pages; scanned images are not read)" },
      { ok: false, origin: fake, error: "not a PDF (no %PDF- header)" },
    ]);
    expect((await parsePdf(Buffer.from("%PDF-1.4 garbage"))) ).toHaveProperty("error");
  });
});

describe("dataset importers", () => {
  it("maps ACLED rows to dataset-row reports with mention values and evidence spans", async () => {
    const notes = emptyNotes();
    const items = await all([`${FIX}/datasets/acled-sample.csv`], notes);
    expect(items.map((i) => i.ok)).toEqual([true, true, true, true]);
    const first = items[0];
    if (!first.ok) throw new Error("unreachable");
    expect(first.report).toMatchObject({ kind: "dataset_row", dataset: "acled", dataset_key: "PAK90001", outlet: "ACLED", published: "2024-03-12" });
    const inc = first.extraction!.incidents[0];
    expect(inc).toMatchObject({
      date: "2024-03-12", date_precision: "day", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", place: "Bannu",
      lat: 32.9861, lon: 70.6042, geo_precision: 1, event_type: "Battles", sub_event_type: "Armed clash",
      perpetrators: ["TTP"], targets: ["PK_ARMY"], killed: { total: 2, security_forces: null, civilians: null, militants: null },
    });
    const span = inc.field_evidence!["killed.total"][0];
    expect(first.report.text.slice(span.start, span.end)).toBe("2");
    expect(first.report.text.slice(inc.field_evidence!.date[0].start, inc.field_evidence!.date[0].end)).toBe("2024-03-12");
    // "12 April 2024" and time_precision 2
    const third = items[2];
    if (!third.ok) throw new Error("unreachable");
    expect(third.extraction!.incidents[0]).toMatchObject({ date: "2024-04-12", date_precision: "week", perpetrators: [], targets: ["CIVILIANS"] });
    // Afghan side: AF country code
    if (items[3].ok) expect(items[3].extraction!.incidents[0]).toMatchObject({ country: "AF", perpetrators: ["PK_ARMY"], targets: ["CIVILIANS"] });
    expect([...notes.unmappedActors]).toEqual([["acled: Zarghun Lashkar (Invented)", 1]]);
  });

  it("maps UCDP GED rows (sides, deaths by side, precision codes)", async () => {
    const notes = emptyNotes();
    const items = await all([`${FIX}/datasets/ucdp-ged-sample.csv`], notes);
    expect(items.every((i) => i.ok)).toBe(true);
    const inc = (i: ReadItem) => (i.ok ? i.extraction!.incidents[0] : null);
    expect(inc(items[0])).toMatchObject({
      date: "2023-07-02", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Tank", event_type: "Battles", sub_event_type: "Armed clash",
      perpetrators: ["TTP"], targets: ["PK_SECURITY"], killed: { total: 5, security_forces: 3, militants: 2, civilians: 0 }, geo_precision: 1,
    });
    expect(inc(items[1])).toMatchObject({ event_type: "Violence against civilians", perpetrators: ["ISKP"], targets: ["CIVILIANS"], killed: { total: 12, civilians: 12 } });
    expect(inc(items[2])).toMatchObject({ country: "AF", date_precision: "month", geo_precision: 3, targets: ["AF_TALIBAN"] });
    expect([...notes.unmappedActors.keys()]).toEqual(["ucdp_ged: Invented Front"]);
  });

  it("maps GTD rows (unknown day, suicide bombing, target types by country)", async () => {
    const items = await all([`${FIX}/datasets/gtd-sample.csv`]);
    expect(items.every((i) => i.ok)).toBe(true);
    const inc = (i: ReadItem) => (i.ok ? i.extraction!.incidents[0] : null);
    expect(inc(items[0])).toMatchObject({
      date: "2019-01-01", date_precision: "day", country: "PK", adm1: "Khyber Pakhtunkhwa", place: "Peshawar",
      event_type: "Explosions/Remote violence", sub_event_type: "Suicide bomb", perpetrators: ["TTP"], targets: ["PK_POLICE"],
      killed: { total: 4, militants: 1 }, injured: { total: 9 },
    });
    expect(inc(items[1])).toMatchObject({ date: "2019-02-01", date_precision: "month", perpetrators: ["ISKP"], targets: ["CIVILIANS"], event_type: "Violence against civilians" });
    expect(inc(items[2])).toMatchObject({ place: null, lat: null, sub_event_type: "Abduction/forced disappearance", perpetrators: ["MILITANTS"], geo_precision: 3 });
    if (items[0].ok) expect(items[0].report.dataset_key).toBe("201901010001");
  });

  it("reads the project's own CSV export back, actor ids as they are", async () => {
    const items = await all([`${FIX}/datasets/frontier-export.csv`]);
    expect(items.map((i) => (i.ok ? i.extraction!.incidents[0] : i.error))).toMatchObject([
      { date: "2024-02-03", country: "PK", adm2: "North Waziristan", perpetrators: ["TTP"], targets: ["PK_ARMY", "PK_FC"], killed: { total: 4, security_forces: 4 } },
      { date: "2024-02-10", date_precision: "week", country: "AF", perpetrators: ["PK_AIR_FORCE"], targets: ["CIVILIANS"], killed: { total: 6, civilians: 6 }, injured: { total: 2 } },
    ]);
  });

  it("reports broken quoting, bad values and short rows by line and field, and goes on", async () => {
    const f = `${FIX}/datasets/broken-quote.csv`;
    const items = await all([f]);
    const errors = items.filter((i) => !i.ok).map((i) => `${i.origin}: ${(i as { error: string }).error}`);
    expect(errors).toEqual([
      `${f}:3: broken CSV quoting: a quote inside a quoted field is not doubled`,
      `${f}:4: field "fatalities": not a count: "two"`,
      `${f}:5: 13 fields, but the header has 14`,
    ]);
    expect(items.filter((i) => i.ok).map((i) => (i.ok ? i.report.dataset_key : ""))).toEqual(["PAK91001", "PAK91005"]);
  });

  it("fails a file with missing required columns, and reports unknown columns (kept in the row text)", async () => {
    const notes = emptyNotes();
    const items = await all([`${FIX}/datasets/missing-columns.csv`, `${FIX}/datasets/unknown-columns.csv`], notes);
    expect(items[0]).toEqual({ ok: false, origin: `${FIX}/datasets/missing-columns.csv:1`, error: "ACLED CSV is missing required columns: event_type, fatalities" });
    expect(items[1].ok).toBe(true);
    if (items[1].ok) expect(items[1].report.text).toContain("my_team_note: checked by analyst A");
    expect(notes.warnings).toEqual([`${FIX}/datasets/unknown-columns.csv: ACLED: 1 unknown column kept in the row text but not mapped: my_team_note`]);
  });

  it("reads the same items and notes in a worker thread as in this one, each row with its content hash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fw-csv-worker-"));
    // more rows than one worker message holds, so that several batches cross
    const rows = Array.from({ length: 700 }, (_, i) => `PAK${95000 + i},2024-03-${String(1 + (i % 28)).padStart(2, "0")},Battles,Armed clash,${i % 3 ? "TTP: Tehreek-i-Taliban Pakistan" : "Some Invented Band"},Pakistan,${i % 5},Bannu,"Invented row ${i}, ""quoted"""`);
    writeFileSync(join(dir, "many.csv"), ["event_id_cnty,event_date,event_type,sub_event_type,actor1,country,fatalities,admin2,notes,my_note", ...rows.map((r) => r + ",x")].join("\n") + "\n");
    const files = [...["acled-sample", "ucdp-ged-sample", "gtd-sample", "frontier-export", "broken-quote", "missing-columns", "unknown-columns"].map((f) => `${FIX}/datasets/${f}.csv`), join(dir, "many.csv")];
    for (const f of files) {
      const here = { items: [] as ReadItem[], notes: emptyNotes() };
      for await (const i of readRows(f, { maxBytes: DEFAULT_MAX_BYTES, notes: here.notes })) here.items.push(i);
      // the worker from the first row on, and taking over after 300 rows made here
      for (const handover of [0, 300]) {
        const there = { items: [] as ReadItem[], notes: emptyNotes() };
        for await (const i of readRowsInWorker(f, { maxBytes: DEFAULT_MAX_BYTES, notes: there.notes }, readRows, handover)) there.items.push(i);
        const hashed = there.items.filter((i) => i.ok && i.contentHash);
        for (const i of hashed) if (i.ok) expect(i.contentHash).toBe(contentHash(i.report.text));
        expect(hashed.length).toBe(there.items.slice(handover).filter((i) => i.ok).length);
        // rows made there come with their mentions' JSON in place of the extraction, which gives it back
        const packed = there.items.filter((i) => i.ok && i.mentionJson);
        expect(packed.length).toBe(hashed.length);
        const back = there.items.map((i) => (i.ok ? { ...i, contentHash: undefined, mentionJson: undefined, extraction: i.extraction ?? extractionOf(i.report, i.mentionJson!) } : i));
        expect(back).toEqual(here.items);
        for (const [k, i] of there.items.entries()) {
          const h = here.items[k];
          if (i.ok && i.mentionJson && h.ok) expect(i.mentionJson).toEqual(h.extraction!.incidents.map(mentionJson));
        }
        expect(there.notes).toEqual(here.notes);
      }
    }
  });

  it("packs a worker's batch as flat strings: dataset rows with their mention JSON, anything else as it was", () => {
    const incident = {
      date: "2024-05-02", date_precision: "day" as const, country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", place: "Domel", lat: 32.9, lon: 70.5,
      event_type: "Battles", sub_event_type: "Armed clash", perpetrators: ["TTP"], targets: ["PK_POLICE"],
      killed: { total: 2, security_forces: 2, civilians: null, militants: null }, injured: { total: null, security_forces: null, civilians: null, militants: null },
      evidence: [], field_evidence: { date: [{ start: 30, end: 40 }], "killed.total": [{ start: 50, end: 51 }, { start: 70, end: 71 }] }, geo_precision: 2 as const,
    };
    const report = { kind: "dataset_row" as const, title: "ACLED X1: Armed clash in Domel", text: "ACLED row X1\nnotes: a \"quoted\" word\u0000 and a NUL", outlet: "ACLED", published: "2024-05-02", language: "en", dataset: "acled", dataset_key: "X1" };
    const row: ReadItem = { ok: true, origin: "f.csv:2", report, extraction: { id: "acled:X1", incidents: [incident], claims: [] }, contentHash: "h1" };
    // not packed as rows: an error, a row with a renamed district (its values cannot give the incident back), one with a URL
    const failed: ReadItem = { ok: false, origin: "f.csv:3", error: "3 fields, but the header has 4" };
    const renamed: ReadItem = { ...row, origin: "f.csv:4", extraction: { id: "acled:X1", incidents: [{ ...incident, adm2_gazetteer: "Bannu City" }], claims: [] } };
    const withUrl: ReadItem = { ...row, origin: "f.csv:5", report: { ...report, url: "https://example.org/x" } };
    const out = unpackItems(structuredClone(packItems([row, failed, renamed, withUrl])));
    expect(out[0]).toEqual({ ok: true, origin: "f.csv:2", report, contentHash: "h1", mentionJson: [mentionJson(incident)] });
    if (out[0].ok) expect(extractionOf(out[0].report, out[0].mentionJson!)).toEqual(row.extraction);
    expect(out.slice(1)).toEqual([failed, renamed, withUrl]);
  });

  it("names the layouts it knows when a CSV matches none", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fw-csv-"));
    writeFileSync(join(dir, "x.csv"), "a,b\n1,2\n");
    const [item] = await all([join(dir, "x.csv")]);
    expect(item.ok).toBe(false);
    if (!item.ok) expect(item.error).toMatch(/matches no known dataset layout \(ACLED, UCDP GED, GTD, Frontier Watch export\)/);
  });
});
