import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeEpisode,
  type RegisterExchange,
} from '../../../shared/register/exchange';
import { addDays } from '../../../shared/time';
import { writeAudit } from '../../audit';
import { feedbackByReferral } from '../../care/referrals';
import type { AppContext } from '../../context';
import type { DbHandle } from '../../db/handle';
import type { Session } from '../../session';
import { facilitySettings, registerEnv } from '../context';
import { episodeHistory } from '../lists';
import { loadRecords } from '../rows';

/** The whole register, or the records admitted between two dates (inclusive), voided ones included. */
export function exportRegister(
  ctx: DbHandle & Pick<AppContext, 'appVersion'>,
  range: { from?: string; to?: string },
): RegisterExchange {
  const env = registerEnv(ctx);
  const facility = facilitySettings(ctx);
  const ids = ctx.sqlite
    .prepare(
      'SELECT id FROM episode WHERE (@from IS NULL OR admission_at >= @from) AND (@to IS NULL OR admission_at < @to) ORDER BY serial_period, serial_seq',
    )
    .pluck()
    .all({ from: range.from ?? null, to: range.to ? addDays(range.to, 1) : null }) as number[];
  const episodes: ExchangeEpisode[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const records = loadRecords(ctx.sqlite, ids.slice(i, i + 500));
    const feedback = feedbackByReferral(
      ctx,
      records.flatMap((r) => r.referrals.map((x) => x.id)),
    );
    for (const record of records) {
      const { id, babies, referrals, ...rest } = record;
      episodes.push({
        ...rest,
        babies: babies.map(({ id: _id, ...b }) => b),
        referrals: referrals.map(({ id: referralId, ...r }) => ({ ...r, feedback: feedback.get(referralId) ?? null })),
        history: episodeHistory(ctx, id),
      });
    }
  }
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exported_at: env.nowIso,
    app_version: ctx.appVersion,
    facility: {
      hospital_name: facility.hospital_name,
      hmis_facility_code: facility.hmis_facility_code,
      district: facility.district,
      state: facility.state,
      time_zone: facility.time_zone,
    },
    range: range.from || range.to ? { from: range.from ?? null, to: range.to ?? null } : null,
    episodes,
  };
}

const isAadhaarField = (field: string | null) => field !== null && field.includes('aadhaar');

/** Any Aadhaar field at any depth blanked (a history row's value may be a whole record). */
function blankAadhaar(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(blankAadhaar);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isAadhaarField(k) ? null : blankAadhaar(v)]));
}

/** Aadhaar numbers blanked: the record's own fields, its babies', and old/new values in its history. */
function withoutAadhaar(episode: ExchangeEpisode): ExchangeEpisode {
  const blanked = blankAadhaar(episode) as ExchangeEpisode;
  return {
    ...blanked,
    history: blanked.history.map((h) => (isAadhaarField(h.field) ? { ...h, old_value: null, new_value: null } : h)),
  };
}

/**
 * A bulk export as a file: Aadhaar numbers left out unless asked for, and one audit row naming who exported which
 * range, how many records, and whether Aadhaar was included.
 */
export function exportRegisterFile(
  ctx: DbHandle & Pick<AppContext, 'appVersion'>,
  session: Session,
  input: { from?: string; to?: string; include_aadhaar?: boolean },
): { file_name: string; content: string } {
  const range = { from: input.from, to: input.to };
  const exchange = exportRegister(ctx, range);
  const includeAadhaar = input.include_aadhaar === true;
  if (!includeAadhaar) exchange.episodes = exchange.episodes.map(withoutAadhaar);
  writeAudit(ctx.db, session, ctx.clock(), [
    {
      entity: 'register',
      entityId: 'export',
      action: 'export',
      newValue: {
        from: range.from ?? null,
        to: range.to ?? null,
        count: exchange.episodes.length,
        include_aadhaar: includeAadhaar,
      },
    },
  ]);
  return { file_name: exportFileName(range, exchange.exported_at), content: JSON.stringify(exchange, null, 1) };
}

export function exportFileName(range: { from?: string; to?: string }, nowIso: string): string {
  const span = range.from || range.to ? `${range.from ?? 'start'}_${range.to ?? 'end'}` : 'all';
  return `prasav-register_${span}_${nowIso.slice(0, 10)}.json`;
}
