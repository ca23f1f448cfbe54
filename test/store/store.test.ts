import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyBorderContext, emptyTolls, type Incident } from "../../src/domain/index.js";
import {
  ConflictError, auditTrail, getIncident, insertClaim, insertIncident, listClaims, listIncidents, matchReport,
  bulkInsert, contentHash, decodeEvidence, encodeEvidence, extractedFromJson, mentionJson, mentionJsonRoundTrips, newId,
  newMentionRow, recordAudit, reportVersions, saveReport, updateIncident,
} from "../../src/store/index.js";
import { storeTargets } from "../helpers/stores.js";

const targets = await storeTargets();

function incident(id: string, over: Partial<Incident> = {}): Incident {
  const now = "2024-05-01T00:00:00.000Z";
  return {
    id, date: "2024-04-30", date_precision: "day", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu",
    place: "Bannu", lat: 32.99, lon: 70.6, geo_precision: 1, geo_method: "gazetteer",
    event_type: "Battles", sub_event_type: "Armed clash", actors: [{ actor_id: "TTP", role: "perpetrator" }],
    killed: emptyTolls(), injured: emptyTolls(), status: "provisional", border: emptyBorderContext(),
    source_count: 1, locked_fields: [], merged_into: null, created_at: now, updated_at: now, ...over,
  };
}

describe.each(targets)("store on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => {
    await store?.dispose();
  });

  it("seeds the canonical actors", async () => {
    const rows = await store.db.selectFrom("actors").select("id").execute();
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(["TTP", "PK_ARMY", "AF_TALIBAN", "PK_GOV"]));
  });

  it("stores a report once by content hash and versions a changed page", async () => {
    const input = { kind: "news" as const, text: "Two  soldiers were killed in Bannu.", canonical_url: "https://example.org/a" };
    const m1 = await matchReport(store.db, input);
    expect(m1.status).toBe("new");
    const r1 = await saveReport(store.db, input, m1);
    // whitespace differences are the same text
    const m2 = await matchReport(store.db, { ...input, text: "Two soldiers were killed in Bannu. " });
    expect(m2.status).toBe("unchanged");
    const m3 = await matchReport(store.db, { ...input, text: "Three soldiers were killed in Bannu." });
    expect(m3.status).toBe("updated");
    const r3 = await saveReport(store.db, { ...input, text: "Three soldiers were killed in Bannu." }, m3);
    expect(r3.id).toBe(r1.id);
    expect(r3.version).toBe(2);
    const versions = await store.db.selectFrom("report_versions").select(["version", "text"]).where("report_id", "=", r1.id).orderBy("version").execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0].text).toContain("Two");
    // the current version's text is stored once, in reports.text; reportVersions reads it back for every version
    expect(versions[1].text).toBeNull();
    expect((await reportVersions(store.db, r1.id)).map((v) => v.text)).toEqual(["Two  soldiers were killed in Bannu.", "Three soldiers were killed in Bannu."]);
    const m4 = await matchReport(store.db, { ...input, text: "Four soldiers were killed in Bannu." });
    await saveReport(store.db, { ...input, text: "Four soldiers were killed in Bannu." }, m4);
    expect((await reportVersions(store.db, r1.id)).map((v) => v.text.split(" ")[0])).toEqual(["Two", "Three", "Four"]);
    // a text seen before as any version is the same report
    expect((await matchReport(store.db, { kind: "news", text: "Three soldiers were killed in Bannu." })).status).toBe("unchanged");
  });

  it("makes time-ordered ids: each sorts after the one before", () => {
    const ids = Array.from({ length: 5000 }, () => newId("rep"));
    expect(ids.every((id, i) => i === 0 || ids[i - 1] < id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^rep_[0-9a-f]{24}$/);
  });

  it("bulk-inserts rows with nulls, quotes and more rows than one statement takes", async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => ({
      at: `2024-01-01T00:00:${String(i % 60).padStart(2, "0")}.000Z`, actor: "bench", action: "bulk.test", entity: "thing", entity_id: `t${i}`,
      field: i % 2 ? null : "f", old_value: null, new_value: `it's "${i}"`, reason: null,
    }));
    await store.db.transaction().execute((trx) => bulkInsert(trx, "audit_events", rows));
    const got = await store.db.selectFrom("audit_events").select(["entity_id", "field", "new_value"]).where("action", "=", "bulk.test").orderBy("id").execute();
    expect(got).toHaveLength(4500);
    expect(got[4499]).toEqual({ entity_id: "t4499", field: null, new_value: `it's "4499"` });
    expect(got[0].field).toBe("f");
  });

  it("keys dataset rows by their dataset's event id", async () => {
    const row = { kind: "dataset_row" as const, text: "event_id_cnty: PAK1\nfatalities: 3", dataset: "acled", dataset_key: "PAK1" };
    const m = await matchReport(store.db, row);
    await saveReport(store.db, row, m);
    expect((await matchReport(store.db, row)).status).toBe("unchanged");
    expect((await matchReport(store.db, { ...row, text: "event_id_cnty: PAK1\nfatalities: 4" })).status).toBe("updated");
  });

  it("round-trips an incident with tolls, actors and border context, and filters", async () => {
    const killed = emptyTolls();
    killed.total = { low: 40, best: 52, high: 61 };
    await insertIncident(store.db, incident("inc_a", { killed, border: { side: "PK", distance_km: 31.5, in_belt: true, nearest_crossing: "Ghulam Khan", nearest_crossing_km: 40 } }));
    await insertIncident(store.db, incident("inc_b", { date: "2023-01-01", adm2: "Quetta", adm1: "Balochistan", actors: [{ actor_id: "BLA", role: "perpetrator" }] }));
    const got = await getIncident(store.db, "inc_a");
    expect(got?.killed.total).toEqual({ low: 40, best: 52, high: 61 });
    expect(got?.border.in_belt).toBe(true);
    expect(got?.actors).toEqual([{ actor_id: "TTP", role: "perpetrator" }]);
    expect((await listIncidents(store.db, { since: "2024-01-01" })).map((i) => i.id)).toEqual(["inc_a"]);
    expect((await listIncidents(store.db, { actor: "bla" })).map((i) => i.id)).toEqual(["inc_b"]);
    expect((await listIncidents(store.db, { adm1: "Balochistan" })).map((i) => i.id)).toEqual(["inc_b"]);
    expect((await listIncidents(store.db, { borderKm: 50 })).map((i) => i.id)).toEqual(["inc_a"]);
  });

  it("refuses a stale update (two reviewers at once)", async () => {
    const a = (await getIncident(store.db, "inc_a"))!;
    await updateIncident(store.db, { ...a, status: "verified" }, a.revision);
    await expect(updateIncident(store.db, { ...a, status: "disputed" }, a.revision)).rejects.toBeInstanceOf(ConflictError);
    expect((await getIncident(store.db, "inc_a"))?.status).toBe("verified");
  });

  it("keeps claims with their incident links and filters by party", async () => {
    await insertClaim(store.db, {
      kind: "allegation", by: ["PK_GOV"], against: ["AF_TALIBAN"], value: null, text: "x", report_id: null,
      span_start: null, span_end: null, claimed_on: "2024-05-01", origin: "manual", confidence: null, created_by: "tester",
      incident_ids: ["inc_a"],
    });
    const found = await listClaims(store.db, { against: "AF_TALIBAN" });
    expect(found).toHaveLength(1);
    expect(found[0].incident_ids).toEqual(["inc_a"]);
    expect(await listClaims(store.db, { by: "AF_GOV" })).toHaveLength(0);
  });

  it("appends audit events in order", async () => {
    await recordAudit(store.db, { actor: "alice", action: "review.verify", entity: "incident", entity_id: "inc_a", field: "status", old_value: "provisional", new_value: "verified", reason: "two sources" });
    await recordAudit(store.db, { actor: "bob", action: "review.note", entity: "incident", entity_id: "inc_a", field: null, old_value: null, new_value: null, reason: "checked" });
    const trail = await auditTrail(store.db, "incident", "inc_a");
    expect(trail.map((e) => e.actor)).toEqual(["alice", "bob"]);
    expect(trail[0].id).toBeLessThan(trail[1].id);
  });
});

describe("migration 0005 on a SQLite record made before it", () => {
  it("keeps every stored version's text and the hash lookup", async () => {
    const { Migrator } = await import("kysely");
    const { openStore, migrate } = await import("../../src/store/index.js");
    const { MIGRATIONS } = await import("../../src/store/migrations/index.js");
    const store = openStore(":memory:");
    try {
      const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => MIGRATIONS } });
      const to4 = await migrator.migrateTo("0004_link");
      expect(to4.error).toBeUndefined();
      const now = "2024-01-01T00:00:00.000Z";
      await store.db.insertInto("reports").values({
        id: "rep_old", kind: "news", title: null, text: "Version two text.", url: null, canonical_url: null, outlet: null, byline: null,
        language: null, published: null, fetched_at: null, content_hash: "h2", version: 2, dataset: null, dataset_key: null, created_at: now, updated_at: now,
      }).execute();
      for (const [v, t, h] of [[1, "Version one text.", "h1"], [2, "Version two text.", "h2"]] as const) {
        await store.db.insertInto("report_versions").values({ report_id: "rep_old", version: v, content_hash: h, title: null, text: t, fetched_at: null, created_at: now }).execute();
      }
      await migrate(store.db);
      expect((await reportVersions(store.db, "rep_old")).map((v) => v.text)).toEqual(["Version one text.", "Version two text."]);
      const byHash = await store.db.selectFrom("report_versions").select("report_id").where("content_hash", "=", "h1").execute();
      expect(byHash).toEqual([{ report_id: "rep_old" }]);
    } finally {
      await store.close();
    }
  });
});

describe("contentHash", () => {
  it("gives the identities stored before its fast paths (NFC, whitespace-blind)", () => {
    const reference = (t: string) => createHash("sha256").update(t.normalize("NFC").replace(/\s+/g, " ").trim()).digest("hex");
    for (const t of [
      "Two  soldiers\nkilled.", " ACLED row PAK1\nnotes: x ", "ACLED row PAK1\nevent_date: 2024-03-12\nnotes: a b", "a\n\nb", "a \nb", "a\n", "\na",
      "a\r\nb", "a\u2028b", "a\ufeffb", "Cafe\u0301 in Peshawar", "Café in Peshawar", "tab\there\u00a0nbsp", "", " ", "\n",
    ]) {
      expect(contentHash(t)).toBe(reference(t));
    }
    expect(contentHash("Cafe\u0301")).toBe(contentHash("Café"));
    const alphabet = ["a", "b", " ", "\n", "\t", "\r", "\u00a0", "e\u0301", ":"];
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      let t = "";
      for (let i = (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 12; i > 0; i--) t += alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length];
      expect(contentHash(t), JSON.stringify(t)).toBe(reference(t));
    }
  });
});

describe("mention evidence as stored", () => {
  it("is flat [start, end] pairs per field, and reads back the same spans as the earlier span-object form", () => {
    const evidence = { date: [{ start: 59, end: 69 }], "killed.total": [{ start: 3, end: 4 }, { start: 120, end: 127 }], 'odd "field"': [{ start: 0, end: 0 }], none: [] };
    const text = encodeEvidence(evidence);
    expect(text).toBe('{"date":[59,69],"killed.total":[3,4,120,127],"odd \\"field\\"":[0,0],"none":[]}');
    expect(decodeEvidence(text)).toEqual(evidence);
    expect(decodeEvidence(JSON.stringify(evidence))).toEqual(evidence);
    expect(decodeEvidence(encodeEvidence({}))).toEqual({});
    expect(decodeEvidence("")).toEqual({});
  });
});

describe("a mention row from its JSON made beforehand", () => {
  const extracted = {
    date: "2024-05-02", date_precision: "day" as const, country: "PK", adm1: "Balochistan", adm2: "Kech", place: "Turbat", lat: 26, lon: 63.05,
    event_type: "Explosions/Remote violence", sub_event_type: "Remote explosive/landmine/IED", perpetrators: ["BLA"], targets: ["PK_FC"],
    killed: { total: 3, security_forces: 3, civilians: null, militants: null }, injured: { total: 1, security_forces: null, civilians: null, militants: null },
    evidence: [{ start: 0, end: 12 }], field_evidence: { date: [{ start: 20, end: 30 }], "killed.total": [{ start: 40, end: 41 }] },
    confidence: { date: 0.9 },
  };

  it("is the row and mention made from the incident itself (evidence read when asked for), and gives the incident back", () => {
    const at = { report_id: "rep_1", report_version: 1, ordinal: 0, extractor: "dataset:acled", now: "2024-05-03T00:00:00.000Z" };
    const a = newMentionRow({ ...at, extracted });
    const b = newMentionRow({ ...at, json: mentionJson(extracted) });
    expect({ ...b.row, id: a.row.id }).toEqual(a.row);
    const { id: _id, ...mention } = a.mention;
    for (const [k, v] of Object.entries(mention)) expect(b.mention[k as keyof typeof mention]).toEqual(v);
    expect(b.mention.evidence).toEqual({ date: [{ start: 20, end: 30 }], "killed.total": [{ start: 40, end: 41 }], incident: [{ start: 0, end: 12 }] });
    expect(mentionJsonRoundTrips(extracted)).toBe(true);
    expect(extractedFromJson(mentionJson(extracted))).toEqual(extracted);
    // a renamed district is stored under the gazetteer's name: the incident cannot be read back from that
    expect(mentionJsonRoundTrips({ ...extracted, adm2_gazetteer: "Kech District" })).toBe(false);
  });
});

describe.each(targets)("migration 0007 on a $name record made before it", (target) => {
  it("finds a mention's decisions by its report, also those stored without one; down and up again", async () => {
    const { Migrator } = await import("kysely");
    const { migrate, linkDecisionsOf } = await import("../../src/store/index.js");
    const { MIGRATIONS } = await import("../../src/store/migrations/index.js");
    const store = await target.open();
    try {
      const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => MIGRATIONS }, allowUnorderedMigrations: true });
      expect((await migrator.migrateTo("0006_lean_rows")).error).toBeUndefined();
      const now = "2024-01-01T00:00:00.000Z";
      await store.db.insertInto("reports").values({
        id: "rep_d7", kind: "news", title: null, text: "Text.", url: null, canonical_url: null, outlet: null, byline: null,
        language: null, published: null, fetched_at: null, content_hash: "h_d7", version: 1, dataset: null, dataset_key: null, created_at: now, updated_at: now,
      }).execute();
      await insertIncident(store.db, incident("inc_d7"));
      await insertIncident(store.db, incident("inc_d7_old"));
      const mention = { id: "men_d7", report_id: "rep_d7", incident_id: "inc_d7", ordinal: 0, values_json: "{}", evidence_json: "{}", confidence_json: "{}", report_version: 1, extractor: "t", created_at: now };
      await store.db.insertInto("mentions").values(mention).execute();
      const decision = { decision: "new", score: null, reasons: "{}", decided_by: "machine:link", at: now };
      // one stored before 0004 (no report), naming an incident the mention has since left; one with its report
      await store.db.insertInto("link_decisions").values([
        { ...decision, mention_id: "men_d7", incident_id: "inc_d7_old", report_id: null, ordinal: null },
        { ...decision, mention_id: "men_d7", incident_id: "inc_d7_old", report_id: "rep_d7", ordinal: 0, decision: "linked" },
        { ...decision, mention_id: "men_gone", incident_id: "inc_d7", report_id: null, ordinal: null },
      ]).execute();
      await migrate(store.db);
      const found = await linkDecisionsOf(store.db, "inc_d7", [mention]);
      expect(found.map((d) => [d.mention_id, d.incident_id, d.decision])).toEqual([
        ["men_d7", "inc_d7_old", "new"], ["men_d7", "inc_d7_old", "linked"], ["men_gone", "inc_d7", "new"],
      ]);
      const stored = await store.db.selectFrom("link_decisions").select(["mention_id", "report_id", "ordinal"]).orderBy("id").execute();
      expect(stored).toEqual([
        { mention_id: "men_d7", report_id: "rep_d7", ordinal: 0 }, { mention_id: "men_d7", report_id: "rep_d7", ordinal: 0 },
        { mention_id: "men_gone", report_id: null, ordinal: null },
      ]);
      expect((await migrator.migrateTo("0006_lean_rows")).error).toBeUndefined();
      await migrate(store.db);
      expect(await linkDecisionsOf(store.db, "inc_d7", [mention])).toHaveLength(3);
    } finally {
      await store.dispose();
    }
  });
});

describe.each(targets)("migration 0006 on a $name record made before it", (target) => {
  it("keeps incidents' actors, mention tokens and unique canonical URLs; down and up again", async () => {
    const { Migrator, sql } = await import("kysely");
    const { migrate } = await import("../../src/store/index.js");
    const { MIGRATIONS } = await import("../../src/store/migrations/index.js");
    const store = await target.open();
    try {
      const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => MIGRATIONS }, allowUnorderedMigrations: true });
      const to5 = await migrator.migrateTo("0005_bulk_ingest");
      expect(to5.error).toBeUndefined();
      const now = "2024-01-01T00:00:00.000Z";
      const report = (id: string, url: string | null) => ({
        id, kind: "news", title: null, text: `Text of ${id}.`, url, canonical_url: url, outlet: null, byline: null,
        language: null, published: null, fetched_at: null, content_hash: `h_${id}`, version: 1, dataset: null, dataset_key: null, created_at: now, updated_at: now,
      });
      await store.db.insertInto("reports").values([report("rep_a", "https://example.org/a"), report("rep_b", null), report("rep_c", null)]).execute();
      await insertIncident(store.db, incident("inc_m6", { actors: [{ actor_id: "TTP", role: "perpetrator" }, { actor_id: "PK_ARMY", role: "target" }] }));
      await insertIncident(store.db, incident("inc_m6b", { merged_into: "inc_m6" }));
      await store.db.insertInto("mentions").values({
        id: "men_m6", report_id: "rep_a", incident_id: "inc_m6", ordinal: 0, values_json: "{}", evidence_json: "{}", confidence_json: "{}",
        report_version: 1, extractor: "t", created_at: now,
      }).execute();
      await store.db.insertInto("mention_keys").values({ mention_id: "men_m6", tokens: "bannu clash" }).execute();

      await store.db.insertInto("report_versions").values([
        { report_id: "rep_b", version: 1, content_hash: "h_old", title: null, text: "Old text of rep_b.", fetched_at: null, created_at: now },
        { report_id: "rep_b", version: 2, content_hash: "h_rep_b", title: null, text: null, fetched_at: null, created_at: now },
      ]).execute();

      await migrate(store.db);
      expect((await reportVersions(store.db, "rep_b")).map((v) => v.text)).toEqual(["Old text of rep_b.", "Text of rep_b."]);
      expect(await store.db.selectFrom("report_versions").select("report_id").where("content_hash", "=", "h_old").execute()).toEqual([{ report_id: "rep_b" }]);
      expect((await getIncident(store.db, "inc_m6"))!.actors.map((a) => a.actor_id).sort()).toEqual(["PK_ARMY", "TTP"]);
      expect(await store.db.selectFrom("mention_keys").selectAll().execute()).toEqual([{ mention_id: "men_m6", tokens: "bannu clash" }]);
      expect((await listIncidents(store.db, { actor: "PK_ARMY" })).map((i) => i.id)).toEqual(["inc_m6"]);
      expect((await store.db.selectFrom("incidents").select("id").where("merged_into", "=", "inc_m6").execute()).map((r) => r.id)).toEqual(["inc_m6b"]);
      // still unique where there is a URL; reports without one are many
      await expect(store.db.insertInto("reports").values(report("rep_d", "https://example.org/a")).execute()).rejects.toThrow();
      await store.db.insertInto("reports").values(report("rep_e", null)).execute();
      // deleting a mention still deletes its tokens; deleting an incident its actors
      await store.db.deleteFrom("mentions").where("id", "=", "men_m6").execute();
      expect(await store.db.selectFrom("mention_keys").selectAll().execute()).toEqual([]);
      await store.db.deleteFrom("incidents").where("id", "=", "inc_m6b").execute();
      await store.db.deleteFrom("incidents").where("id", "=", "inc_m6").execute();
      expect(await store.db.selectFrom("incident_actors").selectAll().execute()).toEqual([]);
      if (target.name === "sqlite") {
        const ddl = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where name in ('incident_actors', 'mention_keys', 'report_versions')`.execute(store.db);
        expect(ddl.rows).toHaveLength(3);
        for (const r of ddl.rows) expect(r.sql.toLowerCase()).toMatch(/without rowid\s*$/);
      }
      // and back down, then up again, with the rows kept
      await insertIncident(store.db, incident("inc_m6c"));
      expect((await migrator.migrateTo("0005_bulk_ingest")).error).toBeUndefined();
      await migrate(store.db);
      expect((await getIncident(store.db, "inc_m6c"))!.actors).toEqual([{ actor_id: "TTP", role: "perpetrator" }]);
    } finally {
      await store.dispose();
    }
  });
});
