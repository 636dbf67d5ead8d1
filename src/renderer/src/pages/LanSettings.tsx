import { useState } from 'react';
import { lanSettingsSchema, type LanSettings } from '../../../shared/lan';
import { useOp, useOpMutation } from '../api/query';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { useForm } from '../components/useForm';
import { useI18n } from '../i18n/I18n';

/** Admin: LAN mode on or off, the address and port, and the address to open on the labour-room PC. */
export function LanSettingsForm() {
  const { t, tx } = useI18n();
  const lan = useOp('getLanStatus', {});
  const [edits, setEdits] = useState<Partial<LanSettings>>({});
  const save = useOpMutation('updateLanSettings', { invalidates: ['getLanStatus'], onSuccess: () => setEdits({}) });
  const form = useForm(lanSettingsSchema, async (value) => void (await save.mutateAsync(value)));
  const status = lan.data;
  if (!status) return <ErrorBanner error={lan.error} />;
  const draft: LanSettings = { ...status.settings, ...edits };
  const setDraft = (next: LanSettings) => setEdits(next);
  const choices = draft.host && !status.addresses.includes(draft.host) ? [draft.host, ...status.addresses] : status.addresses;
  return (
    <section className="page page-narrow">
      <h2>{t('lan.title')}</h2>
      <p className="muted">{t('lan.intro')}</p>
      <ErrorBanner error={form.error} />
      <div className={`banner ${status.running ? 'banner-ok' : 'banner-warn'}`} role="status" data-testid="lan-status">
        {!status.available
          ? t('lan.unavailable')
          : status.running && status.url
            ? t('lan.open_at', { url: status.url })
            : tx(status.problem ?? 'lan.off')}
      </div>
      {status.running && status.fingerprint && (
        <p data-testid="lan-fingerprint">
          {t('lan.fingerprint_admin')} <code className="fingerprint">{status.fingerprint}</code>
        </p>
      )}
      <form className="form-grid" noValidate onSubmit={(e) => void form.onSubmit(e, draft)} data-testid="lan-settings">
        <Field name="enabled" issues={form.issues}>
          {(props) => (
            <select
              {...props}
              value={draft.enabled ? 'on' : 'off'}
              onChange={(e) => setDraft({ ...draft, enabled: e.target.value === 'on' })}
            >
              <option value="off">{t('lan.choice_off')}</option>
              <option value="on">{t('lan.choice_on')}</option>
            </select>
          )}
        </Field>
        <Field name="host" issues={form.issues}>
          {(props) => (
            <select {...props} value={draft.host} onChange={(e) => setDraft({ ...draft, host: e.target.value })}>
              <option value="">—</option>
              {choices.map((address) => (
                <option key={address} value={address}>
                  {address}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="port" issues={form.issues}>
          {(props) => (
            <input
              {...props}
              type="number"
              value={Number.isNaN(draft.port) ? '' : draft.port}
              onChange={(e) => setDraft({ ...draft, port: e.target.valueAsNumber })}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={form.busy}>
            {t('action.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
