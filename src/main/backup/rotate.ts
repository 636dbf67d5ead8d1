import { join } from 'node:path';
import { manifestPath, removeIfExists } from './files';
import type { Manifest } from './manifest';

export interface RotationPolicy {
  keep_daily: number;
  keep_monthly: number;
}

/** Always kept, whatever their age: a burst of backups (exits, manual) never removes the newest ones. */
export const KEEP_NEWEST = 3;
const SAFETY_KINDS = new Set(['pre-migration', 'pre-restore']);

/** `2026-11-25`: the facility's calendar day of an instant. */
export function localDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * Which backups of one folder to remove. Kept: the newest `KEEP_NEWEST`; the newest backup of each of the last
 * `keep_daily` days that have backups (a PC switched off for a week still keeps 14 restore points) and of each of
 * the last `keep_monthly` months; every safety copy (before a migration or a restore) from those days. Days and
 * months are the facility's local ones. `manifests` is newest first.
 */
export function backupsToRemove(manifests: readonly Manifest[], policy: RotationPolicy, timeZone: string): Manifest[] {
  const keep = new Set<Manifest>(manifests.slice(0, KEEP_NEWEST));
  const newestPer = (key: (m: Manifest) => string, limit: number): Set<string> => {
    const seen = new Map<string, Manifest>();
    for (const m of manifests) {
      const k = key(m);
      if (!seen.has(k) && seen.size < limit) seen.set(k, m);
    }
    for (const m of seen.values()) keep.add(m);
    return new Set(seen.keys());
  };
  const days = newestPer((m) => localDay(m.created_at, timeZone), policy.keep_daily);
  newestPer((m) => localDay(m.created_at, timeZone).slice(0, 7), policy.keep_monthly);
  for (const m of manifests) if (SAFETY_KINDS.has(m.kind) && days.has(localDay(m.created_at, timeZone))) keep.add(m);
  return manifests.filter((m) => !keep.has(m));
}

/** Removes the backup file first, then its manifest (a manifest without its file is never listed). */
export function removeBackup(dir: string, manifest: Manifest): void {
  const path = join(dir, manifest.file);
  removeIfExists(path);
  removeIfExists(manifestPath(path));
}
