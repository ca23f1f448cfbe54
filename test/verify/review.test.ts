import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditTrail, ConflictError, getIncident, recordAudit } from "../../src/store/index.js";
import { addClaim, ClaimError, incidentLedger, reconcile } from "../../src/verify/ledger.js";
import { editField, merge, ReviewError, setStatus, split } from "../../src/verify/review.js";
import { incidentDetail } from "../../src/verify/detail.js";
import { storeTargets } from "../helpers/stores.js";
import { incident, report } from "../link/fixtures.js";

const targets = await storeTargets();
const A = { by: "Ayesha", reason: "matched the district hospital's list" };
const B = { by: "Bilal", reason: "police FIR gives another figure" };

describe.each(targets)("review and ledger on $name", (target) => {
  let store: Awaited<ReturnType<typeof target.open>>;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => {
    await store?.dispose();
  });
  const count = async (table: "mentions" | "audit_events" | "incidents" | "claims") =>
    Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  it("status lifecycle: provisional, corroborated by a second outlet (not by a wire copy), verified by a person and kept", async () => {
    const text = "QUETTA: Gunmen opened fire on bus passengers near Kuchlak on Monday, killing nine, the Levies said. The attackers fled into the hills.";
    const a = await report(store.db, [incident({ date: "2025-09-01", adm1: "Balochistan", adm2: "Quetta", place: "Kuchlak", event_type: "Violence against civilians", sub_event_type: "Attack", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"], killed: 9 })],
      { published: "2025-09-01", outlet: "Bolan Tribune", text });
    const id = a.incidents[0];
    expect((await getIncident(store.db, id))!.status).toBe("provisional");
    await report(store.db, [incident({ date: "2025-09-01", adm1: "Balochistan", adm2: "Quetta", place: "Kuchlak", event_type: "Violence against civilians", sub_event_type: "Attack", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"], killed: 9 })],
      { published: "2025-09-01", outlet: "Valley Voice", text: `${text}\n\n(Reporting by Frontier Wire.)` });
    const afterWire = (await getIncident(store.db, id))!;
    expect(afterWire.source_count).toBe(2);
    expect(afterWire.status).toBe("provisional");
    await report(store.db, [incident({ date: "2025-09-01", adm1: "Balochistan", adm2: "Quetta", place: "Kuchlak", event_type: "Violence against civilians", sub_event_type: "Attack", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"], killed: 11 })],
      { published: "2025-09-02", outlet: "Quetta Observer", text: "Eleven passengers were buried in Quetta on Tuesday after the Kuchlak highway shooting; relatives demanded protection for travellers." });
    expect((await getIncident(store.db, id))!.status).toBe("corroborated");
    await setStatus(store.db, id, "verified", A);
    await report(store.db, [incident({ date: "2025-09-01", adm1: "Balochistan", adm2: "Quetta", place: "Kuchlak", event_type: "Violence against civilians", sub_event_type: "Attack", perpetrators: ["MILITANTS"], targets: ["CIVILIANS"], killed: 12 })],
      { published: "2025-09-03", outlet: "Indus Ledger", text: "Toll in Kuchlak bus shooting reaches twelve as injured driver dies in hospital in Quetta city." });
    const inc = (await getIncident(store.db, id))!;
    expect(inc.status).toBe("verified");
    expect(inc.killed.total).toEqual({ low: 9, best: 12, high: 12 });
    const audit = await auditTrail(store.db, "incident", id);
    expect(audit.map((e) => [e.actor, e.action, e.reason])).toContainEqual(["Ayesha", "incident.verify", A.reason]);
    expect(audit.map((e) => [e.actor, e.old_value, e.new_value])).toContainEqual(["machine:verify", "provisional", "corroborated"]);
    const detail = (await incidentDetail(store.db, id))!;
    expect(detail.sources).toHaveLength(4);
    expect(detail.independentSources).toBe(3);
    expect(detail.tollHistory.find((h) => h.part === "killed" && h.category === "total")!.figures.map((f) => f.value)).toEqual([9, 9, 11, 12]);
  });

  it("two reviewers editing the same revision: the second is refused, nothing lost, one audit event", async () => {
    const a = await report(store.db, [incident({ date: "2025-09-10", adm2: "Hangu", place: "Thall", killed: 5 })], { published: "2025-09-10" });
    const id = a.incidents[0];
    const rev = (await getIncident(store.db, id))!.revision;
    const before = (await auditTrail(store.db, "incident", id)).length;
    const results = await Promise.allSettled([
      editField(store.db, id, "killed.total", "6", { ...A, expectedRevision: rev }),
      editField(store.db, id, "killed.total", "8", { ...B, expectedRevision: rev }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ConflictError);
    expect(failed.reason.message).toMatch(/changed by someone else/);
    const inc = (await getIncident(store.db, id))!;
    expect([6, 8]).toContain(inc.killed.total.best);
    const audit = await auditTrail(store.db, "incident", id);
    expect(audit.length).toBe(before + 1);
  });

  it("bad reviewer input: clear errors, nothing changed, audit log intact", async () => {
    const a = await report(store.db, [incident({ date: "2025-09-20", adm2: "Kohat", place: "Darra Adam Khel", killed: 2 })], { published: "2025-09-20" });
    const id = a.incidents[0];
    const [mentions, audits, incidents] = [await count("mentions"), await count("audit_events"), await count("incidents")];
    await expect(merge(store.db, id, id, A)).rejects.toThrow(/cannot merge incident .* with itself/);
    await expect(split(store.db, id, { reports: [a.report!.id] }, A)).rejects.toThrow(/would leave incident .* with nothing/);
    await expect(split(store.db, id, {}, A)).rejects.toThrow(/at least one mention/);
    await expect(split(store.db, id, { mentions: ["men_nope"] }, A)).rejects.toThrow(/not mentions of incident/);
    await expect(merge(store.db, id, "inc_missing", A)).rejects.toThrow(/inc_missing does not exist/);
    await expect(editField(store.db, id, "colour", "red", A)).rejects.toThrow(/cannot edit "colour"/);
    await expect(editField(store.db, id, "date", "yesterday", A)).rejects.toThrow(/date: expected YYYY-MM-DD/);
    await expect(editField(store.db, id, "killed.total", "-3", A)).rejects.toThrow(/whole number/);
    await expect(setStatus(store.db, id, "verified", { by: "Ayesha", reason: "" })).rejects.toThrow(/reason is required/);
    await expect(setStatus(store.db, id, "verified", { by: "machine:x", reason: "r" })).rejects.toBeInstanceOf(ReviewError);
    expect([await count("mentions"), await count("audit_events"), await count("incidents")]).toEqual([mentions, audits, incidents]);
  });

  it("merge moves mentions and claims, leaves a pointer, and refuses a second merge of the merged id", async () => {
    const a = await report(store.db, [incident({ date: "2025-10-01", adm2: "Zhob", adm1: "Balochistan", place: "Sambaza", killed: 4, sub_event_type: "Armed clash", event_type: "Battles" })], { published: "2025-10-01" },
      [{ kind: "responsibility", by: ["TTP"], incident: 0 }]);
    const b = await report(store.db, [incident({ date: "2025-10-02", adm2: "Sherani", adm1: "Balochistan", place: "Dhana Sar", killed: 6, sub_event_type: "Armed clash", event_type: "Battles" })], { published: "2025-10-02" },
      [{ kind: "responsibility", by: ["HGB"], incident: 0 }]);
    const [x, y] = [a.incidents[0], b.incidents[0]];
    expect(x).not.toBe(y);
    const into = await merge(store.db, y, x, A);
    expect(into.source_count).toBe(2);
    expect((await getIncident(store.db, y))!.merged_into).toBe(x);
    const ledger = await incidentLedger(store.db, x);
    expect(ledger.responsibility.map((r) => r.by).sort()).toEqual(["HGB", "TTP"]);
    await expect(merge(store.db, y, x, A)).rejects.toThrow(/was merged into/);
  });

  it("claims ledger: an allegation met by a denial is contested; a claim on a missing report is refused", async () => {
    const a = await report(store.db, [incident({ date: "2025-10-10", adm2: "Kurram", place: "Sadda", killed: 3, event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack" })], { published: "2025-10-10" },
      [{ kind: "allegation", by: ["PK_GOV"], against: ["AF_GOV"], incident: 0, text: "Islamabad said the shells were fired from Afghan territory." }]);
    const id = a.incidents[0];
    await addClaim(store.db, { kind: "denial", by: ["AF_GOV"], against: ["PK_GOV"], text: "Kabul denied any firing across the border.", incident_ids: [id], claimed_on: "2025-10-11" }, "Ayesha", "from the ministry's statement");
    const ledger = await incidentLedger(store.db, id);
    expect(ledger.contested).toHaveLength(1);
    expect(ledger.contested[0].kind).toBe("allegation/denial");
    expect(ledger.contested[0].claim.by).toEqual(["PK_GOV"]);

    const [claims, audits] = [await count("claims"), await count("audit_events")];
    await expect(addClaim(store.db, { kind: "denial", by: ["TTP"], report_id: "rep_deleted" }, "Ayesha")).rejects.toThrow(/report rep_deleted, which does not exist/);
    await expect(addClaim(store.db, { kind: "boast", by: ["TTP"] }, "Ayesha")).rejects.toBeInstanceOf(ClaimError);
    await expect(addClaim(store.db, { kind: "statistic", by: ["PK_ARMY"] }, "Ayesha")).rejects.toThrow(/needs its figure/);
    await expect(addClaim(store.db, { kind: "denial", by: ["TTP"], incident_ids: ["inc_missing"] }, "Ayesha")).rejects.toThrow(/inc_missing does not exist/);
    expect([await count("claims"), await count("audit_events")]).toEqual([claims, audits]);
  });

  it("an official tally is reconciled with the record: sum, ratio and the incidents behind it", async () => {
    const op = (date: string, adm2: string, n: number) => incident({
      date, adm2, place: adm2, event_type: "Battles", sub_event_type: "Armed clash", perpetrators: ["PK_ARMY"], targets: ["MILITANTS"],
      killed: null,
    });
    const ids: string[] = [];
    for (const [date, adm2, n] of [["2024-02-01", "Bannu", 10], ["2024-05-01", "Tank", 15], ["2023-12-30", "Bannu", 99]] as const) {
      const inc = op(date, adm2, n);
      inc.killed = { total: n, security_forces: null, civilians: null, militants: n };
      const r = await report(store.db, [inc], { published: date, text: `Troops killed ${n} militants in ${adm2} on ${date}.` });
      ids.push(r.incidents[0]);
    }
    const c = await addClaim(store.db, { kind: "statistic", by: ["PK_ARMY"], value: 50, text: "Security forces killed 50 militants this year, 6 of them Afghans.", claimed_on: "2024-06-30" }, "Ayesha");
    const r = await reconcile(store.db, c.id);
    expect(r.scope).toMatchObject({ since: "2024-01-01", until: "2024-06-30", part: "killed", category: "militants" });
    expect(r.recordSum).toBe(25);
    expect(r.ratio).toBe(2);
    expect(r.incidents.map((i) => i.incident_id).sort()).toEqual([ids[0], ids[1]].sort());
  });

  it("the audit log is append-only history: failed actions add nothing, successful ones add who and why", async () => {
    await recordAudit(store.db, { actor: "Ayesha", action: "note", entity: "incident", entity_id: "inc_note", field: null, old_value: null, new_value: null, reason: "test" });
    expect((await auditTrail(store.db, "incident", "inc_note"))[0].actor).toBe("Ayesha");
  });
});
