import { ActorIdSchema, ClaimKindSchema, type Claim } from "../domain/index.js";
import {
  claimScope, insertClaim, listClaims, recordAudit, recordFigures, setClaimScope, type ClaimFilter, type ClaimScope, type Db,
} from "../store/index.js";

/** A claim as the ledger lists it: with the incidents it is linked to. */
export type LedgerClaim = Claim & { incident_ids: string[] };

export class ClaimError extends Error {
  override name = "ClaimError";
}

/** A claim entered by hand. */
export interface ManualClaim {
  kind: string;
  by: string[];
  against?: string[];
  value?: number | null;
  text?: string | null;
  report_id?: string | null;
  span_start?: number | null;
  span_end?: number | null;
  claimed_on?: string | null;
  incident_ids?: string[];
  /** For statistics: what the figure counts (else inferred from the text when reconciling). */
  scope?: Partial<ClaimScope>;
}

/** Validates and stores a claim entered by a person, with an audit event. Every problem is named. */
export async function addClaim(db: Db, c: ManualClaim, enteredBy: string, reason: string | null = null): Promise<LedgerClaim> {
  if (!enteredBy?.trim()) throw new ClaimError("a name is required for who entered the claim (--entered-by NAME)");
  const kind = ClaimKindSchema.safeParse(c.kind);
  if (!kind.success) throw new ClaimError(`kind: unknown "${c.kind}" (one of ${ClaimKindSchema.options.join(", ")})`);
  if (!c.by.length) throw new ClaimError("by: who makes the claim is required (actor ids, e.g. TTP or PK_GOV)");
  for (const [field, ids] of [["by", c.by], ["against", c.against ?? []]] as const) {
    for (const id of ids) if (!ActorIdSchema.safeParse(id).success) throw new ClaimError(`${field}: "${id}" is not an actor id (UPPER_SNAKE_CASE)`);
  }
  if (c.value != null && !Number.isFinite(c.value)) throw new ClaimError(`value: expected a number, got "${c.value}"`);
  if (kind.data === "statistic" && c.value == null) throw new ClaimError("value: a statistic claim needs its figure (--value N)");
  if (c.claimed_on && !/^\d{4}-\d{2}-\d{2}$/.test(c.claimed_on)) throw new ClaimError(`claimed_on: expected YYYY-MM-DD, got "${c.claimed_on}"`);
  return db.transaction().execute(async (trx) => {
    let published: string | null = null;
    if (c.report_id) {
      const r = await trx.selectFrom("reports").select(["id", "text", "published"]).where("id", "=", c.report_id).executeTakeFirst();
      if (!r) throw new ClaimError(`report: the claim points at report ${c.report_id}, which does not exist (deleted, or a wrong id); nothing stored`);
      published = r.published;
      if (c.span_start != null || c.span_end != null) {
        if (c.span_start == null || c.span_end == null || c.span_start < 0 || c.span_end < c.span_start || c.span_end > r.text.length) {
          throw new ClaimError(`span: [${c.span_start}, ${c.span_end}) is not within report ${c.report_id} (${r.text.length} characters)`);
        }
      }
    } else if (c.span_start != null || c.span_end != null) {
      throw new ClaimError("span: a span needs the report it points into (--report ID)");
    }
    const incidents: string[] = [];
    for (const id of c.incident_ids ?? []) {
      const inc = await trx.selectFrom("incidents").select(["id", "merged_into"]).where("id", "=", id).executeTakeFirst();
      if (!inc) throw new ClaimError(`incident: ${id} does not exist; nothing stored`);
      incidents.push(inc.merged_into ?? inc.id);
    }
    const claim = await insertClaim(trx, {
      kind: kind.data, by: c.by, against: c.against ?? [], value: c.value ?? null, text: c.text ?? null,
      report_id: c.report_id ?? null, span_start: c.span_start ?? null, span_end: c.span_end ?? null,
      claimed_on: c.claimed_on ?? published, origin: "manual", confidence: null, created_by: enteredBy, incident_ids: incidents,
    });
    if (kind.data === "statistic" && c.scope) {
      const inferred = inferScope(c.text ?? "", claim.claimed_on);
      await setClaimScope(trx, claim.id, { ...inferred, ...c.scope } as ClaimScope);
    }
    await recordAudit(trx, {
      actor: enteredBy, action: "claim.add", entity: "claim", entity_id: claim.id, field: null, old_value: null,
      new_value: JSON.stringify({ kind: claim.kind, by: claim.by, against: claim.against, value: claim.value, incidents }), reason,
    });
    return { ...claim, incident_ids: incidents };
  });
}

/** An allegation (or a responsibility claim) met by a denial from the party it concerns. */
export interface ContestedPair {
  kind: "allegation/denial" | "responsibility/denial";
  claim: LedgerClaim;
  denial: LedgerClaim;
  /** Shared incidents, or empty when they were paired by time (neither linked to an incident). */
  incidents: string[];
}

/** Days within which an unlinked denial answers an unlinked claim. */
export const DENIAL_WINDOW_DAYS = 14;

const days = (a: string | null, b: string | null) =>
  a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000 : Infinity;

/**
 * Pairs claims with the denials that answer them: an allegation against X denied by X, or X's claim of
 * responsibility denied by X (or by someone speaking for X). They answer each other when they share an
 * incident; or, neither being linked to one, when they were made within DENIAL_WINDOW_DAYS; or when one
 * is unlinked and they are at most 3 days apart; or when the denial names the accuser and comes within
 * half the window.
 */
export function contestedPairs(claims: LedgerClaim[]): ContestedPair[] {
  const out: ContestedPair[] = [];
  const denials = claims.filter((c) => c.kind === "denial");
  for (const c of claims) {
    if (c.kind !== "allegation" && c.kind !== "responsibility") continue;
    const concerned = c.kind === "allegation" ? c.against : c.by;
    for (const d of denials) {
      if (!d.by.some((a) => concerned.includes(a))) continue;
      const shared = c.incident_ids.filter((i) => d.incident_ids.includes(i));
      const byTime = !c.incident_ids.length && !d.incident_ids.length && days(c.claimed_on, d.claimed_on) <= DENIAL_WINDOW_DAYS;
      // a denial about an incident answers an unlinked allegation of the same days too
      const mixed = (!c.incident_ids.length || !d.incident_ids.length) && !shared.length && days(c.claimed_on, d.claimed_on) <= 3;
      // a denial addressed to the accuser ("Kabul rejects Islamabad's claims") answers it, whatever incidents
      // extraction tied each to
      const answersAccuser = d.against.some((a) => c.by.includes(a)) && days(c.claimed_on, d.claimed_on) <= DENIAL_WINDOW_DAYS / 2;
      if (!shared.length && !byTime && !mixed && !answersAccuser) continue;
      out.push({ kind: c.kind === "allegation" ? "allegation/denial" : "responsibility/denial", claim: c, denial: d, incidents: shared });
    }
  }
  return out;
}

/** Responsibility claims per claimant, side by side: several groups may claim one attack. */
export function responsibility(claims: LedgerClaim[]): { by: string; claims: LedgerClaim[]; denied: boolean }[] {
  const out = new Map<string, LedgerClaim[]>();
  const ordered = claims.filter((x) => x.kind === "responsibility").sort((a, b) => (a.claimed_on ?? "").localeCompare(b.claimed_on ?? ""));
  for (const c of ordered) {
    for (const a of c.by) out.set(a, [...(out.get(a) ?? []), c]);
  }
  const denials = claims.filter((c) => c.kind === "denial");
  return [...out.entries()].map(([by, list]) => ({ by, claims: list, denied: denials.some((d) => d.by.includes(by)) }));
}

/** The ledger for one incident: its claims, contested pairs, and responsibility side by side. */
export async function incidentLedger(db: Db, incidentId: string) {
  const claims = await listClaims(db, { incidentId });
  return { claims, contested: contestedPairs(claims), responsibility: responsibility(claims) };
}

/** The ledger across the record, filtered. */
export async function ledger(db: Db, f: ClaimFilter = {}) {
  const claims = await listClaims(db, f);
  return { claims, contested: contestedPairs(claims) };
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** The month named in "in October" / "during March" (1-12), if any. */
function inMonth(t: string): number | null {
  const m = new RegExp(`\\b(?:in|during|for) (?:the month of )?(${MONTHS.join("|")})\\b`).exec(t);
  return m ? MONTHS.indexOf(m[1]) + 1 : null;
}

/**
 * What an official figure counts, read from its sentence: killed or injured; militants, security forces,
 * civilians or everyone; the period ("this year", "last year", "in 2024", "this month", "since March");
 * and a province when one is named. The reference date is when the claim was made.
 */
export function inferScope(text: string, claimedOn: string | null): ClaimScope {
  const t = text.toLowerCase();
  const ref = claimedOn && /^\d{4}-\d{2}-\d{2}$/.test(claimedOn) ? claimedOn : null;
  const year = ref ? Number(ref.slice(0, 4)) : null;
  const part = /\b(injur|wound)/.test(t) && !/\b(kill|dead|died|death|neutrali[sz]ed|eliminated)/.test(t) ? "injured" : "killed";
  const category = /\b(militant|terrorist|khawarij|khwarij|kharji|insurgent|fighter)/.test(t) ? "militants"
    : /\b(soldier|troop|security personnel|security forces|police|officer|personnel)/.test(t) ? "security_forces"
    : /\b(civilian|people|passenger|worshipper)/.test(t) && !/\bpeople\b.*\bmilitant/.test(t) ? "civilians" : "total";
  let since: string | null = null;
  let until: string | null = ref;
  const inYear = /\b(?:in|during|of)\s+(20\d\d)\b/.exec(t);
  if (/\blast year\b/.test(t) && year) [since, until] = [`${year - 1}-01-01`, `${year - 1}-12-31`];
  else if (inYear) [since, until] = [`${inYear[1]}-01-01`, `${inYear[1]}-12-31`];
  else if (/\bthis month\b/.test(t) && ref) since = `${ref.slice(0, 7)}-01`;
  else if (inMonth(t) && year && ref) {
    // "in October": that month, of this year unless it is still to come
    const m = inMonth(t)!;
    const y = m > Number(ref.slice(5, 7)) ? year - 1 : year;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    [since, until] = [`${y}-${String(m).padStart(2, "0")}-01`, `${y}-${String(m).padStart(2, "0")}-${last}`];
  }
  else if (/\b(this year|so far|year to date)\b/.test(t) && year) since = `${year}-01-01`;
  else {
    const m = new RegExp(`\\bsince (${MONTHS.join("|")})\\b`).exec(t);
    if (m && year) since = `${year}-${String(MONTHS.indexOf(m[1]) + 1).padStart(2, "0")}-01`;
  }
  const adm1 = /khyber pakhtunkhwa|\bkp\b/.test(t) ? "Khyber Pakhtunkhwa" : /balochistan/.test(t) ? "Balochistan" : null;
  return { since, until, country: null, adm1, adm2: null, part, category, actor: null };
}

/** A statistic claim compared with the record. */
export interface Reconciliation {
  claim: LedgerClaim;
  scope: ClaimScope;
  /** Whether the scope was stored by a person or read from the claim's sentence. */
  scopeFrom: "stored" | "inferred";
  claimed: number | null;
  recordSum: number;
  /** claimed / record (null when the record has nothing). */
  ratio: number | null;
  incidents: { incident_id: string; date: string | null; value: number }[];
}

/** Compares a statistic claim with the record's sum for the same period, area and category. */
export async function reconcile(db: Db, claimId: string): Promise<Reconciliation> {
  const claim = (await listClaims(db, {})).find((c) => c.id === claimId);
  if (!claim) throw new ClaimError(`claim ${claimId} does not exist`);
  if (claim.kind !== "statistic") throw new ClaimError(`claim ${claimId} is a ${claim.kind} claim; only statistic claims are reconciled`);
  const stored = await claimScope(db, claimId);
  const scope = stored ?? inferScope(claim.text ?? "", claim.claimed_on);
  const incidents = await recordFigures(db, scope);
  const recordSum = incidents.reduce((a, i) => a + i.value, 0);
  return {
    claim, scope, scopeFrom: stored ? "stored" : "inferred", claimed: claim.value, recordSum,
    ratio: claim.value != null && recordSum > 0 ? Math.round((claim.value / recordSum) * 100) / 100 : null, incidents,
  };
}
