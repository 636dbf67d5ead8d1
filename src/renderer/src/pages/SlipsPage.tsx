import { useEffect, useState } from 'react';
import type { EpisodeDetail } from '../../../shared/contract/register';
import { api } from '../api/client';
import { ErrorBanner } from '../components/ErrorText';
import { SlipActions } from '../components/SlipActions';
import { useI18n } from '../i18n/I18n';

/** `#/slips/<episode id>`: a record's slips on their own (the Record and Outcome screens embed SlipActions). */
export function SlipsPage({ episodeId }: { episodeId: number }) {
  const { t } = useI18n();
  const [detail, setDetail] = useState<EpisodeDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.getEpisode({ id: episodeId }).then(setDetail, setError);
  }, [episodeId]);
  return (
    <section className="page">
      <h1>{t('slips.title')}</h1>
      <ErrorBanner error={error} />
      {detail && (
        <p className="muted">{t('slips.record', { serial: detail.record.serial_no, name: detail.record.mother_name ?? '' })}</p>
      )}
      {Number.isInteger(episodeId) && episodeId > 0 && <SlipActions episodeId={episodeId} />}
    </section>
  );
}
