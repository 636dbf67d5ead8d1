import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { referralFeedbackShape } from '../../../shared/care/referral';
import { columnsFromShape } from './columns';
import { referral } from './register';

/**
 * The receiving facility's feedback on one referral out (docs/domain/care.md §2): one row per referral, corrected in place
 * with an audit row per changed field.
 */
export const referralFeedback = sqliteTable(
  'referral_feedback',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    referral_id: integer('referral_id')
      .notNull()
      .references(() => referral.id, { onDelete: 'restrict' }),
    ...columnsFromShape(referralFeedbackShape),
    recorded_at: text('recorded_at').notNull(),
    recorded_by: text('recorded_by').notNull(),
  },
  (t) => [uniqueIndex('referral_feedback_referral_idx').on(t.referral_id)],
);
