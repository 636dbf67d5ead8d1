import { randomBytes, scrypt as scryptCb, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored only as `scrypt$N$r$p$salt$hash` (base64 salt and hash): a fresh 16-byte salt per user, and
 * the cost parameters in the string so they can be raised later without invalidating old hashes. N = 2^15 takes
 * about 0.1–0.2 s on a reception PC: slow for a guesser, quick enough at the login screen.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

// Node's default memory cap (32 MiB) is exactly 128·N·r at N = 2^15; leave headroom.
const options = (params: { N: number; r: number; p: number }): ScryptOptions => ({
  ...params,
  maxmem: 256 * params.N * params.r,
});

/** Asynchronous (the thread pool), so a login does not stall other requests. Hindi input is NFC-normalised first. */
function scrypt(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password.normalize('NFC'), salt, KEY_LENGTH, options(params), (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

const format = (salt: Buffer, key: Buffer) =>
  ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return format(salt, await scrypt(password, salt, COST));
}

/** For seeding demo accounts while the app opens (synchronously). */
export function hashPasswordSync(password: string): string {
  const salt = randomBytes(16);
  return format(salt, scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, options(COST)));
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
