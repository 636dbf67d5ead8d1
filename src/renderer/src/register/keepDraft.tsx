import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DraftData, DraftForm, SavedDraft } from '../../../shared/contract/drafts';
import { toLocalIso } from '../../../shared/time';
import { useOp, useOpMutation } from '../api/query';
import { ErrorBanner } from '../components/ErrorText';
import { useI18n } from '../i18n/I18n';
import { addLeaveGuard } from '../leave';
import type { Draft } from './draft';
import { formatDateTime } from './format';
import { useRegister } from './RegisterContext';

/*
 * Drafts of the register forms (docs/ARCHITECTURE.md, "Drafts"). A form page loads the user's draft with
 * `DraftGate` and starts from it; `useDraftKeeper` sends the form's state after each pause in typing (one timer
 * reset per keystroke, nothing more), asks before leaving with unsaved entries, and stops once the form is saved
 * (the service drops the draft with the save).
 */

/** Time after the last keystroke before the draft is sent. */
const PAUSE_MS = 500;

/**
 * Loads the user's draft of a form, then renders the form with it (or null). "Discard draft" renders the form
 * again from the stored record.
 */
export function DraftGate(props: { form: DraftForm; children: (saved: SavedDraft | null, discard: () => void) => ReactNode }) {
  const { t } = useI18n();
  // Asked afresh each time a form opens: a cached answer may predate a save that dropped the draft.
  const query = useOp('getDraft', { form: props.form }, { gcTime: 0 });
  const [generation, setGeneration] = useState(0);
  const discard = useOpMutation('discardDraft');
  if (query.error) return <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.isFetchedAfterMount) return <p>{t('status.loading')}</p>;
  const onDiscard = () => {
    void discard.mutateAsync({ form: props.form }).then(() => setGeneration((n) => n + 1));
  };
  return <Fragment key={generation}>{props.children(generation === 0 ? (query.data ?? null) : null, onDiscard)}</Fragment>;
}

export interface DraftKeeper {
  /** Sends the pending draft now; awaited before a save so the service drops the newest one. */
  flush: () => Promise<void>;
  /** The form was saved: nothing more to keep, nothing to ask about. */
  done: () => void;
  /** "Draft kept" after the last send, for the status line. */
  kept: boolean;
}

export function useDraftKeeper(form: DraftForm, baseVersion: number | null, data: DraftData, restored: boolean): DraftKeeper {
  const { t } = useI18n();
  const { mutateAsync: saveDraft } = useOpMutation('saveDraft');
  const json = JSON.stringify(data);
  /** The state the form opened with, and the last one sent (a restored draft is already stored). */
  const initial = useRef(json);
  const sent = useRef(json);
  const latest = useRef({ json, data });
  const finished = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());
  const [kept, setKept] = useState(false);

  const send = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { json: now, data: payload } = latest.current;
    if (finished.current || now === sent.current) return inFlight.current.then(() => undefined);
    sent.current = now;
    const request = saveDraft({ form, base_version: baseVersion, data: payload })
      .then(() => setKept(true))
      .catch(() => {
        // Not kept (session ended, network): sent again with the next keystroke or flush.
        if (sent.current === now) sent.current = '';
      });
    inFlight.current = request;
    await request;
  }, [baseVersion, form, saveDraft]);

  useEffect(() => {
    latest.current = { json, data };
    if (finished.current || json === sent.current) return;
    setKept(false);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void send(), PAUSE_MS);
  }, [json, data, send]);

  // Leaving the screen (after the question) sends what the pause had not sent yet.
  useEffect(() => () => void (timer.current !== undefined && send()), [send]);

  useEffect(
    () =>
      addLeaveGuard({
        dirty: () => !finished.current && (restored || latest.current.json !== initial.current),
        question: () => t('draft.leave_confirm'),
        flush: send,
      }),
    [restored, send, t],
  );

  return useMemo(
    () => ({
      flush: send,
      done: () => {
        finished.current = true;
        clearTimeout(timer.current);
      },
      kept,
    }),
    [kept, send],
  );
}

/** "Draft restored" with the time it was typed, and "Discard draft". */
export function DraftRestored(props: {
  saved: SavedDraft | null;
  version: number | null;
  keeper: DraftKeeper;
  onDiscard: () => void;
}) {
  const { t } = useI18n();
  const { timeZone } = useRegister();
  if (!props.saved) return null;
  const when = formatDateTime(toLocalIso(Date.parse(props.saved.updated_at), timeZone));
  const older = props.version !== null && props.saved.base_version !== props.version;
  return (
    <div className="banner banner-warn draft-restored" role="status" data-testid="draft-restored">
      <span>
        {t('draft.restored', { when })}
        {older && ` ${t('draft.restored_older')}`}
      </span>
      <button
        type="button"
        onClick={() => {
          if (!window.confirm(t('draft.discard_confirm'))) return;
          props.keeper.done();
          props.onDiscard();
        }}
        data-testid="discard-draft"
      >
        {t('draft.discard')}
      </button>
    </div>
  );
}

/** The quiet "Draft kept" beside the form's buttons. */
export function DraftKept({ keeper }: { keeper: DraftKeeper }) {
  const { t } = useI18n();
  return (
    <span className="muted draft-kept" role="status" data-testid="draft-kept">
      {keeper.kept ? t('draft.kept') : ''}
    </span>
  );
}

/** A group of fields of a saved draft (`fields`, `referral`), as the form keeps it. */
export function draftGroup(saved: SavedDraft | null, part: string): Draft | undefined {
  const value = saved?.data[part];
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Draft) : undefined;
}

/** A list of groups of a saved draft (the baby cards, the treatment rows). */
export function draftGroups(saved: SavedDraft | null, part: string): Draft[] | undefined {
  const value = saved?.data[part];
  return Array.isArray(value) && value.every((v) => typeof v === 'object') ? (value as Draft[]) : undefined;
}

/** A typed text of a saved draft (the reason for a correction). */
export function draftText(saved: SavedDraft | null, part: string): string | undefined {
  const value = saved?.data[part];
  return typeof value === 'string' ? value : undefined;
}
