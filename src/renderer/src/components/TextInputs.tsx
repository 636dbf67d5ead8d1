import { useLayoutEffect, useRef, type ChangeEvent } from 'react';
import { useI18n } from '../i18n/I18n';
import { completionOf, type Completion } from '../register/entryChoices';
import { isDateTimeDraft, type DateTimeDraft, type DraftValue } from '../register/draft';
import type { ControlProps } from './Field';

/* Typed controls of register fields: a text box offering the usual answers, and a date with its time. */

/**
 * A text box that completes as it is typed, as a spreadsheet column does: the first suggestion the typed letters
 * begin is filled in with its remainder selected, so Tab takes it, typing on replaces it and Delete removes it.
 * A suggestion in the other script ("Belwa" for a typed "बेल") is shown whole and all selected; typing on or
 * Delete then go on from, or give back, the letters the clerk typed. A word a phonetic input method (IME) commits
 * completes as typed letters do; while it composes, the box is left to it. The other suggestions are in the box's
 * list (arrow down).
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
  /** Where the offered part starts once the completed value is shown. */
  const offeredFrom = useRef<number | null>(null);
  /** The completion shown and the text its unselected part stands for (in the other script: what was typed). */
  const shown = useRef<{ typed: string; completion: Completion } | null>(null);
  useLayoutEffect(() => {
    if (offeredFrom.current === null || !input.current) return;
    input.current.setSelectionRange(offeredFrom.current, value.length, 'forward');
    offeredFrom.current = null;
  }, [value]);
  /** The value and completion shown when an IME composition began: what its committed text goes on from. */
  const beforeComposition = useRef<{ value: string; shown: typeof shown.current }>({ value, shown: null });
  /**
   * Shows what was `typed`, completed when it came from `typing` (a letter typed or an IME's text committed) at
   * the end of the box: not a deletion or a paste.
   */
  const enter = (box: HTMLInputElement, typed: string, typing: boolean) => {
    shown.current = null;
    const completed = typing && box.selectionStart === box.value.length && suggestions ? completionOf(suggestions, typed) : null;
    if (completed) {
      const { value: full, from } = completed;
      shown.current = { typed: from > 0 ? full.slice(0, from) : typed, completion: completed };
      if (full === value) {
        // Typing on through the completion: the value stays, only the selection changes (no render follows).
        box.value = full;
        box.setSelectionRange(from, full.length, 'forward');
        return;
      }
      offeredFrom.current = from;
    }
    onChange(completed?.value ?? typed);
  };
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const event = e.nativeEvent as InputEvent;
    // While an IME composes, the box is its own (setting its value or selection breaks the IME): the value follows
    // it as it is, and the composition completes once committed.
    if (event.isComposing) return onChange(e.target.value);
    const added = event.inputType === 'insertText' ? (event.data ?? '') : event.inputType.startsWith('delete') ? '' : null;
    enter(e.target, typedText(e.target.value, added, value, shown.current), event.inputType === 'insertText');
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
        onCompositionStart={() => (beforeComposition.current = { value, shown: shown.current })}
        // Text an IME committed at the end completes as a typed letter does, going on from a completion it replaced.
        onCompositionEnd={(e) => {
          const { value: before, shown: over } = beforeComposition.current;
          enter(e.currentTarget, typedText(e.currentTarget.value, e.data, before, over), true);
        }}
        // Select all says "replace what is here": the next letter starts afresh, not from the letters behind a
        // completion in the other script (which looks the same, all selected).
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.code === 'KeyA') shown.current = null;
        }}
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

/**
 * What the clerk has typed, given the box after an edit that `added` text (typed or committed; '' for a deletion,
 * null for any other edit). While a completion was shown (`before`, the box's value still its `value`) an edit that
 * replaced its offered part goes on from the text its unselected part stands for, so letters typed in the other
 * script come back rather than being lost.
 */
function typedText(
  boxValue: string,
  added: string | null,
  value: string,
  before: { typed: string; completion: Completion } | null,
): string {
  if (!before || before.completion.value !== value) return boxValue;
  const kept = value.slice(0, before.completion.from);
  return added !== null && boxValue === kept + added ? before.typed + added : boxValue;
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
