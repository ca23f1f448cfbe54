import type { Command } from "commander";
import { editField, merge, setStatus, split, unlockField, type ReviewContext } from "../../verify/review.js";
import { withStore } from "../store.js";

interface Common {
  db?: string;
  by?: string;
  reason?: string;
  revision?: string;
}

function context(o: Common): ReviewContext {
  const by = o.by ?? process.env.FRONTIER_REVIEWER;
  if (!by) throw new Error("--by: who is reviewing is required (or set FRONTIER_REVIEWER)");
  if (!o.reason) throw new Error("--reason: say why; the audit log keeps it");
  let expectedRevision: number | undefined;
  if (o.revision !== undefined) {
    expectedRevision = Number(o.revision);
    if (!Number.isInteger(expectedRevision) || expectedRevision < 1) throw new Error(`--revision: expected a positive integer, got "${o.revision}"`);
  }
  return { by, reason: o.reason, expectedRevision };
}

function common(c: Command): Command {
  return c
    .option("--db <url>", "database (default: $FRONTIER_DATABASE_URL or ./frontier.db)")
    .option("--by <name>", "reviewer's name (default: $FRONTIER_REVIEWER)")
    .option("--reason <text>", "why (required; kept in the audit log)")
    .option("--revision <n>", "the incident revision you read: refuse if someone changed it since (see `incident show`)");
}

export function register(program: Command): void {
  const review = program.command("review").description("a reviewer's decisions: verify, dispute, retract, merge, split, edit a field; each is audited with who and why");
  for (const [name, status, what] of [
    ["verify", "verified", "mark an incident verified (checked by a person)"],
    ["dispute", "disputed", "mark an incident disputed"],
    ["retract", "retracted", "retract an incident (it did not happen as recorded)"],
  ] as const) {
    common(review.command(name).description(what).argument("<id>", "incident id")).action(async (id: string, o: Common) => {
      const ctx = context(o);
      await withStore(o.db, async (store) => {
        const inc = await setStatus(store.db, id, status, ctx);
        process.stderr.write(`review: ${id} is now ${inc.status}\n`);
      });
    });
  }
  common(review.command("edit").description("set a field to a reviewer's value; machine re-extraction and re-linking keep it")
    .argument("<id>", "incident id").argument("<field>", "date, adm1, adm2, place, lat, lon, sub_event_type, perpetrators, killed.total, killed.civilians.high, …")
    .argument("<value>", "the value (\"null\" clears it; actor lists comma-separated)"))
    .action(async (id: string, field: string, value: string, o: Common) => {
      const ctx = context(o);
      await withStore(o.db, async (store) => {
        await editField(store.db, id, field, value, ctx);
        process.stderr.write(`review: ${id} ${field} = ${value} (locked)\n`);
      });
    });
  common(review.command("unlock").description("drop a reviewer lock so the machine's value applies again")
    .argument("<id>", "incident id").argument("<field>", "a locked field"))
    .action(async (id: string, field: string, o: Common) => {
      const ctx = context(o);
      await withStore(o.db, async (store) => {
        await unlockField(store.db, id, field, ctx);
        process.stderr.write(`review: ${id} ${field} unlocked\n`);
      });
    });
  common(review.command("merge").description("merge incident FROM into incident INTO (one event reported as two); pins all their mentions together")
    .argument("<from>", "incident merged away").argument("<into>", "incident kept"))
    .action(async (from: string, into: string, o: Common) => {
      const ctx = context(o);
      await withStore(o.db, async (store) => {
        const inc = await merge(store.db, from, into, ctx);
        process.stderr.write(`review: ${from} merged into ${into} (${inc.source_count} sources)\n`);
      });
    });
  common(review.command("split").description("move mentions (or all mentions of reports) out of an incident into a new one; both sides are pinned apart")
    .argument("<id>", "incident id")
    .option("--mention <ids>", "comma-separated mention ids to move")
    .option("--report <ids>", "comma-separated report ids whose mentions move"))
    .action(async (id: string, o: Common & { mention?: string; report?: string }) => {
      const ctx = context(o);
      const list = (s?: string) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : []);
      await withStore(o.db, async (store) => {
        const inc = await split(store.db, id, { mentions: list(o.mention), reports: list(o.report) }, ctx);
        process.stdout.write(`${inc.id}\n`);
        process.stderr.write(`review: split ${inc.source_count} sources of ${id} into ${inc.id}\n`);
      });
    });
}
