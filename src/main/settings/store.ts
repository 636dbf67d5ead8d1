import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError } from '../../shared/errors';
import { toFieldIssues } from '../../shared/validation';
import { diffEntries, writeAudit } from '../audit';
import type { DbHandle } from '../db/handle';
import { settings } from '../db/schema';
import type { Session } from '../session';

/**
 * Parsed sections per open database. Every settings write goes through `updateSection`, which refreshes its
 * entry, so reads on hot paths (find as you type, every save) skip the query and the zod parse.
 */
const cache = new WeakMap<Pick<DbHandle, 'db'>, Map<string, unknown>>();

/** Forget cached sections (after the database file was replaced, e.g. by a restore). */
export function clearSettingsCache(ctx: Pick<DbHandle, 'db'>): void {
  cache.delete(ctx);
}

/**
 * Settings live in one row per section. A stored value that no longer passes its schema (hand-edited file,
 * older release) is reported, not silently replaced, so the admin sees what to fix.
 */
export function readSection<S extends z.ZodType>(
  ctx: Pick<DbHandle, 'db'>,
  key: string,
  schema: S,
  defaults: z.output<S>,
): z.output<S> {
  const sections = cache.get(ctx) ?? new Map<string, unknown>();
  cache.set(ctx, sections);
  if (sections.has(key)) return sections.get(key) as z.output<S>;
  const row = ctx.db.select().from(settings).where(eq(settings.key, key)).get();
  const parsed = row
    ? schema.safeParse({ ...(defaults as object), ...(JSON.parse(row.value) as object) })
    : { success: true as const, data: defaults };
  if (!parsed.success) {
    throw new AppError('invalid_input', { message: 'error.invalid_input', issues: toFieldIssues(parsed.error) });
  }
  // Frozen: a caller mutating a shared cached section would be a bug that shows up here.
  sections.set(key, Object.freeze(parsed.data));
  return parsed.data;
}

/** Validates the merged section and stores it with one audit row per changed field, in one transaction. */
export function updateSection<S extends z.ZodType>(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  key: string,
  schema: S,
  defaults: z.output<S>,
  patch: Partial<z.output<S>>,
): z.output<S> {
  const result = ctx.db.transaction((tx) => {
    const before = readSection(ctx, key, schema, defaults);
    const merged = schema.safeParse({ ...(before as object), ...(patch as object) });
    if (!merged.success) {
      const issues = toFieldIssues(merged.error);
      throw new AppError('invalid_input', { issues, field: issues[0]?.field });
    }
    const after = merged.data;
    const entries = diffEntries(`settings.${key}`, key, before as object, after as object);
    if (entries.length === 0) return after;
    const at = ctx.clock();
    tx.insert(settings)
      .values({ key, value: JSON.stringify(after), updated_at: at.toISOString(), updated_by: session.userId })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value: JSON.stringify(after), updated_at: at.toISOString(), updated_by: session.userId },
      })
      .run();
    writeAudit(tx, session, at, entries);
    return after;
  });
  // After the commit: a rolled-back write must not leave a changed value in the cache.
  cache.get(ctx)?.set(key, Object.freeze(result));
  return result;
}
