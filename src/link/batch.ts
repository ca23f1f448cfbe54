import type { BorderContext, Incident, Mention, Report } from "../domain/index.js";
import { bulkInsert, incidentToRow, mentionTokens, newId, nowIso, type Db } from "../store/index.js";
import type { MentionsTable } from "../store/schema.js";
import { deriveIncident } from "../verify/derive.js";
import type { LinkerOptions, LinkOutcome, LinkSession } from "./api.js";
import { decide, type Decision } from "./decide.js";
import { LinkEngine } from "./engine.js";
import { dayToDate, featuresOf, tokensFor, type LinkFeatures } from "./features.js";
import type { IncidentProfile } from "./profile.js";
import { DATE_WINDOW } from "./score.js";

/** Days either side of a mention's day whose incidents must be in memory (the incremental linker's SQL window). */
const REACH = DATE_WINDOW + 1;
/** Runs of days to load closer than this are loaded as one range (one query instead of many). */
const MERGE_GAP = 31;
/** Incidents held in memory before the session starts over (a very large import must not hold them all). */
const MAX_PROFILES = 300_000;
/** Points whose border context the session remembers before it starts over. */
const MAX_BORDERS = 100_000;

/** The reasons of a mention that met no candidate, as stored: the same text for most rows of a one-dataset import. */
let noCandidateReasons: string | undefined;

/** decide()'s answer for a mention with no candidate: the same whatever the mention (see storeFresh). */
let noCandidate: Decision | undefined;

/** Features made before their tokens are (see storeFresh): never filled in, only replaced. */
const NO_TOKENS: string[] = [];

/** Fills in a mention's tokens, once. */
function withTokens(f: LinkFeatures, mention: Mention, report: Report): LinkFeatures {
  if (f.tokens === NO_TOKENS) f.tokens = tokensFor(report.text, report.title, mention.evidence);
  return f;
}

/**
 * Linking for a bulk import: the rules of the incremental linker (createLinker: same blocking, same candidate
 * filter, same decide()), but with the candidates held in memory for the whole import instead of read from the
 * database per mention. Incidents already stored are loaded once per run of dates the import touches; incidents
 * the import creates are added as it goes; new incidents, mentions and decisions go in as bulk inserts (tokens are
 * not stored: see storeFresh).
 * Only for mentions of NEW reports (no reviewer pin, no previous version can exist for them).
 *
 * What it cannot see: incidents another process stores during the import, in dates already loaded (they may
 * get a duplicate that a reviewer merges, as with any two concurrent writers). Callers reset() it after work
 * that changed incidents behind its back (a rolled-back chunk, a report linked one by one).
 */
export class BulkLinkSession implements LinkSession {
  private engine = new LinkEngine(() => newId("inc"));
  private loadedDays = new Set<number>();
  /**
   * The event dataset of the rows linked last. Incidents the session starts are not put in the engine: rows of
   * the same dataset can never join them (the dataset veto), so a one-dataset import never pays for their
   * profiles. When rows of another dataset come, the days loaded are forgotten, and those incidents come in from
   * the database (where the session stored them) with everything else.
   */
  private dataset: string | null | undefined = undefined;

  constructor(private readonly options: LinkerOptions, private readonly refresh: (db: Db, incidentId: string) => Promise<void>) {}

  /**
   * Border context by point: a dataset's rows come back to the same coordinates (a town's, a district's) again and
   * again. Keyed by latitude, then longitude (numbers: no "lat,lon" string to format per row).
   */
  private borders = new Map<number, Map<number, BorderContext>>();
  private bordersKept = 0;

  private borderAt(lat: number, lon: number): BorderContext {
    let byLon = this.borders.get(lat);
    let b = byLon?.get(lon);
    if (!b) {
      if (this.bordersKept >= MAX_BORDERS) {
        this.borders.clear();
        this.bordersKept = 0;
        byLon = undefined;
      }
      b = this.options.border!(lat, lon);
      if (!byLon) this.borders.set(lat, (byLon = new Map()));
      byLon.set(lon, b);
      this.bordersKept++;
    }
    return { ...b };
  }

  reset(): void {
    this.engine = new LinkEngine(() => newId("inc"));
    this.loadedDays = new Set();
    this.dataset = undefined;
  }

  async storeFresh(db: Db, items: readonly { row: MentionsTable; mention: Mention; report: Report }[]): Promise<LinkOutcome[]> {
    if (!items.length) return [];
    const now = nowIso();
    // Tokens are made only for a mention that meets candidates or is put in the engine (withTokens): a
    // one-dataset import's rows meet none. They are not stored (no mention_keys row): whoever reads them later
    // makes them from the report's text as here (mentionTokens with tokensFor).
    const feats: LinkFeatures[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) feats[i] = featuresOf(items[i].mention, items[i].report, NO_TOKENS);
    if (this.engine.profiles.size > MAX_PROFILES) this.reset();
    // a chunk holds rows of one dataset (runBatch); rows of another may join the incidents the last one started
    if (feats[0].dataset !== this.dataset) {
      this.loadedDays = new Set();
      this.dataset = feats[0].dataset;
    }
    await this.load(db, feats);

    const outcomes: LinkOutcome[] = new Array(items.length);
    const created: Incident[] = [];
    const linked = new Set<string>();
    const decisions: { mention_id: string; report_id: string; ordinal: number; incident_id: string; decision: string; score: number | null; reasons: string; decided_by: string; at: string }[] = [];
    for (let i = 0; i < items.length; i++) {
      const { row, mention, report } = items[i];
      const f = feats[i];
      // as candidateProfiles: incidents already holding another row of this mention's event dataset are out
      let candidates: IncidentProfile[] | null = null;
      for (const p of this.engine.candidates(f)) if (!(f.dataset && p.datasets.has(f.dataset))) (candidates ??= []).push(p);
      if (candidates) withTokens(f, mention, report);
      // no candidate (every row of a one-dataset import): decide()'s answer is the same for every mention
      const d = candidates ? decide(f, candidates) : (noCandidate ??= decide(f, []));
      let incidentId = d.incidentId;
      if (incidentId) {
        linked.add(incidentId);
        this.engine.assign(f, incidentId);
      } else {
        incidentId = newId("inc");
        // one source: the report's text is only read to group republished copies, and one report is one group
        const incident = deriveIncident(incidentId, [{ mention, report: { id: report.id, published: report.published, outlet: report.outlet, kind: report.kind } }], null, now);
        if (this.options.border && incident.lat != null && incident.lon != null) incident.border = this.borderAt(incident.lat, incident.lon);
        created.push(incident);
        // without a dataset (not from runBatch's chunks), later mentions of the same call may join it
        if (!f.dataset) this.engine.assign(withTokens(f, mention, report), incidentId);
      }
      row.incident_id = incidentId;
      const decision = d.incidentId ? "linked" : "new";
      outcomes[i] = { incident_id: incidentId, decision, score: d.score };
      decisions.push({
        mention_id: row.id, report_id: row.report_id, ordinal: row.ordinal, incident_id: incidentId, decision,
        score: d.score == null || !Number.isFinite(d.score) ? null : d.score, decided_by: "machine:link", at: now,
        reasons: candidates ? JSON.stringify(d.reasons) : (noCandidateReasons ??= JSON.stringify(d.reasons)),
      });
    }
    // incidents first: mentions.incident_id is a foreign key
    await bulkInsert(db, "incidents", created.map((i) => incidentToRow(i)));
    const actors: { incident_id: string; actor_id: string; role: string }[] = [];
    for (const i of created) {
      // each (actor, role) once, in the incident's order (an incident has a handful: a scan, no set of keys)
      const from = actors.length;
      for (const a of i.actors) {
        let seen = false;
        for (let k = from; k < actors.length && !seen; k++) seen = actors[k].actor_id === a.actor_id && actors[k].role === a.role;
        if (!seen) actors.push({ incident_id: i.id, actor_id: a.actor_id, role: a.role });
      }
    }
    await bulkInsert(db, "incident_actors", actors);
    await bulkInsert(db, "mentions", items.map((x) => x.row));
    await bulkInsert(db, "link_decisions", decisions);
    // an existing incident that took mentions is recomputed from all of them, once per chunk
    for (const id of linked) await this.refresh(db, id);
    return outcomes;
  }

  /** Puts the stored live incidents dated near these mentions into the engine, once per day per session. */
  private async load(db: Db, feats: readonly LinkFeatures[]): Promise<void> {
    const need = new Set<number>();
    for (const f of feats) {
      if (f.day == null) continue;
      for (let d = f.day - REACH; d <= f.day + REACH; d++) if (!this.loadedDays.has(d)) need.add(d);
    }
    if (!need.size) return;
    const days = [...need].sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (const d of days) {
      const last = ranges[ranges.length - 1];
      // one range over a short gap, unless the gap holds loaded days (their incidents are in the engine already)
      let bridge = last != null && d - last[1] <= MERGE_GAP;
      for (let g = last ? last[1] + 1 : d; bridge && g < d; g++) if (this.loadedDays.has(g)) bridge = false;
      if (bridge) last![1] = d;
      else ranges.push([d, d]);
    }
    for (const [lo, hi] of ranges) {
      for (let d = lo; d <= hi; d++) this.loadedDays.add(d);
      const rows = await db.selectFrom("incidents").select("id").where("merged_into", "is", null)
        .where("date", ">=", dayToDate(lo)).where("date", "<=", dayToDate(hi)).execute();
      const ids = rows.map((r) => r.id).filter((id) => !this.engine.profiles.has(id));
      for (let i = 0; i < ids.length; i += 500) {
        const mentions = await db.selectFrom("mentions").innerJoin("reports", "reports.id", "mentions.report_id")
          .select(["mentions.id", "mentions.report_id", "mentions.incident_id", "mentions.values_json", "reports.published", "reports.dataset"])
          .where("mentions.incident_id", "in", ids.slice(i, i + 500)).execute();
        const toks = await mentionTokens(db, mentions.map((m) => m.id), tokensFor);
        for (const m of mentions) {
          const f = featuresOf({ id: m.id, report_id: m.report_id, values: JSON.parse(m.values_json) }, m, toks.get(m.id) ?? []);
          this.engine.assign(f, m.incident_id!);
        }
      }
    }
  }
}
