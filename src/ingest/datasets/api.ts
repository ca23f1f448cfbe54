import type { DatePrecision, ExtractedIncident, GeoPrecision } from "../../domain/index.js";

/** Reads one column of the current row ("" when the column is absent or empty). */
export type Get = (column: string) => string;

/** Actor names of one row, by role, before mapping to canonical ids. */
export interface RowActors {
  perpetrators: string[];
  targets: string[];
}

/** What a dataset importer reads from one row; the generic code turns it into a report and a mention. */
export interface MappedRow {
  /** The dataset's own event id: the row's identity across re-imports. */
  key: string;
  title: string;
  incident: Omit<ExtractedIncident, "evidence" | "field_evidence" | "perpetrators" | "targets"> & {
    date_precision: DatePrecision;
    geo_precision?: GeoPrecision;
  };
  /** Actor names to map (names), or canonical ids already (ids: the project's own export). */
  actors: RowActors;
  actorsAreIds?: boolean;
  /** Which columns hold the evidence for each field path ("date" → ["event_date"]). */
  evidence: Record<string, string[]>;
}

/** A row that cannot be imported, with the field at fault. */
export interface RowError {
  field: string;
  error: string;
}

/** One dataset layout: how to recognise its CSV, which columns it needs and how a row maps. */
export interface DatasetSpec {
  /** Stored as reports.dataset: "acled", "ucdp_ged", "gtd", "frontier". */
  name: string;
  /** Human name, also the rows' outlet. */
  label: string;
  /** Columns without which no row can be read: their absence fails the file. */
  required: readonly string[];
  /** Columns read into the incident or deliberately kept in the row text only; others are reported. */
  known: readonly string[];
  /** Whether a header row looks like this dataset. */
  detect(header: readonly string[]): boolean;
  map(get: Get): MappedRow | RowError;
}
