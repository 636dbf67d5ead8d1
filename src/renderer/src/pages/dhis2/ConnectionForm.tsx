import { useState, type FormEvent } from 'react';
import { AUTH_TYPES, dhis2SaveConnectionSchema, ID_SCHEMES, type Dhis2Connection } from '../../../../shared/dhis2';
import type { FieldIssue } from '../../../../shared/errors';
import { toFieldIssues } from '../../../../shared/validation';
import { useOp, useOpMutation } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18n';

const EMPTY: Dhis2Connection = {
  server_url: '',
  auth_type: 'token',
  username: '',
  data_set: '',
  org_unit: '',
  attribute_option_combo: '',
  id_scheme: 'UID',
};
type TextKey = 'server_url' | 'username' | 'data_set' | 'org_unit' | 'attribute_option_combo';

/** The connection to the state's DHIS2 (admin): server, credentials, data set, org unit; and a test. */
export function ConnectionForm() {
  const { t } = useI18n();
  const stored = useOp('dhis2GetConnection', {});
  const view = stored.data;
  const [edits, setEdits] = useState<Partial<Dhis2Connection>>({});
  const draft: Dhis2Connection = { ...EMPTY, ...view?.connection, ...edits };
  const [secret, setSecret] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  // What the Reports screen's DHIS2 panel shows follows the connection.
  const save = useOpMutation('dhis2SaveConnection', {
    invalidates: ['dhis2GetConnection', 'dhis2CheckReport'],
    onSuccess: () => {
      setEdits({});
      setSecret('');
      setIssues([]);
    },
    onError: (e) => setIssues(e.issues ?? []),
  });
  const test = useOpMutation('dhis2TestConnection');
  const info = test.data;
  const error = stored.error ?? (save.error?.issues ? null : save.error) ?? test.error;

  const set = <K extends keyof Dhis2Connection>(key: K, value: Dhis2Connection[K]) => {
    setEdits({ ...edits, [key]: value });
    save.reset();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...draft, ...(secret ? { secret } : {}) };
    const local = dhis2SaveConnectionSchema.safeParse(input);
    if (!local.success) return setIssues(toFieldIssues(local.error));
    test.reset();
    save.mutate(input);
  };

  const text = (name: TextKey, type = 'text') => (
    <Field key={name} name={name} issues={issues}>
      {(props) => (
        <input {...props} type={type} value={draft[name]} onChange={(e) => set(name, e.target.value)} spellCheck={false} />
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="form-grid" aria-label={t('dhis2.settings.title')}>
      {issues.length > 0 && (
        <div className="banner banner-error form-wide" role="alert">
          {t('error.invalid_input')}
        </div>
      )}
      <div className="form-wide">
        <ErrorBanner error={error} />
      </div>
      {text('server_url', 'url')}
      <Field name="auth_type" issues={issues}>
        {(props) => (
          <select
            {...props}
            value={draft.auth_type}
            onChange={(e) => set('auth_type', e.target.value as Dhis2Connection['auth_type'])}
          >
            {AUTH_TYPES.map((code) => (
              <option key={code} value={code}>
                {t(`auth_type.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {draft.auth_type === 'basic' && text('username')}
      <Field
        name="secret"
        issues={issues}
        hint={
          view?.has_secret
            ? t(view.secret_readable ? 'dhis2.settings.secret_stored' : 'dhis2.settings.secret_unreadable')
            : undefined
        }
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
          />
        )}
      </Field>
      {text('data_set')}
      {text('org_unit')}
      {text('attribute_option_combo')}
      <Field name="id_scheme" issues={issues}>
        {(props) => (
          <select
            {...props}
            value={draft.id_scheme}
            onChange={(e) => set('id_scheme', e.target.value as Dhis2Connection['id_scheme'])}
          >
            {ID_SCHEMES.map((code) => (
              <option key={code} value={code}>
                {t(`id_scheme.${code}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('status.saving') : t('action.save')}
        </button>
        <button
          type="button"
          onClick={() => test.mutate({})}
          disabled={!view?.configured || test.isPending}
          data-testid="dhis2-test"
        >
          {t('dhis2.settings.test')}
        </button>
        {save.isSuccess && Object.keys(edits).length === 0 && (
          <span className="ok" role="status">
            {t('dhis2.settings.saved')}
          </span>
        )}
        {info && (
          <span className="ok" role="status" data-testid="dhis2-test-ok">
            {t('dhis2.settings.test_ok', {
              version: info.version,
              tz: info.server_time_zone,
              date: info.server_date.replace('T', ' ').slice(0, 16),
            })}
          </span>
        )}
      </div>
    </form>
  );
}
