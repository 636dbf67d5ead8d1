import { useCallback, useMemo, useState, type FocusEvent } from 'react';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { useAction } from '../api/query';
import type { DraftKeeper } from '../register/keepDraft';
import { errorsOf, REASON_REQUIRED } from '../register/validate';
import { ReasonField, reasonToSend, submittedMonthAsksReason } from './record-bits';

/*
 * The save flow every register form shares (docs: error flow): check in the form first; send; `invalid_input`
 * → each issue under its field; `needs_confirmation` → the warnings and "Confirm and save", which sends again
 * with `acknowledge_warnings`; `conflict` → the record changed elsewhere, reload it.
 */

export type SaveSender<T> = (acknowledge: boolean) => Promise<T>;

export interface SaveFlow {
  saving: boolean;
  /** Issues from the last save attempt (service). */
  serverIssues: FieldIssue[];
  /** Warnings waiting for "Confirm and save". */
  confirm: FieldIssue[] | null;
  /** Anything else that went wrong (conflict, network). */
  error: unknown;
  run: <T>(send: SaveSender<T>, acknowledge?: boolean) => Promise<T | null>;
  /** The form changed: the last answer no longer applies. */
  changed: () => void;
}

function useSaveFlow(): SaveFlow {
  // The last attempt is the data layer's action state: pending while it runs, its failure until the next one.
  const save = useAction(({ send, acknowledge }: { send: SaveSender<unknown>; acknowledge: boolean }) => send(acknowledge));
  const failure = save.error;
  const issues =
    failure instanceof AppError &&
    (failure.code === 'needs_confirmation' || failure.code === 'invalid_input') &&
    failure.issues?.length
      ? failure.issues
      : null;
  const { mutateAsync, reset } = save;
  const run = useCallback(
    <T,>(send: SaveSender<T>, acknowledge = false): Promise<T | null> =>
      mutateAsync({ send, acknowledge }).then(
        (result) => result as T,
        () => null,
      ),
    [mutateAsync],
  );
  // Only the issues of the last answer go stale when the form changes; another failure stays until the next save.
  const hasIssues = issues !== null;
  const changed = useCallback(() => {
    if (hasIssues) reset();
  }, [hasIssues, reset]);
  return {
    saving: save.isPending,
    serverIssues: issues ?? NO_ISSUES,
    confirm: failure instanceof AppError && failure.code === 'needs_confirmation' ? issues : null,
    error: issues ? null : failure,
    run,
    changed,
  };
}

const NO_ISSUES: FieldIssue[] = [];

const LATE_MESSAGES = new Set(['v.required', 'v.age_or_dob', 'v.babies_required', 'v.reason_required']);

/** Which issues to show: a field's own after the clerk left it, all of them after a save attempt. */
function useShownIssues(clientIssues: FieldIssue[], flow: SaveFlow) {
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => {
    // Before a save attempt, a field left empty is not yet an error: the clerk may be filling it next.
    const early = (i: FieldIssue) => touched.has(i.field) && !LATE_MESSAGES.has(i.message);
    const own = submitted ? clientIssues : clientIssues.filter(early);
    const all = [...own];
    for (const issue of flow.serverIssues) {
      if (!all.some((i) => i.field === issue.field && i.message === issue.message)) all.push(issue);
    }
    return all;
  }, [clientIssues, flow.serverIssues, submitted, touched]);
  const onBlur = useCallback((event: FocusEvent) => {
    const holder = (event.target as HTMLElement).closest('[data-path]');
    const path = holder?.getAttribute('data-path')?.split('#')[0];
    if (path) setTouched((t) => (t.has(path) ? t : new Set([...t, path])));
  }, []);
  return { shown, submitted, setSubmitted, onBlur };
}

/** What a form's entries make: its own checks' issues, and whether the change alters saved values (a correction). */
interface Built {
  issues: FieldIssue[];
  /** A correction: useEpisodeFormFlow asks for the reason (`FormSave.reason`). */
  corrects?: boolean;
}

/** The reason for changing saved values, as typed (kept in the form's draft); see `FormSave.reason`. */
export interface ChangeReason {
  value: string;
  set: (value: string) => void;
}

export function useChangeReason(initial: string): ChangeReason {
  const [value, set] = useState(initial);
  return { value, set };
}

/** What one form's save does; useEpisodeFormFlow runs the steps every register form shares around it. */
export interface FormSave<B extends Built, T> {
  /** The entries as they are now: what a save sends, and the issues the form's own checks find. */
  build: () => B;
  /** Sends checked entries, with `reason` spread in (empty unless a reason was asked for and given). */
  send: (built: B, acknowledge: boolean, reason: { reason?: string }) => Promise<T>;
  onSaved: (result: T) => void;
  /** The form's own checks found errors: show what hides them before focus moves to the first. */
  onInvalid?: (issues: FieldIssue[]) => void;
  /** False: nothing to send (the form has closed itself). */
  before?: (built: B) => boolean;
  /** The form's draft: kept before sending (the service drops it with the save), finished after. */
  keeper?: DraftKeeper;
  /**
   * A form that changes saved values: the flow asks for the reason (its box, `reasonField`) when the entries correct
   * saved values (`corrects`, required then) or when the service asks for one (a submitted month's HMIS figures).
   */
  reason?: ChangeReason;
}

/**
 * A register form's save flow, issues and focus in one: the form checks its entries, then sends; any failure
 * moves focus to the first problem. Spread `props` on EpisodeForm and render `reasonField` in it; call
 * `flow.changed()` when an entry changes.
 */
export function useEpisodeFormFlow<B extends Built, T>(save: FormSave<B, T>) {
  const flow = useSaveFlow();
  const reason = save.reason;
  const check = (): B => {
    const built = save.build();
    const missing = built.corrects && reason !== undefined && reason.value.trim() === '';
    return missing ? { ...built, issues: [...built.issues, REASON_REQUIRED] } : built;
  };
  const built = check();
  const reasonTyped = reason !== undefined && reason.value.trim() !== '';
  const { shown, submitted, setSubmitted, onBlur } = useShownIssues(built.issues, flow);
  const [focusTick, setFocusTick] = useState(0);
  const refocus = () => setFocusTick((n) => n + 1);
  const attempt = async (acknowledge: boolean) => {
    setSubmitted(true);
    const now = check();
    if (errorsOf(now.issues).length > 0) {
      save.onInvalid?.(now.issues);
      return refocus();
    }
    if (save.before && !save.before(now)) return;
    // The service's question about the reason came with the previous answer; a reason typed since is sent even if an
    // edit meanwhile cleared that answer (else the service would only ask again).
    const asked = now.corrects === true || submittedMonthAsksReason(flow.serverIssues) || reasonTyped;
    const sent = reason ? reasonToSend(asked, reason.value) : {};
    await save.keeper?.flush();
    const result = await flow.run((ack) => save.send(now, ack, sent), acknowledge);
    if (result === null) return refocus();
    save.keeper?.done();
    save.onSaved(result);
  };
  const props: EpisodeFlowProps = {
    flow,
    issues: shown,
    submitted,
    onSubmit: () => void attempt(false),
    onConfirm: () => void attempt(true),
    onBlur,
    focusTick,
  };
  // A reason once typed keeps its box: the service's question leaves the issues with the next change or save.
  const reasonField =
    reason && (built.corrects || submittedMonthAsksReason(shown) || reasonTyped) ? (
      <ReasonField value={reason.value} onChange={reason.set} issues={shown} />
    ) : null;
  return { flow, shown, props, reasonField };
}

/** The parts of EpisodeForm that useEpisodeFormFlow provides. */
export interface EpisodeFlowProps {
  flow: SaveFlow;
  issues: FieldIssue[];
  /** A save was tried: the summary of problems shows from then on (before, only each field's own). */
  submitted: boolean;
  /** `submitter`: the button that sent the form (null for Enter in a field or Ctrl+S). */
  onSubmit: (submitter: HTMLElement | null) => void;
  onConfirm: () => void;
  onBlur: (event: FocusEvent) => void;
  /** Increments on every submit that found errors: focus moves to the first one. */
  focusTick: number;
}
