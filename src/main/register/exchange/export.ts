import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type ExchangeEpisode,
  type RegisterExchange,
} from '../../../shared/register/exchange';
import { addDays } from '../../../shared/time';
import type { AppContext } from '../../context';
import { facilitySettings, registerEnv } from '../context';
import { episodeHistory } from '../lists';
import { loadRecords } from '../rows';

/** The whole register, or the records admitted between two dates (inclusive), voided ones included. */
export function exportRegister(ctx: AppContext, range: { from?: string; to?: string }): RegisterExchange {
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
    for (const record of loadRecords(ctx.sqlite, ids.slice(i, i + 500))) {
      const { id, babies, referrals, ...rest } = record;
      episodes.push({
        ...rest,
        babies: babies.map(({ id: _id, ...b }) => b),
        referrals: referrals.map(({ id: _id, ...r }) => r),
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

export function exportFileName(range: { from?: string; to?: string }, nowIso: string): string {
  const span = range.from || range.to ? `${range.from ?? 'start'}_${range.to ?? 'end'}` : 'all';
  return `prasav-register_${span}_${nowIso.slice(0, 10)}.json`;
}
