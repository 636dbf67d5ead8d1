import { and, eq } from 'drizzle-orm';
import type { DraftData, DraftForm, SavedDraft } from '../../shared/contract/drafts';
import { draftDataSchema } from '../../shared/contract/drafts';
import type { DbHandle } from '../db/handle';
import { drafts } from '../db/schema';
import type { Session } from '../session';

/*
 * Drafts of the register forms, one per user and form. Only the user who typed a draft reads, replaces or drops
 * it (every query is keyed by the session's user id); the register drops it when the form is saved.
 */

const mine = (session: Session, form: DraftForm) => and(eq(drafts.user_id, session.userId), eq(drafts.form, form));

export function getDraft(ctx: Pick<DbHandle, 'db'>, session: Session, form: DraftForm): SavedDraft | null {
  const row = ctx.db.select().from(drafts).where(mine(session, form)).get();
  if (!row) return null;
  // A draft written by an older release that no longer fits is dropped rather than breaking the form.
  const data = draftDataSchema.safeParse(JSON.parse(row.data));
  if (!data.success) return null;
  return { form, base_version: row.base_version, data: data.data, updated_at: row.updated_at };
}

export function saveDraft(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  input: { form: DraftForm; base_version: number | null; data: DraftData },
): { updated_at: string } {
  const updated_at = ctx.clock().toISOString();
  const row = { base_version: input.base_version, data: JSON.stringify(input.data), updated_at };
  ctx.db
    .insert(drafts)
    .values({ user_id: session.userId, form: input.form, ...row })
    .onConflictDoUpdate({ target: [drafts.user_id, drafts.form], set: row })
    .run();
  return { updated_at };
}

export function discardDraft(ctx: Pick<DbHandle, 'db'>, session: Session, form: DraftForm): { discarded: boolean } {
  return { discarded: ctx.db.delete(drafts).where(mine(session, form)).run().changes > 0 };
}

/** Runs a register save and, once it succeeded, drops the saver's draft of that form (a failed save keeps it). */
export function dropDraftAfter<T>(
  call: { ctx: Pick<DbHandle, 'db'>; session: Session | null },
  form: DraftForm,
  save: () => T,
): T {
  const result = save();
  if (call.session) discardDraft(call.ctx, call.session, form);
  return result;
}
