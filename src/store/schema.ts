import type { ColumnType, Generated } from "kysely";

/**
 * Table types shared by both dialects. Portable column types only: text, integer, double precision.
 * JSON values are stored as text (see json.ts); booleans as 0/1 integers; timestamps as ISO-8601 text.
 */

export interface ReportsTable {
  id: string;
  kind: string;
  title: string | null;
  text: string;
  url: string | null;
  canonical_url: string | null;
  outlet: string | null;
  /** Added by migration 0003_ingest. */
  byline: string | null;
  language: string | null;
  published: string | null;
  fetched_at: string | null;
  content_hash: string;
  version: number;
  dataset: string | null;
  dataset_key: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportVersionsTable {
  report_id: string;
  version: number;
  content_hash: string;
  title: string | null;
  /** NULL: the same as the report's current text, reports.text (migration 0005; filled in when superseded). */
  text: string | null;
  fetched_at: string | null;
  created_at: string;
}

/** Toll columns: killed_total_low ... injured_militants_high. */
type TollColumns = {
  [K in `${"killed" | "injured"}_${"total" | "security_forces" | "civilians" | "militants"}_${"low" | "best" | "high"}`]: number | null;
};

export interface IncidentsTable extends TollColumns {
  id: string;
  date: string | null;
  date_precision: string;
  country: string | null;
  adm1: string | null;
  adm2: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number | null;
  geo_method: string | null;
  event_type: string;
  sub_event_type: string;
  status: string;
  border_side: string | null;
  border_distance_km: number | null;
  border_in_belt: number | null;
  nearest_crossing: string | null;
  nearest_crossing_km: number | null;
  source_count: number;
  /** JSON array of field names a reviewer set. */
  locked_fields: string;
  merged_into: string | null;
  /** Optimistic concurrency: bumped on every update. */
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentActorsTable {
  incident_id: string;
  actor_id: string;
  role: string;
}

export interface MentionsTable {
  id: string;
  report_id: string;
  incident_id: string | null;
  ordinal: number;
  /** JSON: the extractor's values (FORMAT.md incident shape). */
  values_json: string;
  /** JSON: field path → spans. */
  evidence_json: string;
  /** JSON: field path → confidence. */
  confidence_json: string;
  report_version: number;
  extractor: string;
  created_at: string;
}

export interface ActorsTable {
  id: string;
  name: string;
  /** JSON array. */
  aliases: string;
  kind: string;
  country: string | null;
}

export interface ClaimsTable {
  id: string;
  kind: string;
  /** JSON arrays of actor ids. */
  by_actors: string;
  against_actors: string;
  value: number | null;
  text: string | null;
  report_id: string | null;
  span_start: number | null;
  span_end: number | null;
  claimed_on: string | null;
  origin: string;
  confidence: number | null;
  created_by: string;
  created_at: string;
}

export interface ClaimIncidentsTable {
  claim_id: string;
  incident_id: string;
}

export interface AgreementsTable {
  id: string;
  title: string;
  parties: string;
  signed_on: string | null;
  in_force_from: string | null;
  in_force_to: string | null;
  text: string | null;
  report_id: string | null;
  created_at: string;
}

export interface CommitmentsTable {
  id: string;
  agreement_id: string;
  party: string;
  text: string;
  condition: string | null;
  created_at: string;
}

export interface IndicatorsTable {
  id: string;
  commitment_id: string;
  name: string;
  definition: string;
  unit: string;
  threshold: number | null;
  created_at: string;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
}

/** A feed to poll (RSS, Atom, RDF, JSON Feed). */
export interface FeedsTable {
  id: string;
  url: string;
  title: string | null;
  every_seconds: number;
  etag: string | null;
  last_modified: string | null;
  last_polled_at: string | null;
  next_due_at: string | null;
  last_status: string | null;
  last_error: string | null;
  created_at: string;
}

/** Items already seen in a feed, so that a poll fetches only new pages. */
export interface FeedItemsTable {
  feed_id: string;
  item_key: string;
  url: string | null;
  report_id: string | null;
  seen_at: string;
}

/** Every linking decision, machine or human, with its score and reasons. */
export interface LinkDecisionsTable {
  id: Generated<number>;
  mention_id: string;
  incident_id: string | null;
  decision: string;
  score: number | null;
  /** JSON: the features and their contributions. */
  reasons: string;
  decided_by: string;
  at: string;
  /** The mention's report and position (migration 0004): a new version of the report stays with its incident. */
  report_id: ColumnType<string | null, string | null | undefined, string | null>;
  ordinal: ColumnType<number | null, number | null | undefined, number | null>;
}

/** A reviewer's pin: report REPORT's ORDINAL-th incident belongs to INCIDENT (kept across re-extraction and re-linking). */
export interface LinkLocksTable {
  report_id: string;
  ordinal: number;
  incident_id: string;
  decided_by: string;
  reason: string | null;
  at: string;
}

/** Text tokens of a mention, kept for linking later mentions against it. */
export interface MentionKeysTable {
  mention_id: string;
  /** Space-separated content tokens. */
  tokens: string;
}

/** What a statistic claim counts: period, area, category; for reconciling it with the record. */
export interface ClaimScopesTable {
  claim_id: string;
  since: string | null;
  until: string | null;
  country: string | null;
  adm1: string | null;
  adm2: string | null;
  /** killed | injured */
  part: string;
  /** total | security_forces | civilians | militants */
  category: string;
  /** Actor id the count is restricted to (perpetrator or target), when the claim names one. */
  actor: string | null;
}

/** Key/value settings of the database itself (schema notes, instance id). */
export interface MetaTable {
  key: string;
  value: ColumnType<string, string, string>;
}

/** Imported boundary polygons (migration 0002_geo): GeoJSON geometry as text, bbox for quick filters. */
export interface BoundariesTable {
  id: string;
  country: string;
  level: string;
  name: string;
  adm1: string | null;
  geometry: string;
  min_x: number;
  min_y: number;
  max_x: number;
  max_y: number;
  source: string;
  import_id: string;
  imported_at: string;
}

export interface Database {
  reports: ReportsTable;
  report_versions: ReportVersionsTable;
  incidents: IncidentsTable;
  incident_actors: IncidentActorsTable;
  mentions: MentionsTable;
  actors: ActorsTable;
  claims: ClaimsTable;
  claim_incidents: ClaimIncidentsTable;
  agreements: AgreementsTable;
  commitments: CommitmentsTable;
  indicators: IndicatorsTable;
  audit_events: AuditEventsTable;
  feeds: FeedsTable;
  feed_items: FeedItemsTable;
  link_decisions: LinkDecisionsTable;
  link_locks: LinkLocksTable;
  mention_keys: MentionKeysTable;
  claim_scopes: ClaimScopesTable;
  meta: MetaTable;
  boundaries: BoundariesTable;
}
