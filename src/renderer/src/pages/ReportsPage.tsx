import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FormatSummary } from '../../../shared/hmis/format';
import type { HmisReport, ReportInputsPatch, ReportItem } from '../../../shared/hmis/report';
import { MONTH, nextMonth, previousMonth } from '../../../shared/time';
import { api, transportKind } from '../api/client';
import { Dhis2Panel, reportItemId } from '../components/Dhis2Panel';
import { downloadFiles } from '../components/download';
import { ErrorBanner } from '../components/ErrorText';
import { useMonthReport } from '../components/ReportMonth';
import { useAuth } from '../auth';
import { MonthInput } from '../components/MonthInput';
import { useI18n } from '../i18n/I18n';
import { ChecksPanel } from './reports/ChecksPanel';
import { HmisSettingsPanel } from './reports/HmisSettingsPanel';
import { RowLinks } from './reports/RowLinks';

type Entry = { in_facility: string; outreach: string };

const toNumber = (text: string): number | null => (text.trim() === '' ? null : Number(text));
const validCount = (text: string) => text.trim() === '' || /^\d{1,6}$/.test(text.trim());

/**
 * The monthly HMIS report: pick a month (default: the last complete one), read the figures beside last month's,
 * click a figure to see the register rows it counts, type what the register cannot know, acknowledge warnings,
 * and produce the export set with one button. Submitted months are frozen; later edits show as differences.
 */
export function ReportsPage() {
  const { t, lang } = useI18n();
  const { can } = useAuth();
  const canSignOff = can('report.signoff');
  const [month, setMonth] = useState<string | null>(null);
  const [formatId, setFormatId] = useState<string | null>(null);
  const [report, setReport] = useState<HmisReport | null>(null);
  const [formats, setFormats] = useState<FormatSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [explainNo, setExplainNo] = useState<string | null>(null);
  const [override, setOverride] = useState<{ item: ReportItem; value: string; reason: string } | null>(null);
  const [busy, setBusy] = useState<'export' | 'save' | 'submit' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const [reopenReason, setReopenReason] = useState<string | null>(null);

  const show = useCallback((next: HmisReport) => {
    setReport(next);
    setMonth(next.month);
    setEntries(
      Object.fromEntries(
        next.items
          .filter((i) => i.source === 'manual')
          .map((i) => [
            i.item_no,
            { in_facility: i.value === null ? '' : String(i.value), outreach: i.outreach === null ? '' : String(i.outreach) },
          ]),
      ),
    );
  }, []);

  const load = useCallback(
    async (m: string | null, f: string | null) => {
      setError(null);
      try {
        show(await api.getHmisReport({ ...(m ? { month: m } : {}), ...(f ? { format_id: f } : {}) }));
      } catch (e) {
        setError(e);
      }
    },
    [show],
  );

  useEffect(() => {
    // First visit: the service picks the last complete month and the format the settings give for it.
    api.getHmisReport({}).then(show, setError);
    api.hmisFormats({}).then(setFormats, setError);
  }, [show]);

  const goTo = (m: string, f: string | null = formatId) => {
    if (!MONTH.test(m)) return;
    setMessage(null);
    setExplainNo(null);
    setMonth(m);
    void load(m, f);
  };

  const sections = useMemo(() => {
    const groups: { section: string; items: ReportItem[] }[] = [];
    for (const item of report?.items ?? []) {
      const last = groups.at(-1);
      if (last?.section === item.section) last.items.push(item);
      else groups.push({ section: item.section, items: [item] });
    }
    return groups;
  }, [report]);

  if (!report) {
    return (
      <section className="page">
        <h1>{t('hmis.title')}</h1>
        <ErrorBanner error={error} onRetry={() => void load(month, formatId)} />
        {!error && <p>{t('status.loading')}</p>}
      </section>
    );
  }

  const frozen = report.status === 'submitted';
  const explain = report.items.find((i) => i.item_no === explainNo) ?? null;
  const hasOutreach = report.format.value_columns.includes('outreach');
  const dirty = report.items.some((i) => {
    const e = entries[i.item_no];
    return i.source === 'manual' && e && (toNumber(e.in_facility) !== i.value || toNumber(e.outreach) !== i.outreach);
  });
  const entriesValid = Object.values(entries).every((e) => validCount(e.in_facility) && validCount(e.outreach));

  const save = async (patch: ReportInputsPatch) => {
    setBusy('save');
    setError(null);
    try {
      show(await api.saveHmisInputs({ month: report.month, format_id: report.format.id, version: report.version, patch }));
      setMessage(t('hmis.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const saveEntries = () => {
    const manual: NonNullable<ReportInputsPatch['manual']> = {};
    for (const item of report.items) {
      const e = entries[item.item_no];
      if (item.source !== 'manual' || !e) continue;
      const next = { in_facility: toNumber(e.in_facility), outreach: toNumber(e.outreach) };
      if (next.in_facility !== item.value || next.outreach !== item.outreach)
        manual[item.item_no] = next.in_facility === null && next.outreach === null ? null : next;
    }
    return save({ manual });
  };

  const exportSet = async () => {
    setBusy('export');
    setError(null);
    setMessage(null);
    try {
      const result = await api.exportHmisReport({
        month: report.month,
        format_id: report.format.id,
        final: report.finalisable,
        destination: transportKind === 'ipc' ? 'folder' : 'download',
      });
      show(result.report);
      if (result.cancelled) setMessage(t('hmis.error.export_cancelled'));
      else if (result.folder) setMessage(t('hmis.exported_folder', { count: result.files.length, folder: result.folder }));
      else setMessage(t('hmis.exported_download', { count: downloadFiles(result.files) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    setBusy('submit');
    setError(null);
    try {
      show(await api.submitHmisReport({ month: report.month, format_id: report.format.id, version: report.version }));
      setConfirmSubmit(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const reopen = async () => {
    if (!reopenReason || reopenReason.trim().length < 3) return;
    setBusy('submit');
    setError(null);
    try {
      show(
        await api.reopenHmisReport({
          month: report.month,
          format_id: report.format.id,
          version: report.version,
          reason: reopenReason.trim(),
        }),
      );
      setReopenReason(null);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const wording = (item: ReportItem) => (lang === 'hi' && item.wording_hi ? item.wording_hi : item.wording_en);

  return (
    <section className="page reports">
      <header className="report-head">
        <div>
          <h1>{t('hmis.title')}</h1>
          <p className="muted">
            {report.header.hospital_name} · {t(`hmis.month_name.${report.month.slice(5, 7)}`)} {report.month.slice(0, 4)} ·{' '}
            {t('hmis.due', { date: report.due_date.split('-').reverse().join('-') })}
          </p>
        </div>
        <div className="report-controls">
          <button
            type="button"
            onClick={() => goTo(previousMonth(report.month))}
            aria-label={t('hmis.previous_month')}
            title={t('hmis.previous_month')}
          >
            ◀
          </button>
          <label className="inline-field">
            <span>{t('hmis.month')}</span>
            <MonthInput value={month ?? report.month} onChange={goTo} data-testid="report-month" />
          </label>
          <button
            type="button"
            onClick={() => goTo(nextMonth(report.month))}
            aria-label={t('hmis.next_month')}
            title={t('hmis.next_month')}
          >
            ▶
          </button>
          <label className="inline-field">
            <span>{t('hmis.format')}</span>
            <select
              value={report.format.id}
              onChange={(e) => {
                setFormatId(e.target.value);
                goTo(report.month, e.target.value);
              }}
            >
              {formats.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.id} — {f.title[lang]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {report.format.id !== report.settings_format_id && (
        <p className="field-warning">{t('hmis.format_settings_hint', { id: report.settings_format_id })}</p>
      )}

      <ErrorBanner error={error} />
      {frozen && (
        <div className="banner banner-ok" role="status">
          <span>
            {t('hmis.submitted', {
              at: report.submitted_at?.slice(0, 16).replace('T', ' ') ?? '',
              by: report.submitted_by ?? '',
            })}
          </span>
          {!canSignOff ? null : reopenReason === null ? (
            <button type="button" onClick={() => setReopenReason('')}>
              {t('hmis.reopen')}
            </button>
          ) : (
            <form
              className="ack-form"
              onSubmit={(e) => {
                e.preventDefault();
                void reopen();
              }}
            >
              <input
                type="text"
                value={reopenReason}
                placeholder={t('hmis.reopen_reason')}
                aria-label={t('hmis.reopen_reason')}
                onChange={(e) => setReopenReason(e.target.value)}
              />
              <button type="submit" disabled={reopenReason.trim().length < 3 || busy !== null}>
                {t('hmis.reopen')}
              </button>
              <button type="button" onClick={() => setReopenReason(null)}>
                {t('action.cancel')}
              </button>
            </form>
          )}
        </div>
      )}
      {report.changes && (report.changes.records_changed || report.changes.items.length > 0) && (
        <div className="banner banner-warn changed" role="alert" data-testid="changed-banner">
          <div>
            <strong>{t('hmis.changed.title')}</strong>
            <p>{report.changes.items.length > 0 ? t('hmis.changed.records') : t('hmis.changed.same_figures')}</p>
            {report.changes.items.length > 0 && (
              <table className="diff">
                <thead>
                  <tr>
                    <th>{t('hmis.col.item_no')}</th>
                    <th>{t('hmis.changed.submitted')}</th>
                    <th>{t('hmis.changed.current')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.changes.items.map((d) => (
                    <tr key={d.item_no}>
                      <td>{d.item_no}</td>
                      <td className="num">{d.submitted ?? '—'}</td>
                      <td className="num">{d.current ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        </div>
      )}

      <div className="report-actions">
        <button
          type="button"
          className="primary big"
          onClick={() => void exportSet()}
          disabled={busy !== null}
          data-testid="export-set"
        >
          {busy === 'export' ? t('status.loading') : report.finalisable ? t('hmis.export') : t('hmis.export_draft')}
        </button>
        <span className="muted">{report.finalisable ? t('hmis.export.hint_final') : t('hmis.export.hint_draft')}</span>
        {canSignOff && !frozen && report.finalisable && !confirmSubmit && (
          <button type="button" onClick={() => setConfirmSubmit(true)} disabled={busy !== null}>
            {t('hmis.submit')}
          </button>
        )}
        {confirmSubmit && (
          <span className="confirm">
            {t('hmis.submit_confirm')}{' '}
            <button type="button" className="primary" onClick={() => void submit()} disabled={busy !== null}>
              {t('hmis.submit')}
            </button>{' '}
            <button type="button" onClick={() => setConfirmSubmit(false)}>
              {t('action.cancel')}
            </button>
          </span>
        )}
        {message && (
          <span className="ok" role="status">
            {message}
          </span>
        )}
        {report.final_exported_at && !frozen && (
          <span className="muted">
            {t('hmis.final_exported', { at: report.final_exported_at.slice(0, 16).replace('T', ' ') })}
          </span>
        )}
      </div>

      <div className="report-body">
        <div className="report-table-wrap">
          <table className="report-table">
            <thead>
              <tr>
                <th>{t('hmis.col.item_no')}</th>
                <th>{t('hmis.col.item')}</th>
                <th className="num">{hasOutreach ? t('hmis.col.value') : t('hmis.col.value_single')}</th>
                {hasOutreach && <th className="num">{t('hmis.col.outreach')}</th>}
                <th className="num">{t('hmis.col.previous')}</th>
                <th>{t('hmis.col.source')}</th>
              </tr>
            </thead>
            {sections.map(({ section, items }) => (
              <tbody key={section}>
                <tr className="section-row">
                  <th colSpan={hasOutreach ? 6 : 5}>{section}</th>
                </tr>
                {items.map((item) => {
                  const entry = entries[item.item_no];
                  const manual = item.source === 'manual';
                  return (
                    <tr
                      key={item.item_no}
                      // The DHIS2 panel's refusals link to their item's row (reportItemId).
                      id={reportItemId(item.item_no)}
                      tabIndex={-1}
                      className={`${item.parent ? 'child' : ''} ${explainNo === item.item_no ? 'selected' : ''}`}
                      data-item={item.item_no}
                    >
                      <td className="item-no">{item.item_no}</td>
                      <td className="wording">
                        <span>{wording(item)}</span>
                        {lang === 'hi' && item.wording_hi && <span className="muted small">{item.wording_en}</span>}
                      </td>
                      <td className="num">
                        {manual && !frozen && entry ? (
                          <input
                            className={`count${validCount(entry.in_facility) ? '' : ' invalid'}`}
                            inputMode="numeric"
                            value={entry.in_facility}
                            placeholder={t('hmis.enter_by_hand')}
                            aria-label={`${item.item_no} ${t('hmis.col.value')}`}
                            onChange={(e) =>
                              setEntries({ ...entries, [item.item_no]: { ...entry, in_facility: e.target.value } })
                            }
                          />
                        ) : (
                          <button
                            type="button"
                            className="figure"
                            onClick={() => setExplainNo(explainNo === item.item_no ? null : item.item_no)}
                            aria-label={t('hmis.explain.show', { item: item.item_no })}
                            data-testid={`figure-${item.item_no}`}
                          >
                            {item.value ?? '—'}
                          </button>
                        )}
                      </td>
                      {hasOutreach && (
                        <td className="num">
                          {manual && !frozen && entry ? (
                            <input
                              className={`count${validCount(entry.outreach) ? '' : ' invalid'}`}
                              inputMode="numeric"
                              value={entry.outreach}
                              aria-label={`${item.item_no} ${t('hmis.col.outreach')}`}
                              onChange={(e) => setEntries({ ...entries, [item.item_no]: { ...entry, outreach: e.target.value } })}
                            />
                          ) : (
                            <span className="muted">{item.outreach ?? ''}</span>
                          )}
                        </td>
                      )}
                      <td className="num muted">{item.previous_value ?? '—'}</td>
                      <td>
                        <span className={`badge badge-${item.source}`}>{t(`hmis.source.${item.source}`)}</span>
                        {item.overridable && !frozen && (
                          <button
                            type="button"
                            className="link"
                            onClick={() =>
                              setOverride({ item, value: String(item.value ?? ''), reason: item.override_reason ?? '' })
                            }
                          >
                            {t('hmis.override')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
          {!frozen && (
            <div className="report-actions sticky">
              <button
                type="button"
                className="primary"
                disabled={!dirty || !entriesValid || busy !== null}
                onClick={() => void saveEntries()}
              >
                {busy === 'save' ? t('status.saving') : t('hmis.save')}
              </button>
              <span className="muted">{t('hmis.wording_ours')}</span>
            </div>
          )}
        </div>

        <aside className="report-side">
          {override && (
            <form
              className="panel"
              onSubmit={(e) => {
                e.preventDefault();
                const value = toNumber(override.value);
                if (value === null || !validCount(override.value) || override.reason.trim().length < 3) return;
                void save({ overrides: { [override.item.item_no]: { value, reason: override.reason.trim() } } }).then(() =>
                  setOverride(null),
                );
              }}
            >
              <h2>
                {override.item.item_no} · {t('hmis.override')}
              </h2>
              <p className="muted">{t('hmis.override.computed', { value: override.item.computed_value ?? 0 })}</p>
              <label className="field">
                <span>{t('hmis.override.value')}</span>
                <input
                  inputMode="numeric"
                  value={override.value}
                  onChange={(e) => setOverride({ ...override, value: e.target.value })}
                />
              </label>
              <label className="field">
                <span>{t('hmis.override.reason')}</span>
                <input
                  type="text"
                  value={override.reason}
                  onChange={(e) => setOverride({ ...override, reason: e.target.value })}
                />
              </label>
              <div className="form-actions">
                <button type="submit" className="primary" disabled={busy !== null}>
                  {t('action.save')}
                </button>
                {override.item.source === 'override' && (
                  <button
                    type="button"
                    onClick={() => void save({ overrides: { [override.item.item_no]: null } }).then(() => setOverride(null))}
                  >
                    {t('hmis.override.remove')}
                  </button>
                )}
                <button type="button" onClick={() => setOverride(null)}>
                  {t('action.cancel')}
                </button>
              </div>
            </form>
          )}
          {explain && (
            <div className="panel" data-testid="explain">
              <h2>{t('hmis.explain.title', { item: explain.item_no, count: explain.value ?? 0 })}</h2>
              <p className="muted small">{wording(explain)}</p>
              {explain.source === 'manual' ? (
                <p>{t('hmis.explain.manual')}</p>
              ) : (
                <RowLinks report={report} episodeIds={explain.episode_ids} babyIds={explain.baby_ids} />
              )}
              {/* Format notes are English data (hmis.md's rules); the Hindi screen shows the wording only. */}
              {explain.notes && lang === 'en' && <p className="muted small">{explain.notes}</p>}
              <button type="button" onClick={() => setExplainNo(null)}>
                {t('hmis.explain.close')}
              </button>
            </div>
          )}
          <ChecksPanel
            report={report}
            frozen={frozen}
            onAcknowledge={(key, note) => save({ acknowledgements: { [key]: note } })}
          />
        </aside>
      </div>

      <Dhis2Section month={report.month} revision={`${report.version}:${report.status}`} />

      {/* Sign-off is the doctor's or the admin's; the report's rules are the admin's (the service checks both). */}
      {can('admin') && (
        <details className="panel settings-panel">
          <summary>{t('hmis.settings.title')}</summary>
          <HmisSettingsPanel formats={formats} onSaved={() => void load(report.month, formatId)} />
        </details>
      )}
    </section>
  );
}

/**
 * Where the state takes HMIS through DHIS2: the month's figures as the push sends them (the report's, reloaded when a
 * saved entry or a submission changes it) and the DHIS2 panel to check, dry-run and push them.
 */
function Dhis2Section({ month, revision }: { month: string; revision: string }) {
  const { t } = useI18n();
  const { data, error } = useMonthReport(month, revision);
  return (
    <>
      <ErrorBanner error={error} />
      {data && !data.report && <div className="banner banner-warn">{t('dhis2.panel.no_report', { month })}</div>}
      {data?.report && <Dhis2Panel report={data.report} />}
    </>
  );
}
