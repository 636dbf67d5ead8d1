import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Every change to saved data, one row per changed field, written in the same transaction as the change.
 * Values are JSON text so that numbers, nulls and lists keep their type.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    user_id: text('user_id').notNull(),
    user_name: text('user_name').notNull(),
    entity: text('entity').notNull(),
    entity_id: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'void', 'unvoid', 'reopen', 'import', 'print', 'export'] }).notNull(),
    field: text('field'),
    old_value: text('old_value'),
    new_value: text('new_value'),
    reason: text('reason'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entity_id)],
);
