import type { ExtractedIncident, ExtractedClaim, NewReport } from "../../src/domain/index.js";
import { createLinker } from "../../src/link/index.js";
import { ingestReport } from "../../src/pipeline/ingest-report.js";
import type { Db } from "../../src/store/index.js";

/** A FORMAT.md incident with defaults: a suicide bombing in Bannu. */
export function incident(over: Partial<Omit<ExtractedIncident, "killed" | "injured">> & { killed?: number | null; injured?: number | null } = {}): ExtractedIncident {
  const { killed, injured, ...rest } = over;
  return {
    date: "2025-05-10", country: "PK", adm1: "Khyber Pakhtunkhwa", adm2: "Bannu", place: "Domel", lat: 33.09, lon: 70.7,
    event_type: "Explosions/Remote violence", sub_event_type: "Suicide bomb", perpetrators: ["TTP"], targets: ["PK_POLICE"],
    killed: { total: killed === undefined ? 10 : killed, security_forces: null, civilians: null, militants: null },
    injured: { total: injured ?? null, security_forces: null, civilians: null, militants: null },
    evidence: [],
    ...rest,
  };
}

let n = 0;
/** Ingests one invented report whose extraction is given (the real extractor is tested elsewhere). */
export async function report(
  db: Db, incidents: ExtractedIncident[],
  r: Partial<NewReport> & { text?: string } = {}, claims: ExtractedClaim[] = [],
) {
  n++;
  const input: NewReport = {
    kind: "news", outlet: `Outlet ${n}`, published: "2025-05-10", title: `Report ${n}`,
    text: r.text ?? `Invented report number ${n} ${Math.random()}: a suicide bomber struck a police station in Domel, Bannu, killing people.`,
    canonical_url: `https://example.invalid/${n}-${Math.random()}`, ...r,
  };
  return ingestReport(db, input, { extract: (doc) => ({ id: doc.id, incidents, claims }), linker: createLinker(), extractor: "test" });
}
