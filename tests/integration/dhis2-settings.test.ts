/** Connection settings and the encrypted secret: validation, storage, what crosses the contract. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { FileKeySecretStore } from '../../src/main/secrets/secret-store';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { translate } from '../../src/shared/i18n/translate';
import { sampleMonth } from '../fixtures/dhis2-standin/sample-report';
import { tempDir, testContext } from '../helpers/context';

const GOOD = {
  server_url: 'https://hmis.example.org/dhis/',
  auth_type: 'token',
  username: '',
  secret: 'd2p_a1b2c3d4e5f6',
  data_set: 'Lr0MonthDS1',
  org_unit: 'InFac000001',
  attribute_option_combo: '',
  id_scheme: 'UID',
};

const save = (ctx: ReturnType<typeof testContext>, input: unknown, session = LOCAL_ADMIN_SESSION) =>
  dispatch(ctx, session, 'dhis2SaveConnection', input);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('DHIS2 connection settings', () => {
  it('saves, normalises the URL, and returns only has_secret — never the secret', async () => {
    const ctx = testContext();
    const result = await save(ctx, GOOD);
    expect(result).toEqual({
      ok: true,
      data: {
        configured: true,
        has_secret: true,
        secret_readable: true,
        connection: {
          ...Object.fromEntries(Object.entries(GOOD).filter(([k]) => k !== 'secret')),
          server_url: 'https://hmis.example.org/dhis',
        },
      },
    });
    const read = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'dhis2GetConnection', {});
    expect(JSON.stringify(read)).not.toContain('d2p_a1b2c3d4e5f6');
  });

  it('never writes the secret in clear text: not in the register, its WAL, the audit log or the key folder', async () => {
    const dataDir = tempDir();
    const ctx = testContext({ dataDir });
    await save(ctx, GOOD);
    ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of filesUnder(dataDir)) {
      expect(readFileSync(file).includes(Buffer.from('d2p_a1b2c3d4e5f6')), file).toBe(false);
    }
    const audit = ctx.sqlite.prepare("SELECT new_value FROM audit_log WHERE entity = 'secret'").all();
    expect(audit).toEqual([{ new_value: '"(changed)"' }]);
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, 'keys')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'keys', 'secret.key')).mode & 0o777).toBe(0o600);
    }
  });

  it('refuses bad input with one translated, field-named issue per problem', async () => {
    const ctx = testContext();
    const result = await save(ctx, {
      ...GOOD,
      server_url: 'http://hmis.example.org',
      auth_type: 'basic',
      username: '',
      data_set: 'not-a-uid',
      org_unit: 'InFac00000!',
      id_scheme: 'NAME',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries((result.error.issues ?? []).map((i) => [i.field, translate('en', i.message, i.params)]));
    expect(byField).toEqual({
      server_url: 'DHIS2 server address must start with https:// (passwords must not travel unencrypted).',
      data_set: 'Data set id must be a DHIS2 id: 11 letters or digits, starting with a letter.',
      org_unit: 'Organisation unit id must be a DHIS2 id: 11 letters or digits, starting with a letter.',
      id_scheme: 'Identifiers sent: choose one of the listed options.',
      username: 'User name is required.',
    });
    expect(translate('hi', result.error.issues![0]!.message, result.error.issues![0]!.params)).toMatch(/[\u0900-\u097F]/);
    expect(
      (await dispatch(ctx, LOCAL_ADMIN_SESSION, 'dhis2GetConnection', {})).ok &&
        (await dispatch(ctx, LOCAL_ADMIN_SESSION, 'dhis2GetConnection', {})),
    ).toMatchObject({ data: { configured: false } });
  });

  it('rejects URLs with credentials, queries or other schemes; accepts loopback http for a local stand-in', async () => {
    const ctx = testContext();
    for (const [url, message] of [
      ['ftp://hmis.example.org', 'v.url'],
      ['https://user:pw@hmis.example.org', 'v.url_credentials'],
      ['https://hmis.example.org/?a=1', 'v.url'],
      ['hmis.example.org', 'v.url'],
    ]) {
      const result = await save(ctx, { ...GOOD, server_url: url });
      expect(result.ok ? null : result.error.issues?.[0]).toMatchObject({ field: 'server_url', message });
    }
    expect((await save(ctx, { ...GOOD, server_url: 'http://127.0.0.1:8080/api' })).ok).toBe(true);
  });

  it('needs the secret on first save and when switching token ↔ password; otherwise keeps it', async () => {
    const ctx = testContext();
    const { secret: _s, ...withoutSecret } = GOOD;
    expect(await save(ctx, withoutSecret)).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'secret', message: 'v.required' }] },
    });
    expect((await save(ctx, GOOD)).ok).toBe(true);
    expect((await save(ctx, { ...withoutSecret, org_unit: 'InFac000002' })).ok).toBe(true);
    expect(await save(ctx, { ...withoutSecret, auth_type: 'basic', username: 'kgj' })).toMatchObject({
      ok: false,
      error: { field: 'secret' },
    });
  });

  it('only the administrator may change or test the connection', async () => {
    const ctx = testContext();
    const clerk = { userId: 'c1', userName: 'clerk', role: 'clerk' as const };
    expect(await save(ctx, GOOD, clerk)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(ctx, clerk, 'dhis2TestConnection', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(ctx, clerk, 'dhis2GetConnection', {})).toMatchObject({ ok: true });
  });

  it('survives arbitrary input without crashing or storing anything invalid (fuzz)', async () => {
    const ctx = testContext();
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            server_url: fc.oneof(fc.string(), fc.webUrl(), fc.constant('https://ok.example.org')),
            auth_type: fc.oneof(fc.constantFrom('token', 'basic'), fc.string()),
            username: fc.string({ maxLength: 120 }),
            secret: fc.oneof(fc.string({ maxLength: 50 }), fc.constant(undefined)),
            data_set: fc.oneof(fc.string({ maxLength: 14 }), fc.constant('Lr0MonthDS1')),
            org_unit: fc.oneof(fc.string({ maxLength: 14 }), fc.constant('InFac000001')),
            attribute_option_combo: fc.string({ maxLength: 12 }),
            id_scheme: fc.oneof(fc.constantFrom('UID', 'CODE'), fc.string()),
            extra: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        async (input) => {
          const result = await save(ctx, input);
          if (!result.ok) {
            expect(['invalid_input']).toContain(result.error.code);
            for (const issue of result.error.issues ?? [])
              expect(translate('en', issue.message, issue.params)).not.toMatch(/^v\./);
          }
          const view = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'dhis2GetConnection', {});
          expect(view.ok).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('FileKeySecretStore', () => {
  it('round-trips, uses a fresh IV each time, and refuses tampered or foreign ciphertext', () => {
    const dir = tempDir();
    const store = new FileKeySecretStore(join(dir, 'keys'));
    const a = store.encrypt('पासवर्ड:secret');
    const b = store.encrypt('पासवर्ड:secret');
    expect(a).not.toBe(b);
    expect(store.decrypt(a)).toBe('पासवर्ड:secret');
    const raw = Buffer.from(a, 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => store.decrypt(raw.toString('base64'))).toThrow();
    const other = new FileKeySecretStore(join(tempDir(), 'keys'));
    other.encrypt('x');
    expect(() => other.decrypt(a)).toThrow();
    // A second store on the same folder reads the same key (app and CLI share the data folder).
    expect(new FileKeySecretStore(join(dir, 'keys')).decrypt(a)).toBe('पासवर्ड:secret');
  });

  it('reports a secret written by another store (desktop vs. web mode) as unreadable instead of failing later', async () => {
    const dataDir = tempDir();
    const first = testContext({ dataDir });
    await save(first, GOOD);
    first.secrets = { scheme: 'electron-safestorage-v1', encrypt: (s) => s, decrypt: (s) => s };
    expect(await dispatch(first, LOCAL_ADMIN_SESSION, 'dhis2GetConnection', {})).toMatchObject({
      ok: true,
      data: { has_secret: true, secret_readable: false, configured: true },
    });
    expect(await dispatch(first, LOCAL_ADMIN_SESSION, 'dhis2TestConnection', {})).toMatchObject({
      ok: false,
      error: { message: 'dhis2.error.secret_other_runtime' },
    });
    // A dry run says the same, before any attempt is recorded.
    expect(await dispatch(first, LOCAL_ADMIN_SESSION, 'dhis2DryRun', { report: sampleMonth('2026-10') })).toMatchObject({
      ok: false,
      error: { message: 'dhis2.error.secret_other_runtime', field: 'secret' },
    });
    expect(first.sqlite.prepare('SELECT count(*) AS n FROM dhis2_attempt').get()).toEqual({ n: 0 });
  });
});
