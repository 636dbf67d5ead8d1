import type { AppContext } from '../context';
import { runJob } from '../jobs/run';

/** How often a running app checks for the day's backup and a newly plugged-in second folder. */
export const CHECK_INTERVAL_MS = 60 * 60_000;

/**
 * The daily backup at the first open of the day, and hourly after that (a reception PC often runs for days); the
 * same check gives a USB drive plugged in later its copy. The check runs on a worker thread (jobs/), so neither the
 * start nor the screens wait for it. Returns a function that stops the timer.
 */
export function startBackupSchedule(ctx: AppContext, intervalMs = CHECK_INTERVAL_MS): () => void {
  const check = () => {
    if (!ctx.sqlite.open) return;
    runJob(ctx, 'scheduledCheck', undefined).catch((error: unknown) => console.error('scheduled backup check failed', error));
  };
  check();
  const timer = setInterval(check, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
