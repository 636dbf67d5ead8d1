import { auditLog } from './db/schema';
import type { DbOrTx } from './db/open';
import type { Session } from './session';

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: (typeof auditLog.$inferInsert)['action'];
  field?: string | null;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string | null;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

/** Writes audit rows; call inside the transaction that makes the change. */
export function writeAudit(db: DbOrTx, session: Session, at: Date, entries: AuditEntry[]): void {
  if (entries.length === 0) return;
  db.insert(auditLog)
    .values(
      entries.map((e) => ({
        at: at.toISOString(),
        user_id: session.userId,
        user_name: session.userName,
        entity: e.entity,
        entity_id: e.entityId,
        action: e.action,
        field: e.field ?? null,
        old_value: json(e.oldValue),
        new_value: json(e.newValue),
        reason: e.reason ?? null,
      })),
    )
    .run();
}

/** One audit entry per field whose value differs between `before` and `after`. */
export function diffEntries<T extends object>(
  entity: string,
  entityId: string,
  before: T,
  after: T,
  reason?: string | null,
): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    const oldValue = before[field];
    const newValue = after[field];
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) {
      entries.push({ entity, entityId, action: 'update', field, oldValue, newValue, reason: reason ?? null });
    }
  }
  return entries;
}
