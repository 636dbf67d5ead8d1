import type { FieldIssue } from '../../../../shared/errors';
import { FieldsGrid } from '../../components/FieldsGrid';
import { useI18n } from '../../i18n/I18n';
import { toDraft, type Draft, type DraftValue } from '../../register/draft';
import { BABY_FIELD_KINDS, babyLetter } from '../../register/fields';
import { babyFieldVisible } from '../../register/visibility';

/* The baby cards of the delivery form (Baby A, B, C…): what each holds and how it shows. */

export const BABY_MAIN = [
  'sex',
  'outcome',
  'birth_weight_g',
  'born_at',
  'cried_at_birth',
  'resuscitation',
  'bf_within_1h',
] as const;
export const BABY_DOSES = ['vit_k', 'bcg', 'opv0', 'hepb0'] as const;
export const BABY_MORE = [
  'newborn_unit',
  'hbig_given_at',
  'exclusive_bf_till_discharge',
  'screened_for_defects',
  'congenital_anomaly',
  'congenital_anomaly_other',
  'neonatal_death',
  'neonatal_death_at',
  'neonatal_death_place',
  'neonatal_death_cause',
  'neonatal_death_cause_other',
  'baby_exit',
  'child_name',
] as const;
export const BABY_NAMES: readonly string[] = [...BABY_MAIN, ...BABY_DOSES, ...BABY_MORE];
export const MAX_BABIES = 4;

/** React keys of baby cards (a card keeps its key when the one before it is removed). */
let lastBabyKey = 0;
export const babyKey = () => ++lastBabyKey;

export interface BabyDraft {
  key: number;
  id?: number;
  draft: Draft;
  more: boolean;
}

/** A card for a stored baby, or an empty one. */
export function babyDraft(stored?: { id: number } & Record<string, unknown>, draft?: Draft): BabyDraft {
  return {
    key: babyKey(),
    ...(stored ? { id: stored.id } : {}),
    draft: draft ?? toDraft(BABY_FIELD_KINDS, BABY_NAMES, stored ?? {}),
    more: false,
  };
}

export function BabyCard(props: {
  index: number;
  baby: BabyDraft;
  issues: readonly FieldIssue[];
  onChange: (name: string, value: DraftValue) => void;
  onToggleMore: () => void;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  const { baby, index } = props;
  const letter = babyLetter(index + 1);
  const visible = (name: string) => babyFieldVisible(name, baby.draft);
  const grid = (names: readonly string[]) => (
    <FieldsGrid
      names={names}
      kinds={BABY_FIELD_KINDS}
      draft={baby.draft}
      onChange={props.onChange}
      issues={props.issues}
      prefix={`babies.${index}.`}
      visible={visible}
      wide={['congenital_anomaly']}
    />
  );
  const doses = BABY_DOSES.filter(visible);
  return (
    <div className="baby-card" data-testid={`baby-${letter}`}>
      <div className="baby-head">
        <h3>{t('baby.label', { letter })}</h3>
        {props.onRemove && (
          <button type="button" className="link" onClick={props.onRemove}>
            {t('delivery.remove_baby', { letter })}
          </button>
        )}
      </div>
      {grid(BABY_MAIN)}
      {doses.length > 0 && (
        <div className="doses">
          <h4>{t('delivery.birth_doses')}</h4>
          {grid(doses)}
        </div>
      )}
      <button type="button" className="disclosure" aria-expanded={baby.more} onClick={props.onToggleMore}>
        {baby.more ? t('delivery.baby_less', { letter }) : t('delivery.baby_more', { letter })}
      </button>
      {baby.more && grid(BABY_MORE)}
    </div>
  );
}
