import type { AppContext } from '../context';
import { runJob } from '../jobs/run';
import { keepDashboardMonths } from './service';

/**
 * Fills the dashboard's kept months off the thread that answers the screens, so the first dashboard opened after
 * start-up or a restore is served from them: the jobs worker counts the default month's 12 trend months on its own
 * connection; here they are kept only where their key still holds (a write in between means a recount later).
 * An empty register is skipped (nothing to count). Never rejects: a failure only leaves the first call cold.
 * Resolves with the months kept.
 */
export async function warmDashboard(ctx: AppContext): Promise<string[]> {
  try {
    if (!ctx.sqlite.open || ctx.sqlite.prepare('SELECT 1 FROM episode LIMIT 1').get() === undefined) return [];
    const counted = await runJob(ctx, 'dashboardMonths', undefined);
    // The app may have closed, or a restore opened another connection, while the job ran.
    return ctx.sqlite.open ? keepDashboardMonths(ctx, counted) : [];
  } catch (error) {
    console.error('dashboard warm-up failed', error);
    return [];
  }
}
