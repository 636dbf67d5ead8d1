import type { ReactNode } from 'react';
import type { DraftForm, SavedDraft } from '../../../../shared/contract/drafts';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import { useOp, type ReadOpName } from '../../api/query';
import { ErrorBanner } from '../../components/ErrorText';
import { useI18n } from '../../i18n/I18n';
import { DraftGate } from '../../register/keepDraft';

/** What a register save can change on other screens: refreshed after every save of a form. */
export const REGISTER_READS: readonly ReadOpName[] = [
  'getEpisode',
  'episodeHistory',
  'listToday',
  'listRegister',
  'findEpisodes',
];

/** A change to a record from its own page also changes what its slips still miss. */
export const RECORD_READS: readonly ReadOpName[] = [...REGISTER_READS, 'listSlips'];

export interface EpisodeFormProps {
  detail: EpisodeDetail;
  saved: SavedDraft | null;
  onDiscard: () => void;
  onReload: () => void;
}

/**
 * A form on one record (delivery, outcome): loads the record and the user's draft of the form, then renders the
 * form afresh for each version of the record (a conflict's "Reload" shows the newer one).
 */
export function EpisodeFormPage(props: { id: number; form: DraftForm; render: (props: EpisodeFormProps) => ReactNode }) {
  const { t } = useI18n();
  const episode = useOp('getEpisode', { id: props.id });
  if (episode.error) return <ErrorBanner error={episode.error} onRetry={() => void episode.refetch()} />;
  if (!episode.data) return <p>{t('status.loading')}</p>;
  const detail = episode.data;
  return (
    <DraftGate key={detail.record.version} form={props.form}>
      {(saved, onDiscard) => props.render({ detail, saved, onDiscard, onReload: () => void episode.refetch() })}
    </DraftGate>
  );
}
