import { useState } from 'react';
import type { SavedDraft } from '../../../../shared/contract/drafts';
import type { FieldIssue } from '../../../../shared/errors';
import type { BabyRecord } from '../../../../shared/register/schema';
import { FieldsGrid } from '../../components/FieldsGrid';
import { useI18n } from '../../i18n/I18n';
import type { InputClock } from '../../register/dateInput';
import {
  changedValues,
  convertDraft,
  correctedFields,
  isEmptyDraftValue,
  toDraft,
  type Draft,
  type DraftValue,
} from '../../register/draft';
import { draftGroups } from '../../register/keepDraft';
import { BABY_FIELD_KINDS, babyLetter } from '../../register/fields';
import { babyFieldVisible } from '../../register/visibility';

/* The baby cards of the delivery form (Baby A, B, C…): what each holds, how they change, how they show. */

export const BABY_MAIN = [
  'sex',
  'outcome',
  'birth_weight_g',
  'born_at',
  'cried_at_birth',
  'resuscitation',
  'bf_within_1h',
] as const;
/** `hepb0` (a date alone) is shown only for old records that have one: new entries record the time. */
export const BABY_DOSES = ['vit_k', 'bcg', 'opv0', 'hepb0_at', 'hepb0'] as const;
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

const sameValue = (a: DraftValue | undefined, b: DraftValue | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The cards of the form: from the draft, else the stored babies, else one empty Baby A born at the delivery time.
 * The clerk's edits come from `edits(changed)`: `changed` tells the save flow (made after the cards it checks).
 */
export function useBabyCards(stored: BabyRecord[], saved: SavedDraft | null, deliveryAt: DraftValue) {
  const [babies, setBabies] = useState<BabyDraft[]>(() => {
    const kept = draftGroups(saved, 'babies');
    if (kept) {
      const ids = draftGroups(saved, 'baby_ids') ?? [];
      return kept.map((d, i) =>
        babyDraft(
          stored.find((b) => String(b.id) === ids[i]?.id),
          d,
        ),
      );
    }
    if (stored.length > 0) return stored.map((b) => babyDraft(b));
    const first = babyDraft();
    return [{ ...first, draft: { ...first.draft, born_at: deliveryAt } }];
  });
  const edits = (changed: () => void) => {
    const update = (change: (list: BabyDraft[]) => BabyDraft[]) => {
      setBabies(change);
      changed();
    };
    return {
      setBaby: (key: number, name: string, value: DraftValue) =>
        update((list) => list.map((b) => (b.key === key ? { ...b, draft: { ...b.draft, [name]: value } } : b))),
      addBaby: () => {
        update((list) => (list.length < MAX_BABIES ? [...list, babyDraft()] : list));
        setTimeout(() => {
          const cards = document.querySelectorAll('.baby-card');
          (cards[cards.length - 1]?.querySelector('input') as HTMLInputElement | null)?.focus();
        }, 0);
      },
      removeBaby: (key: number) => update((list) => list.filter((b) => b.key !== key)),
    };
  };
  return {
    babies,
    edits,
    toggleMore: (key: number) => setBabies((list) => list.map((b) => (b.key === key ? { ...b, more: !b.more } : b))),
    /** Baby A is born at the time of delivery unless the clerk typed another time (issue 10 item 7). */
    followDelivery: (before: DraftValue | undefined, after: DraftValue) =>
      setBabies((list) =>
        list.map((b, i) =>
          i === 0 && (isEmptyDraftValue(b.draft.born_at) || sameValue(b.draft.born_at, before))
            ? { ...b, draft: { ...b.draft, born_at: after } }
            : b,
        ),
      ),
    /** After a refused save: the "more" part of a card opens when one of its fields has an error. */
    openMoreFor: (issues: FieldIssue[]) =>
      setBabies((list) =>
        list.map((b, i) => ({
          ...b,
          more: b.more || issues.some((issue) => BABY_MORE.some((f) => issue.field === `babies.${i}.${f}`)),
        })),
      ),
  };
}

/** The babies as recordDelivery takes them (stored ones by id), typing errors, and whether a stored value changes. */
export function convertBabies(babies: BabyDraft[], stored: BabyRecord[], now: InputClock) {
  const issues: FieldIssue[] = [];
  let corrected = babies.length < stored.length;
  const values = babies.map((baby, i) => {
    const converted = convertDraft(BABY_FIELD_KINDS, BABY_NAMES, baby.draft, now, {
      pathPrefix: `babies.${i}.`,
      visible: (name) => babyFieldVisible(name, baby.draft),
    });
    issues.push(...converted.issues);
    const before = stored.find((b) => b.id === baby.id);
    if (before && correctedFields(changedValues(converted.values, before), before).length > 0) corrected = true;
    return { ...(baby.id !== undefined ? { id: baby.id } : {}), baby_order: i + 1, ...converted.values };
  });
  return { values, issues, corrected };
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
