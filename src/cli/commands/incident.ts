import type { Command } from "commander";
import { type Toll } from "../../domain/index.js";
import { incidentDetail, type IncidentDetail } from "../../verify/detail.js";
import { withStore } from "../store.js";

const range = (t: Toll) => (t.best == null ? "–" : t.low !== t.high ? `${t.best} (range ${t.low}–${t.high})` : String(t.best));

/** The human-readable page for one incident. */
export function formatDetail(d: IncidentDetail): string {
  const i = d.incident;
  const out: string[] = [];
  out.push(`incident ${i.id}  [${i.status}]  revision ${i.revision}${i.merged_into ? `  MERGED INTO ${i.merged_into}` : ""}`);
  out.push(`  ${i.date ?? "date unknown"}  ${[i.place, i.adm2, i.adm1, i.country].filter(Boolean).join(", ") || "place unknown"}` +
    `${i.lat != null ? `  (${i.lat}, ${i.lon})` : ""}`);
  out.push(`  ${i.event_type} / ${i.sub_event_type}`);
  const role = (r: string) => i.actors.filter((a) => a.role === r).map((a) => a.actor_id).join(", ") || "–";
  out.push(`  perpetrators: ${role("perpetrator")}   targets: ${role("target")}`);
  out.push(`  killed: ${range(i.killed.total)}   injured: ${range(i.injured.total)}`);
  for (const cat of ["security_forces", "civilians", "militants"] as const) {
    if (i.killed[cat].best != null || i.injured[cat].best != null) out.push(`    ${cat}: killed ${range(i.killed[cat])}, injured ${range(i.injured[cat])}`);
  }
  out.push(`  sources: ${i.source_count} reports, ${d.independentSources} independent`);
  if (i.locked_fields.length) out.push(`  reviewer-set fields (kept by the machine): ${i.locked_fields.join(", ")}`);
  if (d.mergedFrom.length) out.push(`  merged in: ${d.mergedFrom.join(", ")}`);

  out.push("", "SOURCES (publication order; same group = one independent source)");
  for (const s of d.sources) {
    const k = Object.entries(s.killed).filter(([, v]) => v != null).map(([c, v]) => `${c}=${v}`).join(" ") || "–";
    const j = Object.entries(s.injured).filter(([, v]) => v != null).map(([c, v]) => `${c}=${v}`).join(" ") || "–";
    out.push(`  ${s.published ?? "????-??-??"}  ${s.outlet ?? "(no outlet)"} [${s.kind}] group ${s.group}${s.background ? "  (background reference)" : ""}`);
    out.push(`      report ${s.report_id}  mention ${s.mention_id}${s.title ? `  "${s.title}"` : ""}`);
    out.push(`      says: date ${s.date ?? "–"}, ${[s.place, s.adm2].filter(Boolean).join(", ") || "place –"}, ${s.sub_event_type ?? "–"}; killed ${k}; injured ${j}`);
  }
  out.push("", "TOLL HISTORY (each source's figure, in publication order)");
  if (!d.tollHistory.length) out.push("  no figures");
  for (const h of d.tollHistory) {
    out.push(`  ${h.part}.${h.category}: ${h.figures.map((f) => `${f.value} (${f.published ?? "?"}, ${f.outlet ?? f.report_id}${f.kind === "group_claim" ? ", group claim" : ""})`).join(" → ")}`);
    const t = i[h.part][h.category as "total"];
    out.push(`      now low ${t.low ?? "–"} / best ${t.best ?? "–"} / high ${t.high ?? "–"}`);
  }
  out.push("", "LINK DECISIONS");
  for (const dec of d.decisions) {
    const r = dec.reasons as { rule?: string; best?: { score: number; parts: Record<string, number> }; candidates?: number; reason?: string };
    const parts = r.best ? Object.entries(r.best.parts).map(([k, v]) => `${k} ${v > 0 ? "+" : ""}${v}`).join(", ") : "";
    out.push(`  ${dec.at}  mention ${dec.mention_id} → ${dec.incident_id ?? "–"}: ${dec.decision}${dec.score != null ? ` (score ${dec.score})` : ""} by ${dec.decided_by}`);
    out.push(`      ${r.rule ?? ""}${r.candidates != null ? `; ${r.candidates} candidates` : ""}${parts ? `; ${parts}` : ""}${r.reason ? `; "${r.reason}"` : ""}`);
  }
  out.push("", "CLAIMS");
  if (!d.ledger.claims.length) out.push("  none");
  for (const c of d.ledger.claims) {
    out.push(`  ${c.claimed_on ?? "?"}  ${c.kind}  by ${c.by.join(", ")}${c.against.length ? ` against ${c.against.join(", ")}` : ""}` +
      `${c.value != null ? ` value ${c.value}` : ""}  [${c.origin}${c.report_id ? `, report ${c.report_id}` : c.origin !== "manual" ? ", source report deleted" : ""}]`);
    if (c.text) out.push(`      "${c.text}"`);
  }
  if (d.ledger.responsibility.length > 1) {
    out.push(`  responsibility claimed side by side by: ${d.ledger.responsibility.map((r) => `${r.by}${r.denied ? " (later denied)" : ""}`).join(", ")}`);
  }
  for (const p of d.ledger.contested) {
    out.push(`  CONTESTED (${p.kind}): ${p.claim.by.join(", ")} ${p.kind === "allegation/denial" ? `accuses ${p.claim.against.join(", ")}` : "claims it"}; ${p.denial.by.join(", ")} denies`);
  }
  out.push("", "AUDIT TRAIL");
  if (!d.audit.length) out.push("  no events");
  for (const e of d.audit) {
    out.push(`  ${e.at}  ${e.actor}  ${e.action}${e.entity_id !== i.id ? ` (${e.entity_id})` : ""}${e.field ? ` ${e.field}` : ""}` +
      `${e.old_value != null || e.new_value != null ? `: ${e.old_value ?? "–"} → ${e.new_value ?? "–"}` : ""}${e.reason ? `  — ${e.reason}` : ""}`);
  }
  return out.join("\n") + "\n";
}

export function register(program: Command): void {
  const cmd = program.command("incident").description("one incident in full: its sources, toll history, link decisions, claims and audit trail");
  cmd
    .command("show")
    .description("show every source behind an incident with each source's figures and dates, the toll history, link decisions with reasons, claims and the audit trail")
    .argument("<id>", "incident id (inc_…)")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--format <fmt>", "text | json", "text")
    .action(async (id: string, o: { db?: string; format: string }) => {
      if (!["text", "json"].includes(o.format)) throw new Error(`--format: expected text or json, got "${o.format}"`);
      await withStore(o.db, async (store) => {
        const d = await incidentDetail(store.db, id);
        if (!d) throw new Error(`incident ${id} does not exist`);
        process.stdout.write(o.format === "json" ? JSON.stringify(d, null, 2) + "\n" : formatDetail(d));
      });
    });
}
