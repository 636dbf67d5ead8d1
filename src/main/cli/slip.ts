import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { slipRefSchema } from '../../shared/contract/slips';
import { parseInput } from '../../shared/validation';
import { LOCAL_ADMIN_SESSION } from '../session';
import { slipPdf } from '../slips/service';
import type { CliCommand } from './command';

const KINDS = {
  discharge: 'discharge',
  referral: 'referral',
  'birth-report': 'birth_report',
  'referral-feedback': 'referral_in_feedback',
} as const;

/** `slip discharge|referral|birth-report --episode ID --out FILE.pdf [--baby N]`: the first copy as PDF, logged. */
export const slipCommand: CliCommand = {
  name: 'slip',
  summary: 'Write a slip of a record as PDF (discharge, referral, birth-report = CRS Form 1); the print is logged.',
  usage: 'slip discharge|referral|birth-report --episode ID --out FILE.pdf [--baby N] [--data-dir DIR]',
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
      episode_id: Number(values.episode),
      slip: kind,
      // Form 1 is per baby: baby A unless another is named. A referral without --baby is the mother's.
      baby_order: typeof values.baby === 'string' ? Number(values.baby) : kind === 'birth_report' ? 1 : null,
    });
    const { bytes } = await slipPdf(ctx, LOCAL_ADMIN_SESSION, ref, 'cli');
    writeFileSync(values.out, bytes);
    console.log(`Wrote ${values.out}`);
    return 0;
  },
};
