import { useState } from 'react';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import {
  admissionShape,
  crsShape,
  deliveryShape,
  obstetricShape,
  outcomeShape,
  ppfpShape,
} from '../../../../shared/register/schema';
import { useOp } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { useCanOp } from '../../components/Permitted';
import { StateBadge } from '../../components/register-bits';
import { ReferralTracks } from './ReferralTracking';
import { useFlash } from '../../flash';
import { useI18n } from '../../i18n/I18n';
import { EPISODE_FIELD_KINDS } from '../../register/fields';
import { formatDateTime } from '../../register/format';
import { SlipActions } from '../../components/SlipActions';
import { navigate } from '../../router';
import { History } from './RecordHistory';
import { Babies, RecordSection, ReferralValues, Values } from './RecordParts';
import { RecordSide, type RecordPanel } from './RecordSide';
import { SectionEditor } from './RecordSectionEditor';

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

export function RecordPage({ id }: { id: number }) {
  const { t, tx } = useI18n();
  const episode = useOp('getEpisode', { id });
  const flash = useFlash();
  const reload = () => void episode.refetch();
  if (episode.error) return <ErrorBanner error={episode.error} onRetry={reload} />;
  if (!episode.data) return <p>{t('status.loading')}</p>;
  return <RecordView detail={episode.data} onReload={reload} flash={flash ? tx(flash.key, flash.params) : null} />;
}

function RecordView(props: { detail: EpisodeDetail; onReload: () => void; flash: string | null }) {
  const { t } = useI18n();
  const { detail } = props;
  const r = detail.record;
  const voided = r.void !== null;
  const canOp = useCanOp();
  const [editing, setEditing] = useState<SectionId | null>(null);
  const [panel, setPanel] = useState<RecordPanel>(null);
  const [notice, setNotice] = useState<string | null>(props.flash);
  /** After a conflict: the stored record again, no form open on the old one. */
  const reload = () => {
    setEditing(null);
    setPanel(null);
    props.onReload();
  };
  // The saves refresh the record through the data layer (RECORD_READS); here only the screen state changes. A save
  // closes every form of the record: one left open would go on from the record as it was when it opened (a whole
  // section's entries against a newer version). What was typed in it stays as its draft, restored when it is opened
  // again, with the warning that the record changed since.
  const saved = (message: string) => {
    setEditing(null);
    setPanel(null);
    setNotice(message);
  };

  const section = (sid: SectionId, title: string, names: readonly string[]) => (
    <RecordSection
      id={sid}
      title={title}
      onEdit={!voided && editing === null && canOp('updateEpisode') ? () => setEditing(sid) : undefined}
      editing={editing === sid}
    >
      {editing === sid ? (
        <SectionEditor
          detail={detail}
          section={sid}
          names={names}
          onSaved={() => saved(t('record.section_saved', { section: title }))}
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
            onEdit={
              !voided && r.delivery_at !== null && canOp('recordDelivery')
                ? () => navigate(`register/record/${r.id}/delivery`)
                : undefined
            }
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
            onEdit={
              !voided && r.record_state === 'closed' && canOp('recordOutcome')
                ? () => navigate(`register/record/${r.id}/outcome`)
                : undefined
            }
          >
            {r.outcome ? (
              <Values record={r} names={OUTCOME_NAMES} kinds={EPISODE_FIELD_KINDS} />
            ) : (
              <p className="muted">{t('record.no_outcome')}</p>
            )}
          </RecordSection>
          {r.referrals.length > 0 && (
            <RecordSection id="referral" title={t('record.section.referral')}>
              <ReferralValues referrals={r.referrals} />
              <ReferralTracks episodeId={r.id} voided={voided} closed={r.record_state === 'closed'} />
            </RecordSection>
          )}
          {section('crs', t('record.section.crs'), INLINE_SECTIONS.crs)}
          <History record={r} />
        </div>
        <RecordSide detail={detail} panel={panel} onPanel={setPanel} onDone={saved} onReload={reload} />
      </div>
    </section>
  );
}
