/**
 * The real push client (contract → handlers → push sequence → HTTP) against the DHIS2 stand-in, for each
 * version profile: success, warning with conflicts, locked period, bad token, server down then back, dry run.
 */
import { describe, expect, it } from 'vitest';
import type { StandInVersion } from '../fixtures/dhis2-standin/model';
import { AFTER_EXPIRY, call, connectedSetup, MONTH, sampleReport } from '../helpers/dhis2';

const VERSIONS: StandInVersion[] = ['2.36', '2.40', '2.42', '2.43'];
const SENT = {
  'LrDelivTot1/HllvX50cXC0': '42',
  'LrCsectn001/HllvX50cXC0': '9',
  'LrLiveBrth1/CocMale0001': '20',
  'LrLiveBrth1/CocFemale01': '21',
};

describe.each(VERSIONS)('push to DHIS2 %s', (version) => {
  it('maps by code/name, dry-runs, imports, completes — and sends completeDate never, organisationUnit for completion', async () => {
    const { ctx, server } = await connectedSetup(version);
    const mapping = await call(ctx, 'dhis2GetMapping', { format_id: 'hmis-2022-sb3' });
    expect(mapping.rows.filter((r) => !r.excluded).map((r) => [r.item_no, r.data_element, r.category_option_combo])).toEqual([
      ['2.2', 'LrDelivTot1', 'HllvX50cXC0'],
      ['3.1', 'LrCsectn001', 'HllvX50cXC0'],
      ['4.1.1.a', 'LrLiveBrth1', 'CocMale0001'],
      ['4.1.1.b', 'LrLiveBrth1', 'CocFemale01'],
    ]);

    const { job, report } = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    expect(report?.outcome).toBe('completed');
    expect(job.state).toBe('done');
    expect(report?.server?.version.startsWith(version)).toBe(true);
    expect(report?.dry_run).toMatchObject({ status: 'SUCCESS', accepted: true, sent: 4 });
    expect(report?.import).toMatchObject({ status: 'SUCCESS', accepted: true, sent: 4 });
    // 2.43 counts every write as updated: success is never judged on `imported`.
    if (version === '2.43') expect(report?.import?.counts).toMatchObject({ imported: 0, updated: 4 });
    else expect(report?.import?.counts).toMatchObject({ imported: 4, updated: 0 });
    expect(server.storedValues('202610', 'InFac000001')).toEqual(SENT);
    expect([...server.completions.keys()]).toEqual(['Lr0MonthDS1|202610|InFac000001|HllvX50cXC0']);

    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => `${r.path}?dryRun=${r.query.get('dryRun')}`)).toEqual([
      '/api/dataValueSets?dryRun=true',
      '/api/dataValueSets?dryRun=false',
      '/api/completeDataSetRegistrations?dryRun=null',
    ]);
    for (const post of posts.slice(0, 2)) expect(JSON.parse(post.body)).not.toHaveProperty('completeDate');
    expect(JSON.parse(posts[2]!.body).completeDataSetRegistrations[0]).toMatchObject({
      organisationUnit: 'InFac000001',
      period: '202610',
    });

    // Every attempt is on record with its exchanges, and no credential is anywhere in it.
    const status = await call(ctx, 'dhis2Status', { month: MONTH });
    expect(status.job?.state).toBe('done');
    expect(status.attempts[0]?.exchanges.map((e) => e.step)).toEqual([
      'system_info',
      'metadata',
      ...(version === '2.36' ? [] : ['lock_status']),
      'dry_run',
      'import',
      'complete',
    ]);
    const everything =
      JSON.stringify(ctx.sqlite.prepare('SELECT * FROM dhis2_exchange').all()) +
      JSON.stringify(ctx.sqlite.prepare('SELECT * FROM dhis2_attempt').all());
    expect(everything).not.toContain('d2p_standin_token_1');
    expect(everything).not.toContain('District#2026');
  });

  it('re-pushing the same month is idempotent: same values on the server, one completion', async () => {
    const { ctx, server } = await connectedSetup(version);
    await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    const again = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    expect(again.report?.outcome).toBe('completed');
    const counts = again.report!.import!.counts;
    expect(counts.imported).toBe(0);
    expect(counts.updated + counts.ignored).toBe(4);
    expect(server.storedValues('202610', 'InFac000001')).toEqual(SENT);
    expect(server.completions.size).toBe(1);
  });

  it('a dry run reports the server summary and changes nothing on the server', async () => {
    const { ctx, server } = await connectedSetup(version);
    const report = await call(ctx, 'dhis2DryRun', { report: sampleReport(), channel: 'json' });
    expect(report.outcome).toBe('dry_run_ok');
    expect(report.dry_run).toMatchObject({ accepted: true, conflicts: [] });
    expect(server.values.size).toBe(0);
    expect(server.completions.size).toBe(0);
    expect(server.imports()).toHaveLength(0);
    expect((await call(ctx, 'dhis2Status', { month: MONTH })).job).toBeNull();
  });

  it('a warning with conflicts stops after the dry run and names our item, value and what to do', async () => {
    const { ctx, server } = await connectedSetup(version);
    // 3.1 maps to a positive-integer element: 0 is refused value by value (E7619 / E8122).
    const { job, report } = await call(ctx, 'dhis2Push', { report: sampleReport({ '3.1': 0 }), channel: 'json' });
    expect(report?.outcome).toBe('dry_run_conflicts');
    expect(job.state).toBe('failed');
    expect(report?.dry_run?.status).toBe('WARNING');
    expect(report?.dry_run?.http_status).toBe(version === '2.36' || version === '2.43' ? 200 : 409);
    expect(report?.dry_run?.conflicts).toEqual([
      expect.objectContaining({
        item_nos: ['3.1'],
        values: ['0'],
        kind: version === '2.36' ? 'unknown' : 'value_invalid',
        error_code: version === '2.36' ? null : version === '2.43' ? 'E8122' : 'E7619',
      }),
    ]);
    expect(server.imports()).toHaveLength(0);
    expect(server.values.size).toBe(0);
  });

  it('a locked period is stopped before anything is sent', async () => {
    const { ctx, server } = await connectedSetup(version, { now: AFTER_EXPIRY });
    const { job, report } = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    expect(report?.outcome).toBe('blocked_locked');
    expect(report?.lock).toEqual({ state: 'locked', days_left: null, source: version === '2.36' ? 'computed' : 'server' });
    expect(job.state).toBe('failed');
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('a bad token or password fails at once and is never retried', async () => {
    const { ctx, server, timers } = await connectedSetup(version);
    await call(ctx, 'dhis2SaveConnection', {
      server_url: server.url,
      auth_type: version === '2.36' ? 'basic' : 'token',
      username: version === '2.36' ? 'kgj_reception' : '',
      secret: 'wrong',
      data_set: 'Lr0MonthDS1',
      org_unit: 'InFac000001',
      attribute_option_combo: '',
      id_scheme: 'UID',
    });
    await expect(call(ctx, 'dhis2TestConnection', {})).rejects.toMatchObject({
      code: 'remote',
      message: 'dhis2.error.auth_failed',
    });
    const { job, report } = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    expect(report?.outcome).toBe('auth_failed');
    expect(report?.http_status).toBe(401);
    expect(job).toMatchObject({ state: 'failed', attempts: 1, next_attempt_at: null });
    expect(timers.pending).toHaveLength(0);
    expect(server.requests.map((r) => r.path)).toEqual(['/api/system/info', '/api/system/info']);
  });

  it('server down, then back: the queue retries with backoff and delivers exactly once', async () => {
    const { ctx, server, clock, timers } = await connectedSetup(version);
    await server.stop();
    const first = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    expect(first.report?.outcome).toBe('network_error');
    expect(first.job).toMatchObject({ state: 'queued', attempts: 1 });
    // random() = 0.5 → no jitter: 2 s, then 4 s.
    expect(timers.pending.map((t) => t.ms)).toEqual([2000]);
    clock.set(new Date(Date.parse(clock().toISOString()) + 2000).toISOString());
    timers.fire();
    await ctx.dhis2.queue.runDue();
    expect((await call(ctx, 'dhis2Status', { month: MONTH })).job).toMatchObject({ state: 'queued', attempts: 2 });
    expect(timers.pending.map((t) => t.ms)).toEqual([4000]);

    await server.start();
    clock.set(new Date(Date.parse(clock().toISOString()) + 4000).toISOString());
    timers.fire();
    await ctx.dhis2.queue.runDue();
    const status = await call(ctx, 'dhis2Status', { month: MONTH });
    expect(status.job).toMatchObject({ state: 'done', attempts: 3, last_outcome: 'completed' });
    expect(status.attempts.map((a) => a.outcome)).toEqual(['completed', 'network_error', 'network_error']);
    expect(timers.pending).toHaveLength(0);
    expect(server.imports()).toHaveLength(1);
    expect(server.requests.filter((r) => r.path.endsWith('/completeDataSetRegistrations'))).toHaveLength(1);
    expect(server.storedValues('202610', 'InFac000001')).toEqual(SENT);
  });
});

describe('push: errors, retries and channels', () => {
  it('retries 5xx, dropped connections and timeouts; never 403', async () => {
    const { ctx, server, clock, timers } = await connectedSetup('2.42', { timeoutMs: 300 });
    server.inject({ kind: 'status', status: 503, times: 1, path: '/api/system/info' });
    server.inject({ kind: 'drop', times: 1, path: '/api/dataSets/' });
    server.inject({ kind: 'delay', ms: 1000, times: 1, path: '/api/dataValueSets' });
    const outcomes: (string | undefined)[] = [
      (await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' })).report?.outcome,
    ];
    for (let i = 0; i < 3; i++) {
      clock.set(new Date(Date.parse(clock().toISOString()) + timers.pending[0]!.ms).toISOString());
      timers.fire();
      await ctx.dhis2.queue.runDue();
      outcomes.push((await call(ctx, 'dhis2Status', { month: MONTH })).job?.last_outcome ?? undefined);
    }
    expect(outcomes).toEqual(['server_error', 'network_error', 'network_error', 'completed']);
    const status = await call(ctx, 'dhis2Status', { month: MONTH });
    // Newest first: the completed attempt, the timed-out import, the dropped metadata read, the 503.
    expect(status.attempts.map((a) => [a.exchanges.at(-1)?.error ?? null, a.exchanges.at(-1)?.http_status ?? null])).toEqual([
      [null, 200],
      ['timeout: timeout', null],
      [expect.stringMatching(/^network: /), null],
      [null, 503],
    ]);

    await call(ctx, 'dhis2SaveConnection', {
      server_url: server.url,
      auth_type: 'token',
      username: '',
      secret: 'd2p_viewer',
      data_set: 'Lr0MonthDS1',
      org_unit: 'InFac000001',
      attribute_option_combo: '',
      id_scheme: 'UID',
    });
    const refused = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
    expect(refused.report).toMatchObject({ outcome: 'forbidden', http_status: 403 });
    expect(refused.job.state).toBe('failed');
    expect(timers.pending).toHaveLength(0);
  });

  it('a value refused between the dry run and the import: partly accepted on 2.42, rejected on 2.43, never completed', async () => {
    for (const [version, outcome] of [
      ['2.42', 'partly_accepted'],
      ['2.43', 'rejected'],
    ] as const) {
      const { ctx, server } = await connectedSetup(version);
      server.afterRequest = (request) => {
        if (request.query.get('dryRun') === 'true') server.approvals.add('Lr0MonthDS1|202610|InFac000001');
      };
      const { report, job } = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' });
      expect(report?.outcome).toBe(outcome);
      expect(job.state).toBe('failed');
      expect(report?.import?.conflicts[0]).toMatchObject({ kind: 'approved', item_nos: ['2.2', '3.1', '4.1.1.a', '4.1.1.b'] });
      expect(server.completions.size).toBe(0);
    }
  });

  it('blocks unmapped items and a mapping the data set no longer has, before sending anything', async () => {
    const { ctx, server } = await connectedSetup('2.42');
    const report = sampleReport();
    report.items.push({ item_no: '9.1.2', wording: 'Child immunisation - BCG', value: 18 });
    const unmapped = await call(ctx, 'dhis2CheckReport', { report });
    expect(unmapped).toEqual({ unmapped: ['9.1.2'], excluded: ['4.1.3.a'], mapped: 4, blank: [] });
    expect((await call(ctx, 'dhis2DryRun', { report, channel: 'json' })).outcome).toBe('blocked_unmapped');

    await call(ctx, 'dhis2SaveMappingRow', {
      format_id: report.format_id,
      row: {
        item_no: '9.1.2',
        excluded: false,
        data_element: 'OpdVisits01',
        data_element_code: 'OPD_VISITS',
        data_element_name: 'OPD visits',
        category_option_combo: '',
        category_option_combo_code: '',
        category_option_combo_name: '',
      },
    });
    const stale = await call(ctx, 'dhis2DryRun', { report, channel: 'json' });
    expect(stale).toMatchObject({ outcome: 'blocked_mapping_stale', stale: ['9.1.2'] });
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('pushes ADX (application/adx+xml, explicit id schemes) and with CODE identifiers', async () => {
    const { ctx, server } = await connectedSetup('2.42');
    const adx = await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'adx' });
    expect(adx.report?.outcome).toBe('completed');
    const adxPost = server.requests.find((r) => r.query.get('dryRun') === 'false')!;
    expect(adxPost.contentType).toBe('application/adx+xml');
    expect(adxPost.query.get('dataElementIdScheme')).toBe('UID');
    expect(adxPost.query.get('categoryOptionComboIdScheme')).toBe('UID');
    expect(adxPost.body).toContain('period="2026-10-01/P1M"');
    expect(server.storedValues('202610', 'InFac000001')).toEqual(SENT);

    server.values.clear();
    server.requests.length = 0;
    const connection = (await call(ctx, 'dhis2GetConnection', {})).connection!;
    await call(ctx, 'dhis2SaveConnection', { ...connection, id_scheme: 'CODE' });
    expect((await call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' })).report?.outcome).toBe('completed');
    const body = JSON.parse(server.requests.find((r) => r.query.get('dryRun') === 'false')!.body);
    expect(body).toMatchObject({
      dataSet: 'LRMonthlyDS',
      orgUnit: 'IN_FAC_0001',
      dataValues: expect.arrayContaining([{ dataElement: 'LR_LIVE_BIRTH', categoryOptionCombo: 'COC_MALE', value: '20' }]),
    });
    expect(server.storedValues('202610', 'InFac000001')).toEqual(SENT);
  });
});

describe('push queue', () => {
  it('runs a job once even when two callers start it together (app and CLI share the register)', async () => {
    const { ctx, server } = await connectedSetup('2.42');
    const job = ctx.dhis2.queue.enqueue(sampleReport(), 'json', 'local');
    const [a, b] = await Promise.all([ctx.dhis2.queue.runJob(job.id), ctx.dhis2.queue.runJob(job.id)]);
    expect([a.report?.outcome ?? null, b.report?.outcome ?? null].sort()).toEqual(['completed', null]);
    expect(server.imports()).toHaveLength(1);
  });

  it('picks up a job left running by a process that died, once its lease has expired', async () => {
    const { ctx, server, clock, timers } = await connectedSetup('2.42');
    const job = ctx.dhis2.queue.enqueue(sampleReport(), 'json', 'local');
    const lease = new Date(Date.parse(clock().toISOString()) + 60_000).toISOString();
    ctx.sqlite.prepare("UPDATE dhis2_push_job SET state = 'running', lease_until = ? WHERE id = ?").run(lease, job.id);
    ctx.dhis2.queue.schedule();
    await ctx.dhis2.queue.runDue();
    expect(server.imports()).toHaveLength(0);
    expect(timers.pending.map((t) => t.ms)).toEqual([60_000]);
    clock.set(new Date(Date.parse(lease) + 1000).toISOString());
    timers.fire();
    await ctx.dhis2.queue.runDue();
    expect((await call(ctx, 'dhis2Status', { month: MONTH })).job).toMatchObject({ state: 'done', attempts: 1 });
    expect(server.imports()).toHaveLength(1);
  });

  it('refuses to queue anything before DHIS2 is set up', async () => {
    const { testContext } = await import('../helpers/context');
    const ctx = testContext();
    await expect(call(ctx, 'dhis2Push', { report: sampleReport(), channel: 'json' })).rejects.toMatchObject({
      message: 'dhis2.error.not_configured',
    });
    expect((await call(ctx, 'dhis2Status', { month: MONTH })).job).toBeNull();
  });
});
