import type { EpisodeDetail } from '../../../../shared/contract/register';
import type { FieldIssue } from '../../../../shared/errors';
import type { ReferralRecord } from '../../../../shared/register/schema';
import type { RuleContext } from '../../../../shared/register/rules';
import type { InputClock } from '../../register/dateInput';
import { changedValues, convertDraft, correctedFields, type Draft } from '../../register/draft';
import { EPISODE_FIELD_KINDS } from '../../register/fields';
import { checkableRecord, checkEpisodeForm } from '../../register/validate';
import { DISCHARGE_FIELDS } from '../../register/visibility';
import { convertReferral, type TreatmentDraft } from './OutcomeReferral';

/*
 * The outcome form's fields, and what its entries make: the recordOutcome call's parts and the issues the shared
 * rules find in them (the same rules the service applies when it closes the record).
 */

export const TOP = ['outcome', 'outcome_at'] as const;
export const BY_OUTCOME = [
  ...DISCHARGE_FIELDS,
  'lama_declaration_signed',
  'maternal_death_cause',
  'fbmdr_done',
  'fbmdr_date',
] as const;
export const COMMON = ['final_diagnosis', 'treatment_given', 'outcome_note'] as const;
export const PPFP = ['ppfp_counselled', 'ppfp_method', 'ppiucd_at', 'pp_sterilisation_at', 'pp_sterilisation_with_lscs'] as const;

/** What is typed on the outcome form. */
export interface OutcomeEntries {
  draft: Draft;
  referral: Draft;
  vitals: Draft;
  treatments: TreatmentDraft[];
  exits: Draft;
}

/** The form as it stands: the changed fields, the referral (if referred out), the babies' exits, and its issues. */
export function buildOutcome(
  record: EpisodeDetail['record'],
  entries: OutcomeEntries,
  context: { names: readonly string[]; visible: (name: string) => boolean; now: InputClock; rules: RuleContext },
) {
  const { draft, referral, vitals, treatments, exits } = entries;
  const { names, visible, now } = context;
  const correcting = record.record_state === 'closed';
  const stored: Partial<ReferralRecord> = record.referrals.find((r) => r.baby_order === null) ?? {};
  const episode = convertDraft(EPISODE_FIELD_KINDS, names, draft, now, { pathPrefix: 'fields.', visible });
  const conversion: FieldIssue[] = [...episode.issues];
  const fields = episode.values;
  const patch = changedValues(fields, record);
  let referralValues: Record<string, unknown> | null = null;
  if (draft.outcome === 'referred_out') {
    const converted = convertReferral({ referral, vitals, treatments }, draft.outcome_at ?? null, now);
    conversion.push(...converted.issues);
    referralValues = converted.values;
  }
  const babyExits = record.babies.map((b) => ({
    id: b.id,
    baby_order: b.baby_order,
    baby_exit: (exits[String(b.id)] || null) as (typeof b)['baby_exit'],
  }));
  const exitChanged = babyExits.filter((b) => record.babies.find((s) => s.id === b.id)?.baby_exit !== b.baby_exit);
  const referralCorrected = referralValues !== null && correctedFields(changedValues(referralValues, stored), stored).length > 0;
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
    rules: context.rules,
    conversion,
  });
  return { patch, referralValues, babyExits: exitChanged, issues, corrects };
}
