import type { ReactNode } from 'react';
import type { EpisodeRecord, ReferralRecord } from '../../../../shared/register/schema';
import { useI18n } from '../../i18n/I18n';
import { BABY_FIELD_KINDS, babyLetter, REFERRAL_FIELD_KINDS, VITALS_FIELD_KINDS, type FieldKind } from '../../register/fields';
import { formatDateTime, formatValue } from '../../register/format';

/* The read-only parts of the record screen: a titled section with its Edit, values in a grid, babies, referrals. */

const BABY_SHOWN = Object.keys(BABY_FIELD_KINDS).filter((f) => f !== 'baby_order');
const REFERRAL_SHOWN = Object.keys(REFERRAL_FIELD_KINDS);

export function RecordSection(props: { id: string; title: string; onEdit?: () => void; editing?: boolean; children: ReactNode }) {
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
export function Values({
  record,
  names,
  kinds,
}: {
  record: Record<string, unknown>;
  names: readonly string[];
  kinds: Record<string, FieldKind>;
}) {
  const { t, tx } = useI18n();
  const filled = names.filter((n) => record[n] !== null && record[n] !== undefined);
  if (filled.length === 0) return <p className="muted">{t('record.nothing_entered')}</p>;
  return (
    <dl className="values">
      {filled.map((name) => (
        <div key={name} className="value">
          <dt>{tx(`field.${name}`)}</dt>
          <dd>{formatValue(tx, kinds[name], record[name])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Babies({ record }: { record: EpisodeRecord }) {
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

export function ReferralValues({ referrals }: { referrals: ReferralRecord[] }) {
  const { t } = useI18n();
  return (
    <>
      {referrals.map((ref) => (
        <div key={ref.id} className="referral-block">
          <p className="muted">
            {t('record.referral_slip_no', { slip: ref.slip_no })}
            {ref.baby_order !== null && ` · ${t('baby.label', { letter: babyLetter(ref.baby_order) })}`}
          </p>
          <Values record={ref as unknown as Record<string, unknown>} names={REFERRAL_SHOWN} kinds={REFERRAL_FIELD_KINDS} />
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
    </>
  );
}
