import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { openMigrated } from "../../src/store/index.js";
import { incident, report } from "../link/fixtures.js";

const BIN = resolve("bin/frontier.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

describe("frontier incident / review / claims / link", () => {
  const db = join(mkdtempSync(join(tmpdir(), "frontier-review-")), "t.db");
  let bombing = "", other = "", otherReport = "";
  beforeAll(async () => {
    const store = await openMigrated(db);
    const v = (killed: number) => incident({ date: "2025-05-10", killed });
    const a = await report(store.db, [v(40)], { published: "2025-05-10", outlet: "Khyber Courier", text: "A suicide bomber struck the Domel police station, killing forty." },
      [{ kind: "responsibility", by: ["JUA"], incident: 0, text: "Jamaat-ul-Ahrar claimed the bombing." }]);
    await report(store.db, [v(52)], { published: "2025-05-11", outlet: "Indus Ledger", text: "BANNU: the death toll from the blast at Domel rose to 52 on Sunday." },
      [{ kind: "denial", by: ["TTP"], incident: 0, text: "The TTP said it had no part in the attack." }, { kind: "responsibility", by: ["TTP"], incident: 0 }]);
    await report(store.db, [v(61)], { published: "2025-05-12", outlet: "Valley Voice", text: "Sixty-one dead: Bannu buries victims of the weekend attack on police in Domel." });
    const b = await report(store.db, [incident({ date: "2025-05-10", adm2: "Lakki Marwat", place: "Tajazai", killed: 2, sub_event_type: "Armed clash", event_type: "Battles" })],
      { published: "2025-05-10", text: "Two policemen died in a gunfight at Tajazai." });
    bombing = a.incidents[0];
    other = b.incidents[0];
    otherReport = b.report!.id;
    await store.close();
  });

  it("incident show lists every source with its figures and dates, the toll history, link decisions, claims and audit", () => {
    const out = run("incident", "show", bombing, "--db", db);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/killed: 61 \(range 40–61\)/);
    for (const outlet of ["Khyber Courier", "Indus Ledger", "Valley Voice"]) expect(out.stdout).toContain(outlet);
    expect(out.stdout).toMatch(/killed\.total: 40 \(2025-05-10, Khyber Courier\) → 52 \(2025-05-11, Indus Ledger\) → 61/);
    expect(out.stdout).toMatch(/linked \(score [\d.]+\) by machine:link/);
    expect(out.stdout).toMatch(/responsibility claimed side by side by: JUA, TTP \(later denied\)/);
    expect(out.stdout).toMatch(/CONTESTED \(responsibility\/denial\)/);
    const json = JSON.parse(run("incident", "show", bombing, "--db", db, "--format", "json").stdout);
    expect(json.sources).toHaveLength(3);
    expect(run("incident", "show", "inc_nope", "--db", db).stderr).toMatch(/incident inc_nope does not exist/);
  }, 300_000);

  it("review edit / verify / merge / split, with errors named", () => {
    expect(run("review", "edit", bombing, "killed.total", "95", "--db", db, "--by", "Ayesha", "--reason", "provincial health department list").status).toBe(0);
    expect(run("review", "verify", bombing, "--db", db, "--by", "Ayesha", "--reason", "two independent counts agree").status).toBe(0);
    const shown = run("incident", "show", bombing, "--db", db).stdout;
    expect(shown).toMatch(/\[verified\]/);
    expect(shown).toMatch(/killed: 95 \(range 40–95\)/);
    expect(shown).toMatch(/Ayesha {2}incident\.edit killed\.total\.best: 61 → 95 {2}— provincial health department list/);
    const noReason = run("review", "verify", bombing, "--db", db, "--by", "Ayesha");
    expect(noReason.status).toBe(1);
    expect(noReason.stderr).toMatch(/--reason/);
    expect(run("review", "edit", bombing, "killed.total", "95", "--db", db, "--by", "B", "--reason", "r", "--revision", "1").stderr).toMatch(/changed by someone else/);
    expect(run("review", "merge", bombing, bombing, "--db", db, "--by", "B", "--reason", "r").stderr).toMatch(/with itself/);
    expect(run("review", "merge", other, bombing, "--db", db, "--by", "B", "--reason", "same attack, misplaced district").status).toBe(0);
    const split = run("review", "split", bombing, "--report", otherReport, "--db", db, "--by", "B", "--reason", "it was a separate gunfight after all");
    expect(split.status).toBe(0);
    expect(split.stdout.trim()).toMatch(/^inc_/);
    const rebuilt = run("link", "--rebuild", "--db", db);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stderr).toMatch(/4 mentions → 2 incidents/);
    expect(rebuilt.stderr).toMatch(/all pairs/);
    expect(run("link", "--db", db).stderr).toMatch(/--rebuild/);
  }, 300_000);

  it("claims lists the ledger, adds a claim by hand and reconciles a statistic", () => {
    const list = run("claims", "--db", db, "--contested");
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/denial\s+TTP/);
    const add = run("claims", "add", "statistic", "--who", "PK_ARMY", "--value", "1,873", "--text", "1,873 militants were killed this year, 136 of them Afghans", "--on", "2025-12-31", "--entered-by", "Ayesha", "--db", db);
    expect(add.status).toBe(0);
    const id = add.stdout.trim();
    const rec = run("claims", "reconcile", id, "--db", db);
    expect(rec.status).toBe(0);
    expect(rec.stdout).toMatch(/scope \(inferred\): killed\.militants, 2025-01-01 to 2025-12-31/);
    expect(run("claims", "add", "denial", "--who", "TTP", "--report", "rep_gone", "--entered-by", "A", "--db", db).stderr).toMatch(/rep_gone, which does not exist/);
    expect(run("claims", "--db", db, "--kind", "rumour").stderr).toMatch(/--kind: unknown "rumour"/);
  }, 300_000);
});
