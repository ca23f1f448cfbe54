import type { AuditEvent, NewAuditEvent } from "../domain/index.js";
import { nowIso } from "./ids.js";
import type { Db } from "./open.js";

/** Appends to the audit log. Never updates or deletes. */
export async function recordAudit(db: Db, e: NewAuditEvent): Promise<void> {
  await db.insertInto("audit_events").values({
    at: e.at ?? nowIso(), actor: e.actor, action: e.action, entity: e.entity, entity_id: e.entity_id,
    field: e.field ?? null, old_value: e.old_value ?? null, new_value: e.new_value ?? null, reason: e.reason ?? null,
  }).execute();
}

export async function auditTrail(db: Db, entity: string, entityId: string): Promise<AuditEvent[]> {
  return db.selectFrom("audit_events").selectAll().where("entity", "=", entity).where("entity_id", "=", entityId)
    .orderBy("id").execute();
}
