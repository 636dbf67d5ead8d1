/**
 * Whether the desktop app may look for updates, decided before electron-updater is touched. electron-updater checks
 * an installer's Authenticode signature only on Windows and only when the build recorded a `publisherName` in
 * `app-update.yml` (electron-builder writes it from `win.signtoolOptions.publisherName`); without one it would run
 * any installer the feed serves. So updates stay off unless the PC opted in, it is Windows, and that name is there:
 * then an update not signed by that publisher is refused by electron-updater. Returns why not, or null.
 */
export type UpdateRefusal = 'not_opted_in' | 'no_signature_check_on_platform' | 'no_update_config' | 'unsigned_build';

export function updateRefusal(options: {
  optIn: string | undefined;
  platform: NodeJS.Platform;
  /** The packaged `resources/app-update.yml`, or null when missing (a development run). */
  appUpdateYml: string | null;
}): UpdateRefusal | null {
  if (options.optIn !== '1') return 'not_opted_in';
  if (options.platform !== 'win32') return 'no_signature_check_on_platform';
  if (options.appUpdateYml === null) return 'no_update_config';
  return publisherNames(options.appUpdateYml).length > 0 ? null : 'unsigned_build';
}

/** `publisherName` from app-update.yml: a YAML list (block or flow) or a single name. */
export function publisherNames(yml: string): string[] {
  const flow = /^publisherName:[ \t]*(\S.*)$/m.exec(yml)?.[1]?.trim();
  const unquote = (s: string) => s.trim().replace(/^['"]|['"]$/g, '');
  if (flow) {
    const items = flow.startsWith('[') ? flow.slice(1, -1).split(',') : [flow];
    return items.map(unquote).filter(Boolean);
  }
  const block = /^publisherName:[ \t]*\n((?:[ \t]+-[^\n]*\n?)+)/m.exec(yml)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => unquote(line.replace(/^\s*-\s*/, '')))
    .filter(Boolean);
}
