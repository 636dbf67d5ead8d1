import { describe, expect, it } from 'vitest';
import { runCrashHarness } from '../crash/harness';

/**
 * Crash safety, measured (docs/reliability.md): a child process runs the real data layer, writing and backing up,
 * and is killed with SIGKILL at random moments, 200 times; after every kill the register must open, pass
 * integrity_check, hold every acknowledged write, and list only whole backups. `npm run crash` runs longer.
 */
describe('crash safety', () => {
  it('loses no acknowledged write and damages nothing across 200 SIGKILLs', { timeout: 600_000 }, async () => {
    const report = await runCrashHarness({ kills: 200 });
    console.log(
      `crash harness: ${report.kills} kills (${report.killsDuringStartup} during start-up), ${report.acknowledgedWrites} acknowledged writes, ${report.backupsTaken} backups, ${report.failures.length} failures, ${(report.durationMs / 1000).toFixed(1)} s`,
    );
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(200);
    // The run must actually have written and crashed mid-way, or it proves nothing.
    expect(report.acknowledgedWrites).toBeGreaterThan(200);
    expect(report.killsDuringStartup).toBeGreaterThan(0);
    expect(report.backupsTaken).toBeGreaterThan(0);
  });
});
