import { useState } from 'react';
import type { SavedDraft } from '../../../../shared/contract/drafts';
import type { EpisodeDetail } from '../../../../shared/contract/register';
import { useOpMutation } from '../../api/query';
import { FieldsGrid } from '../../components/FieldsGrid';
import { EpisodeForm, SaveActions } from '../../components/form';
import { useEpisodeFormFlow } from '../../components/formFlow';
import {
  changedValues,
  convertDraft,
  correctedFields,
  toDraft,
  typedNames,
  type Draft,
  type DraftValue,
} from '../../register/draft';
import { useEntryCompletion } from '../../register/useEntryCompletion';
import { EPISODE_FIELD_KINDS } from '../../register/fields';
import { DraftGate, DraftRestored } from '../../register/keepDraft';
import { useKeptEntries } from '../../register/keptEntries';
import { useRegister } from '../../register/RegisterContext';
import { checkableRecord, checkEpisodeForm } from '../../register/validate';
import { episodeFieldVisible } from '../../register/visibility';
import { RECORD_READS } from './EpisodeFormPage';

interface SectionEditorProps {
  detail: EpisodeDetail;
  /** Which section (`identity`, `obstetric`, `ppfp`, `crs`): its draft is `section-<section>:<record id>`. */
  section: string;
  names: readonly string[];
  onSaved: (d: EpisodeDetail) => void;
  onCancel: () => void;
  onReload: () => void;
}

/**
 * Edits one section of the record in place (updateEpisode); changing a saved value asks for the reason. What is typed
 * is kept as a draft, as in the register's other forms, and comes back when the section is opened again.
 */
export function SectionEditor(props: SectionEditorProps) {
  const draftForm = `section-${props.section}:${props.detail.record.id}`;
  return (
    <DraftGate form={draftForm}>
      {(saved, discard) => <SectionForm {...props} draftForm={draftForm} saved={saved} onDiscard={discard} />}
    </DraftGate>
  );
}

function SectionForm(props: SectionEditorProps & { draftForm: string; saved: SavedDraft | null; onDiscard: () => void }) {
  const { clock, ruleContext } = useRegister();
  const record = props.detail.record;
  const { draftForm } = props;
  // The section as it was when the form opened: only what differs from it is sent (and kept in the draft with it), so a
  // field changed elsewhere meanwhile (another PC, another form) is never set back by an entry nobody touched.
  const [base] = useState<Draft>(() => toDraft(EPISODE_FIELD_KINDS, props.names, record));
  const { draft, setDraft, reason, keeper } = useKeptEntries(
    draftForm,
    record.version,
    props.saved,
    () => {
      const d = { ...base };
      // Form 1 asks the father's name: a wife's record already has her husband's (issue 10 item 7).
      if (props.names.includes('father_name') && !record.father_name && record.relation_type === 'wife_of')
        d.father_name = record.relative_name ?? '';
      return d;
    },
    base,
  );
  // updateEpisode does not know which section sent it, so the form drops its own draft once saved.
  const discardDraft = useOpMutation('discardDraft');
  const dropDraft = () => void discardDraft.mutateAsync({ form: draftForm }).catch(() => undefined);
  // Form 1 (birth report) details change what the slips still miss: their tiles refresh too.
  const updateEpisode = useOpMutation('updateEpisode', { invalidates: RECORD_READS });
  const visible = (name: string) => episodeFieldVisible(name, draft, record);
  const build = () => {
    const converted = convertDraft(EPISODE_FIELD_KINDS, props.names, draft, clock(), { pathPrefix: 'fields.', visible });
    // What was typed, and what the entries hide (sent empty: what the clerk sees is what is saved).
    const typed = new Set(typedNames(draft, base, props.names));
    const sent = Object.fromEntries(Object.entries(converted.values).filter(([name]) => typed.has(name) || !visible(name)));
    const patch = changedValues(sent, record);
    const corrects = correctedFields(patch, record).length > 0;
    const stage = record.record_state === 'closed' ? 'close' : record.record_state === 'delivered' ? 'deliver' : 'admit';
    const issues = checkEpisodeForm({
      before: checkableRecord(record),
      fields: converted.values,
      stage,
      rules: ruleContext(),
      conversion: converted.issues,
    });
    return { patch, corrects, issues };
  };
  const form = useEpisodeFormFlow({
    build,
    before: ({ patch }) => {
      const any = Object.keys(patch).length > 0;
      if (!any) {
        // Nothing differs from the record (entries typed back, or a restored draft already saved): no draft to keep.
        keeper.done();
        dropDraft();
        props.onCancel();
      }
      return any;
    },
    keeper,
    reason,
    send: ({ patch }, ack, why) =>
      updateEpisode.mutateAsync({ id: record.id, version: record.version, fields: patch, ...why, acknowledge_warnings: ack }),
    onSaved: (result) => {
      dropDraft();
      props.onSaved(result);
    },
  });
  const { flow, shown } = form;
  // The same completions as the admission (village, ASHA, referring facility); a known village's block replaces
  // the saved one like any other correction.
  const entry = useEntryCompletion(record.block ?? '', props.names);
  const set = (name: string, value: DraftValue) => {
    setDraft((d) => entry.follow({ ...d, [name]: value }, name));
    flow.changed();
  };
  return (
    <EpisodeForm
      {...form.props}
      onReload={props.onReload}
      testId="section-form"
      actions={<SaveActions saving={flow.saving} onCancel={props.onCancel} keeper={keeper} />}
    >
      <DraftRestored saved={props.saved} version={record.version} keeper={keeper} onDiscard={props.onDiscard} />
      <FieldsGrid
        names={props.names}
        kinds={EPISODE_FIELD_KINDS}
        draft={draft}
        onChange={set}
        issues={shown}
        prefix="fields."
        visible={visible}
        autoFocus={props.names[0]}
        wide={['risk_factors', 'admission_category', 'ppfp_method']}
        completions={entry.completions}
        hints={entry.hints(draft)}
      />
      {form.reasonField}
    </EpisodeForm>
  );
}
