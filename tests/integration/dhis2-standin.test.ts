/**
 * The DHIS2 stand-in checked against the reference material in tests/fixtures/dhis2/: our synthesized requests
 * must draw answers shaped like the synthesized responses, and the dhis2-core fixtures the outcomes their Java
 * tests assert (tests/fixtures/README.md). This is what lets the push tests trust the stand-in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StandInVersion } from '../fixtures/dhis2-standin/model';
import { dhis2CoreSeed, labourRoomSeed } from '../fixtures/dhis2-standin/seeds';
import { Dhis2StandIn } from '../fixtures/dhis2-standin/server';
import { fixedClock } from '../helpers/context';

const DATA = join(__dirname, '..', 'fixtures', 'dhis2');
const read = (path: string) => readFileSync(join(DATA, path), 'utf8');

const running: Dhis2StandIn[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function standIn(version: StandInVersion, now: string, seed = labourRoomSeed()) {
  const server = new Dhis2StandIn(seed, { version, clock: fixedClock(now), timeZone: 'Asia/Kolkata' });
  await server.start(0);
  running.push(server);
  return server;
}

const BASIC = `Basic ${Buffer.from('kgj_reception:District#2026').toString('base64')}`;

async function post(server: Dhis2StandIn, path: string, body: string, contentType = 'application/json', auth = BASIC) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': contentType },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Same keys (recursively) and value types as the reference; `importOptions` is shortened in the fixtures. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length > 0 ? [shape(value[0])] : [];
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'importOptions')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v)]),
    );
  }
  return typeof value;
}

const fixture = (name: string) => JSON.parse(read(`synthesized/${name}`)) as Record<string, unknown>;
const BEFORE_EXPIRY = '2026-11-03T04:45:00Z'; // 10:15 in Kishanganj
const AFTER_EXPIRY = '2026-11-20T04:45:00Z';

describe('stand-in vs. synthesized responses', () => {
  it('2.38–2.42: a good monthly request succeeds with a wrapped summary (200)', async () => {
    for (const version of ['2.40', '2.42'] as const) {
      const server = await standIn(version, BEFORE_EXPIRY);
      const res = await post(server, '/api/dataValueSets', read('synthesized/request-dvs-monthly.json'));
      const expected = fixture('response-2.38-2.42-success.json');
      expect(res.status).toBe(expected.httpStatusCode);
      expect(shape(res.body)).toEqual(shape(expected));
      expect(res.body.response).toMatchObject({
        status: 'SUCCESS',
        importCount: { imported: 3, updated: 0, ignored: 0 },
        dataSetComplete: '2026-11-03',
      });
      expect(server.storedValues('202610', 'InFac000001')).toEqual({
        'LrDelivTot1/HllvX50cXC0': '42',
        'LrLiveBrth1/CocMale0001': '20',
        'LrLiveBrth1/CocFemale01': '21',
      });
    }
  });

  it('2.38–2.42: past expiry days → 409 WARNING with one E7640 conflict over every index (and it still completes)', async () => {
    const server = await standIn('2.40', AFTER_EXPIRY);
    const res = await post(server, '/api/dataValueSets', read('synthesized/request-dvs-monthly.json'));
    const expected = fixture('response-2.38-2.42-warning-expired.json');
    expect(res.status).toBe(409);
    expect(shape(res.body)).toEqual(shape(expected));
    expect(res.body.response).toEqual({ ...(expected.response as object), importOptions: expect.anything() });
    expect(server.values.size).toBe(0);
    expect(server.completions.size).toBe(1);
  });

  it('2.43: past expiry → 409 ERROR, E8030 with objects.args, nothing written', async () => {
    const server = await standIn('2.43', AFTER_EXPIRY);
    const res = await post(server, '/api/dataValueSets', read('synthesized/request-dvs-monthly.json'));
    const expected = fixture('response-2.43-error-untimely.json');
    expect(res.status).toBe(409);
    expect(res.body).toEqual(expected);
    expect(server.values.size).toBe(0);
    expect(server.completions.size).toBe(0);
  });

  it('2.36: a bare ImportSummary with 200 even for a WARNING, conflicts without codes', async () => {
    const server = await standIn('2.36', BEFORE_EXPIRY);
    const xml = read('synthesized/request-dvs-monthly.xml').replace('COC_FEMALE', 'COC_BOGUS');
    const res = await post(server, '/api/dataValueSets', xml, 'application/xml');
    const expected = fixture('response-2.36-plain-importsummary.json');
    expect(res.status).toBe(200);
    expect(shape(res.body)).toEqual(shape(expected));
    expect(res.body).toMatchObject({
      status: 'WARNING',
      importCount: expected.importCount,
      conflicts: [{ object: 'COC_BOGUS' }],
    });
  });

  it('reads the synthesized ADX request (CODE ids, SEX category attributes) like the JSON one', async () => {
    const server = await standIn('2.40', BEFORE_EXPIRY);
    const res = await post(server, '/api/dataValueSets', read('synthesized/request-adx-monthly.xml'), 'application/adx+xml');
    expect(res.status).toBe(200);
    expect(server.storedValues('202610', 'InFac000001')).toEqual({
      'LrDelivTot1/HllvX50cXC0': '42',
      'LrLiveBrth1/CocMale0001': '20',
      'LrLiveBrth1/CocFemale01': '21',
    });
  });

  it('≤ 2.42 completes the data set even on a dry run with completeDate; 2.43 does not', async () => {
    for (const [version, completed] of [
      ['2.42', 1],
      ['2.43', 0],
    ] as const) {
      const server = await standIn(version, BEFORE_EXPIRY);
      const res = await post(server, '/api/dataValueSets?dryRun=true', read('synthesized/request-dvs-monthly.json'));
      expect(res.status).toBe(200);
      expect(server.values.size).toBe(0);
      expect(server.completions.size).toBe(completed);
    }
  });
});

describe('stand-in vs. dhis2-core fixtures (outcomes from the README)', () => {
  const core = (name: string) => read(`dhis2-core/dxf2-datavalueset/${name}`);
  const ADMIN = `Basic ${Buffer.from('admin:district').toString('base64')}`;
  const at = '2026-11-03T04:45:00Z';

  it('2.40 dataValueSetNonStrict.xml with strictCategoryOptionCombos: WARNING, imported 2, ignored 1, 1 conflict', async () => {
    const server = await standIn('2.40', at, dhis2CoreSeed());
    const res = await post(
      server,
      '/api/dataValueSets?strictCategoryOptionCombos=true',
      core('dataValueSetNonStrict.xml'),
      'application/xml',
      ADMIN,
    );
    expect(res.status).toBe(409);
    expect(res.body.response).toMatchObject({ status: 'WARNING', importCount: { imported: 2, updated: 0, ignored: 1 } });
    expect((res.body.response as { conflicts: unknown[] }).conflicts).toEqual([
      expect.objectContaining({ errorCode: 'E7634', indexes: [0] }),
    ]);
  });

  it('2.43 dataValueSetNonStrict.xml with strictPeriods: ERROR, one E8021 conflict naming both periods', async () => {
    const server = await standIn('2.43', at, dhis2CoreSeed());
    const res = await post(
      server,
      '/api/dataValueSets?strictPeriods=true',
      core('dataValueSetNonStrict.xml'),
      'application/xml',
      ADMIN,
    );
    const summary = res.body.response as { status: string; conflicts: { errorCode: string; value: string }[] };
    expect(res.status).toBe(409);
    expect(summary.status).toBe('ERROR');
    expect(summary.conflicts).toHaveLength(1);
    expect(summary.conflicts[0]).toMatchObject({
      errorCode: 'E8021',
      value: 'Data set pBOMPrpg1QX not usable with period(s): `[2012Q2, 2012]`',
    });
    expect(server.values.size).toBe(0);
  });

  it.each([
    ['dataValueSetIllegalCoc.xml', '?strictCategoryOptionCombos=true', 'E8024'],
    ['dataValueSetIllegalOrgUnit.xml', '', 'E8022'],
    ['dataValueSetInvalid.xml', '', 'E8020'],
  ])('2.43 %s%s: ERROR %s, nothing written', async (file, query, code) => {
    const server = await standIn('2.43', at, dhis2CoreSeed());
    const res = await post(server, `/api/dataValueSets${query}`, core(file), 'application/xml', ADMIN);
    const summary = res.body.response as {
      status: string;
      conflicts: { errorCode: string }[];
      importCount: { imported: number };
    };
    expect(res.status).toBe(409);
    expect(summary.status).toBe('ERROR');
    expect(summary.conflicts.map((c) => c.errorCode)).toEqual([code]);
    expect(server.values.size).toBe(0);
  });
});

describe('stand-in protocol behaviour', () => {
  it('authenticates Basic and ApiToken (2.37+ only), refuses expired tokens and missing authorities', async () => {
    const server = await standIn('2.42', BEFORE_EXPIRY);
    const body = read('synthesized/request-dvs-monthly.json');
    expect(
      (await post(server, '/api/dataValueSets?dryRun=true', body, 'application/json', 'ApiToken d2p_standin_token_1')).status,
    ).toBe(200);
    expect((await post(server, '/api/dataValueSets', body, 'application/json', 'ApiToken d2pat_expired_token')).status).toBe(401);
    expect((await post(server, '/api/dataValueSets', body, 'application/json', 'Basic Zm9vOmJhcg==')).status).toBe(401);
    expect((await post(server, '/api/dataValueSets', body, 'application/json', 'ApiToken d2p_viewer')).status).toBe(403);
    expect((await post(server, '/api/dataValueSets', body, 'text/csv')).status).toBe(415);
    expect((await post(server, '/api/dataValueSets', '{"dataValues": [', 'application/json')).status).toBe(400);
    expect((await post(server, '/api/dataValueSets', '<dataValueSet><dataValue', 'application/xml')).status).toBe(400);
    const old = await standIn('2.36', BEFORE_EXPIRY);
    expect((await post(old, '/api/dataValueSets', body, 'application/json', 'ApiToken d2p_standin_token_1')).status).toBe(401);
  });

  it('counts an identical re-import as ignored on 2.42 and updated on 2.40; 2.43 never reports imported', async () => {
    const body = read('synthesized/request-dvs-monthly.json');
    for (const [version, first, second] of [
      ['2.40', { imported: 3, updated: 0 }, { updated: 3, ignored: 0 }],
      ['2.42', { imported: 3, updated: 0 }, { updated: 0, ignored: 3 }],
      ['2.43', { imported: 0, updated: 3 }, { imported: 0, updated: 3 }],
    ] as const) {
      const server = await standIn(version, BEFORE_EXPIRY);
      expect((await post(server, '/api/dataValueSets', body)).body.response).toMatchObject({ importCount: first });
      expect((await post(server, '/api/dataValueSets', body)).body.response).toMatchObject({ importCount: second });
    }
  });

  it('applies the expiry rule in the server time zone: October open through 15 November (server date), closed on the 16th', async () => {
    const body = read('synthesized/request-dvs-monthly.json');
    const server = await standIn('2.42', '2026-11-15T18:29:00Z'); // 23:59 on the 15th in Kolkata
    expect((await post(server, '/api/dataValueSets?dryRun=true', body)).status).toBe(200);
    server.clock = fixedClock('2026-11-15T18:31:00Z'); // 00:01 on the 16th in Kolkata, still the 15th in UTC
    expect((await post(server, '/api/dataValueSets?dryRun=true', body)).status).toBe(409);
    server.timeZone = 'UTC';
    expect((await post(server, '/api/dataValueSets?dryRun=true', body)).status).toBe(200);
  });

  it('injects 5xx answers, dropped connections and slow answers', async () => {
    const server = await standIn('2.42', BEFORE_EXPIRY);
    server.inject({ kind: 'status', status: 503, times: 1 });
    server.inject({ kind: 'drop', times: 1 });
    const get = () => fetch(`${server.url}/api/system/info`, { headers: { Authorization: BASIC } });
    expect((await get()).status).toBe(503);
    await expect(get()).rejects.toThrow();
    expect((await get()).status).toBe(200);
    server.inject({ kind: 'delay', ms: 400, times: 1 });
    await expect(
      fetch(`${server.url}/api/system/info`, { headers: { Authorization: BASIC }, signal: AbortSignal.timeout(100) }),
    ).rejects.toThrow();
  });
});
