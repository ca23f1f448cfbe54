import type { Command } from "commander";
import { ClaimKindSchema } from "../../domain/index.js";
import { addClaim, contestedPairs, reconcile, type LedgerClaim } from "../../verify/ledger.js";
import { listClaims } from "../../store/index.js";
import { withStore } from "../store.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const list = (s?: string) => (s ? s.split(/[,;]/).map((x) => x.trim().toUpperCase()).filter(Boolean) : []);

function table(claims: LedgerClaim[], contested: Set<string>): string {
  const head = ["id", "claimed_on", "kind", "by", "against", "value", "incidents", "origin", "contested"];
  const rows = claims.map((c) => [
    c.id, c.claimed_on ?? "?", c.kind, c.by.join(";"), c.against.join(";"), c.value == null ? "" : String(c.value),
    c.incident_ids.join(";"), c.origin + (c.report_id ? "" : c.origin === "manual" ? "" : " (report deleted)"), contested.has(c.id) ? "yes" : "",
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => v.padEnd(w[i])).join("  ").trimEnd();
  return [line(head), ...rows.map(line)].join("\n") + "\n";
}

interface ListOpts { db?: string; kind?: string; by?: string; against?: string; incident?: string; since?: string; until?: string; contested?: boolean; limit: string; format: string }

export function register(program: Command): void {
  const claims = program
    .command("claims")
    .description("the claims ledger: responsibility, denials, allegations, statistics, commitments, with who, against whom, when and source; `claims add` enters one by hand")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--kind <kind>", `one of ${ClaimKindSchema.options.join(", ")}`)
    .option("--by <actor>", "made by this actor id (e.g. TTP, PK_GOV)")
    .option("--against <actor>", "about this actor id")
    .option("--incident <id>", "linked to this incident")
    .option("--since <date>", "claimed on or after YYYY-MM-DD")
    .option("--until <date>", "claimed on or before YYYY-MM-DD")
    .option("--contested", "only claims met by a denial (and the denials)")
    .option("--limit <n>", "at most n claims", "200")
    .option("--format <fmt>", "table | json", "table")
    .action(async (o: ListOpts) => {
      if (o.kind && !ClaimKindSchema.safeParse(o.kind).success) throw new Error(`--kind: unknown "${o.kind}" (one of ${ClaimKindSchema.options.join(", ")})`);
      for (const k of ["since", "until"] as const) if (o[k] && !DATE.test(o[k]!)) throw new Error(`--${k}: expected YYYY-MM-DD, got "${o[k]}"`);
      if (!["table", "json"].includes(o.format)) throw new Error(`--format: expected table or json, got "${o.format}"`);
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw new Error(`--limit: expected a positive integer, got "${o.limit}"`);
      await withStore(o.db, async (store) => {
        // contested pairs are found over the whole ledger, then filtered
        const all = await listClaims(store.db, { since: o.since, until: o.until });
        const pairs = contestedPairs(all);
        const contested = new Set(pairs.flatMap((p) => [p.claim.id, p.denial.id]));
        let rows = await listClaims(store.db, { kind: o.kind, by: o.by, against: o.against, incidentId: o.incident, since: o.since, until: o.until });
        if (o.contested) rows = rows.filter((c) => contested.has(c.id));
        rows = rows.slice(0, limit);
        if (o.format === "json") {
          const ids = new Set(rows.map((r) => r.id));
          process.stdout.write(JSON.stringify({
            claims: rows,
            contested: pairs.filter((p) => ids.has(p.claim.id) || ids.has(p.denial.id)).map((p) => ({ kind: p.kind, claim: p.claim.id, denial: p.denial.id, incidents: p.incidents })),
          }, null, 2) + "\n");
        } else process.stdout.write(table(rows, contested));
        process.stderr.write(`claims: ${rows.length} shown, ${pairs.length} contested pairs in the ledger\n`);
      });
    });

  claims
    .command("add")
    .description("enter a claim by hand (audited)")
    .argument("<kind>", ClaimKindSchema.options.join(" | "))
    .requiredOption("--who <actors>", "who makes the claim: actor ids, comma-separated (e.g. TTP, PK_GOV)")
    .requiredOption("--entered-by <name>", "your name, for the audit log")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--against <actors>", "who the claim is about, comma-separated")
    .option("--value <n>", "the figure (statistics)")
    .option("--text <sentence>", "the claim's words")
    .option("--report <id>", "the source report")
    .option("--span <start:end>", "character span of the claim in the report")
    .option("--on <date>", "when it was made, YYYY-MM-DD (default: the report's date)")
    .option("--incident <ids>", "incidents it concerns, comma-separated")
    .option("--period <since:until>", "statistics: the period counted, YYYY-MM-DD:YYYY-MM-DD")
    .option("--adm1 <province>", "statistics: the province counted")
    .option("--category <part.category>", "statistics: e.g. killed.militants, killed.total, injured.civilians")
    .option("--reason <text>", "why it is entered")
    .action(async (kind: string, _o: unknown, cmd: Command) => {
      // --db may be given before or after the sub-command: the parent `claims` declares it too
      const o = cmd.optsWithGlobals() as Record<string, string | undefined>;
      const value = o.value === undefined ? null : Number(o.value.replace(/,/g, ""));
      if (value != null && !Number.isFinite(value)) throw new Error(`--value: expected a number, got "${o.value}"`);
      let span: [number, number] | null = null;
      if (o.span) {
        const m = /^(\d+):(\d+)$/.exec(o.span);
        if (!m) throw new Error(`--span: expected START:END character offsets, got "${o.span}"`);
        span = [Number(m[1]), Number(m[2])];
      }
      if (o.on && !DATE.test(o.on)) throw new Error(`--on: expected YYYY-MM-DD, got "${o.on}"`);
      const scope: Record<string, string | null> = {};
      if (o.period) {
        const m = /^(\d{4}-\d{2}-\d{2})?:(\d{4}-\d{2}-\d{2})?$/.exec(o.period);
        if (!m) throw new Error(`--period: expected SINCE:UNTIL as YYYY-MM-DD:YYYY-MM-DD, got "${o.period}"`);
        scope.since = m[1] ?? null;
        scope.until = m[2] ?? null;
      }
      if (o.adm1) scope.adm1 = o.adm1;
      if (o.category) {
        const m = /^(killed|injured)\.(total|security_forces|civilians|militants)$/.exec(o.category);
        if (!m) throw new Error(`--category: expected killed|injured . total|security_forces|civilians|militants, got "${o.category}"`);
        scope.part = m[1];
        scope.category = m[2];
      }
      await withStore(o.db, async (store) => {
        const c = await addClaim(store.db, {
          kind, by: list(o.who), against: list(o.against), value, text: o.text ?? null, report_id: o.report ?? null,
          span_start: span?.[0] ?? null, span_end: span?.[1] ?? null, claimed_on: o.on ?? null,
          incident_ids: o.incident ? o.incident.split(",").map((s) => s.trim()).filter(Boolean) : [],
          scope: Object.keys(scope).length ? scope : undefined,
        }, o.enteredBy!, o.reason ?? null);
        process.stdout.write(`${c.id}\n`);
        process.stderr.write(`claims: added ${c.kind} claim ${c.id} by ${c.by.join(", ")}\n`);
      });
    });

  claims
    .command("reconcile")
    .description("compare a statistic claim with the record: the record's sum for the same period, area and category, the ratio, and the incidents behind it")
    .argument("<claim>", "claim id")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--format <fmt>", "text | json", "text")
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const o = cmd.optsWithGlobals() as { db?: string; format: string };
      await withStore(o.db, async (store) => {
        const r = await reconcile(store.db, id);
        if (o.format === "json") {
          process.stdout.write(JSON.stringify(r, null, 2) + "\n");
          return;
        }
        const s = r.scope;
        process.stdout.write(
          `claim ${id}: ${r.claim.by.join(", ")} says ${r.claimed} (${r.claim.text ?? "no text"})\n` +
          `scope (${r.scopeFrom}): ${s.part}.${s.category}, ${s.since ?? "…"} to ${s.until ?? "…"}${s.adm1 ? `, ${s.adm1}` : ""}${s.adm2 ? `, ${s.adm2}` : ""}\n` +
          `record: ${r.recordSum} across ${r.incidents.length} incidents; claim / record = ${r.ratio ?? "n/a (record has none)"}\n` +
          r.incidents.map((i) => `  ${i.date ?? "?"}  ${i.incident_id}  ${i.value}`).join("\n") + (r.incidents.length ? "\n" : ""),
        );
      });
    });
}
