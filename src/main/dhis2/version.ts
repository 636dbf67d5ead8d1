import type { ServerInfo } from '../../shared/dhis2';

export type Profile = ServerInfo['profile'];

/** `2.40.3`, `2.41.0.1`, `2.43-SNAPSHOT` → the minor line (40, 41, 43); null when unreadable. */
export function minorVersion(version: string): number | null {
  const match = /^2\.(\d+)/.exec(version.trim());
  return match ? Number(match[1]) : null;
}

/** The response-handling profile of docs/domain/dhis2.md §4. */
export function profileOf(version: string): Profile {
  const minor = minorVersion(version);
  if (minor === null || minor < 36) return 'unsupported';
  if (minor === 36) return '2.36';
  if (minor <= 41) return '2.37-2.41';
  if (minor === 42) return '2.42';
  return '2.43+';
}

/** `GET /api/dataEntry/dataValues` (with `lockStatus`) exists from 2.39. */
export const hasLockStatusEndpoint = (version: string): boolean => (minorVersion(version) ?? 0) >= 39;

/** 2.43 rewrote the import: its expiry rule counts one more day (docs/domain/dhis2.md §6). */
export const usesNewExpiryRule = (version: string): boolean => (minorVersion(version) ?? 0) >= 43;
