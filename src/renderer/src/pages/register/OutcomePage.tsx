import { useState } from 'react';
import type { ReferralRecord } from '../../../../shared/register/schema';
import { useOpMutation } from '../../api/query';
import { FieldsGrid } from '../../components/FieldsGrid';
import { EpisodeForm, SaveActions } from '../../components/form';
import { useChangeReason, useEpisodeFormFlow } from '../../components/formFlow';
import { RecordTitle } from '../../components/record-bits';
import { setFlash } from '../../flash';
import { useI18n } from '../../i18n/I18n';
import { toDraft, type Draft, type DraftValue } from '../../register/draft';
import { EPISODE_FIELD_KINDS, REFERRAL_FIELD_KINDS, VITALS_FIELD_KINDS } from '../../register/fields';
import { DraftRestored, draftGroup, draftGroups, draftText, useDraftKeeper } from '../../register/keepDraft';
import { useRegister } from '../../register/RegisterContext';
import { episodeFieldVisible } from '../../register/visibility';
import { SlipActions } from '../../components/SlipActions';
import { navigate } from '../../router';
import { BabyExits, initialExits } from './OutcomeBabyExits';
import { EpisodeFormPage, REGISTER_READS, type EpisodeFormProps } from './EpisodeFormPage';
import { BY_OUTCOME, buildOutcome, COMMON, PPFP, TOP } from './outcomeEntries';
import {
  OutcomeReferral,
  REF_NAMES,
  TREATMENT_KINDS,
  TREATMENT_NAMES,
  treatmentRow,
  VITALS,
  type TreatmentDraft,
} from './OutcomeReferral';

/*
 * How the mother left: discharge (condition, vitals, medicines, next visit), referral out (everything the
 * referral slip prints: reasons, receiving facility, times of decision and departure, transport, escort,
 * vitals and treatment before referral), LAMA, death (cause), absconded; and how each baby left. Saved with
 * recordOutcome, which closes the record. On a closed record it corrects the outcome and asks for a reason.
 */

export function OutcomePage({ id }: { id: number }) {
  return <EpisodeFormPage id={id} form={`outcome:${id}`} render={(props) => <OutcomeForm {...props} />} />;
}

function OutcomeForm({ detail, saved, onDiscard, onReload }: EpisodeFormProps) {
  const { t } = useI18n();
  const { clock, ruleContext } = useRegister();
  const record = detail.record;
  const correcting = record.record_state === 'closed';
  const delivered = record.delivery_at !== null;
  const names: readonly string[] = [...TOP, ...BY_OUTCOME, ...COMMON, ...(delivered ? PPFP : [])];
  const stored: Partial<ReferralRecord> = record.referrals.find((r) => r.baby_order === null) ?? {};

  const [draft, setDraft] = useState<Draft>(() => {
    const kept = draftGroup(saved, 'fields');
    if (kept) return kept;
    const d = toDraft(EPISODE_FIELD_KINDS, names, record);
    if (!record.outcome_at) d.outcome_at = { date: clock().today.split('-').reverse().join('-'), time: '' };
    return d;
  });
  const [referral, setReferral] = useState<Draft>(
    () => draftGroup(saved, 'referral') ?? toDraft(REFERRAL_FIELD_KINDS, REF_NAMES, stored),
  );
  const [vitals, setVitals] = useState<Draft>(
    () => draftGroup(saved, 'vitals') ?? toDraft(VITALS_FIELD_KINDS, VITALS, stored.vitals ?? {}),
  );
  const [treatments, setTreatments] = useState<TreatmentDraft[]>(() =>
    (
      draftGroups(saved, 'treatments') ??
      (stored.pre_referral_treatment ?? []).map((row) => toDraft(TREATMENT_KINDS, TREATMENT_NAMES, row))
    ).map((d) => treatmentRow(d)),
  );
  const [exits, setExits] = useState<Draft>(() => draftGroup(saved, 'exits') ?? initialExits(record.babies, correcting));
  const reason = useChangeReason(draftText(saved, 'reason') ?? '');
  const keeper = useDraftKeeper(
    `outcome:${record.id}`,
    record.version,
    { fields: draft, referral, vitals, treatments: treatments.map((r) => r.draft), exits, reason: reason.value },
    saved !== null,
  );
  const recordOutcome = useOpMutation('recordOutcome', { invalidates: REGISTER_READS });
  const referred = draft.outcome === 'referred_out';

  const visible = (name: string) => episodeFieldVisible(name, draft, record);
  const form = useEpisodeFormFlow({
    build: () =>
      buildOutcome(
        record,
        { draft, referral, vitals, treatments, exits },
        { names, visible, now: clock(), rules: ruleContext() },
      ),
    keeper,
    reason,
    send: ({ patch, referralValues, babyExits }, ack, why) =>
      recordOutcome.mutateAsync({
        id: record.id,
        version: record.version,
        fields: patch,
        ...(referralValues ? { referral: referralValues } : {}),
        ...(babyExits.length > 0 ? { babies: babyExits } : {}),
        ...why,
        acknowledge_warnings: ack,
      }),
    onSaved: (closed) => {
      setFlash('outcome.saved', { outcome: `outcome.${closed.record.outcome ?? 'discharged'}`, serial: closed.record.serial_no });
      navigate(`register/record/${record.id}`);
    },
  });
  const { flow, shown } = form;

  const changed =
    <T,>(setter: (f: (d: T) => T) => void) =>
    (name: string, value: DraftValue) => {
      setter((d) => ({ ...d, [name]: value }));
      flow.changed();
    };
  const set = changed<Draft>(setDraft);

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
  const shownByOutcome = BY_OUTCOME.filter(visible);

  return (
    <section className="page" aria-labelledby="outcome-title">
      <RecordTitle detail={detail} titleKey={correcting ? 'outcome.title_correct' : 'outcome.title'} id="outcome-title" />
      <DraftRestored saved={saved} version={record.version} keeper={keeper} onDiscard={onDiscard} />
      <EpisodeForm
        {...form.props}
        onReload={onReload}
        testId="outcome-form"
        actions={<SaveActions saving={flow.saving} onCancel={() => navigate(`register/record/${record.id}`)} keeper={keeper} />}
      >
        <fieldset className="section">
          <legend>{t('outcome.section.outcome')}</legend>
          {grid(TOP, 'outcome')}
          {shownByOutcome.length > 0 && grid(shownByOutcome)}
        </fieldset>
        {referred && (
          <OutcomeReferral
            referral={referral}
            vitals={vitals}
            treatments={treatments}
            issues={shown}
            onReferral={changed<Draft>(setReferral)}
            onVitals={changed<Draft>(setVitals)}
            onTreatments={(f) => {
              setTreatments(f);
              flow.changed();
            }}
          />
        )}
        <BabyExits
          babies={record.babies}
          exits={exits}
          issues={shown}
          onChange={(id, value) => {
            setExits((e) => ({ ...e, [id]: value }));
            flow.changed();
          }}
        />
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
        {form.reasonField}
      </EpisodeForm>
      {correcting && !record.void && (
        <div className="record-section" data-testid="outcome-slips">
          <SlipActions episodeId={record.id} />
        </div>
      )}
    </section>
  );
}
