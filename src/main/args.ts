import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';

export interface LaunchArgs {
  demo: boolean;
  dataDir: string | undefined;
  port: number | undefined;
  host: string | undefined;
  /** JSON file of monthly report values to push instead of the register's (trials and end-to-end tests). */
  reportValues: string | undefined;
  /** Test-only (with `--demo`): a file holding the minutes the server's clock runs ahead (`offsetFileClock`). */
  clockFile: string | undefined;
}

/**
 * `--demo` (a throw-away demo hospital) or `--data-dir DIR`, not both; for web mode `--port N`, `--host ADDR`, and for
 * end-to-end tests `--clock-file FILE` (only with `--demo`). Unknown flags (Electron's own) are ignored.
 */
export function parseLaunchArgs(argv: string[]): LaunchArgs {
  const { values } = parseArgs({
    args: argv,
    strict: false,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'report-values': { type: 'string' },
      'clock-file': { type: 'string' },
    },
  });
  const port = typeof values.port === 'string' ? Number(values.port) : undefined;
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new Error(`--port must be a number from 0 to 65535, got ${String(values.port)}`);
  }
  // The demo register is made in a temporary folder and deleted on exit: in a chosen folder it would either mix
  // invented women into a real register or delete that folder on exit. Refused, never silently ignored.
  if (values.demo === true && typeof values['data-dir'] === 'string') {
    throw new AppError('invalid_input', { message: 'launch.demo_with_data_dir', params: { dir: values['data-dir'] } });
  }
  // A moved clock would misdate every entry of a kept register (and its reports): only the throw-away demo takes one.
  if (typeof values['clock-file'] === 'string' && values.demo !== true) {
    throw new AppError('invalid_input', { message: 'launch.clock_without_demo' });
  }
  return {
    demo: values.demo === true,
    dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
    port,
    host: typeof values.host === 'string' ? values.host : undefined,
    reportValues: typeof values['report-values'] === 'string' ? values['report-values'] : undefined,
    clockFile: typeof values['clock-file'] === 'string' ? values['clock-file'] : undefined,
  };
}
