import type { AppContext } from '../context';

/** One CLI command: `npm run cli -- <name> [options]`. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Commands that need the register get it opened (and closed) for them. */
  run: (args: string[], ctx: AppContext) => Promise<number> | number;
}
