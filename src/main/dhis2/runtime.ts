import type { DbHandle } from '../db/handle';
import type { Dhis2Holder } from './connection';
import type { HttpSettings } from './http';
import { runSequence } from './push';
import { DEFAULT_BACKOFF, PushQueue, systemTimers, type PushQueueOptions } from './queue';

/** What the DHIS2 channel needs from its process: how to reach the network and the push queue. */
export interface Dhis2Runtime {
  http: HttpSettings;
  queue: PushQueue;
}

export interface Dhis2RuntimeOptions {
  http?: Partial<HttpSettings>;
  queue?: Partial<PushQueueOptions>;
}

export function createDhis2Runtime(ctx: DbHandle & Dhis2Holder, options: Dhis2RuntimeOptions = {}): Dhis2Runtime {
  return {
    http: { fetch: globalThis.fetch, timeoutMs: 60_000, ...options.http },
    queue: new PushQueue(ctx, {
      timers: systemTimers,
      random: Math.random,
      backoff: DEFAULT_BACKOFF,
      run: runSequence,
      ...options.queue,
    }),
  };
}
