/**
 * The full crash-safety run (`npm run crash -- [--kills 1000] [--write admission|settings] [--max-delay 250]`): prints
 * progress and the figures recorded in docs/reliability.md. Exits non-zero on any failure.
 */
import { parseArgs } from 'node:util';
import { runCrashHarness } from '../tests/crash/harness';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    write: { type: 'string', default: 'admission' },
    'max-delay': { type: 'string', default: '250' },
  },
});

async function main(): Promise<void> {
  const report = await runCrashHarness({
    kills: Number(values.kills),
    write: values.write,
    maxDelayMs: Number(values['max-delay']),
    onProgress: (done, r) => {
      if (done % 50 === 0)
        console.log(`${done} kills, ${r.acknowledgedWrites} acknowledged writes, ${r.failures.length} failures`);
    },
  });
  for (const failure of report.failures.slice(0, 20)) console.error(`FAIL ${failure}`);
  console.log(JSON.stringify({ ...report, failures: report.failures.length }, null, 2));
  process.exit(report.failures.length === 0 ? 0 : 1);
}

void main();
