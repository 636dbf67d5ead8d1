/**
 * Headless tasks on a data folder: `npm run cli -- <command> [options] [--data-dir DIR] [--demo]`.
 * Commands go through the same contract and services as the app; errors print in English and Hindi.
 */
import { AppError } from '../shared/errors';
import { parseLaunchArgs } from './args';
import { closeApp, openApp } from './bootstrap';
import type { CliCommand } from './cli/command';
import { hmisCommand } from './cli/hmis';
import { dashboardCommand } from './cli/dashboard';
import { infoCommand } from './cli/info';
import { exportCommand, importCommand } from './cli/register';
import { pushCommand } from './cli/push';
import { slipCommand } from './cli/slip';
import { checkoutResourcePaths, defaultDataDir } from './paths';
import { reportError } from './report-error';
import { checkoutVersion } from './version';

const COMMANDS: CliCommand[] = [
  infoCommand,
  importCommand,
  exportCommand,
  pushCommand,
  slipCommand,
  hmisCommand,
  dashboardCommand,
];

function printHelp(): void {
  console.log('Usage: npm run cli -- <command> [options] [--data-dir DIR] [--demo]\n');
  for (const command of COMMANDS) console.log(`  ${command.usage.padEnd(70)} ${command.summary}`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    printHelp();
    return name === undefined || name === 'help' || name === '--help' ? 0 : 2;
  }
  const launch = parseLaunchArgs(rest);
  const ctx = openApp({
    ...checkoutResourcePaths(),
    dataDir: launch.dataDir ?? defaultDataDir(),
    demo: launch.demo,
    appVersion: checkoutVersion(),
    runtime: 'node',
  });
  try {
    return await command.run(rest, ctx);
  } finally {
    closeApp(ctx);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    reportError(error);
    process.exit(error instanceof AppError && error.code === 'invalid_input' ? 2 : 1);
  },
);
