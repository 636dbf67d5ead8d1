import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

/** The app version from package.json (the packaged Electron app uses `app.getVersion()` instead). */
export function checkoutVersion(root: string = projectRoot()): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
