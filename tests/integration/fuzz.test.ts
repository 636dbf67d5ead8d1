import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { backupNow } from '../../src/main/backup/service';
import type { AppContext } from '../../src/main/context';
import { SESSION_COOKIE } from '../../src/main/http/server';
import type { Session } from '../../src/main/session';
import { contract, OP_NAMES, type OpName } from '../../src/shared/contract';
import { appErrorShapeSchema } from '../../src/shared/errors';
import { seedUser, serveHttp } from '../helpers/auth';
import { tempDir, testContext } from '../helpers/context';

/** Everything stored, in a stable order: a refused call must leave this hash unchanged. */
function contentHash(ctx: AppContext): string {
  const hash = createHash('sha256');
  const tables = ctx.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(table);
    // The stored password hash is left out: an accepted login re-hashes an older hash in the background
    // (users.ts upgradeHash), which may land while a later, refused call runs. Same password, new storage; refused
    // password changes are checked in auth.test.ts and lockout.test.ts.
    const columns =
      table === 'users'
        ? (
            ctx.sqlite
              .prepare(`SELECT name FROM pragma_table_info('users') WHERE name <> 'password_hash'`)
              .pluck()
              .all() as string[]
          )
            .map((c) => `"${c}"`)
            .join(', ')
        : '*';
    const select = `SELECT ${columns} FROM "${table}"`;
    // Sorted in JS: FTS5 shadow tables are WITHOUT ROWID, so there is no rowid to order by.
    const rows = (ctx.sqlite.prepare(select).raw().all() as unknown[]).map((row) => JSON.stringify(row)).sort();
    for (const row of rows) hash.update(row);
  }
  return hash.digest('hex');
}

/** The field names an operation takes, so that payloads get past "unknown field" and reach the handlers. */
function fieldsOf(op: OpName): string[] {
  const shape = (contract[op].input as unknown as { shape?: Record<string, z.ZodType> }).shape;
  return shape ? Object.keys(shape) : [];
}

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    "'; DROP TABLE users; --",
    '../../../../etc/passwd',
    '..\\..\\prasav.sqlite',
    '<script>alert(1)</script>',
    '\u0000',
    'prasav-20260101T000000000Z-daily.sqlite',
    '\u202e\u0000\uffff',
    'A'.repeat(100_000),
    'admin',
    '__proto__',
    '१२३४५६',
  ),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(true, false, null, -1, 0, 2 ** 53, Number.MAX_VALUE),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.object({ maxDepth: 2 }),
);

/**
 * Values shaped after the operation's own zod schema (valid enum members, numbers, booleans, mixed with hostile
 * values of every kind), so that payloads get past validation and reach the handlers, not only the parser.
 */
function fromSchema(schema: z.ZodType, known: readonly string[]): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, fromSchema(v, known)]));
      return fc.record(fields, { requiredKeys: [] });
    }
    case 'optional':
    case 'nullable':
    case 'default':
      return fromSchema(def.innerType as z.ZodType, known);
    case 'pipe':
      return fromSchema(def.in as z.ZodType, known);
    case 'enum':
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries as object)) },
        { weight: 1, arbitrary: hostileValue },
      );
    case 'boolean':
      return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: hostileValue });
    case 'number':
      return fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -5, max: 70_000 }) }, { weight: 1, arbitrary: hostileValue });
    case 'string': {
      // Strings matching the schema's own patterns, and ids and file names that exist, reach the deepest code.
      const patterns = ((def.checks as { _zod: { def: { pattern?: RegExp } } }[] | undefined) ?? [])
        .map((c) => c._zod.def.pattern)
        .filter((p): p is RegExp => p instanceof RegExp);
      return fc.oneof(
        { weight: 3, arbitrary: hostileString },
        { weight: 2, arbitrary: patterns.length ? fc.stringMatching(patterns[0]!) : fc.string({ minLength: 1, maxLength: 30 }) },
        { weight: 2, arbitrary: fc.constantFrom(...known) },
        { weight: 1, arbitrary: hostileValue },
      );
    }
    default:
      return hostileValue;
  }
}

/** Schema-shaped payloads, objects with the operation's field names and anything, random JSON, prototype tricks. */
function payloadFor(op: OpName, known: readonly string[]): fc.Arbitrary<unknown> {
  const fields = fieldsOf(op);
  const shaped = fields.length
    ? fc.dictionary(fc.constantFrom(...fields), hostileValue, { maxKeys: fields.length })
    : fc.constant({});
  return fc.oneof(
    { weight: 4, arbitrary: fromSchema(contract[op].input, known) },
    { weight: 2, arbitrary: shaped },
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: fc.record({ extra: hostileValue }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom({ __proto__: { role: 'admin' } }, JSON.parse('{"__proto__":{"polluted":1}}'), {
        constructor: { prototype: { polluted: 1 } },
      }),
    },
  );
}

const IDENTITIES = ['nobody', 'clerk', 'admin'] as const;
// Every status the transport maps a typed error to (src/main/http/server.ts); 500 is never acceptable.
const STATUSES = new Set([200, 400, 401, 403, 404, 409, 413, 415, 422, 429, 501, 502, 503, 507]);
const RUNS = Number(process.env.PRASAV_FUZZ_RUNS ?? 25);

describe('hostile input to every contract operation over HTTP', () => {
  it(
    'never crashes, answers every refusal with the typed error shape, and changes nothing when it refuses',
    { timeout: 600_000 },
    async () => {
      const ctx = testContext();
      const base = await serveHttp(ctx);
      const admin = seedUser(ctx, 'admin');
      const clerk = seedUser(ctx, 'clerk');
      // A second folder is set, so that a fuzzed `second_dir` (say "/") never becomes a real place to write.
      const usb = tempDir('prasav-fuzz-usb-');
      ctx.sqlite
        .prepare("INSERT INTO settings VALUES ('backup', ?, 'now', 'test')")
        .run(JSON.stringify({ second_dir: usb, keep_daily: 14, keep_monthly: 12, second_max_age_days: 7, disk_warn_mb: 50 }));
      // Sessions come from the real store; a fresh one per call, so a fuzzed `logout` cannot starve the next call.
      const cookieFor = (who: (typeof IDENTITIES)[number]): Record<string, string> => {
        if (who === 'nobody') return {};
        const session: Session = { userId: `fuzz-${who}`, userName: who, role: who };
        return { Cookie: `${SESSION_COOKIE}=${ctx.sessions.create(session)}` };
      };
      const backup = backupNow(ctx, 'manual')[0]!;
      const known = [
        ...(ctx.sqlite.prepare('SELECT id FROM users').pluck().all() as string[]),
        admin.username,
        admin.password,
        clerk.username,
        backup.file,
        usb,
      ];
      const counts = { requests: 0, refused: 0, accepted: 0 };
      for (const op of OP_NAMES) {
        for (const who of IDENTITIES) {
          await fc.assert(
            fc.asyncProperty(payloadFor(op, known), async (payload) => {
              if (payload && typeof payload === 'object' && 'second_dir' in payload) {
                const dir = (payload as { second_dir: unknown }).second_dir;
                if (typeof dir === 'string' && dir !== '' && existsSync(dir)) return;
              }
              const before = contentHash(ctx);
              const res = await fetch(`${base}/api/${op}`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', ...cookieFor(who) },
                body: JSON.stringify(payload),
              });
              counts.requests++;
              expect(STATUSES.has(res.status), `${op} as ${who}: status ${res.status}`).toBe(true);
              const body = (await res.json()) as { ok: boolean; error?: unknown };
              if (body.ok) {
                counts.accepted++;
                expect(res.status).toBe(200);
                return;
              }
              counts.refused++;
              const shape = appErrorShapeSchema.safeParse(body.error);
              expect(shape.success, `${op} as ${who}: ${JSON.stringify(body)}`).toBe(true);
              expect(shape.data?.code, `${op} as ${who} with ${JSON.stringify(payload).slice(0, 200)}`).not.toBe('internal');
              expect(contentHash(ctx), `${op} as ${who} refused but changed stored data`).toBe(before);
            }),
            { numRuns: RUNS },
          );
        }
      }
      // Raw bodies no JSON client would send.
      for (const body of ['{not json', '[', '"just a string"', '1e999', '['.repeat(50_000) + ']'.repeat(50_000), '\u0000']) {
        for (const op of ['updateSettings', 'login', 'restoreBackup', 'createUser']) {
          const before = contentHash(ctx);
          const res = await fetch(`${base}/api/${op}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...cookieFor('admin') },
            body,
          });
          counts.requests++;
          counts.refused++;
          expect(res.status).toBeLessThan(500);
          expect(appErrorShapeSchema.safeParse(((await res.json()) as { error: unknown }).error).success).toBe(true);
          expect(contentHash(ctx)).toBe(before);
        }
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).role).toBeUndefined();
      console.log(
        `fuzz: ${OP_NAMES.length} operations × ${IDENTITIES.length} identities × ${RUNS} runs: ${counts.requests} requests, ${counts.refused} refused, ${counts.accepted} accepted`,
      );
      expect(counts.refused).toBeGreaterThan(counts.requests / 2);
    },
  );
});
