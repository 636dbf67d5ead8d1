import { describe, expect, it } from 'vitest';
import { runCrashHarness } from '../crash/harness';

/**
 * Crash safety, measured (docs/reliability.md): a child process runs the real data layer, writing and backing up,
 * and is killed with SIGKILL at random moments; after every kill the register must open, pass integrity_check, hold
 * every acknowledged write, and list only whole backups. Admissions (the register's own insert) get most of the
 * kills, a settings change the rest; `npm run crash` runs 1000.
 */
describe('crash safety', () => {
  it.each([
    { write: 'admission', kills: 140 },
    { write: 'settings', kills: 60 },
  ])(
    'loses no acknowledged $write and damages nothing across $kills SIGKILLs',
    { timeout: 600_000 },
    async ({ write, kills }) => {
      const report = await runCrashHarness({ kills, write });
      console.log(
        `crash harness (${write}): ${report.kills} kills (${report.killsDuringStartup} during start-up), ${report.acknowledgedWrites} acknowledged writes, ${report.backupsTaken} backups, ${report.failures.length} failures, ${(report.durationMs / 1000).toFixed(1)} s`,
      );
      expect(report.failures).toEqual([]);
      expect(report.kills).toBe(kills);
      // The run must actually have written and crashed mid-way, or it proves nothing.
      expect(report.acknowledgedWrites).toBeGreaterThan(kills);
      expect(report.killsDuringStartup).toBeGreaterThan(0);
      expect(report.backupsTaken).toBeGreaterThan(0);
    },
  );
});
