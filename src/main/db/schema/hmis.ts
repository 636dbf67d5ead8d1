import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * A month's HMIS report as the clerk keeps it: what the register cannot know (manual items), overrides and
 * acknowledged warnings (`inputs`, JSON), and once submitted the frozen snapshot with the hash of the register
 * rows it counted. One row per month and format; at most one submitted per month.
 */
export const hmisReport = sqliteTable(
  'hmis_report',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    format_id: text('format_id').notNull(),
    status: text('status', { enum: ['draft', 'submitted'] }).notNull(),
    inputs: text('inputs').notNull(),
    snapshot: text('snapshot'),
    /** `{item_no: value}` of the snapshot: what later months' trend checks read, without parsing the snapshot. */
    snapshot_values: text('snapshot_values'),
    inputs_hash: text('inputs_hash'),
    submitted_at: text('submitted_at'),
    submitted_by: text('submitted_by'),
    final_exported_at: text('final_exported_at'),
    version: integer('version').notNull().default(1),
    updated_at: text('updated_at').notNull(),
    updated_by: text('updated_by').notNull(),
  },
  (t) => [
    uniqueIndex('hmis_report_month_format_idx').on(t.month, t.format_id),
    uniqueIndex('hmis_report_submitted_idx')
      .on(t.month)
      .where(sql`status = 'submitted'`),
    index('hmis_report_status_idx').on(t.status),
  ],
);
