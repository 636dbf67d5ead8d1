import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One row per settings section (`facility`, later `print`, `policy`, …); the value is zod-validated JSON. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updated_at: text('updated_at').notNull(),
  updated_by: text('updated_by').notNull(),
});
