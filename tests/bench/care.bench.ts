import { wardBoard } from '../../src/main/care/board';
import { referralFollowUps } from '../../src/main/care/referrals';
import { listRegister } from '../../src/main/register/lists';
import { benchRegister } from './fixture';
import { measure, type Measurement } from './lib';

export const title = 'Ward board and referral follow-up (issue 11): 100,000 episodes';

/** The ward board (Today) and the follow-up list against a bare indexed read of the same open rows. */
export async function run(): Promise<Measurement[]> {
  const { ctx, close } = benchRegister(100_000);
  try {
    const open = ctx.sqlite
      .prepare("SELECT count(*) FROM episode WHERE record_state <> 'closed' AND voided_at IS NULL")
      .pluck()
      .get() as number;
    const referrals = ctx.sqlite.prepare('SELECT count(*) FROM referral').pluck().get() as number;
    const bare = ctx.sqlite.prepare("SELECT * FROM episode WHERE record_state <> 'closed' AND voided_at IS NULL");
    const rows: Measurement[] = [];
    rows.push(await measure(`bare read of the ${open} open episodes' rows`, 500, () => bare.all(), { note: 'baseline' }));
    const board = await measure(
      `ward board (${open} women: risk reasons, pending items, follow-up count)`,
      500,
      () => wardBoard(ctx),
      { target: '≤ 20 ms' },
    );
    rows.push({ ...board, note: `${Math.round((board.median_ms / rows[0]!.median_ms) * 10) / 10}× the bare read` });
    rows.push(
      await measure(`referral follow-up list (${referrals} referrals)`, 200, () => referralFollowUps(ctx), {
        note: 'every referral without feedback, filtered by days since departure',
      }),
    );
    const year = { from_month: '2025-12', to_month: '2026-11' };
    const inYear = ctx.sqlite
      .prepare("SELECT count(*) FROM episode WHERE admission_at >= '2025-12' AND admission_at < '2026-12' AND voided_at IS NULL")
      .pluck()
      .get() as number;
    rows.push(
      await measure(`register book, high-risk filter over 12 months (${inYear} records), first page`, 20, () =>
        listRegister(ctx, { ...year, high_risk: true, limit: 200 }),
      ),
    );
    return rows;
  } finally {
    close();
  }
}
