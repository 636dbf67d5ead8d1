import { useState } from 'react';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import type { FieldIssue } from '../../../../shared/errors';
import type { ReferralRecord } from '../../../../shared/register/schema';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorText';
import { FieldsGrid } from '../../components/FieldsGrid';
import { EpisodeForm, SaveButton, useSaveFlow, useShownIssues } from '../../components/form';
import { FormField } from '../../components/inputs';
import { ReasonField, reasonToSend, RecordTitle, submittedMonthAsksReason } from '../../components/record-bits';
import { useEpisode } from '../../components/register-bits';
import { setFlash } from '../../flash';
import { useI18n } from '../../i18n/I18n';
import {
  changedValues,
  convertDraft,
  correctedFields,
  isEmptyDraftValue,
  toDraft,
  type Draft,
  type DraftValue,
} from '../../register/draft';
import {
  BABY_FIELD_KINDS,
  babyLetter,
  EPISODE_FIELD_KINDS,
  REFERRAL_FIELD_KINDS,
  VITALS_FIELD_KINDS,
} from '../../register/fields';
import { useRegister } from '../../register/RegisterContext';
import { checkableRecord, checkEpisodeForm, errorsOf, REASON_REQUIRED } from '../../register/validate';
import { episodeFieldVisible, referralFieldVisible } from '../../register/visibility';
import { SlipActions } from '../../components/SlipActions';
import { navigate } from '../../router';

/*
 * How the mother left: discharge (condition, vitals, medicines, next visit), referral out (everything the
 * referral slip prints: reasons, receiving facility, times of decision and departure, transport, escort,
 * vitals and treatment before referral), LAMA, death (cause), absconded; and how each baby left. Saved with
 * recordOutcome, which closes the record. On a closed record it corrects the outcome and asks for a reason.
 */

const TOP = ['outcome', 'outcome_at'] as const;
const BY_OUTCOME = [
  'discharge_condition',
  'discharge_bp_systolic',
  'discharge_bp_diastolic',
  'discharge_pulse',
  'discharge_temp_c',
  'discharge_uterus_contracted',
  'discharge_bleeding_normal',
  'discharge_medicines',
  'follow_up_date',
  'lama_declaration_signed',
  'maternal_death_cause',
  'fbmdr_done',
  'fbmdr_date',
] as const;
const COMMON = ['final_diagnosis', 'treatment_given', 'outcome_note'] as const;
const PPFP = ['ppfp_counselled', 'ppfp_method', 'ppiucd_at', 'pp_sterilisation_at', 'pp_sterilisation_with_lscs'] as const;

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
const REF_NAMES: readonly string[] = [...REF_MAIN, ...REF_CONTACT, ...REF_TRANSPORT, ...REF_CLINICAL];
const VITALS = Object.keys(VITALS_FIELD_KINDS);
const TREATMENT_KINDS = {
  drug: { type: 'text' },
  dose: { type: 'text' },
  route: { type: 'text' },
  at: { type: 'datetime' },
} as const;
const TREATMENT_NAMES = ['drug', 'dose', 'route', 'at'];

export function OutcomePage({ id }: { id: number }) {
  const { t } = useI18n();
  const { detail, error, reload } = useEpisode(id);
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  if (!detail) return <p>{t('status.loading')}</p>;
  return <OutcomeForm key={detail.record.version} detail={detail} onReload={reload} />;
}

let lastRowKey = 0;
const rowKey = () => ++lastRowKey;

interface TreatmentDraft {
  key: number;
  draft: Draft;
}

function OutcomeForm({ detail, onReload }: { detail: EpisodeDetail; onReload: () => void }) {
  const { t } = useI18n();
  const { clock, ruleContext } = useRegister();
  const record = detail.record;
  const correcting = record.record_state === 'closed';
  const delivered = record.delivery_at !== null;
  const names: readonly string[] = [...TOP, ...BY_OUTCOME, ...COMMON, ...(delivered ? PPFP : [])];
  const stored: Partial<ReferralRecord> = record.referrals.find((r) => r.baby_order === null) ?? {};

  const [draft, setDraft] = useState<Draft>(() => {
    const d = toDraft(EPISODE_FIELD_KINDS, names, record);
    if (!record.outcome_at) d.outcome_at = { date: clock().today.split('-').reverse().join('-'), time: '' };
    return d;
  });
  const [referral, setReferral] = useState<Draft>(() => toDraft(REFERRAL_FIELD_KINDS, REF_NAMES, stored));
  const [vitals, setVitals] = useState<Draft>(() => toDraft(VITALS_FIELD_KINDS, VITALS, stored.vitals ?? {}));
  const [treatments, setTreatments] = useState<TreatmentDraft[]>(() =>
    (stored.pre_referral_treatment ?? []).map((row) => ({
      key: rowKey(),
      draft: toDraft(TREATMENT_KINDS, TREATMENT_NAMES, row),
    })),
  );
  const [exits, setExits] = useState<Draft>(() =>
    Object.fromEntries(record.babies.map((b) => [String(b.id), b.baby_exit ?? (correcting ? '' : 'with_mother')])),
  );
  const [reason, setReason] = useState('');
  const [focusTick, setFocusTick] = useState(0);
  const flow = useSaveFlow();
  const referred = draft.outcome === 'referred_out';

  const visible = (name: string) => episodeFieldVisible(name, draft, record);
  const build = () => {
    const now = clock();
    const episode = convertDraft(EPISODE_FIELD_KINDS, names, draft, now, { pathPrefix: 'fields.', visible });
    const conversion: FieldIssue[] = [...episode.issues];
    const fields = episode.values;
    const patch = changedValues(fields, record);
    let referralValues: Record<string, unknown> | null = null;
    if (referred) {
      // The time she left is the time of departure unless the slip says otherwise.
      const withDeparture = isEmptyDraftValue(referral.departure_at)
        ? { ...referral, departure_at: draft.outcome_at ?? null }
        : referral;
      const ref = convertDraft(REFERRAL_FIELD_KINDS, REF_NAMES, withDeparture, now, {
        pathPrefix: 'referral.',
        visible: (name) => referralFieldVisible(name, referral),
      });
      const vit = convertDraft(VITALS_FIELD_KINDS, VITALS, vitals, now, { pathPrefix: 'referral.vitals.' });
      conversion.push(...ref.issues, ...vit.issues);
      const rows = treatments
        .filter((row) => TREATMENT_NAMES.some((n) => !isEmptyDraftValue(row.draft[n])))
        .map((row, i) => {
          const converted = convertDraft(TREATMENT_KINDS, TREATMENT_NAMES, row.draft, now, {
            pathPrefix: `referral.pre_referral_treatment.${i}.`,
          });
          conversion.push(...converted.issues);
          return converted.values;
        });
      const vitalsGiven = Object.fromEntries(Object.entries(vit.values).filter(([, v]) => v !== null));
      referralValues = {
        ...ref.values,
        vitals: Object.keys(vitalsGiven).length > 0 ? vitalsGiven : null,
        pre_referral_treatment: rows.length > 0 ? rows : null,
      };
    }
    const babyExits = record.babies.map((b) => ({
      id: b.id,
      baby_order: b.baby_order,
      baby_exit: (exits[String(b.id)] || null) as (typeof b)['baby_exit'],
    }));
    const exitChanged = babyExits.filter((b) => record.babies.find((s) => s.id === b.id)?.baby_exit !== b.baby_exit);
    const referralCorrected =
      referralValues !== null && correctedFields(changedValues(referralValues, stored), stored).length > 0;
    const corrects =
      correcting &&
      (correctedFields(patch, record).length > 0 ||
        referralCorrected ||
        exitChanged.some((b) => record.babies.find((s) => s.id === b.id)?.baby_exit != null));
    const issues = checkEpisodeForm({
      before: checkableRecord(record),
      fields,
      babies: record.babies.map((b) => ({ ...b, baby_exit: babyExits.find((x) => x.id === b.id)?.baby_exit ?? null })),
      referral: referralValues,
      stage: 'close',
      rules: ruleContext(),
      conversion,
    });
    if (corrects && reason.trim() === '') issues.push(REASON_REQUIRED);
    return { patch, referralValues, babyExits: exitChanged, issues, corrects };
  };
  const built = build();
  const { shown, submitted, setSubmitted, onBlur } = useShownIssues(built.issues, flow);

  const changed =
    <T,>(setter: (f: (d: T) => T) => void) =>
    (name: string, value: DraftValue) => {
      setter((d) => ({ ...d, [name]: value }));
      flow.changed();
    };
  const set = changed<Draft>(setDraft);

  const save = async (acknowledge: boolean) => {
    setSubmitted(true);
    const { patch, referralValues, babyExits, issues, corrects } = build();
    if (errorsOf(issues).length > 0) {
      setFocusTick((n) => n + 1);
      return;
    }
    const saved = await flow.run(
      (ack) =>
        api.recordOutcome({
          id: record.id,
          version: record.version,
          fields: patch,
          ...(referralValues ? { referral: referralValues } : {}),
          ...(babyExits.length > 0 ? { babies: babyExits } : {}),
          ...reasonToSend(corrects || submittedMonthAsksReason(flow.serverIssues), reason),
          acknowledge_warnings: ack,
        }),
      acknowledge,
    );
    if (!saved) {
      setFocusTick((n) => n + 1);
      return;
    }
    setFlash('outcome.saved', { outcome: `outcome.${saved.record.outcome ?? 'discharged'}`, serial: saved.record.serial_no });
    navigate(`register/record/${record.id}`);
  };

  const grid = (list: readonly string[], autoFocus?: string) => (
    <FieldsGrid
      names={list}
      kinds={EPISODE_FIELD_KINDS}
      draft={draft}
      onChange={set}
      issues={shown}
      prefix="fields."
      visible={visible}
      autoFocus={autoFocus}
      wide={['outcome', 'maternal_death_cause']}
    />
  );
  const refGrid = (list: readonly string[]) => (
    <FieldsGrid
      names={list}
      kinds={REFERRAL_FIELD_KINDS}
      draft={referral}
      onChange={changed<Draft>(setReferral)}
      issues={shown}
      prefix="referral."
      visible={(name) => referralFieldVisible(name, referral)}
      wide={['reasons', 'transport']}
      double={['receiving_facility_name', 'escort_name']}
    />
  );
  const shownByOutcome = BY_OUTCOME.filter(visible);

  return (
    <section className="page" aria-labelledby="outcome-title">
      <RecordTitle detail={detail} titleKey={correcting ? 'outcome.title_correct' : 'outcome.title'} id="outcome-title" />
      <EpisodeForm
        flow={flow}
        issues={shown}
        submitted={submitted}
        onSubmit={() => void save(false)}
        onConfirm={() => void save(true)}
        onBlur={onBlur}
        focusTick={focusTick}
        onReload={onReload}
        testId="outcome-form"
        actions={
          <>
            <SaveButton saving={flow.saving} />
            <button type="button" onClick={() => navigate(`register/record/${record.id}`)}>
              {t('action.cancel')}
            </button>
          </>
        }
      >
        <fieldset className="section">
          <legend>{t('outcome.section.outcome')}</legend>
          {grid(TOP, 'outcome')}
          {shownByOutcome.length > 0 && grid(shownByOutcome)}
        </fieldset>
        {referred && (
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
                draft={vitals}
                onChange={changed<Draft>(setVitals)}
                issues={shown}
                prefix="referral.vitals."
              />
              <h4 className="subhead">{t('field.pre_referral_treatment')}</h4>
              {treatments.map((row, i) => (
                <div className="treatment-row" key={row.key}>
                  <FieldsGrid
                    names={TREATMENT_NAMES}
                    kinds={TREATMENT_KINDS}
                    draft={row.draft}
                    onChange={(name, value) => {
                      setTreatments((list) =>
                        list.map((r) => (r.key === row.key ? { ...r, draft: { ...r.draft, [name]: value } } : r)),
                      );
                      flow.changed();
                    }}
                    issues={shown}
                    prefix={`referral.pre_referral_treatment.${i}.`}
                  />
                  <button
                    type="button"
                    className="link"
                    onClick={() => setTreatments((list) => list.filter((r) => r.key !== row.key))}
                  >
                    {t('action.remove')}
                  </button>
                </div>
              ))}
              <button
                type="button"
                onClick={() =>
                  setTreatments((list) => [...list, { key: rowKey(), draft: toDraft(TREATMENT_KINDS, TREATMENT_NAMES, {}) }])
                }
              >
                {t('outcome.add_treatment')}
              </button>
              {refGrid(REF_CLINICAL)}
            </fieldset>
          </>
        )}
        {record.babies.length > 0 && (
          <fieldset className="section">
            <legend>{t('outcome.section.babies')}</legend>
            <div className="form-grid">
              {record.babies.map((baby, i) => (
                <FormField
                  key={baby.id}
                  name="baby_exit"
                  label={`${t('baby.label', { letter: babyLetter(baby.baby_order) })}: ${t('field.baby_exit')}`}
                  kind={BABY_FIELD_KINDS.baby_exit}
                  value={exits[String(baby.id)]}
                  onChange={(value) => {
                    setExits((e) => ({ ...e, [String(baby.id)]: value as string }));
                    flow.changed();
                  }}
                  path={`babies.${i}.baby_exit`}
                  issues={shown}
                  wide
                />
              ))}
            </div>
          </fieldset>
        )}
        <fieldset className="section">
          <legend>{t('outcome.section.notes')}</legend>
          {grid(COMMON)}
        </fieldset>
        {delivered && (
          <fieldset className="section">
            <legend>{t('delivery.section.ppfp')}</legend>
            {grid(PPFP)}
          </fieldset>
        )}
        {((correcting && built.corrects) || submittedMonthAsksReason(shown)) && (
          <ReasonField value={reason} onChange={setReason} issues={shown} />
        )}
      </EpisodeForm>
      {correcting && !record.void && (
        <div className="record-section" data-testid="outcome-slips">
          <SlipActions episodeId={record.id} />
        </div>
      )}
    </section>
  );
}
