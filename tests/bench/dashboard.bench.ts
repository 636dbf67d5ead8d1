/**
 * The month at a glance on a register of 100,000 episodes (issue 11 "Speed"): the month's dashboard with its
 * 12-month trends (target ≤ 100 ms), against a bare indexed scan of the same rows (the 12 months' episodes by
 * delivery date and their babies, SELECT *). The register is the HMIS benchmark's: eight years, ~1,040 deliveries a
 * month. PRASAV_BENCH_DIR keeps it between runs (building it takes minutes).
 */
import { getDashboard } from '../../src/main/care/service';
import { nextMonth } from '../../src/shared/time';
import { trendMonths } from '../../src/main/care/dashboard';
import { spreadBenchRegister } from './fixture';
import { measure, type Measurement } from './lib';

const NOW = new Date('2026-11-25T10:00:00+05:30');
const MONTH = '2026-10';

export const title = 'The month at a glance, 100,000 episodes (12-month trends)';

export async function run(): Promise<Measurement[]> {
  const { ctx, close } = spreadBenchRegister(NOW);
  try {
    ctx.sqlite.exec('ANALYZE');
    const months = trendMonths(MONTH);
    const from = months[0]!;
    const to = nextMonth(MONTH);
    const episodes = ctx.sqlite.prepare('SELECT * FROM episode WHERE delivery_at >= ? AND delivery_at < ?');
    const babies = ctx.sqlite.prepare('SELECT * FROM baby WHERE born_at >= ? AND born_at < ?');
    const rows = (episodes.all(from, to) as unknown[]).length;
    const bare = await measure('bare indexed scan of the 12 months (episodes by delivery, babies by birth)', 20, () => {
      episodes.all(from, to);
      babies.all(from, to);
    });
    const dashboard = await measure(
      'getDashboard: the month and its 12-month trends',
      20,
      () => getDashboard(ctx, { month: MONTH }),
      {
        target: '≤ 100 ms',
      },
    );
    dashboard.note = `${(dashboard.median_ms / bare.median_ms).toFixed(1)}× the bare scan (medians); ${rows} deliveries in the 12 months`;
    return [bare, dashboard];
  } finally {
    close();
  }
}
