import { z } from 'zod';
import { referralFeedbackSchema } from '../care/referral';
import { babyRecordSchema, episodeRecordSchema, historyEntrySchema, isoDate, isoDateTime, referralRecordSchema } from './schema';

/**
 * The register's exchange format (JSON): every field of every record, its babies, referrals (with their feedback) and
 * change history, lossless and versioned. Field names are those of docs/domain/register.md. Documented by the JSON Schema
 * generated from this file (`docs/register-exchange.schema.json`, `npm run schema`).
 */
export const EXCHANGE_FORMAT = 'prasav-register';
export const EXCHANGE_VERSION = 1;

export const exchangeEpisodeSchema = episodeRecordSchema
  .omit({ id: true, babies: true, referrals: true })
  .extend({
    babies: z.array(babyRecordSchema.omit({ id: true })),
    referrals: z.array(
      referralRecordSchema.omit({ id: true }).extend({
        /** The receiving facility's feedback (docs/domain/care.md §2); absent in files written before it was kept. */
        feedback: referralFeedbackSchema.nullable().default(null),
      }),
    ),
    history: z.array(historyEntrySchema),
  })
  .strict();
export type ExchangeEpisode = z.output<typeof exchangeEpisodeSchema>;

export const registerExchangeSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(EXCHANGE_VERSION),
    exported_at: isoDateTime,
    app_version: z.string(),
    facility: z
      .object({
        hospital_name: z.string(),
        hmis_facility_code: z.string(),
        district: z.string(),
        state: z.string(),
        time_zone: z.string(),
      })
      .strict(),
    /** Admission dates covered (inclusive), or null for the whole register. */
    range: z.object({ from: isoDate.nullable(), to: isoDate.nullable() }).strict().nullable(),
    episodes: z.array(exchangeEpisodeSchema),
  })
  .strict();
export type RegisterExchange = z.output<typeof registerExchangeSchema>;
