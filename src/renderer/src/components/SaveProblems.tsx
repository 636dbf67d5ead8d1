import { AppError, type FieldIssue } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';
import { pathParts } from '../register/format';
import { errorsOf, warningsOf } from '../register/validate';
import { useErrorText } from './ErrorText';

/*
 * What a register form's last save attempt found, above the form: the refusal, the problems in screen order with
 * links to their fields, the warnings waiting for "Confirm and save".
 */

/** The part of the save flow (form.tsx) shown here. */
interface LastAttempt {
  saving: boolean;
  confirm: FieldIssue[] | null;
  error: unknown;
}

export function SaveProblems(props: { flow: LastAttempt; issues: FieldIssue[]; onConfirm: () => void; onReload?: () => void }) {
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

/** Focuses the control of a field path (the checked radio of a group, the date box of a date and time). */
export function focusPath(path: string): void {
  const holder = document.querySelector(`[data-path="${CSS.escape(path)}"]`);
  if (!holder) return;
  const target = holder.matches('input, select, textarea, button')
    ? holder
    : holder.querySelector('input:checked, input, select, textarea, button');
  (target as HTMLElement | null)?.focus();
}

/**
 * Focuses the first field that has an error, in screen order; in a field of several boxes (a date and a time), its
 * first empty box: a date-time with only the time missing puts the cursor in the time.
 */
export function focusFirstInvalid(root: HTMLElement | null): void {
  const first = root?.querySelector('[aria-invalid="true"]');
  const path = first?.getAttribute('data-path')?.split('#')[0];
  if (!root || !path) return;
  const boxes = [...root.querySelectorAll<HTMLInputElement>(`input[data-path^="${CSS.escape(path)}#"]`)];
  const empty = first instanceof HTMLInputElement && first.value !== '' ? boxes.find((b) => b.value === '') : undefined;
  if (empty) empty.focus();
  else focusPath(path);
}
