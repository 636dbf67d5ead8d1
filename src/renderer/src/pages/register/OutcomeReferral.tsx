import type { FieldIssue } from '../../../../shared/errors';
import { FieldsGrid } from '../../components/FieldsGrid';
import { useI18n } from '../../i18n/I18n';
import type { InputClock } from '../../register/dateInput';
import { convertDraft, isEmptyDraftValue, toDraft, type Draft, type DraftValue } from '../../register/draft';
import { REFERRAL_FIELD_KINDS, VITALS_FIELD_KINDS } from '../../register/fields';
import { referralFieldVisible } from '../../register/visibility';

/*
 * The referral part of the outcome form: everything the referral slip prints (reasons, receiving facility, times
 * of decision and departure, transport, escort, vitals and treatment before referral).
 */

const REF_MAIN = [
  'urgency',
  'receiving_facility_name',
  'receiving_facility_type',
  'receiving_facility_department',
  'reasons',
  'reasons_other',
  'provisional_diagnosis',
  'decision_at',
  'departure_at',
] as const;
const REF_CONTACT = ['doctor_contacted', 'contacted_doctor_name', 'call_at'] as const;
const REF_TRANSPORT = [
  'transport',
  'vehicle_no',
  'transport_arranged_at',
  'escort_name',
  'escort_relation',
  'escort_mobile',
  'health_worker_escort',
] as const;
const REF_CLINICAL = [
  'investigations',
  'condition_at_departure',
  'referring_doctor_name',
  'referring_doctor_designation',
] as const;
export const REF_NAMES: readonly string[] = [...REF_MAIN, ...REF_CONTACT, ...REF_TRANSPORT, ...REF_CLINICAL];
export const VITALS = Object.keys(VITALS_FIELD_KINDS);
export const TREATMENT_KINDS = {
  drug: { type: 'text' },
  dose: { type: 'text' },
  route: { type: 'text' },
  at: { type: 'datetime' },
} as const;
export const TREATMENT_NAMES = ['drug', 'dose', 'route', 'at'];

let lastRowKey = 0;

export interface TreatmentDraft {
  key: number;
  draft: Draft;
}

/** A row of treatment before referral (from a stored row, a draft, or empty). */
export const treatmentRow = (draft?: Draft): TreatmentDraft => ({
  key: ++lastRowKey,
  draft: draft ?? toDraft(TREATMENT_KINDS, TREATMENT_NAMES, {}),
});

export function OutcomeReferral(props: {
  referral: Draft;
  vitals: Draft;
  treatments: TreatmentDraft[];
  issues: FieldIssue[];
  onReferral: (name: string, value: DraftValue) => void;
  onVitals: (name: string, value: DraftValue) => void;
  onTreatments: (change: (list: TreatmentDraft[]) => TreatmentDraft[]) => void;
}) {
  const { t } = useI18n();
  const refGrid = (list: readonly string[]) => (
    <FieldsGrid
      names={list}
      kinds={REFERRAL_FIELD_KINDS}
      draft={props.referral}
      onChange={props.onReferral}
      issues={props.issues}
      prefix="referral."
      visible={(name) => referralFieldVisible(name, props.referral)}
      wide={['reasons', 'transport']}
      double={['receiving_facility_name', 'escort_name']}
    />
  );
  return (
    <>
      <fieldset className="section" data-testid="referral-section">
        <legend>{t('outcome.section.referral')}</legend>
        <p className="muted">{t('outcome.referral_intro')}</p>
        {refGrid(REF_MAIN)}
      </fieldset>
      <fieldset className="section">
        <legend>{t('outcome.section.transport')}</legend>
        {refGrid([...REF_CONTACT, ...REF_TRANSPORT])}
      </fieldset>
      <fieldset className="section">
        <legend>{t('outcome.section.referral_clinical')}</legend>
        <h4 className="subhead">{t('field.vitals')}</h4>
        <FieldsGrid
          names={VITALS}
          kinds={VITALS_FIELD_KINDS}
          draft={props.vitals}
          onChange={props.onVitals}
          issues={props.issues}
          prefix="referral.vitals."
        />
        <h4 className="subhead">{t('field.pre_referral_treatment')}</h4>
        {props.treatments.map((row, i) => (
          <div className="treatment-row" key={row.key}>
            <FieldsGrid
              names={TREATMENT_NAMES}
              kinds={TREATMENT_KINDS}
              draft={row.draft}
              onChange={(name, value) =>
                props.onTreatments((list) =>
                  list.map((r) => (r.key === row.key ? { ...r, draft: { ...r.draft, [name]: value } } : r)),
                )
              }
              issues={props.issues}
              prefix={`referral.pre_referral_treatment.${i}.`}
            />
            <button
              type="button"
              className="link"
              onClick={() => props.onTreatments((list) => list.filter((r) => r.key !== row.key))}
            >
              {t('action.remove')}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => props.onTreatments((list) => [...list, treatmentRow()])}>
          {t('outcome.add_treatment')}
        </button>
        {refGrid(REF_CLINICAL)}
      </fieldset>
    </>
  );
}

/** The referral as the service takes it, and the typing errors (dates, numbers) under their paths. */
export function convertReferral(
  parts: { referral: Draft; vitals: Draft; treatments: TreatmentDraft[] },
  outcomeAt: DraftValue,
  now: InputClock,
): { values: Record<string, unknown>; issues: FieldIssue[] } {
  const { referral, vitals, treatments } = parts;
  // The time she left is the time of departure unless the slip says otherwise.
  const withDeparture = isEmptyDraftValue(referral.departure_at) ? { ...referral, departure_at: outcomeAt } : referral;
  const ref = convertDraft(REFERRAL_FIELD_KINDS, REF_NAMES, withDeparture, now, {
    pathPrefix: 'referral.',
    visible: (name) => referralFieldVisible(name, referral),
  });
  const vit = convertDraft(VITALS_FIELD_KINDS, VITALS, vitals, now, { pathPrefix: 'referral.vitals.' });
  const issues = [...ref.issues, ...vit.issues];
  const rows = treatments
    .filter((row) => TREATMENT_NAMES.some((n) => !isEmptyDraftValue(row.draft[n])))
    .map((row, i) => {
      const converted = convertDraft(TREATMENT_KINDS, TREATMENT_NAMES, row.draft, now, {
        pathPrefix: `referral.pre_referral_treatment.${i}.`,
      });
      issues.push(...converted.issues);
      return converted.values;
    });
  const vitalsGiven = Object.fromEntries(Object.entries(vit.values).filter(([, v]) => v !== null));
  return {
    values: {
      ...ref.values,
      vitals: Object.keys(vitalsGiven).length > 0 ? vitalsGiven : null,
      pre_referral_treatment: rows.length > 0 ? rows : null,
    },
    issues,
  };
}
