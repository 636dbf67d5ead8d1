import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';
import { fixedClock, testContext } from '../helpers/context';

/*
 * Issue 10 item 18: a hospital's own spreadsheet answers `booked` with yes/no (हाँ/नहीं), and its old closed rows
 * lack details the register asks for at closing today. Both are imported; the incomplete rows are listed.
 */

async function call<N extends OpName>(ctx: AppContext, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const result = await dispatch(ctx, LOCAL_ADMIN_SESSION, op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.data as OpOutput<N>;
}

const context = () => testContext({ clock: fixedClock('2026-10-20T12:00:00+05:30') });

const HEADER =
  'mother_name,age_years,admission_at,booked,delivery_at,mode,place_of_delivery,number_of_babies,baby1_sex,baby1_outcome,outcome,outcome_at,discharge_condition';
const delivered = 'normal_vaginal,this_facility,1,F,live';

describe('importing a hospital’s own spreadsheet', () => {
  it('reads yes/no/हाँ/नहीं (and the codes) for booked', async () => {
    const ctx = context();
    const csv = [
      'mother_name,age_years,admission_at,booked',
      'Asha Devi,24,01-10-2026 08:00,yes',
      'Bina Kumari,25,02-10-2026 08:00,No',
      'चंदा देवी,26,03-10-2026 08:00,हाँ',
      'दीपा कुमारी,27,04-10-2026 08:00,नहीं',
      'Esha Khatoon,28,05-10-2026 08:00,unbooked',
    ].join('\n');
    const imported = await call(ctx, 'importRegister', { format: 'csv', content: csv });
    expect(imported).toMatchObject({ rows: 5, created: 5, errors: [], incomplete: [] });
    const booked = ctx.sqlite.prepare('SELECT mother_name, booked FROM episode ORDER BY admission_at').all();
    expect(booked).toEqual([
      { mother_name: 'Asha Devi', booked: 'booked' },
      { mother_name: 'Bina Kumari', booked: 'unbooked' },
      { mother_name: 'चंदा देवी', booked: 'booked' },
      { mother_name: 'दीपा कुमारी', booked: 'unbooked' },
      { mother_name: 'Esha Khatoon', booked: 'unbooked' },
    ]);
    const wrong = await call(ctx, 'importRegister', {
      format: 'csv',
      content: 'mother_name,age_years,admission_at,booked\nX Y,20,06-10-2026 08:00,maybe',
    });
    expect(wrong.created).toBe(0);
    expect(wrong.errors).toMatchObject([{ line: 2, field: 'booked' }]);
  });

  it('imports closed historic rows without a discharge condition and lists them as incomplete; real errors still refuse the file', async () => {
    const ctx = context();
    const csv = [
      HEADER,
      `Farida Begum,24,01-03-2025 06:00,yes,01-03-2025 09:00,${delivered},discharged,03-03-2025 10:00,`,
      `Gita Devi,25,02-03-2025 06:00,no,02-03-2025 09:00,${delivered},discharged,04-03-2025 10:00,stable`,
      `Hema Kumari,22,03-03-2025 06:00,no,03-03-2025 09:00,${delivered},discharged,05-03-2025 10:00,`,
    ].join('\n');
    const dry = await call(ctx, 'importRegister', { format: 'csv', content: csv, dry_run: true });
    expect(dry).toMatchObject({ rows: 3, created: 3, errors: [] });
    expect(dry.incomplete).toEqual([
      { line: 2, fields: ['discharge_condition'] },
      { line: 4, fields: ['discharge_condition'] },
    ]);
    const done = await call(ctx, 'importRegister', { format: 'csv', content: csv });
    expect(done).toMatchObject({ created: 3, errors: [] });
    const [farida] = await call(ctx, 'findEpisodes', { query: 'farida' });
    const detail = await call(ctx, 'getEpisode', { id: farida!.id });
    expect(detail.record).toMatchObject({ record_state: 'closed', outcome: 'discharged', discharge_condition: null });

    // A row that is wrong (discharge before delivery), not merely incomplete, still stops the whole file.
    const bad = [
      HEADER,
      `Indu Devi,24,01-04-2025 06:00,yes,01-04-2025 09:00,${delivered},discharged,03-04-2025 10:00,`,
      `Jaya Devi,24,02-04-2025 06:00,yes,02-04-2025 09:00,${delivered},discharged,01-04-2025 10:00,stable`,
    ].join('\n');
    const refused = await call(ctx, 'importRegister', { format: 'csv', content: bad });
    expect(refused.created).toBe(0);
    expect(new Set(refused.errors.map((e) => e.line))).toEqual(new Set([3]));
  });
});
