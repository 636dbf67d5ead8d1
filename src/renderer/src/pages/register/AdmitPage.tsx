import { useRef, useState, type KeyboardEvent } from 'react';
import type { SavedDraft } from '../../../../shared/contract/drafts';
import { obstetricShape } from '../../../../shared/register/schema';
import { useOpMutation } from '../../api/query';
import { FieldsGrid } from '../../components/FieldsGrid';
import { EpisodeForm, SaveActions } from '../../components/form';
import { useChangeReason, useEpisodeFormFlow } from '../../components/formFlow';
import { useI18n } from '../../i18n/I18n';
import { setFlash, useFlash } from '../../flash';
import { convertDraft, toDraft, type Draft, type DraftValue } from '../../register/draft';
import { useEntryCompletion } from '../../register/useEntryCompletion';
import { EPISODE_FIELD_KINDS } from '../../register/fields';
import { DraftGate, DraftRestored, draftGroup, draftText, useDraftKeeper } from '../../register/keepDraft';
import { useRegister } from '../../register/RegisterContext';
import { checkEpisodeForm } from '../../register/validate';
import { episodeFieldVisible } from '../../register/visibility';
import { navigate } from '../../router';
import { useAppState } from '../../state';

/*
 * Admission: only name, admission time and age (or date of birth) are needed; the rest can be completed later
 * (clerks copy from paper). Keyboard only: the name box has focus, Tab walks the fields in the order of the
 * paper register, Enter or Ctrl+S saves. Speed for a trained clerk (docs/benchmarks.md): Tab from a typed age
 * goes past the date of birth (Shift+Tab reaches it); the village, ASHA and referring facility complete from the
 * register and a known village fills in its block. The admission time stays in the Tab path: past admissions
 * are copied from paper with their own time.
 */

const MOTHER = ['mother_name', 'age_years', 'dob', 'admission_at', 'relation_type', 'relative_name'] as const;
const FAMILY = ['village_ward', 'block', 'mobile', 'rch_id', 'booked', 'asha_name', 'asha_mobile'] as const;
const ADMISSION = [
  'admission_category',
  'referred_in_from_name',
  'referred_in_from_type',
  'referred_in_reason',
  'referral_slip_received',
  'referred_in_transport',
  'pre_referral_treatment_received',
] as const;
const MORE_IDENTITY = [
  'ipd_no',
  'address_line',
  'district',
  'state',
  'pin',
  'mcp_card_no',
  'aadhaar_no',
  'jsy_pmmvy_beneficiary',
] as const;
const MORE_OBSTETRIC = Object.keys(obstetricShape);
const ALL: readonly string[] = [...MOTHER, ...FAMILY, ...ADMISSION, ...MORE_IDENTITY, ...MORE_OBSTETRIC];
const KINDS = EPISODE_FIELD_KINDS;

export function AdmitPage() {
  return <DraftGate form="admit">{(saved, discard) => <AdmitForm saved={saved} onDiscard={discard} />}</DraftGate>;
}

function AdmitForm({ saved, onDiscard }: { saved: SavedDraft | null; onDiscard: () => void }) {
  const { t, tx } = useI18n();
  const { settings } = useAppState();
  const { clock, ruleContext } = useRegister();
  const flash = useFlash();
  const fresh = (): Draft => {
    const now = clock();
    return {
      ...toDraft(KINDS, ALL, { district: settings?.district || null, state: settings?.state || null }),
      admission_at: { date: now.today.split('-').reverse().join('-'), time: now.nowTime },
    };
  };
  const [draft, setDraft] = useState<Draft>(() => ({ ...fresh(), ...draftGroup(saved, 'fields') }));
  // A restored draft with entries under "More details" opens them.
  const [more, setMore] = useState(() => {
    const start = fresh();
    return [...MORE_IDENTITY, ...MORE_OBSTETRIC].some((n) => JSON.stringify(draft[n]) !== JSON.stringify(start[n]));
  });
  const reason = useChangeReason(draftText(saved, 'reason') ?? '');
  const keeper = useDraftKeeper('admit', null, { fields: draft, reason: reason.value }, saved !== null);
  const admitMother = useOpMutation('admitMother', { invalidates: ['listToday', 'listRegister', 'findEpisodes'] });

  const visible = (name: string) => episodeFieldVisible(name, draft);
  const build = () => {
    const { values, issues } = convertDraft(KINDS, ALL, draft, clock(), { pathPrefix: 'fields.', visible });
    const fields = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
    const all = checkEpisodeForm({ before: null, fields, stage: 'admit', rules: ruleContext(), conversion: issues });
    return { fields, issues: all };
  };
  /** Which button sent the form: "Save" opens the record, "Save and admit another" starts a new form. */
  const another = useRef(false);
  const form = useEpisodeFormFlow({
    build,
    onInvalid: (issues) => {
      const hidden = [...MORE_IDENTITY, ...MORE_OBSTETRIC].map((f) => `fields.${f}`);
      if (issues.some((i) => hidden.includes(i.field))) setMore(true);
    },
    keeper,
    reason,
    send: ({ fields }, ack, why) => admitMother.mutateAsync({ fields, ...why, acknowledge_warnings: ack }),
    onSaved: (admitted) => {
      setFlash('admit.saved', { name: admitted.record.mother_name ?? '', serial: admitted.record.serial_no });
      navigate(another.current ? `register/admit/${admitted.record.id}` : `register/record/${admitted.record.id}`);
    },
  });
  const { flow, shown } = form;

  const entry = useEntryCompletion();
  const set = (name: string, value: DraftValue) => {
    setDraft(entry.follow({ ...draft, [name]: value }, name));
    flow.changed();
  };
  const ageGiven = typeof draft.age_years === 'string' && draft.age_years.trim() !== '';
  const dobEmpty = typeof draft.dob !== 'string' || draft.dob.trim() === '';
  /** Tab from a typed age goes to the admission date: the date of birth is then rarely known. */
  const pastDob = (e: KeyboardEvent<HTMLElement>) => {
    const from = e.target as HTMLElement;
    if (e.key !== 'Tab' || e.shiftKey || from.dataset.path !== 'fields.age_years' || !ageGiven || !dobEmpty) return;
    const next = e.currentTarget.querySelector<HTMLElement>('[data-path="fields.admission_at"]');
    if (!next) return;
    e.preventDefault();
    next.focus();
  };

  const hints = {
    ...(ageGiven && dobEmpty ? { dob: t('entry.dob_skipped') } : {}),
    ...entry.hints(draft),
  };
  const grid = (names: readonly string[], autoFocus?: string) => (
    <FieldsGrid
      names={names}
      kinds={KINDS}
      draft={draft}
      onChange={set}
      issues={shown}
      prefix="fields."
      visible={visible}
      autoFocus={autoFocus}
      wide={['risk_factors', 'referred_in_reason', 'pre_referral_treatment_received']}
      double={['mother_name', 'booked']}
      completions={entry.completions}
      hints={hints}
    />
  );

  return (
    <section className="page" aria-labelledby="admit-title">
      <div className="page-head">
        <h1 id="admit-title">{t('admit.title')}</h1>
        <p className="muted">{t('admit.intro')}</p>
      </div>
      <DraftRestored saved={saved} version={null} keeper={keeper} onDiscard={onDiscard} />
      {flash && (
        <div className="banner banner-ok" role="status">
          {tx(flash.key, flash.params)}
        </div>
      )}
      <EpisodeForm
        {...form.props}
        onSubmit={(submitter) => {
          another.current = submitter?.dataset.action === 'another';
          form.props.onSubmit(submitter);
        }}
        testId="admit-form"
        actions={
          <SaveActions saving={flow.saving} onCancel={() => navigate('register')} keeper={keeper}>
            <button type="submit" disabled={flow.saving} data-action="another">
              {t('action.save_admit_another')}
            </button>
          </SaveActions>
        }
      >
        <fieldset className="section" onKeyDown={pastDob}>
          <legend>{t('admit.section.mother')}</legend>
          {grid(MOTHER, 'mother_name')}
        </fieldset>
        <fieldset className="section">
          <legend>{t('admit.section.family')}</legend>
          {grid(FAMILY)}
        </fieldset>
        <fieldset className="section">
          <legend>{t('admit.section.admission')}</legend>
          {grid(ADMISSION)}
        </fieldset>
        <button
          type="button"
          className="disclosure"
          aria-expanded={more}
          aria-controls="admit-more"
          onClick={() => setMore((m) => !m)}
        >
          {more ? t('admit.less') : t('admit.more')}
        </button>
        {more && (
          <div id="admit-more">
            <fieldset className="section">
              <legend>{t('admit.section.more_identity')}</legend>
              {grid(MORE_IDENTITY)}
            </fieldset>
            <fieldset className="section">
              <legend>{t('admit.section.obstetric')}</legend>
              {grid(MORE_OBSTETRIC)}
            </fieldset>
          </div>
        )}
        {form.reasonField}
      </EpisodeForm>
    </section>
  );
}
