import type { CrsDue } from '../../shared/contract/crs';
import { CRS_REPORT_DAYS, crsEvents, type CrsEvent } from '../../shared/register/crs';
import type { EpisodeRecord } from '../../shared/register/schema';
import { addDays, daysBetween, localDate, toLocalIso } from '../../shared/time';
import type { DbHandle } from '../db/handle';
import { registerEnv } from './context';

/*
 * The CRS due list (care.md §4): every Form 1, 2 and 3 the hospital owes the registrar and has not submitted,
 * with the days left of the 21; every maternal death whose 24-hour notification or FBMDR is outstanding.
 */

const HOUR = 3_600_000;
/** A maternal death is notified to the district within this many hours (care.md §4). */
const NOTIFY_HOURS = 24;

interface EpisodeRow {
  id: number;
  serial_no: string;
  mother_name: string | null;
  place_of_delivery: EpisodeRecord['place_of_delivery'];
  delivery_at: string | null;
  gest_weeks: number | null;
  outcome: EpisodeRecord['outcome'];
  outcome_at: string | null;
  crs_form2_submitted_at: string | null;
  maternal_death_notified_at: string | null;
  fbmdr_done: number | null;
}
interface BabyRow {
  episode_id: number;
  baby_order: number;
  outcome: EpisodeRecord['babies'][number]['outcome'];
  born_at: string | null;
  birth_weight_g: number | null;
  neonatal_death: number | null;
  neonatal_death_at: string | null;
  neonatal_death_place: EpisodeRecord['babies'][number]['neonatal_death_place'];
  crs_form1_status: string | null;
  crs_form3_submitted_at: string | null;
  crs_form2_submitted_at: string | null;
}

function submitted(event: CrsEvent, ep: EpisodeRow, baby: BabyRow | undefined): boolean {
  if (event.report === 'birth_report') return baby?.crs_form1_status === 'submitted' || baby?.crs_form1_status === 'registered';
  if (event.report === 'still_birth_report') return !!baby?.crs_form3_submitted_at;
  return event.baby_order === null ? !!ep.crs_form2_submitted_at : !!baby?.crs_form2_submitted_at;
}

export function crsDue(ctx: DbHandle, sinceDays = 90): CrsDue {
  const env = registerEnv(ctx);
  const since = addDays(env.today, -sinceDays);
  const episodes = ctx.sqlite
    .prepare(
      `SELECT id, serial_no, mother_name, place_of_delivery, delivery_at, gest_weeks, outcome, outcome_at, crs_form2_submitted_at,
              maternal_death_notified_at, fbmdr_done
       FROM episode WHERE voided_at IS NULL AND (delivery_at >= @since OR (outcome = 'died' AND outcome_at >= @since)
         OR id IN (SELECT episode_id FROM baby WHERE removed_at IS NULL AND neonatal_death_at >= @since))`,
    )
    .all({ since }) as EpisodeRow[];
  const babies = ctx.sqlite
    .prepare(
      `SELECT episode_id, baby_order, outcome, born_at, birth_weight_g, neonatal_death, neonatal_death_at, neonatal_death_place,
              crs_form1_status, crs_form3_submitted_at, crs_form2_submitted_at
       FROM baby WHERE removed_at IS NULL AND episode_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(episodes.map((e) => e.id))) as BabyRow[];
  const out: CrsDue = { reports: [], maternal_deaths: [] };
  for (const ep of episodes) {
    const own = babies.filter((b) => b.episode_id === ep.id).map((b) => ({ ...b, neonatal_death: b.neonatal_death === 1 }));
    const ref = { episode_id: ep.id, serial_no: ep.serial_no, mother_name: ep.mother_name };
    for (const event of crsEvents({ ...ep, void: null, babies: own })) {
      const baby = own.find((b) => b.baby_order === event.baby_order);
      if (submitted(event, ep, baby as BabyRow | undefined) || localDate(event.at) < since) continue;
      const due = addDays(localDate(event.at), CRS_REPORT_DAYS);
      const daysLeft = daysBetween(env.today, due);
      out.reports.push({
        ...ref,
        report: event.report,
        baby_order: event.baby_order,
        event_at: event.at,
        due_date: due,
        days_left: daysLeft,
        overdue: daysLeft < 0,
      });
    }
    if (ep.outcome === 'died' && ep.outcome_at) {
      const notifyBy = toLocalIso(Date.parse(ep.outcome_at) + NOTIFY_HOURS * HOUR, env.timeZone);
      const fbmdrDue = ep.fbmdr_done !== 1;
      if (ep.maternal_death_notified_at && !fbmdrDue) continue;
      out.maternal_deaths.push({
        ...ref,
        died_at: ep.outcome_at,
        notify_by: notifyBy,
        notified_at: ep.maternal_death_notified_at,
        notify_overdue: !ep.maternal_death_notified_at && env.now.getTime() > Date.parse(notifyBy),
        fbmdr_due: fbmdrDue,
      });
    }
  }
  out.reports.sort((a, b) => a.days_left - b.days_left || a.serial_no.localeCompare(b.serial_no));
  return out;
}
