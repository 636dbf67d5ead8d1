import { useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18n';
import { completionOf } from '../register/entryChoices';
import { isDateTimeDraft, type DateTimeDraft, type DraftValue } from '../register/draft';
import type { ControlProps } from './Field';

/* Typed controls of register fields: a text box offering the usual answers, and a date with its time. */

/**
 * A text box that completes as it is typed, as a spreadsheet column does: the first suggestion the typed letters
 * begin is filled in with its remainder selected, so Tab takes it, typing on replaces it and Delete removes it.
 * The other suggestions are in the box's list (arrow down).
 */
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
  const input = useRef<HTMLInputElement>(null);
  /** Where the typed part ends once the completed value is shown. */
  const typedEnd = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (typedEnd.current === null || !input.current) return;
    input.current.setSelectionRange(typedEnd.current, value.length, 'forward');
    typedEnd.current = null;
  }, [value]);
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const typed = e.target.value;
    // Only a letter typed at the end completes: not a deletion, a paste in the middle or an IME composition.
    const typing = (e.nativeEvent as InputEvent).inputType === 'insertText' && e.target.selectionStart === typed.length;
    const completed = typing && suggestions ? completionOf(suggestions, typed) : null;
    if (completed === value) {
      // Typing on through the completion: the value stays, only the selection shrinks (no render follows).
      e.target.value = completed;
      e.target.setSelectionRange(typed.length, completed.length, 'forward');
      return;
    }
    if (completed) typedEnd.current = typed.length;
    onChange(completed ?? typed);
  };
  return (
    <>
      <input
        {...control}
        ref={input}
        type="text"
        autoComplete="off"
        aria-autocomplete={suggestions ? 'both' : undefined}
        value={value}
        list={suggestions ? listId : undefined}
        inputMode={inputMode}
        autoFocus={autoFocus}
        onChange={change}
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
