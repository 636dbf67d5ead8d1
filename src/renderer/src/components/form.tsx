import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18n';
import { SHORTCUTS } from '../shortcuts';
import { DraftKept, type DraftKeeper } from '../register/keepDraft';
import type { EpisodeFlowProps } from './formFlow';
import { focusFirstInvalid, SaveProblems } from './SaveProblems';

/** The summary's wording of one issue, also used by record screens (lives with the summary). */
export { issueText } from './SaveProblems';

interface EpisodeFormProps extends EpisodeFlowProps {
  children: ReactNode;
  actions: ReactNode;
  onReload?: () => void;
  className?: string;
  testId?: string;
}

/**
 * The register forms' buttons: Save (disabled while saving, its shortcut shown: Ctrl+S saves from any field), any
 * others, Cancel, and "Draft kept" on a form that keeps a draft.
 */
export function SaveActions(props: { saving: boolean; onCancel: () => void; keeper?: DraftKeeper; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <button type="submit" className="primary" disabled={props.saving}>
        {props.saving ? t('status.saving') : t('action.save')} <kbd>Ctrl+S</kbd>
      </button>
      {props.children}
      <button type="button" onClick={props.onCancel}>
        {t('action.cancel')}
      </button>
      {props.keeper && <DraftKept keeper={props.keeper} />}
    </>
  );
}

/**
 * The register form that last held the focus (a record can show a section editor and a referral form at once). Set
 * from the focus event itself: a field's autoFocus fires before the form's ref is attached.
 */
let lastWorkedIn: HTMLFormElement | null = null;

/**
 * The form Ctrl+S saves: the one holding the focus; with the focus nowhere (after a click on blank space), the one
 * last worked in, else the only one open. Never two at once.
 */
function savedByCtrlS(): HTMLFormElement | null {
  const active = document.activeElement;
  const holder = active?.closest<HTMLFormElement>('form[data-episode-form]');
  if (holder) return holder;
  if (active !== document.body && active !== null) return null;
  if (lastWorkedIn?.isConnected) return lastWorkedIn;
  const open = document.querySelectorAll<HTMLFormElement>('form[data-episode-form]');
  return open.length === 1 ? open[0]! : null;
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
      if (!form || savedByCtrlS() !== form) return;
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
      data-episode-form
      onFocus={(e) => (lastWorkedIn = e.currentTarget)}
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
