import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { babyShape, episodeFieldsShape, referralShape } from '../../../shared/register/schema';
import { columnsFromShape } from './columns';

/**
 * A delivery episode (docs/domain/register.md): one row per woman per admission, every field of its §2–§8 as a column
 * of the same name. Nothing is deleted; `voided_*` marks a voided record.
 */
export const episode = sqliteTable(
  'episode',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable identity across export/import (a UUID). */
    uid: text('uid').notNull(),
    /** Serial period (`2026`, or `2026-10` when numbering resets monthly) and number within it. */
    serial_period: text('serial_period').notNull(),
    serial_seq: integer('serial_seq').notNull(),
    serial_no: text('serial_no').notNull(),
    /** Lifecycle (docs/domain/register.md §1); not to be confused with `state`, the address's state. */
    record_state: text('record_state', { enum: ['admitted', 'delivered', 'closed'] }).notNull(),
    /** State before closing, restored by "reopen". */
    state_before_close: text('state_before_close'),
    voided_at: text('voided_at'),
    voided_by: text('voided_by'),
    void_reason_code: text('void_reason_code'),
    void_reason_text: text('void_reason_text'),
    version: integer('version').notNull().default(0),
    created_at: text('created_at').notNull(),
    created_by: text('created_by').notNull(),
    updated_at: text('updated_at').notNull(),
    updated_by: text('updated_by').notNull(),
    /** Key of a row imported from a spreadsheet, so the same file imported twice creates nothing new. */
    import_key: text('import_key'),
    ...columnsFromShape(episodeFieldsShape),
  },
  (t) => [
    uniqueIndex('episode_uid_idx').on(t.uid),
    uniqueIndex('episode_serial_idx').on(t.serial_period, t.serial_seq),
    uniqueIndex('episode_import_key_idx')
      .on(t.import_key)
      .where(sql`import_key IS NOT NULL`),
    index('episode_admission_idx').on(sql`admission_at`),
    index('episode_delivery_idx').on(sql`delivery_at`),
    index('episode_outcome_idx').on(sql`outcome_at`),
    index('episode_open_idx')
      .on(t.record_state)
      .where(sql`voided_at IS NULL AND record_state <> 'closed'`),
    index('episode_mobile_idx').on(sql`mobile`),
    index('episode_rch_idx').on(sql`rch_id`),
    index('episode_ipd_idx').on(sql`ipd_no`),
    index('episode_serial_no_idx').on(t.serial_no),
    // Completion in the admission form (register/entry-choices.ts): each query reads only its index (voided_at
    // included so the filter needs no table row).
    index('episode_village_idx')
      .on(sql`village_ward`, sql`block`, sql`voided_at`)
      .where(sql`voided_at IS NULL AND village_ward IS NOT NULL`),
    index('episode_asha_idx')
      .on(sql`asha_name`, sql`voided_at`)
      .where(sql`voided_at IS NULL AND asha_name IS NOT NULL`),
    index('episode_referred_from_idx')
      .on(sql`referred_in_from_name`, sql`voided_at`)
      .where(sql`voided_at IS NULL AND referred_in_from_name IS NOT NULL`),
    // HMIS 16.6 counts reviews by their date, which can be any time after the death.
    index('episode_fbmdr_idx')
      .on(sql`fbmdr_date`)
      .where(sql`fbmdr_date IS NOT NULL`),
  ],
);

/** One row per baby of an episode (twins, triplets: up to 4). A baby entered in error is removed by `removed_at`. */
export const baby = sqliteTable(
  'baby',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    episode_id: integer('episode_id')
      .notNull()
      .references(() => episode.id, { onDelete: 'restrict' }),
    removed_at: text('removed_at'),
    ...columnsFromShape(babyShape),
  },
  (t) => [
    index('baby_episode_idx').on(t.episode_id),
    index('baby_born_idx').on(sql`born_at`),
    // HMIS birth doses (9.1.x) count by the date given, neonatal deaths (16.x) by the date of death: neither is
    // bounded by the delivery date, so each has its own (small, partial) index.
    ...(['vit_k', 'bcg', 'opv0', 'hepb0', 'hepb0_at', 'neonatal_death_at'] as const).map((dose) =>
      index(`baby_${dose}_idx`)
        .on(sql.raw(dose))
        .where(sql.raw(`${dose} IS NOT NULL`)),
    ),
  ],
);

/** A referral out (the referral slip's content): the mother's, or one baby's (`baby_order`). */
export const referral = sqliteTable(
  'referral',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    episode_id: integer('episode_id')
      .notNull()
      .references(() => episode.id, { onDelete: 'restrict' }),
    slip_no: text('slip_no').notNull(),
    ...columnsFromShape(referralShape),
  },
  (t) => [index('referral_episode_idx').on(t.episode_id)],
);
