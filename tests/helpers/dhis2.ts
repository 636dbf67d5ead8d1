/** Shared set-up of the DHIS2 tests: the real services on a temp register, talking to the stand-in. */
import { afterEach } from 'vitest';
import { blankMappingRow } from '../../src/shared/dhis2';
import type { MonthlyReportValues } from '../../src/shared/report-values';
import type { AppContext } from '../../src/main/context';
import type { Timers } from '../../src/main/dhis2/queue';
import type { StandInSeed, StandInVersion } from '../fixtures/dhis2-standin/model';
import { labourRoomSeed } from '../fixtures/dhis2-standin/seeds';
import { sampleMonth } from '../fixtures/dhis2-standin/sample-report';
import { Dhis2StandIn } from '../fixtures/dhis2-standin/server';
import { call } from './api';
import { fixedClock, testContext } from './context';

export { call };

const running: Dhis2StandIn[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

/** Timers the test fires by hand after moving the clock: the queue's backoff without waiting. */
export class FakeTimers implements Timers {
  pending: { callback: () => void; ms: number; id: number }[] = [];
  private next = 1;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.push({ callback, ms, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending = this.pending.filter((t) => t.id !== handle);
  }
  /** Runs the one pending timer (the queue keeps at most one). */
  fire(): number {
    const timer = this.pending.shift();
    if (!timer) throw new Error('no timer pending');
    timer.callback();
    return timer.ms;
  }
}

export const MONTH = '2026-10';
/** 10:15 on 3 November in Kishanganj: October is open until 15 November (expiryDays 15). */
export const BEFORE_EXPIRY = '2026-11-03T04:45:00Z';
export const AFTER_EXPIRY = '2026-11-20T04:45:00Z';

/** What the HMIS module will hand over; built by hand here (the module does not exist yet). */
export function sampleReport(overrides: Record<string, number | null> = {}): MonthlyReportValues {
  return sampleMonth(MONTH, overrides);
}

export interface PushSetup {
  ctx: AppContext;
  server: Dhis2StandIn;
  clock: ReturnType<typeof fixedClock>;
  timers: FakeTimers;
}

/**
 * A register and a stand-in of `version`, connected (token auth; Basic on 2.36, which has no tokens) and mapped
 * through the same operations the settings screen uses: Match with server, then "not sent" for stillbirths.
 */
export async function connectedSetup(
  version: StandInVersion,
  options: {
    now?: string;
    seed?: StandInSeed;
    auth?: 'token' | 'basic';
    timeoutMs?: number;
    map?: boolean;
    dataDir?: string;
  } = {},
): Promise<PushSetup> {
  const clock = fixedClock(options.now ?? BEFORE_EXPIRY);
  const server = new Dhis2StandIn(options.seed ?? labourRoomSeed(), { version, clock, timeZone: 'Asia/Kolkata' });
  await server.start(0);
  running.push(server);
  const timers = new FakeTimers();
  const ctx = testContext({
    clock,
    dataDir: options.dataDir,
    dhis2: { http: { timeoutMs: options.timeoutMs ?? 5_000 }, queue: { timers, random: () => 0.5 } },
  });
  ctx.dhis2.queue.start();
  const auth = options.auth ?? (version === '2.36' ? 'basic' : 'token');
  await call(ctx, 'dhis2SaveConnection', {
    server_url: server.url,
    auth_type: auth,
    username: auth === 'basic' ? 'kgj_reception' : '',
    secret: auth === 'basic' ? 'District#2026' : 'd2p_standin_token_1',
    data_set: 'Lr0MonthDS1',
    org_unit: 'InFac000001',
    attribute_option_combo: '',
    id_scheme: 'UID',
  });
  if (options.map !== false) {
    const report = sampleReport();
    await call(ctx, 'dhis2MatchMapping', {
      format_id: report.format_id,
      items: report.items.map(({ value: _v, ...item }) => item),
    });
    await call(ctx, 'dhis2SaveMappingRow', {
      format_id: report.format_id,
      row: blankMappingRow('4.1.3.a', true),
    });
  }
  server.requests.length = 0;
  return { ctx, server, clock, timers };
}
