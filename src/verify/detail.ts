import { CASUALTY_CATEGORIES, type AuditEvent, type Incident, type Report } from "../domain/index.js";
import { auditTrail, getIncident, linkDecisionsOf, mentionsOfIncident, type Db, type LinkDecisionRow } from "../store/index.js";
import { independentGroups } from "./independence.js";
import { incidentLedger } from "./ledger.js";
import { SPECIFICITY } from "./tolls.js";

/** One source behind an incident, with what it says. */
export interface SourceView {
  mention_id: string;
  report_id: string;
  outlet: string | null;
  kind: Report["kind"];
  published: string | null;
  title: string | null;
  url: string | null;
  background: boolean;
  date: string | null;
  adm2: string | null;
  place: string | null;
  sub_event_type: string | null;
  killed: Record<string, number | null>;
  injured: Record<string, number | null>;
  /** Index of its independent-source group (republished wire copy shares one). */
  group: number;
}

/** Everything `incident show` prints and the API returns for one incident. */
export interface IncidentDetail {
  incident: Incident & { revision: number };
  /** When the id was merged away: the incident it points to now. */
  mergedFrom: string[];
  sources: SourceView[];
  independentSources: number;
  /** Per part and category: each figure in publication order, and the range it gives now. */
  tollHistory: { part: "killed" | "injured"; category: string; figures: { published: string | null; outlet: string | null; report_id: string; value: number; kind: string }[] }[];
  decisions: LinkDecisionRow[];
  ledger: Awaited<ReturnType<typeof incidentLedger>>;
  audit: AuditEvent[];
}

export async function incidentDetail(db: Db, id: string): Promise<IncidentDetail | null> {
  const incident = await getIncident(db, id);
  if (!incident) return null;
  const mentions = await mentionsOfIncident(db, id);
  const reportIds = [...new Set(mentions.map((m) => m.report_id))];
  const reports = new Map<string, { id: string; outlet: string | null; kind: string; published: string | null; title: string | null; url: string | null; text: string }>();
  for (let i = 0; i < reportIds.length; i += 500) {
    const rows = await db.selectFrom("reports").select(["id", "outlet", "kind", "published", "title", "url", "text"]).where("id", "in", reportIds.slice(i, i + 500)).execute();
    for (const r of rows) reports.set(r.id, r);
  }
  const groups = independentGroups([...reports.values()].map((r) => ({ id: r.id, outlet: r.outlet, text: r.text })));
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((r) => groupOf.set(r, i + 1)));
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const sources: SourceView[] = mentions.map((m) => {
    const r = reports.get(m.report_id)!;
    const v = m.values as Record<string, any>;
    const cas = (c: any) => Object.fromEntries(CASUALTY_CATEGORIES.map((k) => [k, num(c?.[k])]));
    return {
      mention_id: m.id, report_id: r.id, outlet: r.outlet, kind: r.kind as Report["kind"], published: r.published, title: r.title, url: r.url,
      background: v.background === true, date: v.date ?? null, adm2: v.adm2 ?? null, place: v.place ?? null, sub_event_type: v.sub_event_type ?? null,
      killed: cas(v.killed), injured: cas(v.injured), group: groupOf.get(r.id) ?? 0,
    };
  }).sort((a, b) => (a.published ?? "").localeCompare(b.published ?? "") || a.report_id.localeCompare(b.report_id));
  const tollHistory: IncidentDetail["tollHistory"] = [];
  for (const part of ["killed", "injured"] as const) {
    for (const category of CASUALTY_CATEGORIES) {
      const figures = sources.filter((s) => s[part][category] != null).map((s) => ({
        published: s.published, outlet: s.outlet, report_id: s.report_id, value: s[part][category]!, kind: s.kind,
      }));
      if (figures.length) tollHistory.push({ part, category, figures });
    }
  }
  const merged = await db.selectFrom("incidents").select("id").where("merged_into", "=", id).execute();
  const audit = [...await auditTrail(db, "incident", id)];
  for (const m of merged) audit.push(...await auditTrail(db, "incident", m.id));
  audit.sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  return {
    incident, mergedFrom: merged.map((m) => m.id), sources, independentSources: groups.length, tollHistory,
    decisions: await linkDecisionsOf(db, id, mentions),
    ledger: await incidentLedger(db, id), audit,
  };
}

export { SPECIFICITY };
