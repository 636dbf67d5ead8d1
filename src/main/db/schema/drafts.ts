import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * Half-filled register forms (docs/ARCHITECTURE.md, "Drafts"): one row per user and form (`admit`,
 * `delivery:12`, `outcome:12`), the form's typed state as zod-validated JSON. Kept in the register file, not the
 * browser, because in LAN mode the browser is another PC; removed when the form is saved or the draft discarded.
 * Not audited: a draft is not register data until it is saved (and then the save is audited).
 */
export const drafts = sqliteTable(
  'drafts',
  {
    user_id: text('user_id')
      .notNull()
      .references(() => users.id),
    form: text('form').notNull(),
    /** The record version the draft was typed against (null for an admission). */
    base_version: integer('base_version'),
    data: text('data').notNull(),
    updated_at: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.user_id, t.form] })],
);
