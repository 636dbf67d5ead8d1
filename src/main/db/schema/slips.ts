import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { episode } from './register';

/**
 * Every printed or saved copy of a slip (docs/domain/slips.md: "Every print is logged"), written in the same transaction
 * as the audit row. A slip printed before (same record, slip type and baby) makes the next print a duplicate.
 */
export const printLog = sqliteTable(
  'print_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    episode_id: integer('episode_id')
      .notNull()
      .references(() => episode.id, { onDelete: 'restrict' }),
    slip: text('slip', { enum: ['discharge', 'referral', 'birth_report'] }).notNull(),
    /** Form 1 and a baby's referral: the baby (1 = A); null for the mother's slips. */
    baby_order: integer('baby_order'),
    copy_no: integer('copy_no').notNull(),
    /** `printer` (Electron), `browser` (the browser's print dialog), `pdf` (saved file), `cli`. */
    channel: text('channel', { enum: ['printer', 'browser', 'pdf', 'cli'] }).notNull(),
    printer_name: text('printer_name'),
    duplicate: integer('duplicate', { mode: 'boolean' }).notNull(),
    printed_at: text('printed_at').notNull(),
    user_id: text('user_id').notNull(),
    user_name: text('user_name').notNull(),
  },
  (t) => [index('print_log_slip_idx').on(t.episode_id, t.slip, t.baby_order)],
);
