import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slipRefSchema } from '../../shared/contract/slips';
import { parseInput } from '../../shared/validation';
import { LOCAL_ADMIN_SESSION } from '../session';
import { slipPdf } from '../slips/service';
import type { CliCommand } from './command';
import { resolveEpisodeRef } from './episode';

const KINDS = {
  discharge: 'discharge',
  referral: 'referral',
  'birth-report': 'birth_report',
  'still-birth-report': 'still_birth_report',
  'death-report': 'death_report',
  mccd: 'mccd',
  'referral-feedback': 'referral_in_feedback',
} as const;
/** Reports of one baby: baby A unless another is named. */
const PER_BABY = new Set<string>(['birth_report', 'still_birth_report']);

/**
 * `slip KIND --episode SERIAL_OR_ID --out FILE.pdf [--baby N]`: the first copy as PDF, logged as a PDF save (not a
 * print). `--episode` takes the register serial number (`2026/0154`) or the internal id.
 */
export const slipCommand: CliCommand = {
  name: 'slip',
  summary:
    'Write a slip of a record as PDF (discharge, referral; CRS birth-report = Form 1, still-birth-report = Form 3, death-report = Form 2, mccd = Form 4); logged as a PDF save.',
  usage:
    'slip discharge|referral|birth-report|still-birth-report|death-report|mccd --episode SERIAL_OR_ID --out FILE.pdf [--baby N] [--data-dir DIR]',
  run: async (args, ctx) => {
    const { positionals, values } = parseArgs({
      args,
      strict: false,
      allowPositionals: true,
      options: {
        episode: { type: 'string' },
        baby: { type: 'string' },
        out: { type: 'string' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
      },
    });
    const kind = KINDS[positionals[0] as keyof typeof KINDS];
    if (!kind || typeof values.out !== 'string' || typeof values.episode !== 'string') {
      console.error(`Usage: npm run cli -- ${slipCommand.usage}`);
      return 2;
    }
    const ref = parseInput(slipRefSchema, {
      episode_id: resolveEpisodeRef(ctx, values.episode),
      slip: kind,
      // Forms 1 and 3 are per baby. A referral, a death report or an MCCD without --baby is the mother's.
      baby_order: typeof values.baby === 'string' ? Number(values.baby) : PER_BABY.has(kind) ? 1 : null,
    });
    const { bytes } = await slipPdf(ctx, LOCAL_ADMIN_SESSION, ref, 'cli');
    writeFileSync(values.out, bytes);
    console.log(`Wrote ${values.out}`);
    return 0;
  },
};
