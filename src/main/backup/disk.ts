import { statfsSync } from 'node:fs';

/** Free bytes for this user on the disk holding `path`, or null where the system cannot tell. */
export function freeBytes(path: string): number | null {
  try {
    const stats = statfsSync(path);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

/** Low disk space is shown on the home screen before it can make a save or a backup fail. */
export function diskStatus(path: string, warnMb: number): { free_mb: number; low: boolean } {
  const free = freeBytes(path);
  if (free === null) return { free_mb: -1, low: false };
  const freeMb = Math.floor(free / 1048576);
  return { free_mb: freeMb, low: freeMb < warnMb };
}
