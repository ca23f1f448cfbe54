import type { Command } from "commander";
import { flattenIncident, IncidentStatusSchema, type Incident, toCsv } from "../../domain/index.js";
import { listIncidents, type IncidentFilter } from "../../store/index.js";
import { withStore } from "../store.js";

interface Opts {
  db?: string;
  since?: string;
  until?: string;
  country?: string;
  adm1?: string;
  adm2?: string;
  status?: string;
  type?: string;
  subType?: string;
  actor?: string;
  borderKm?: string;
  limit: string;
  format: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Turns CLI options into a store filter, with errors that name the option. */
export function filterFromOptions(o: Omit<Opts, "db" | "format">): IncidentFilter {
  for (const k of ["since", "until"] as const) {
    if (o[k] && !DATE.test(o[k]!)) throw new Error(`--${k}: expected YYYY-MM-DD, got "${o[k]}"`);
  }
  const status = o.status?.split(",").map((s) => s.trim());
  for (const s of status ?? []) {
    if (!IncidentStatusSchema.safeParse(s).success) throw new Error(`--status: unknown status "${s}" (one of ${IncidentStatusSchema.options.join(", ")})`);
  }
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit <= 0) throw new Error(`--limit: expected a positive integer, got "${o.limit}"`);
  const borderKm = o.borderKm === undefined ? undefined : Number(o.borderKm);
  if (borderKm !== undefined && !(borderKm >= 0)) throw new Error(`--border-km: expected a number of km, got "${o.borderKm}"`);
  return {
    since: o.since, until: o.until, country: o.country, adm1: o.adm1, adm2: o.adm2,
    status: status as IncidentFilter["status"], eventType: o.type, subEventType: o.subType, actor: o.actor, borderKm, limit,
  };
}

function toll(t: { low: number | null; best: number | null; high: number | null }): string {
  if (t.best == null) return "";
  return t.low !== t.high ? `${t.best} (${t.low}–${t.high})` : String(t.best);
}

function table(rows: Incident[]): string {
  const head = ["id", "date", "adm1", "adm2", "sub_event_type", "killed", "injured", "status", "src"];
  const body = rows.map((i) => [
    i.id, i.date ?? "?", i.adm1 ?? "", i.adm2 ?? "", i.sub_event_type, toll(i.killed.total), toll(i.injured.total), i.status, String(i.source_count),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((v, c) => v.padEnd(widths[c])).join("  ").trimEnd();
  return [line(head), ...body.map(line)].join("\n") + "\n";
}

export function register(program: Command): void {
  program
    .command("incidents")
    .description("list incidents from the record, filtered, as a table, JSON or CSV")
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--since <date>", "on or after YYYY-MM-DD")
    .option("--until <date>", "on or before YYYY-MM-DD")
    .option("--country <cc>", "PK or AF")
    .option("--adm1 <province>", "province, e.g. 'Khyber Pakhtunkhwa'")
    .option("--adm2 <district>", "district, e.g. 'North Waziristan'")
    .option("--status <list>", "comma-separated: provisional,corroborated,verified,disputed,retracted")
    .option("--type <event_type>", "ACLED event type")
    .option("--sub-type <sub_event_type>", "ACLED sub-event type")
    .option("--actor <id>", "perpetrator or target actor id, e.g. TTP")
    .option("--border-km <km>", "only incidents within this distance of the border")
    .option("--limit <n>", "at most n incidents", "100")
    .option("--format <fmt>", "table | json | csv", "table")
    .action(async (o: Opts) => {
      if (!["table", "json", "csv"].includes(o.format)) throw new Error(`--format: expected table, json or csv, got "${o.format}"`);
      const filter = filterFromOptions(o);
      await withStore(o.db, async (store) => {
        const rows = await listIncidents(store.db, filter);
        if (o.format === "json") process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
        else if (o.format === "csv") process.stdout.write(toCsv(rows.map(flattenIncident)));
        else process.stdout.write(table(rows));
        process.stderr.write(`incidents: ${rows.length} shown\n`);
      });
    });
}
