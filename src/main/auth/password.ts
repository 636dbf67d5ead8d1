import { randomBytes, scrypt as scryptCb, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored only as `scrypt$N$r$p$salt$hash` (base64 salt and hash): a fresh 16-byte salt per user, and
 * the cost parameters in the string, so raising them leaves old hashes valid: a hash below the current cost is
 * replaced at the next successful login (`needsRehash`). N = 2^17 (128 MiB, about 0.5–0.8 s on a reception PC): slow
 * for a guesser, bearable at the login screen.
 */
export const COST = { N: 2 ** 17, r: 8, p: 1 };
/**
 * Demo accounts only: their passwords are published in the README, so a high cost would protect nothing and only
 * slow the app's start (they are re-hashed at the current cost after their first login like any older hash).
 */
const DEMO_COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

// Node's default memory cap (32 MiB) is exactly 128·N·r at N = 2^15; leave headroom.
const options = (params: { N: number; r: number; p: number }): ScryptOptions => ({
  ...params,
  maxmem: 256 * params.N * params.r,
});

/** At most this many hashes at once: each takes 128 MiB, so a burst of logins cannot exhaust the PC's memory. */
const MAX_CONCURRENT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Asynchronous (the thread pool), so a login does not stall other requests. Hindi input is NFC-normalised first. */
function scrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return withSlot(
    () =>
      new Promise((resolve, reject) =>
        scryptCb(password.normalize('NFC'), salt, KEY_LENGTH, options(params), (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

const format = (params: { N: number; r: number; p: number }, salt: Buffer, key: Buffer) =>
  ['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(COST, salt, await scrypt(password, salt, COST));
}

/** For seeding demo accounts while the app opens (synchronously). */
export function hashDemoPasswordSync(password: string): string {
  const salt = randomBytes(16);
  return format(DEMO_COST, salt, scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, options(DEMO_COST)));
}

/** A stored hash made with a lower cost than today's: replace it once the password is known (at login). */
export function needsRehash(stored: string): boolean {
  const [, N, r, p] = stored.split('$').map(Number);
  return !(N! >= COST.N && r! >= COST.r && p! >= COST.p);
}

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20) return false;
  const expected = Buffer.from(parts[5]!, 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await scrypt(password, Buffer.from(parts[4]!, 'base64'), { N, r, p });
  return timingSafeEqual(actual, expected);
}

/**
 * Checked when the user name is unknown, so that "no such user" takes as long as "wrong password" and response
 * times do not reveal which names exist.
 */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(12).toString('base64'));
  return dummyHash;
}
