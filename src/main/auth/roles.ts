import { DEFAULT_ROLE_SETTINGS, roleSettingsSchema, roleTable, type RoleSettings, type RoleTable } from '../../shared/roles';
import type { DbHandle } from '../db/handle';
import type { Session } from '../session';
import { readSection, updateSection } from '../settings/store';

export function readRoleSettings(ctx: Pick<DbHandle, 'db'>): RoleSettings {
  return readSection(ctx, 'roles', roleSettingsSchema, DEFAULT_ROLE_SETTINGS);
}

/** Keyed by the cached (frozen) section object, so the dispatcher's check costs a lookup, not a rebuild. */
const tables = new WeakMap<RoleSettings, RoleTable>();

/** What each role holds as the admin set it: read for every call on every transport. */
export function readRoleTable(ctx: Pick<DbHandle, 'db'>): RoleTable {
  const settings = readRoleSettings(ctx);
  let table = tables.get(settings);
  if (!table) {
    table = roleTable(settings);
    tables.set(settings, table);
  }
  return table;
}

/** Audited per switch (`clerk:clinical.write`); sessions stay: the next call is checked against the new table. */
export function updateRoleSettings(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  patch: Partial<RoleSettings>,
): RoleSettings {
  return updateSection(ctx, session, 'roles', roleSettingsSchema, DEFAULT_ROLE_SETTINGS, patch);
}
