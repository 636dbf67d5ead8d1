/**
 * Completion for the admission form on the 100,000-episode register: opening the form sends one getEntryChoices
 * (villages with their block, ASHA names, referring facilities), read from three partial indexes. Typing then
 * completes in the page with no call.
 */
import { dispatch } from '../../src/main/api/dispatch';
import type { Session } from '../../src/main/session';
import { BENCH_NOW, spreadBenchRegister } from './fixture';
import { measure, type Measurement } from './lib';

export const title = 'Completion lists of the admission form, 100,000 episodes';

export async function run(): Promise<Measurement[]> {
  const { ctx, close } = spreadBenchRegister(BENCH_NOW);
  try {
    const clerk: Session = { userId: 'bench-clerk', userName: 'bench-clerk', role: 'clerk' };
    const open = await measure(
      'getEntryChoices (opening the admission form)',
      100,
      async () => {
        const r = await dispatch(ctx, clerk, 'getEntryChoices', {});
        if (!r.ok) throw new Error(JSON.stringify(r.error));
      },
      { target: '≤ 100 ms (once per form opened)' },
    );
    return [open];
  } finally {
    close();
  }
}
