import type { FieldIssue } from '../../../../shared/errors';
import type { BabyRecord } from '../../../../shared/register/schema';
import { FormField } from '../../components/inputs';
import { useI18n } from '../../i18n/I18n';
import type { Draft } from '../../register/draft';
import { BABY_FIELD_KINDS, babyLetter } from '../../register/fields';

/* How each baby left, on the outcome form. */

/**
 * The exits the form starts with: stored ones; else a live baby leaves with the mother and a still-born one is
 * never pre-set (issue 10 item 5); nothing is pre-set when a closed record is corrected.
 */
export function initialExits(babies: BabyRecord[], correcting: boolean): Draft {
  return Object.fromEntries(
    babies.map((b) => [String(b.id), b.baby_exit ?? (correcting || b.outcome !== 'live' ? '' : 'with_mother')]),
  );
}

export function BabyExits(props: {
  babies: BabyRecord[];
  exits: Draft;
  issues: FieldIssue[];
  onChange: (id: string, value: string) => void;
}) {
  const { t } = useI18n();
  if (props.babies.length === 0) return null;
  return (
    <fieldset className="section">
      <legend>{t('outcome.section.babies')}</legend>
      <div className="form-grid">
        {props.babies.map((baby, i) => (
          <FormField
            key={baby.id}
            name="baby_exit"
            label={`${t('baby.label', { letter: babyLetter(baby.baby_order) })}: ${t('field.baby_exit')}`}
            kind={BABY_FIELD_KINDS.baby_exit}
            value={props.exits[String(baby.id)]}
            onChange={(value) => props.onChange(String(baby.id), value as string)}
            path={`babies.${i}.baby_exit`}
            issues={props.issues}
            wide
          />
        ))}
      </div>
    </fieldset>
  );
}
