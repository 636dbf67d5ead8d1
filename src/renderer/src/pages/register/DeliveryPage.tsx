import { useState } from 'react';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import type { FieldIssue } from '../../../../shared/errors';
import { ppfpShape } from '../../../../shared/register/schema';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorText';
import { FieldsGrid } from '../../components/FieldsGrid';
import { EpisodeForm, SaveButton, useSaveFlow, useShownIssues } from '../../components/form';
import { ReasonField, reasonToSend, RecordTitle, submittedMonthAsksReason } from '../../components/record-bits';
import { useEpisode } from '../../components/register-bits';
import { setFlash } from '../../flash';
import { useI18n } from '../../i18n/I18n';
import { changedValues, convertDraft, correctedFields, toDraft, type Draft, type DraftValue } from '../../register/draft';
import { BABY_FIELD_KINDS, babyLetter, EPISODE_FIELD_KINDS } from '../../register/fields';
import { useRegister } from '../../register/RegisterContext';
import { checkableRecord, checkEpisodeForm, errorsOf, REASON_REQUIRED } from '../../register/validate';
import { babyFieldVisible, episodeFieldVisible } from '../../register/visibility';
import { navigate } from '../../router';

/*
 * Labour and delivery, one card per baby (Add baby for twins and triplets: Baby A, B, C), care in labour with
 * complications asked explicitly ("none" is a choice), the birth doses, and post-partum family planning.
 * Saved with recordDelivery, every baby each time (existing ones by id). After the first save it corrects the
 * delivery, and changing a saved value asks for the reason.
 */

const DELIVERY = [
  'place_of_delivery',
  'delivery_at',
  'mode',
  'lscs_indication',
  'presentation',
  'gest_weeks',
  'conducted_by_name',
  'conducted_by_cadre',
] as const;
const CARE = [
  'complications',
  'complications_other',
  'labour_onset_at',
  'partograph_used',
  'safe_childbirth_checklist_used',
  'surgical_safety_checklist_used',
  'birth_companion_present',
  'birth_companion_name',
  'amtsl_oxytocin',
  'episiotomy',
  'perineal_tear_degree',
  'mgso4_given',
  'mgso4_loading_at',
  'antenatal_corticosteroids',
  'blood_transfusion',
  'blood_units',
  'ifa_180_given',
  'calcium_360_given',
  'mlcu',
] as const;
const PPFP = Object.keys(ppfpShape);
const EPISODE_NAMES: readonly string[] = [...DELIVERY, ...CARE, ...PPFP];

const BABY_MAIN = ['sex', 'outcome', 'birth_weight_g', 'born_at', 'cried_at_birth', 'resuscitation', 'bf_within_1h'] as const;
/** `hepb0` (a date alone) is shown only for old records that have one: new entries record the time. */
const BABY_DOSES = ['vit_k', 'bcg', 'opv0', 'hepb0_at', 'hepb0'] as const;
const BABY_MORE = [
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
const BABY_NAMES: readonly string[] = [...BABY_MAIN, ...BABY_DOSES, ...BABY_MORE];
const MAX_BABIES = 4;

/** React keys of baby cards (a card keeps its key when the one before it is removed). */
let lastBabyKey = 0;
const babyKey = () => ++lastBabyKey;

interface BabyDraft {
  key: number;
  id?: number;
  draft: Draft;
  more: boolean;
}

export function DeliveryPage({ id }: { id: number }) {
  const { t } = useI18n();
  const { detail, error, reload } = useEpisode(id);
  if (error) return <ErrorBanner error={error} onRetry={reload} />;
  if (!detail) return <p>{t('status.loading')}</p>;
  return <DeliveryForm key={detail.record.version} detail={detail} onReload={reload} />;
}

function DeliveryForm({ detail, onReload }: { detail: EpisodeDetail; onReload: () => void }) {
  const { t } = useI18n();
  const { clock, ruleContext } = useRegister();
  const record = detail.record;
  const firstTime = record.record_state === 'admitted';
  const [draft, setDraft] = useState<Draft>(() => {
    const d = toDraft(EPISODE_FIELD_KINDS, EPISODE_NAMES, record);
    if (!record.delivery_at) {
      const today = clock().today.split('-').reverse().join('-');
      d.delivery_at = { date: today, time: '' };
      if (!record.place_of_delivery) d.place_of_delivery = 'this_facility';
    }
    return d;
  });
  const newBaby = (): BabyDraft => ({ key: babyKey(), draft: toDraft(BABY_FIELD_KINDS, BABY_NAMES, {}), more: false });
  const [babies, setBabies] = useState<BabyDraft[]>(() =>
    record.babies.length > 0
      ? record.babies.map((b) => ({ key: babyKey(), id: b.id, draft: toDraft(BABY_FIELD_KINDS, BABY_NAMES, b), more: false }))
      : [newBaby()],
  );
  const [reason, setReason] = useState('');
  const [focusTick, setFocusTick] = useState(0);
  const flow = useSaveFlow();

  const visible = (name: string) => episodeFieldVisible(name, draft, record);
  const build = () => {
    const now = clock();
    const episode = convertDraft(EPISODE_FIELD_KINDS, EPISODE_NAMES, draft, now, { pathPrefix: 'fields.', visible });
    const conversion: FieldIssue[] = [...episode.issues];
    const fields = { ...episode.values, number_of_babies: babies.length };
    let babyCorrections = babies.length < record.babies.length;
    const babyValues = babies.map((baby, i) => {
      const converted = convertDraft(BABY_FIELD_KINDS, BABY_NAMES, baby.draft, now, {
        pathPrefix: `babies.${i}.`,
        visible: (name) => babyFieldVisible(name, baby.draft),
      });
      conversion.push(...converted.issues);
      const stored = record.babies.find((b) => b.id === baby.id);
      if (stored && correctedFields(changedValues(converted.values, stored), stored).length > 0) babyCorrections = true;
      return { ...(baby.id !== undefined ? { id: baby.id } : {}), baby_order: i + 1, ...converted.values };
    });
    const patch = changedValues(fields, record);
    const corrects = !firstTime && (correctedFields(patch, record).length > 0 || babyCorrections);
    const issues = checkEpisodeForm({
      before: checkableRecord(record),
      fields,
      babies: babyValues,
      stage: 'deliver',
      rules: ruleContext(),
      conversion,
    });
    if (corrects && reason.trim() === '') issues.push(REASON_REQUIRED);
    return { patch, babyValues, issues, corrects };
  };
  const built = build();
  const { shown, submitted, setSubmitted, onBlur } = useShownIssues(built.issues, flow);

  const set = (name: string, value: DraftValue) => {
    setDraft((d) => ({ ...d, [name]: value }));
    flow.changed();
  };
  const setBaby = (key: number, name: string, value: DraftValue) => {
    setBabies((list) => list.map((b) => (b.key === key ? { ...b, draft: { ...b.draft, [name]: value } } : b)));
    flow.changed();
  };
  const addBaby = () => {
    setBabies((list) => (list.length < MAX_BABIES ? [...list, newBaby()] : list));
    flow.changed();
    setTimeout(() => {
      const cards = document.querySelectorAll('.baby-card');
      (cards[cards.length - 1]?.querySelector('input') as HTMLInputElement | null)?.focus();
    }, 0);
  };
  const removeBaby = (key: number) => {
    setBabies((list) => list.filter((b) => b.key !== key));
    flow.changed();
  };

  const save = async (acknowledge: boolean) => {
    setSubmitted(true);
    const { patch, babyValues, issues, corrects } = build();
    if (errorsOf(issues).length > 0) {
      setBabies((list) =>
        list.map((b, i) => ({
          ...b,
          more: b.more || issues.some((issue) => BABY_MORE.some((f) => issue.field === `babies.${i}.${f}`)),
        })),
      );
      setFocusTick((n) => n + 1);
      return;
    }
    const saved = await flow.run(
      (ack) =>
        api.recordDelivery({
          id: record.id,
          version: record.version,
          fields: patch,
          babies: babyValues,
          ...reasonToSend(corrects || submittedMonthAsksReason(flow.serverIssues), reason),
          acknowledge_warnings: ack,
        }),
      acknowledge,
    );
    if (!saved) {
      setFocusTick((n) => n + 1);
      return;
    }
    setFlash('delivery.saved', { serial: saved.record.serial_no });
    navigate(`register/record/${record.id}`);
  };

  const grid = (names: readonly string[], autoFocus?: string) => (
    <FieldsGrid
      names={names}
      kinds={EPISODE_FIELD_KINDS}
      draft={draft}
      onChange={set}
      issues={shown}
      prefix="fields."
      visible={visible}
      autoFocus={autoFocus}
      wide={['mode', 'complications', 'place_of_delivery', 'amtsl_oxytocin']}
    />
  );
  const babyIssues = shown.filter((i) => i.field === 'babies');

  return (
    <section className="page" aria-labelledby="delivery-title">
      <RecordTitle detail={detail} titleKey={firstTime ? 'delivery.title' : 'delivery.title_correct'} id="delivery-title" />
      <EpisodeForm
        flow={flow}
        issues={shown}
        submitted={submitted}
        onSubmit={() => void save(false)}
        onConfirm={() => void save(true)}
        onBlur={onBlur}
        focusTick={focusTick}
        onReload={onReload}
        testId="delivery-form"
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
          <legend>{t('delivery.section.delivery')}</legend>
          {grid(DELIVERY, 'place_of_delivery')}
        </fieldset>
        <fieldset className="section" data-path="babies">
          <legend>{t('delivery.section.babies', { count: babies.length })}</legend>
          {babyIssues.map((issue, i) => (
            <p key={i} className="field-error">
              {t(issue.message, issue.params)}
            </p>
          ))}
          {babies.map((baby, i) => (
            <BabyCard
              key={baby.key}
              index={i}
              baby={baby}
              issues={shown}
              onChange={(name, value) => setBaby(baby.key, name, value)}
              onToggleMore={() => setBabies((list) => list.map((b) => (b.key === baby.key ? { ...b, more: !b.more } : b)))}
              onRemove={babies.length > 1 ? () => removeBaby(baby.key) : undefined}
            />
          ))}
          {babies.length < MAX_BABIES && (
            <button type="button" className="add-baby" onClick={addBaby} data-testid="add-baby">
              {t('delivery.add_baby', { letter: babyLetter(babies.length + 1) })}
            </button>
          )}
        </fieldset>
        <fieldset className="section">
          <legend>{t('delivery.section.care')}</legend>
          {grid(CARE)}
        </fieldset>
        <fieldset className="section">
          <legend>{t('delivery.section.ppfp')}</legend>
          {grid(PPFP)}
        </fieldset>
        {((!firstTime && built.corrects) || submittedMonthAsksReason(shown)) && (
          <ReasonField value={reason} onChange={setReason} issues={shown} />
        )}
      </EpisodeForm>
    </section>
  );
}

function BabyCard(props: {
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
