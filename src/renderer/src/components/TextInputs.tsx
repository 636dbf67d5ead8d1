import { useI18n } from '../i18n/I18n';
import { isDateTimeDraft, type DateTimeDraft, type DraftValue } from '../register/draft';
import type { ControlProps } from './Field';

/* Typed controls of register fields: a text box offering the usual answers, and a date with its time. */

export function TextInput(
  props: ControlProps & {
    value: string;
    onChange: (v: string) => void;
    suggestions?: readonly string[];
    autoFocus?: boolean;
    inputMode?: 'numeric';
  },
) {
  const { value, onChange, suggestions, autoFocus, inputMode, ...control } = props;
  const listId = `${control.id}-list`;
  return (
    <>
      <input
        {...control}
        type="text"
        autoComplete="off"
        value={value}
        list={suggestions ? listId : undefined}
        inputMode={inputMode}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </>
  );
}

export function DateTimeInput(props: {
  controlProps: ControlProps;
  value: DraftValue | undefined;
  onChange: (v: DateTimeDraft) => void;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const value = isDateTimeDraft(props.value) ? props.value : { date: '', time: '' };
  const { id, ...rest } = props.controlProps;
  return (
    <div className="datetime">
      <input
        {...rest}
        id={id}
        type="text"
        className="input-date"
        placeholder={t('input.date_placeholder')}
        autoComplete="off"
        value={value.date}
        autoFocus={props.autoFocus}
        onChange={(e) => props.onChange({ ...value, date: e.target.value })}
      />
      <input
        type="text"
        className="input-time"
        aria-label={t('input.time')}
        aria-invalid={rest['aria-invalid']}
        data-path={`${rest['data-path']}#time`}
        placeholder={t('input.time_placeholder')}
        autoComplete="off"
        value={value.time}
        onChange={(e) => props.onChange({ ...value, time: e.target.value })}
      />
    </div>
  );
}
