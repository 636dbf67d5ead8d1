import { useState, type FormEvent } from 'react';
import { CARE_POLICY_NUMBERS, carePolicySchema, type CarePolicy } from '../../../shared/care/policy';
import type { FieldIssue } from '../../../shared/errors';
import { toFieldIssues } from '../../../shared/validation';
import { useOp, useOpMutation } from '../api/query';
import { ErrorBanner, FormErrors } from '../components/ErrorText';
import { Field } from '../components/Field';
import { SaveActions } from '../components/SaveActions';
import { useI18n } from '../i18n/I18n';

/** Settings → Care: the high-risk rule's thresholds and the referral targets (docs/domain/care.md, all "inferred"). */
export function CarePolicyForm() {
  const { t } = useI18n();
  const policy = useOp('getCarePolicy', {});
  if (policy.error) return <ErrorBanner error={policy.error} onRetry={() => void policy.refetch()} />;
  if (!policy.data) return <p>{t('status.loading')}</p>;
  return <CarePolicyEditor policy={policy.data} />;
}

function CarePolicyEditor({ policy }: { policy: CarePolicy }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Record<string, string>>(() => toText(policy));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // Every screen shows reasons by these thresholds: refresh them all after a change.
  const save = useOpMutation('updateCarePolicy', {
    invalidates: 'all',
    onSuccess: (saved) => setDraft(toText(saved)),
    onError: (e) => setIssues(e.issues ?? []),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const typed: FieldIssue[] = [];
    const candidate: Record<string, number> = {};
    for (const name of CARE_POLICY_NUMBERS) {
      const text = (draft[name] ?? '').trim();
      const value = Number(text);
      if (text === '' || !Number.isFinite(value))
        typed.push({ field: name, message: 'v.number', params: { field: `field.${name}` }, severity: 'error' });
      else candidate[name] = value;
    }
    const parsed = carePolicySchema.safeParse(candidate);
    const all = [
      ...typed,
      ...(parsed.success ? [] : toFieldIssues(parsed.error).filter((i) => !typed.some((x) => x.field === i.field))),
    ];
    setIssues(all);
    if (all.length > 0 || !parsed.success) return;
    save.mutate(parsed.data);
  };

  return (
    <section className="page page-narrow settings-section" aria-labelledby="care-policy-title">
      <h1 id="care-policy-title">{t('care.policy_title')}</h1>
      <p className="muted">{t('care.policy_intro')}</p>
      <FormErrors error={save.error && !save.error.issues ? save.error : null} invalid={issues.length > 0} />
      <form onSubmit={onSubmit} noValidate className="form-grid" data-testid="care-policy-form">
        {CARE_POLICY_NUMBERS.map((name) => (
          <Field key={name} name={name} issues={issues}>
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="decimal"
                className="input-short"
                value={draft[name] ?? ''}
                onChange={(e) => {
                  setDraft({ ...draft, [name]: e.target.value });
                  save.reset();
                }}
              />
            )}
          </Field>
        ))}
        <SaveActions status={save.isPending ? 'saving' : save.isSuccess ? 'saved' : 'idle'} savedText={t('care.policy_saved')} />
      </form>
    </section>
  );
}

function toText(policy: CarePolicy): Record<string, string> {
  return Object.fromEntries(Object.entries(policy).map(([k, v]) => [k, String(v)]));
}
