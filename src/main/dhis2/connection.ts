import { eq } from 'drizzle-orm';
import {
  dhis2ConnectionSchema,
  type Dhis2Connection,
  type Dhis2ConnectionView,
  type Dhis2SaveConnection,
  type ServerInfo,
} from '../../shared/dhis2';
import { AppError } from '../../shared/errors';
import { toFieldIssues } from '../../shared/validation';
import type { DbHandle } from '../db/handle';
import { settings } from '../db/schema';
import { readSecret, secretState, storeSecret, type VaultHolder } from '../secrets/vault';
import type { Session } from '../session';
import { updateSection } from '../settings/store';
import { Dhis2Http, HttpStatusError, TransportError, type Exchange, type HttpSettings } from './http';
import { systemInfoSchema } from './server-responses';
import { profileOf } from './version';

/** What talking to the server takes: the saved settings and secret, and how to reach the network. */
export type Dhis2Holder = VaultHolder & { dhis2: { http: HttpSettings } };

const SECTION = 'dhis2';
export const SECRET_NAME = 'dhis2.auth';

/** Stands in for "no settings yet" in updateSection's merge; it never passes the schema, so is never stored. */
const UNSET = {
  server_url: '',
  auth_type: 'token',
  username: '',
  data_set: '',
  org_unit: '',
  attribute_option_combo: '',
  id_scheme: 'UID',
} as const satisfies Record<keyof Dhis2Connection, string>;

export function readConnection(ctx: Pick<DbHandle, 'db'>): Dhis2Connection | null {
  const row = ctx.db.select().from(settings).where(eq(settings.key, SECTION)).get();
  if (!row) return null;
  const parsed = dhis2ConnectionSchema.safeParse(JSON.parse(row.value));
  if (!parsed.success) throw new AppError('invalid_input', { issues: toFieldIssues(parsed.error) });
  return parsed.data;
}

export function connectionView(ctx: Omit<VaultHolder, 'clock'>): Dhis2ConnectionView {
  const connection = readConnection(ctx);
  const secret = secretState(ctx, SECRET_NAME);
  return {
    configured: connection !== null && secret.present,
    connection,
    has_secret: secret.present,
    secret_readable: secret.readable,
  };
}

/**
 * Saves the settings; the secret only when one is given. Switching between token and password needs the new
 * secret (the stored one is of the other kind), as does a first save.
 */
export function saveConnection(ctx: VaultHolder, session: Session, input: Dhis2SaveConnection): Dhis2ConnectionView {
  const { secret, ...connection } = input;
  const before = readConnection(ctx);
  const state = secretState(ctx, SECRET_NAME);
  const needsSecret = !state.present || !state.readable || before?.auth_type !== connection.auth_type;
  if (secret === undefined && needsSecret) {
    throw new AppError('invalid_input', {
      field: 'secret',
      issues: [{ field: 'secret', message: 'v.required', params: { field: 'field.secret' }, severity: 'error' }],
    });
  }
  if (secret !== undefined) storeSecret(ctx, session, SECRET_NAME, secret);
  updateSection(ctx, session, SECTION, dhis2ConnectionSchema, UNSET as unknown as Dhis2Connection, connection);
  return connectionView(ctx);
}

export interface OpenConnection {
  connection: Dhis2Connection;
  http: Dhis2Http;
}

/** The saved settings with an HTTP client holding the decrypted secret (for one attempt only). */
export function openConnection(ctx: Dhis2Holder, record: (exchange: Exchange) => void): OpenConnection {
  const connection = readConnection(ctx);
  if (!connection) throw new AppError('invalid_input', { message: 'dhis2.error.not_configured' });
  const secret = readSecret(ctx, SECRET_NAME);
  const http = new Dhis2Http(
    connection.server_url,
    { auth_type: connection.auth_type, username: connection.username, secret },
    ctx.dhis2.http,
    record,
    ctx.clock,
  );
  return { connection, http };
}

/** A failed exchange as an AppError the screen can translate. */
export function remoteError(error: unknown): AppError {
  if (error instanceof TransportError) {
    if (error.kind === 'redirect') return new AppError('remote', { message: 'dhis2.error.redirect' });
    return new AppError('network', {
      message: error.kind === 'timeout' ? 'dhis2.error.timeout' : 'dhis2.error.network',
      params: { detail: error.message },
    });
  }
  if (error instanceof HttpStatusError) {
    const { status } = error;
    if (status === 401) return new AppError('remote', { message: 'dhis2.error.auth_failed' });
    if (status === 403) return new AppError('remote', { message: 'dhis2.error.forbidden' });
    if (status === 404) return new AppError('remote', { message: 'dhis2.error.not_found' });
    return new AppError('remote', { message: 'dhis2.error.http', params: { status } });
  }
  if (error instanceof AppError) return error;
  throw error;
}

/** `GET /api/system/info`: the version (→ response profile), the server's date and time zone. */
export async function fetchServerInfo(http: Dhis2Http, pcNow: Date): Promise<ServerInfo & { serverDateRaw?: string }> {
  const answer = await http.request('system_info', 'GET', '/api/system/info');
  if (answer.status !== 200) throw new HttpStatusError(answer.status);
  const parsed = systemInfoSchema.safeParse(answer.json);
  // A proxy's login page or another web app answers 200 too; only a DHIS2 answer has a version.
  if (!parsed.success) throw new AppError('remote', { message: 'dhis2.error.not_dhis2' });
  return {
    version: parsed.data.version,
    profile: profileOf(parsed.data.version),
    server_time_zone: parsed.data.serverTimeZoneId ?? 'UTC',
    server_date: parsed.data.serverDate ?? pcNow.toISOString(),
    serverDateRaw: parsed.data.serverDate,
  };
}

export async function testConnection(ctx: Dhis2Holder): Promise<ServerInfo> {
  const { http } = openConnection(ctx, () => {});
  try {
    const { serverDateRaw: _raw, ...info } = await fetchServerInfo(http, ctx.clock());
    return info;
  } catch (error) {
    throw remoteError(error);
  }
}
