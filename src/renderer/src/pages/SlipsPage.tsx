import { useOp } from '../api/query';
import { ErrorBanner } from '../components/ErrorText';
import { SlipActions } from '../components/SlipActions';
import { useI18n } from '../i18n/I18n';

/** `#/slips/<episode id>`: a record's slips on their own (the Record and Outcome screens embed SlipActions). */
export function SlipsPage({ episodeId }: { episodeId: number }) {
  const { t } = useI18n();
  const valid = Number.isInteger(episodeId) && episodeId > 0;
  const { data: detail, error } = useOp('getEpisode', { id: episodeId }, { enabled: valid });
  return (
    <section className="page">
      <h1>{t('slips.title')}</h1>
      <ErrorBanner error={error} />
      {detail && (
        <p className="muted">{t('slips.record', { serial: detail.record.serial_no, name: detail.record.mother_name ?? '' })}</p>
      )}
      {valid && <SlipActions episodeId={episodeId} />}
    </section>
  );
}
