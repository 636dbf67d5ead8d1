import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import type { MappingView } from '../../../shared/contract/dhis2';
import {
  AUTH_TYPES,
  blankMappingRow,
  dhis2SaveConnectionSchema,
  ID_SCHEMES,
  type Dhis2Connection,
  type Dhis2ConnectionView,
  type MappingRow,
  type ServerInfo,
  type StoredMappingRow,
} from '../../../shared/dhis2';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { MONTH_PATTERN, type ReportItemValue } from '../../../shared/report-values';
import { toFieldIssues } from '../../../shared/validation';
import { api } from '../api/client';
import { downloadText } from '../components/download';
import { ErrorBanner } from '../components/ErrorText';
import { Field } from '../components/Field';
import { previousMonth, useMonthReport } from '../components/ReportMonth';
import { MonthInput } from '../components/MonthInput';
import { useWhen } from '../components/when';
import { formatMonth } from '../../../shared/i18n/dates';
import { useI18n } from '../i18n/I18n';

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

/** Settings → DHIS2: the connection (admin) and the item mapping. */
export function Dhis2SettingsPage() {
  const { t } = useI18n();
  return (
    <section className="page page-wide">
      <h1>{t('dhis2.settings.title')}</h1>
      <p className="muted">{t('dhis2.settings.intro')}</p>
      <ConnectionForm />
      <MappingEditor />
    </section>
  );
}

function ConnectionForm() {
  const { t } = useI18n();
  const [view, setView] = useState<Dhis2ConnectionView | null>(null);
  const [draft, setDraft] = useState<Dhis2Connection>(EMPTY);
  const [secret, setSecret] = useState('');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'testing'>('idle');
  const [info, setInfo] = useState<ServerInfo | null>(null);

  useEffect(() => {
    api.dhis2GetConnection({}).then((v) => {
      setView(v);
      if (v.connection) setDraft(v.connection);
    }, setError);
  }, []);

  const set = <K extends keyof Dhis2Connection>(key: K, value: Dhis2Connection[K]) => {
    setDraft({ ...draft, [key]: value });
    setState('idle');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...draft, ...(secret ? { secret } : {}) };
    const local = dhis2SaveConnectionSchema.safeParse(input);
    if (!local.success) {
      setIssues(toFieldIssues(local.error));
      return;
    }
    setState('saving');
    setError(null);
    setInfo(null);
    try {
      const saved = await api.dhis2SaveConnection(input);
      setView(saved);
      if (saved.connection) setDraft(saved.connection);
      setSecret('');
      setIssues([]);
      setState('saved');
    } catch (e) {
      setState('idle');
      if (e instanceof AppError && e.issues) setIssues(e.issues);
      else setError(e);
    }
  };

  const test = async () => {
    setState('testing');
    setError(null);
    setInfo(null);
    try {
      setInfo(await api.dhis2TestConnection({}));
    } catch (e) {
      setError(e);
    } finally {
      setState('idle');
    }
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
        <button type="submit" className="primary" disabled={state === 'saving'}>
          {state === 'saving' ? t('status.saving') : t('action.save')}
        </button>
        <button type="button" onClick={test} disabled={!view?.configured || state === 'testing'} data-testid="dhis2-test">
          {t('dhis2.settings.test')}
        </button>
        {state === 'saved' && (
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

type Item = Omit<ReportItemValue, 'value'>;

function MappingEditor() {
  const { t, lang } = useI18n();
  const when = useWhen();
  const [month, setMonth] = useState(previousMonth);
  const { data } = useMonthReport(MONTH_PATTERN.test(month) ? month : previousMonth());
  const [formatId, setFormatId] = useState('');
  const [view, setView] = useState<MappingView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [csvIssues, setCsvIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const report = data?.report ?? null;
  const format = report?.format_id ?? formatId;

  const load = useCallback(() => {
    if (!format) return;
    api.dhis2GetMapping({ format_id: format }).then(setView, setError);
  }, [format]);
  useEffect(load, [load]);

  const items: Item[] = report
    ? report.items.map(({ value: _v, ...item }) => item)
    : (view?.rows ?? []).map((row) => ({ item_no: row.item_no }));

  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice('');
    setCsvIssues([]);
    try {
      await action();
    } catch (e) {
      if (e instanceof AppError && e.issues?.some((i) => i.field.startsWith('csv'))) setCsvIssues(e.issues);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const match = () =>
    act(async () => {
      const result = await api.dhis2MatchMapping({ format_id: format, items });
      setView(result);
      setNotice(t('dhis2.mapping.matched', { matched: result.matched.length, unmatched: result.unmatched.length }));
    });

  const importCsv = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void act(async () => {
      const result = await api.dhis2ImportMappingCsv({ format_id: format, csv: await file.text() });
      setView(result);
      setNotice(t('dhis2.mapping.imported', { count: result.imported }));
    });
  };

  const exportCsv = () =>
    act(async () => {
      const file = await api.dhis2ExportMappingCsv({ format_id: format });
      downloadText(file.file_name, file.csv, 'text/csv');
    });

  const saveRow = (row: MappingRow) =>
    act(async () => {
      setView(await api.dhis2SaveMappingRow({ format_id: format, row }));
      setNotice(t('dhis2.mapping.row_saved', { item: row.item_no }));
    });

  const stored = new Map((view?.rows ?? []).map((r) => [r.item_no, r]));
  const metadata = view?.metadata ?? null;

  return (
    <div className="mapping" data-testid="dhis2-mapping">
      <h2>{t('dhis2.mapping.title')}</h2>
      <p className="muted">{t('dhis2.mapping.intro')}</p>
      <div className="actions">
        <label className="inline-field">
          <span>{t('field.month')}</span>
          <MonthInput value={month} onChange={setMonth} />
        </label>
        {!report && (
          <label className="inline-field">
            <span>{t('field.format_id')}</span>
            <input
              value={formatId}
              onChange={(e) => setFormatId(e.target.value.trim())}
              placeholder="hmis-2022-sb3"
              spellCheck={false}
            />
          </label>
        )}
        <button type="button" onClick={match} disabled={busy || !report} data-testid="dhis2-match">
          {t('dhis2.mapping.match')}
        </button>
        <label className={`button${!format ? ' disabled' : ''}`}>
          {t('dhis2.mapping.import_csv')}
          <input type="file" accept=".csv,text/csv" onChange={importCsv} disabled={busy || !format} className="visually-hidden" />
        </label>
        <button type="button" onClick={exportCsv} disabled={busy || !format}>
          {t('dhis2.mapping.export_csv')}
        </button>
      </div>
      <p className="muted">
        {report ? t('dhis2.mapping.items_from', { month: formatMonth(lang, report.month) }) : t('dhis2.mapping.no_items')}
        {' · '}
        {metadata
          ? t('dhis2.mapping.metadata', {
              name: metadata.data_set_name,
              when: when(metadata.fetched_at),
              version: metadata.server_version,
            })
          : t('dhis2.mapping.no_metadata')}
      </p>
      <ErrorBanner error={error} />
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {csvIssues.length > 0 && (
        <div className="banner banner-error" role="alert" data-testid="dhis2-csv-issues">
          <div>
            <p>{t('dhis2.mapping.csv_problems')}</p>
            <ul>
              {csvIssues.map((issue, i) => (
                <li key={i}>{t(issue.message, issue.params)}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {items.length > 0 && (
        <table className="grid mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('field.item_no')}</th>
              <th scope="col">{t('dhis2.mapping.col_wording')}</th>
              <th scope="col">{t('dhis2.mapping.col_status')}</th>
              <th scope="col">{t('field.data_element')}</th>
              <th scope="col">{t('field.category_option_combo')}</th>
              <th scope="col">{t('field.excluded')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <MappingRowEditor
                key={`${item.item_no}:${stored.get(item.item_no)?.updated_at ?? ''}`}
                item={item}
                stored={stored.get(item.item_no) ?? null}
                elements={metadata?.elements ?? []}
                onSave={saveRow}
                busy={busy}
              />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function MappingRowEditor({
  item,
  stored,
  elements,
  onSave,
  busy,
}: {
  item: Item;
  stored: StoredMappingRow | null;
  elements: NonNullable<MappingView['metadata']>['elements'];
  onSave: (row: MappingRow) => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const [row, setRow] = useState<MappingRow>(() => {
    if (!stored) return blankMappingRow(item.item_no);
    const { source: _s, updated_at: _u, ...rest } = stored;
    return rest;
  });
  const element = elements.find((e) => e.id === row.data_element);
  const status = !stored ? 'unmapped' : stored.excluded ? 'excluded' : 'mapped';
  const label = `${item.item_no} ${item.wording ?? ''}`.trim();

  const chooseElement = (id: string) => {
    const de = elements.find((e) => e.id === id);
    const only = de?.category_option_combos.length === 1 ? de.category_option_combos[0] : undefined;
    setRow({
      ...row,
      data_element: id,
      data_element_code: de?.code ?? '',
      data_element_name: de?.name ?? '',
      category_option_combo: only?.id ?? '',
      category_option_combo_code: only?.code ?? '',
      category_option_combo_name: only?.name ?? '',
    });
  };
  const chooseCombo = (id: string) => {
    const coc = element?.category_option_combos.find((c) => c.id === id);
    setRow({
      ...row,
      category_option_combo: id,
      category_option_combo_code: coc?.code ?? '',
      category_option_combo_name: coc?.name ?? '',
    });
  };

  return (
    <tr className={`mapping-${status}`}>
      <td>{item.item_no}</td>
      <td className="wording">{item.wording}</td>
      <td>
        <span className={`pill pill-${status}`}>{t(`dhis2.mapping.status_${status}`)}</span>
      </td>
      <td>
        {elements.length > 0 ? (
          <select
            aria-label={`${t('field.data_element')}: ${label}`}
            value={row.data_element}
            disabled={row.excluded}
            onChange={(e) => chooseElement(e.target.value)}
          >
            <option value="">{t('dhis2.mapping.choose')}</option>
            {elements.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.code || e.id})
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={`${t('field.data_element')}: ${label}`}
            value={row.data_element}
            disabled={row.excluded}
            onChange={(e) => setRow({ ...row, data_element: e.target.value.trim() })}
            spellCheck={false}
          />
        )}
      </td>
      <td>
        {element ? (
          <select
            aria-label={`${t('field.category_option_combo')}: ${label}`}
            value={row.category_option_combo}
            disabled={row.excluded}
            onChange={(e) => chooseCombo(e.target.value)}
          >
            {element.category_option_combos.length > 1 && <option value="">{t('dhis2.mapping.choose')}</option>}
            {element.category_option_combos.map((c) => (
              <option key={c.id} value={c.id}>
                {element.category_option_combos.length === 1 ? t('dhis2.mapping.default_combo') : c.name}
              </option>
            ))}
          </select>
        ) : (
          <input
            aria-label={`${t('field.category_option_combo')}: ${label}`}
            value={row.category_option_combo}
            disabled={row.excluded}
            onChange={(e) => setRow({ ...row, category_option_combo: e.target.value.trim() })}
            spellCheck={false}
          />
        )}
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={`${t('field.excluded')}: ${label}`}
          checked={row.excluded}
          onChange={(e) => setRow({ ...row, excluded: e.target.checked })}
        />
      </td>
      <td>
        <button type="button" disabled={busy || (!row.excluded && !row.data_element)} onClick={() => onSave(row)}>
          {t('dhis2.mapping.save_row')}
        </button>
      </td>
    </tr>
  );
}
