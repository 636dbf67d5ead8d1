import { useState, type FormEvent } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { registerPolicySchema, type RegisterPolicy } from '../../../shared/register/policy';
import { toFieldIssues } from '../../../shared/validation';
import { useOp, useOpMutation } from '../api/query';
import { ErrorBanner, FormErrors } from '../components/ErrorText';
import { Field } from '../components/Field';
import { FormField } from '../components/inputs';
import { useI18n } from '../i18n/I18n';
import { SaveActions, type SaveStatus } from '../components/SaveActions';

/* The admin's part of the register: its policy (serial numbering, the thresholds behind warnings). The exchange
 * file (export and import) is settings/ExchangePanel. */

const POLICY_NUMBERS = [
  'future_tolerance_minutes',
  'retrospective_warn_days',
  'age_warn_below',
  'age_warn_above',
  'birth_weight_warn_below_g',
  'birth_weight_warn_above_g',
  'severe_anaemia_hb_below',
  'bp_warn_systolic',
  'bp_warn_diastolic',
  'baby_interval_warn_hours',
  'edd_difference_warn_days',
  'vaccine_late_warn_days',
  'ppiucd_warn_hours',
  'pp_sterilisation_warn_days',
  'discharge_due_hours_vaginal',
  'discharge_due_hours_lscs',
] as const satisfies readonly (keyof RegisterPolicy)[];

/** The register's policy: serial numbering and the thresholds behind its warnings. */
export function RegisterPolicyForm() {
  const { t } = useI18n();
  const stored = useOp('getRegisterPolicy', {});
  const policy = stored.data;
  // The numbers as typed (a half-typed "1." stays), over what is stored.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const save = useOpMutation('updateRegisterPolicy', {
    invalidates: ['getRegisterPolicy'],
    // The refreshed read also reaches the register's own checks (RegisterProvider reads the same key).
    onSuccess: () => {
      setEdits({});
      setIssues([]);
    },
    onError: (e) => setIssues(e.issues ?? []),
  });
  if (!policy) return <ErrorBanner error={stored.error} />;
  const draft = { ...toText(policy), ...edits };
  const status: SaveStatus = save.isPending ? 'saving' : save.isSuccess && Object.keys(edits).length === 0 ? 'saved' : 'idle';
  const error = save.error?.issues ? null : save.error;
  const edit = (name: string, text: string) => {
    setEdits({ ...edits, [name]: text });
    save.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const candidate: Record<string, unknown> = { serial_reset: draft.serial_reset };
    const typed: FieldIssue[] = [];
    for (const name of POLICY_NUMBERS) {
      const text = (draft[name] ?? '').trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value)) {
        typed.push({ field: name, message: 'v.number', params: { field: `field.${name}` }, severity: 'error' });
      } else candidate[name] = value;
    }
    const parsed = registerPolicySchema.safeParse(candidate);
    const all = [
      ...typed,
      ...(parsed.success ? [] : toFieldIssues(parsed.error).filter((i) => !typed.some((x) => x.field === i.field))),
    ];
    if (all.length > 0 || !parsed.success) return setIssues(all);
    save.mutate(Object.fromEntries(Object.entries(parsed.data).filter(([k, v]) => policy[k as keyof RegisterPolicy] !== v)));
  };

  return (
    <section className="page page-narrow settings-section" aria-labelledby="policy-title">
      <h1 id="policy-title">{t('policy.title')}</h1>
      <p className="muted">{t('policy.intro')}</p>
      <FormErrors error={error} invalid={issues.length > 0} />
      <form onSubmit={onSubmit} noValidate className="form-grid" data-testid="policy-form">
        <FormField
          name="serial_reset"
          kind={{ type: 'choice', codes: ['year', 'month'], prefix: 'serial_reset' }}
          value={draft.serial_reset}
          onChange={(v) => edit('serial_reset', v as string)}
          path="serial_reset"
          issues={issues}
          wide
        />
        {POLICY_NUMBERS.map((name) => (
          <Field key={name} name={name} issues={issues}>
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                className="input-short"
                value={draft[name] ?? ''}
                onChange={(e) => edit(name, e.target.value)}
              />
            )}
          </Field>
        ))}
        <SaveActions status={status} savedText={t('policy.saved')} />
      </form>
    </section>
  );
}

function toText(policy: RegisterPolicy): Record<string, string> {
  return Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, String(v)]));
}
