import { useState } from 'react';
import type { SavedDraft } from '../../../../shared/contract/drafts';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import type { FieldIssue } from '../../../../shared/errors';
import { ppfpShape } from '../../../../shared/register/schema';
import { useOpMutation } from '../../api/query';
import { FieldsGrid } from '../../components/FieldsGrid';
import { EpisodeForm, SaveActions } from '../../components/form';
import { useChangeReason, useEpisodeFormFlow } from '../../components/formFlow';
import { RecordTitle } from '../../components/record-bits';
import { setFlash } from '../../flash';
import { useI18n } from '../../i18n/I18n';
import { changedValues, convertDraft, correctedFields, toDraft, type Draft, type DraftValue } from '../../register/draft';
import { babyLetter, EPISODE_FIELD_KINDS } from '../../register/fields';
import { DraftRestored, draftGroup, draftText, useDraftKeeper } from '../../register/keepDraft';
import { useRegister } from '../../register/RegisterContext';
import { checkableRecord, checkEpisodeForm } from '../../register/validate';
import { episodeFieldVisible } from '../../register/visibility';
import { navigate } from '../../router';
import { BabyCard, convertBabies, MAX_BABIES, useBabyCards } from './DeliveryBabies';
import { EpisodeFormPage, REGISTER_READS } from './EpisodeFormPage';

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

export function DeliveryPage({ id }: { id: number }) {
  return <EpisodeFormPage id={id} form={`delivery:${id}`} render={(props) => <DeliveryForm {...props} />} />;
}

function DeliveryForm(props: { detail: EpisodeDetail; saved: SavedDraft | null; onDiscard: () => void; onReload: () => void }) {
  const { detail, saved, onReload } = props;
  const { t, tx } = useI18n();
  const { clock, ruleContext } = useRegister();
  const record = detail.record;
  const firstTime = record.record_state === 'admitted';
  const [draft, setDraft] = useState<Draft>(() => {
    const kept = draftGroup(saved, 'fields');
    if (kept) return kept;
    const d = toDraft(EPISODE_FIELD_KINDS, EPISODE_NAMES, record);
    if (!record.delivery_at) {
      const today = clock().today.split('-').reverse().join('-');
      d.delivery_at = { date: today, time: '' };
      if (!record.place_of_delivery) d.place_of_delivery = 'this_facility';
    }
    return d;
  });
  const reason = useChangeReason(draftText(saved, 'reason') ?? '');
  const cards = useBabyCards(record.babies, saved, draft.delivery_at ?? null);
  const { babies } = cards;
  const keeper = useDraftKeeper(
    `delivery:${record.id}`,
    record.version,
    {
      fields: draft,
      babies: babies.map((b) => b.draft),
      baby_ids: babies.map((b) => ({ id: String(b.id ?? '') })),
      reason: reason.value,
    },
    saved !== null,
  );
  const recordDelivery = useOpMutation('recordDelivery', { invalidates: REGISTER_READS });

  const visible = (name: string) => episodeFieldVisible(name, draft, record);
  const build = () => {
    const now = clock();
    const episode = convertDraft(EPISODE_FIELD_KINDS, EPISODE_NAMES, draft, now, { pathPrefix: 'fields.', visible });
    const fields = { ...episode.values, number_of_babies: babies.length };
    const converted = convertBabies(babies, record.babies, now);
    const conversion: FieldIssue[] = [...episode.issues, ...converted.issues];
    const babyValues = converted.values;
    const patch = changedValues(fields, record);
    const corrects = !firstTime && (correctedFields(patch, record).length > 0 || converted.corrected);
    const issues = checkEpisodeForm({
      before: checkableRecord(record),
      fields,
      babies: babyValues,
      stage: 'deliver',
      rules: ruleContext(),
      conversion,
    });
    return { patch, babyValues, issues, corrects };
  };
  const form = useEpisodeFormFlow({
    build,
    onInvalid: cards.openMoreFor,
    keeper,
    reason,
    send: ({ patch, babyValues }, ack, why) =>
      recordDelivery.mutateAsync({
        id: record.id,
        version: record.version,
        fields: patch,
        babies: babyValues,
        ...why,
        acknowledge_warnings: ack,
      }),
    onSaved: (delivered) => {
      setFlash('delivery.saved', { serial: delivered.record.serial_no });
      navigate(`register/record/${record.id}`);
    },
  });
  const { flow, shown } = form;
  const babyEdits = cards.edits(flow.changed);

  const set = (name: string, value: DraftValue) => {
    setDraft((d) => ({ ...d, [name]: value }));
    if (name === 'delivery_at') cards.followDelivery(draft.delivery_at, value);
    flow.changed();
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
      <DraftRestored saved={saved} version={record.version} keeper={keeper} onDiscard={props.onDiscard} />
      <EpisodeForm
        {...form.props}
        onReload={onReload}
        testId="delivery-form"
        actions={<SaveActions saving={flow.saving} onCancel={() => navigate(`register/record/${record.id}`)} keeper={keeper} />}
      >
        <fieldset className="section">
          <legend>{t('delivery.section.delivery')}</legend>
          {grid(DELIVERY, 'place_of_delivery')}
        </fieldset>
        <fieldset className="section" data-path="babies">
          <legend>{t('delivery.section.babies', { count: babies.length })}</legend>
          {babyIssues.map((issue, i) => (
            <p key={i} className="field-error">
              {tx(issue.message, issue.params)}
            </p>
          ))}
          {babies.map((baby, i) => (
            <BabyCard
              key={baby.key}
              index={i}
              baby={baby}
              issues={shown}
              onChange={(name, value) => babyEdits.setBaby(baby.key, name, value)}
              onToggleMore={() => cards.toggleMore(baby.key)}
              onRemove={babies.length > 1 ? () => babyEdits.removeBaby(baby.key) : undefined}
            />
          ))}
          {babies.length < MAX_BABIES && (
            <button type="button" className="add-baby" onClick={babyEdits.addBaby} data-testid="add-baby">
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
        {form.reasonField}
      </EpisodeForm>
    </section>
  );
}
