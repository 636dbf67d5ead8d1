import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';
import { SHORTCUTS } from '../shortcuts';
import { pathParts } from '../register/format';
import { errorsOf, warningsOf } from '../register/validate';
import { useAction } from '../api/query';
import { useErrorText } from './ErrorText';

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

export function useSaveFlow(): SaveFlow {
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
export function useShownIssues(clientIssues: FieldIssue[], flow: SaveFlow) {
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

/** Focuses the control of a field path (the checked radio of a group, the date box of a date and time). */
export function focusPath(path: string): void {
  const holder = document.querySelector(`[data-path="${CSS.escape(path)}"]`);
  if (!holder) return;
  const target = holder.matches('input, select, textarea, button')
    ? holder
    : holder.querySelector('input:checked, input, select, textarea, button');
  (target as HTMLElement | null)?.focus();
}

/** Focuses the first field that has an error, in screen order. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const first = root?.querySelector('[aria-invalid="true"]');
  const path = first?.getAttribute('data-path')?.split('#')[0];
  if (path) focusPath(path);
}

interface EpisodeFormProps {
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
  children: ReactNode;
  actions: ReactNode;
  onReload?: () => void;
  className?: string;
  testId?: string;
}

/** The register forms' Save: disabled while saving, with its shortcut shown (Ctrl+S saves from any field). */
export function SaveButton({ saving }: { saving: boolean }) {
  const { t } = useI18n();
  return (
    <button type="submit" className="primary" disabled={saving}>
      {saving ? t('status.saving') : t('action.save')} <kbd>Ctrl+S</kbd>
    </button>
  );
}

/**
 * A register form: Enter (also on radios and checkboxes) or Ctrl+S saves; the problems of the last attempt
 * are summarised at the top with links to the fields; warnings wait for "Confirm and save".
 */
export function EpisodeForm(props: EpisodeFormProps) {
  const ref = useRef<HTMLFormElement>(null);
  const { onSubmit } = props;
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!SHORTCUTS.save.matches(e)) return;
      const form = ref.current;
      const active = document.activeElement;
      const here = form?.contains(active) || active === document.body || active === null;
      if (!form || !here) return;
      e.preventDefault();
      form.requestSubmit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (props.focusTick > 0) focusFirstInvalid(ref.current);
  }, [props.focusTick]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (props.flow.saving) return;
    if (props.flow.confirm) props.onConfirm();
    else onSubmit((e.nativeEvent as SubmitEvent).submitter ?? null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' && target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
      e.preventDefault();
      ref.current?.requestSubmit();
    }
  };
  return (
    <form
      ref={ref}
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onBlur={props.onBlur}
      className={props.className}
      data-testid={props.testId}
    >
      <SaveProblems
        flow={props.flow}
        issues={props.submitted ? props.issues : []}
        onConfirm={props.onConfirm}
        onReload={props.onReload}
      />
      {props.children}
      <div className="form-actions">{props.actions}</div>
    </form>
  );
}

export function SaveProblems(props: { flow: SaveFlow; issues: FieldIssue[]; onConfirm: () => void; onReload?: () => void }) {
  const { t, tx } = useI18n();
  const errorText = useErrorText();
  const errors = inScreenOrder(errorsOf(props.issues));
  const { confirm, error } = props.flow;
  const conflict = error instanceof AppError && error.code === 'conflict';
  return (
    <>
      {error ? (
        <div className="banner banner-error" role="alert">
          <span>{errorText(error)}</span>
          {conflict && props.onReload && (
            <button type="button" onClick={props.onReload}>
              {t('action.reload')}
            </button>
          )}
        </div>
      ) : null}
      {errors.length > 0 && (
        <div className="banner banner-error issue-summary" role="alert" data-testid="error-summary">
          <strong>{t('error.invalid_input')}</strong>
          <ul>
            {errors.map((issue, i) => (
              <li key={i}>
                <button type="button" className="link" onClick={() => focusPath(issue.field)}>
                  {issueText(tx, issue)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {confirm && errors.length === 0 && (
        <div className="banner banner-warn issue-summary" role="alert" data-testid="confirm-box">
          <strong>{t('error.needs_confirmation')}</strong>
          <ul>
            {warningsOf(confirm).map((issue, i) => (
              <li key={i}>{issueText(tx, issue)}</li>
            ))}
          </ul>
          <div className="confirm-actions">
            <button type="button" className="primary" autoFocus onClick={props.onConfirm} disabled={props.flow.saving}>
              {t('action.confirm_save')}
            </button>
            <button type="button" onClick={() => confirm[0] && focusPath(confirm[0].field)}>
              {t('action.go_back_change')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/**
 * Issues in the order their fields stand on the screen (the form's checks and the service's come in rule order):
 * the summary reads top to bottom like the form. Issues without a field on screen go last.
 */
export function inScreenOrder(issues: FieldIssue[]): FieldIssue[] {
  const place = (issue: FieldIssue) => document.querySelector(`[data-path="${CSS.escape(issue.field)}"]`);
  const placed = issues.map((issue) => ({ issue, at: place(issue) }));
  return placed
    .sort((a, b) => {
      if (!a.at || !b.at) return a.at ? -1 : b.at ? 1 : 0;
      return a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map((p) => p.issue);
}

/** "Baby B: Sex is required.", "Baby B, Birth weight (g): Birth weight 5200 g is unusual." (whose field, then the message). */
export function issueText(t: (k: string, p?: Record<string, string | number>) => string, issue: FieldIssue): string {
  const message = t(issue.message, issue.params);
  const { owner, field } = pathParts(t, issue.field);
  if (field && message.includes(field)) return owner ? `${owner}: ${message}` : message;
  const where = [owner, field].filter(Boolean).join(', ');
  return where ? `${where}: ${message}` : message;
}
