import { useState, type ReactNode } from 'react';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import {
  admissionShape,
  crsShape,
  deliveryShape,
  obstetricShape,
  outcomeShape,
  ppfpShape,
  type EpisodeRecord,
} from '../../../../shared/register/schema';
import { useOp } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { issueText } from '../../components/form';
import { MissingList, riskText, StateBadge } from '../../components/register-bits';
import { useFlash } from '../../flash';
import { useI18n } from '../../i18n/I18n';
import {
  BABY_FIELD_KINDS,
  babyLetter,
  EPISODE_FIELD_KINDS,
  REFERRAL_FIELD_KINDS,
  VITALS_FIELD_KINDS,
  type FieldKind,
} from '../../register/fields';
import { formatDateTime, formatValue } from '../../register/format';
import { SlipActions } from '../../components/SlipActions';
import { navigate } from '../../router';
import { History } from './RecordHistory';
import { SectionEditor } from './RecordSectionEditor';
import { ReopenPanel, VoidPanel } from './RecordVoidReopen';

/*
 * One delivery record, everything about it in readable sections: identity, obstetric status, delivery and babies,
 * PPFP, outcome, referral, birth-report details; its warnings and missing fields; editing per section (a
 * correction asks for a reason); the change history; void (with a reason) and reopen.
 */

type SectionId = 'identity' | 'obstetric' | 'ppfp' | 'crs';
const INLINE_SECTIONS: Record<SectionId, readonly string[]> = {
  identity: Object.keys(admissionShape),
  obstetric: Object.keys(obstetricShape),
  ppfp: Object.keys(ppfpShape),
  crs: Object.keys(crsShape),
};
const DELIVERY_NAMES = Object.keys(deliveryShape);
const OUTCOME_NAMES = Object.keys(outcomeShape);
const BABY_SHOWN = Object.keys(BABY_FIELD_KINDS).filter((f) => f !== 'baby_order');
const REFERRAL_SHOWN = Object.keys(REFERRAL_FIELD_KINDS);

export function RecordPage({ id }: { id: number }) {
  const { t } = useI18n();
  const episode = useOp('getEpisode', { id });
  const flash = useFlash();
  const reload = () => void episode.refetch();
  if (episode.error) return <ErrorBanner error={episode.error} onRetry={reload} />;
  if (!episode.data) return <p>{t('status.loading')}</p>;
  return <RecordView detail={episode.data} onReload={reload} flash={flash ? t(flash.key, flash.params) : null} />;
}

function RecordView(props: { detail: EpisodeDetail; onReload: () => void; flash: string | null }) {
  const { t } = useI18n();
  const { detail } = props;
  const r = detail.record;
  const voided = r.void !== null;
  const [editing, setEditing] = useState<SectionId | null>(null);
  const [panel, setPanel] = useState<'void' | 'reopen' | null>(null);
  const [notice, setNotice] = useState<string | null>(props.flash);
  // "Admission more than 90 days ago" is a question for the moment of entry, not about the record: every old
  // record would carry it for ever.
  const warnings = detail.warnings.filter((w) => w.message !== 'v.admission_old');
  /** After a conflict: the stored record again, no form open on the old one. */
  const reload = () => {
    setEditing(null);
    setPanel(null);
    props.onReload();
  };
  // The saves refresh the record through the data layer (RECORD_READS); here only the screen state changes.
  const saved = (_d: EpisodeDetail, message: string) => {
    setEditing(null);
    setPanel(null);
    setNotice(message);
  };

  const section = (sid: SectionId, title: string, names: readonly string[]) => (
    <RecordSection
      id={sid}
      title={title}
      onEdit={!voided && editing === null ? () => setEditing(sid) : undefined}
      editing={editing === sid}
    >
      {editing === sid ? (
        <SectionEditor
          detail={detail}
          names={names}
          onSaved={(d) => saved(d, t('record.section_saved', { section: title }))}
          onCancel={() => setEditing(null)}
          onReload={reload}
        />
      ) : (
        <Values record={r} names={names} kinds={EPISODE_FIELD_KINDS} />
      )}
    </RecordSection>
  );

  return (
    <section className={`page record${voided ? ' record-voided' : ''}`} aria-labelledby="record-title">
      <div className="page-head record-head">
        <div>
          <h1 id="record-title">
            <span className="record-name">{r.mother_name ?? t('value.no_name')}</span>
          </h1>
          <p className="record-meta">
            <span className="serial" data-testid="serial">
              {t('field.serial_no')}: {r.serial_no}
            </span>
            <StateBadge entry={{ record_state: r.record_state, voided, outcome: r.outcome }} />
            {r.ipd_no && (
              <span>
                {t('field.ipd_no')}: {r.ipd_no}
              </span>
            )}
            <span>{formatDateTime(r.admission_at)}</span>
          </p>
        </div>
      </div>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      {voided && r.void && (
        <div className="banner banner-error" data-testid="void-banner">
          {t('record.voided_banner', {
            date: formatDateTime(r.void.at),
            user: r.void.by,
            reason: `void_reason.${r.void.reason_code}`,
            text: r.void.reason_text ?? '',
          })}
        </div>
      )}
      <div className="record-layout">
        <div className="record-main">
          {!voided && (
            <section className="record-section" aria-label={t('slips.title')} data-testid="record-slips">
              <SlipActions episodeId={r.id} />
            </section>
          )}
          {section('identity', t('record.section.identity'), INLINE_SECTIONS.identity)}
          {section('obstetric', t('record.section.obstetric'), INLINE_SECTIONS.obstetric)}
          <RecordSection
            id="delivery"
            title={t('record.section.delivery')}
            onEdit={!voided && r.delivery_at !== null ? () => navigate(`register/record/${r.id}/delivery`) : undefined}
          >
            {!r.delivery_at ? (
              <p className="muted">{t(r.record_state === 'closed' ? 'record.left_undelivered' : 'record.not_delivered')}</p>
            ) : (
              <>
                <Values record={r} names={DELIVERY_NAMES} kinds={EPISODE_FIELD_KINDS} />
                <Babies record={r} />
              </>
            )}
          </RecordSection>
          {section('ppfp', t('record.section.ppfp'), INLINE_SECTIONS.ppfp)}
          <RecordSection
            id="outcome"
            title={t('record.section.outcome')}
            onEdit={!voided && r.record_state === 'closed' ? () => navigate(`register/record/${r.id}/outcome`) : undefined}
          >
            {r.outcome ? (
              <Values record={r} names={OUTCOME_NAMES} kinds={EPISODE_FIELD_KINDS} />
            ) : (
              <p className="muted">{t('record.no_outcome')}</p>
            )}
          </RecordSection>
          {r.referrals.length > 0 && (
            <RecordSection id="referral" title={t('record.section.referral')}>
              {r.referrals.map((ref) => (
                <div key={ref.id} className="referral-block">
                  <p className="muted">
                    {t('record.referral_slip_no', { slip: ref.slip_no })}
                    {ref.baby_order !== null && ` · ${t('baby.label', { letter: babyLetter(ref.baby_order) })}`}
                  </p>
                  <Values
                    record={ref as unknown as Record<string, unknown>}
                    names={REFERRAL_SHOWN}
                    kinds={REFERRAL_FIELD_KINDS}
                  />
                  {ref.vitals && (
                    <>
                      <h4 className="subhead">{t('field.vitals')}</h4>
                      <Values record={ref.vitals} names={Object.keys(VITALS_FIELD_KINDS)} kinds={VITALS_FIELD_KINDS} />
                    </>
                  )}
                  {ref.pre_referral_treatment && ref.pre_referral_treatment.length > 0 && (
                    <>
                      <h4 className="subhead">{t('field.pre_referral_treatment')}</h4>
                      <ul className="plain">
                        {ref.pre_referral_treatment.map((row, i) => (
                          <li key={i}>{[row.drug, row.dose, row.route, formatDateTime(row.at)].filter(Boolean).join(' · ')}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              ))}
            </RecordSection>
          )}
          {section('crs', t('record.section.crs'), INLINE_SECTIONS.crs)}
          <History record={r} />
        </div>
        <aside className="record-side" aria-label={t('record.side')}>
          <div className="side-card">
            <h2>{t('record.next')}</h2>
            {voided && <p className="muted">{t('error.episode_voided')}</p>}
            {!voided && (
              <div className="side-actions">
                {r.record_state !== 'closed' && (
                  <button
                    type="button"
                    className={r.record_state === 'admitted' ? 'primary' : undefined}
                    onClick={() => navigate(`register/record/${r.id}/delivery`)}
                  >
                    {r.record_state === 'admitted' ? t('action.record_delivery') : t('action.edit_delivery')}
                  </button>
                )}
                {r.record_state !== 'closed' && (
                  <button
                    type="button"
                    className={r.record_state === 'delivered' ? 'primary' : undefined}
                    onClick={() => navigate(`register/record/${r.id}/outcome`)}
                  >
                    {t('action.record_outcome')}
                  </button>
                )}
                {r.record_state === 'closed' && (
                  <button
                    type="button"
                    onClick={() => setPanel(panel === 'reopen' ? null : 'reopen')}
                    aria-expanded={panel === 'reopen'}
                  >
                    {t('action.reopen')}
                  </button>
                )}
                <button
                  type="button"
                  className="danger-outline"
                  onClick={() => setPanel(panel === 'void' ? null : 'void')}
                  aria-expanded={panel === 'void'}
                >
                  {t('action.void')}
                </button>
              </div>
            )}
            {panel === 'void' && (
              <VoidPanel
                detail={detail}
                onDone={(d) => saved(d, t('record.voided'))}
                onCancel={() => setPanel(null)}
                onReload={reload}
              />
            )}
            {panel === 'reopen' && (
              <ReopenPanel
                detail={detail}
                onDone={(d) => saved(d, t('record.reopened'))}
                onCancel={() => setPanel(null)}
                onReload={reload}
              />
            )}
          </div>
          {detail.risk_reasons.length > 0 && (
            <div className="side-card side-risk">
              <h2>{t('risk.high')}</h2>
              <ul className="plain">
                {detail.risk_reasons.map((reason) => (
                  <li key={reason}>{riskText(t, reason)}</li>
                ))}
              </ul>
            </div>
          )}
          {warnings.length > 0 && (
            <div className="side-card side-warn" data-testid="record-warnings">
              <h2>{t('record.warnings')}</h2>
              <ul className="plain">
                {warnings.map((w, i) => (
                  <li key={i}>{issueText(t, w)}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="side-card" data-testid="record-missing">
            <h2>{t('record.missing')}</h2>
            <MissingList missing={detail.missing} />
          </div>
          <div className="side-card side-meta">
            <p>{t('record.created', { at: formatDateTime(r.created_at), by: r.created_by })}</p>
            <p>{t('record.updated', { at: formatDateTime(r.updated_at), by: r.updated_by, version: r.version })}</p>
          </div>
        </aside>
      </div>
    </section>
  );
}

function RecordSection(props: { id: string; title: string; onEdit?: () => void; editing?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      className={`record-section${props.editing ? ' editing' : ''}`}
      aria-labelledby={`sec-${props.id}`}
      data-testid={`section-${props.id}`}
    >
      <div className="record-section-head">
        <h2 id={`sec-${props.id}`}>{props.title}</h2>
        {props.onEdit && (
          <button
            type="button"
            className="small"
            onClick={props.onEdit}
            aria-label={t('action.edit_section', { section: props.title })}
          >
            {t('action.edit')}
          </button>
        )}
      </div>
      {props.children}
    </section>
  );
}

/** The filled fields of a part of the record, label and value. */
function Values({
  record,
  names,
  kinds,
}: {
  record: Record<string, unknown>;
  names: readonly string[];
  kinds: Record<string, FieldKind>;
}) {
  const { t } = useI18n();
  const filled = names.filter((n) => record[n] !== null && record[n] !== undefined);
  if (filled.length === 0) return <p className="muted">{t('record.nothing_entered')}</p>;
  return (
    <dl className="values">
      {filled.map((name) => (
        <div key={name} className="value">
          <dt>{t(`field.${name}`)}</dt>
          <dd>{formatValue(t, kinds[name], record[name])}</dd>
        </div>
      ))}
    </dl>
  );
}

function Babies({ record }: { record: EpisodeRecord }) {
  const { t } = useI18n();
  if (record.babies.length === 0) return null;
  return (
    <div className="record-babies">
      {record.babies.map((baby) => (
        <div key={baby.id} className="baby-card baby-view" data-testid={`record-baby-${babyLetter(baby.baby_order)}`}>
          <h3>{t('baby.label', { letter: babyLetter(baby.baby_order) })}</h3>
          <Values record={baby as unknown as Record<string, unknown>} names={BABY_SHOWN} kinds={BABY_FIELD_KINDS} />
        </div>
      ))}
    </div>
  );
}
