import { useMemo, useState, type ReactNode } from 'react';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import type { FieldIssue } from '../../../../shared/errors';
import { VOID_REASONS } from '../../../../shared/register/codes';
import { useOpMutation } from '../../api/query';
import { Field } from '../../components/Field';
import { EpisodeForm } from '../../components/form';
import { useEpisodeFormFlow } from '../../components/formFlow';
import { FormField } from '../../components/inputs';
import { useI18n } from '../../i18n/I18n';
import type { FieldKind } from '../../register/fields';
import { RECORD_READS } from './EpisodeFormPage';

/* Void a record (with a reason from the list) and reopen a closed one (with a reason): both audited by the service. */

const VOID_KIND: FieldKind = { type: 'choice', codes: VOID_REASONS, prefix: 'void_reason' };

interface PanelProps {
  detail: EpisodeDetail;
  onDone: (d: EpisodeDetail) => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * The frame both panels share: the form's own checks first (focus on the first problem), then the service's save
 * flow; a confirm button and Cancel.
 */
function ReasonPanel(
  props: PanelProps & {
    testId: string;
    intro: string;
    confirmLabel: string;
    confirmClass: string;
    clientIssues: FieldIssue[];
    send: (record: EpisodeDetail['record']) => Promise<EpisodeDetail>;
    children: (shown: FieldIssue[]) => ReactNode;
  },
) {
  const { t } = useI18n();
  const form = useEpisodeFormFlow({
    build: () => ({ issues: props.clientIssues }),
    send: () => props.send(props.detail.record),
    onSaved: props.onDone,
  });
  return (
    <div className="side-panel" data-testid={props.testId}>
      <p className="muted">{props.intro}</p>
      <EpisodeForm
        {...form.props}
        onReload={props.onReload}
        actions={
          <>
            <button type="submit" className={props.confirmClass} disabled={form.flow.saving}>
              {props.confirmLabel}
            </button>
            <button type="button" onClick={props.onCancel}>
              {t('action.cancel')}
            </button>
          </>
        }
      >
        {props.children(form.shown)}
      </EpisodeForm>
    </div>
  );
}

export function VoidPanel(props: PanelProps) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const voidEpisode = useOpMutation('voidEpisode', { invalidates: RECORD_READS });
  const clientIssues = useMemo(() => {
    const issues: FieldIssue[] = [];
    if (!code)
      issues.push({ field: 'reason_code', message: 'v.required', params: { field: 'field.reason_code' }, severity: 'error' });
    if (code === 'other' && !text.trim())
      issues.push({ field: 'reason_text', message: 'v.required', params: { field: 'field.reason_text' }, severity: 'error' });
    return issues;
  }, [code, text]);
  return (
    <ReasonPanel
      {...props}
      testId="void-panel"
      intro={t('record.void_intro')}
      confirmLabel={t('action.void_confirm')}
      confirmClass="danger"
      clientIssues={clientIssues}
      send={(r) =>
        voidEpisode.mutateAsync({
          id: r.id,
          version: r.version,
          reason_code: code as (typeof VOID_REASONS)[number],
          ...(text.trim() ? { reason_text: text.trim() } : {}),
        })
      }
    >
      {(shown) => (
        <>
          <FormField
            name="reason_code"
            kind={VOID_KIND}
            value={code}
            onChange={(v) => setCode(v as string)}
            path="reason_code"
            issues={shown}
            control="radio"
            autoFocus
            wide
          />
          <Field name="reason_text" issues={shown}>
            {(control) => (
              <input {...control} type="text" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
            )}
          </Field>
        </>
      )}
    </ReasonPanel>
  );
}

export function ReopenPanel(props: PanelProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const reopenEpisode = useOpMutation('reopenEpisode', { invalidates: RECORD_READS });
  const clientIssues = useMemo<FieldIssue[]>(
    () =>
      reason.trim().length < 3
        ? [{ field: 'reason', message: 'v.reopen_reason', params: { field: 'field.reason' }, severity: 'error' }]
        : [],
    [reason],
  );
  return (
    <ReasonPanel
      {...props}
      testId="reopen-panel"
      intro={t('record.reopen_intro')}
      confirmLabel={t('action.reopen_confirm')}
      confirmClass="primary"
      clientIssues={clientIssues}
      send={(r) => reopenEpisode.mutateAsync({ id: r.id, version: r.version, reason: reason.trim() })}
    >
      {(shown) => (
        <Field name="reason" issues={shown}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoFocus
              autoComplete="off"
            />
          )}
        </Field>
      )}
    </ReasonPanel>
  );
}
