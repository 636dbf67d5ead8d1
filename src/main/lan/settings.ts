import { networkInterfaces } from 'node:os';
import { fieldError } from '../../shared/validation';
import { DEFAULT_LAN_SETTINGS, lanSettingsSchema, type LanSettings, type LanStatus } from '../../shared/lan';
import type { AppContext } from '../context';
import type { DbHandle } from '../db/handle';
import type { Session } from '../session';
import { readSection, updateSection } from '../settings/store';

/** The PC's own IPv4 addresses on its networks (not loopback): what the labour-room PC can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

export function readLanSettings(ctx: Pick<DbHandle, 'db'>): LanSettings {
  return readSection(ctx, 'lan', lanSettingsSchema, DEFAULT_LAN_SETTINGS);
}

/** Where nothing can serve the LAN (the CLI): the settings, and that it is not available here. */
function offlineStatus(ctx: Pick<DbHandle, 'db'>): LanStatus {
  return {
    settings: readLanSettings(ctx),
    addresses: lanAddresses(),
    running: false,
    url: null,
    fingerprint: null,
    problem: null,
    available: false,
  };
}

export function lanStatus(ctx: Pick<AppContext, 'db' | 'lan'>): LanStatus {
  return ctx.lan?.status() ?? offlineStatus(ctx);
}

/** Saves LAN settings (turning it on picks the first address unless one is chosen) and applies them. */
export async function updateLanSettings(
  ctx: Pick<AppContext, 'db' | 'clock' | 'lan'>,
  session: Session,
  patch: Partial<LanSettings>,
): Promise<LanStatus> {
  const addresses = ctx.lan?.addresses() ?? lanAddresses();
  const merged = { ...readLanSettings(ctx), ...patch };
  if (merged.enabled) {
    if (!merged.host) merged.host = addresses[0] ?? '';
    if (!addresses.includes(merged.host)) {
      throw fieldError('host', addresses.length === 0 ? 'v.lan_no_network' : 'v.lan_address');
    }
  }
  updateSection(ctx, session, 'lan', lanSettingsSchema, DEFAULT_LAN_SETTINGS, { ...patch, host: merged.host });
  return ctx.lan ? ctx.lan.apply() : offlineStatus(ctx);
}
