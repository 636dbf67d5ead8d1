import { useId, useLayoutEffect, useRef, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { formatDMY } from '../../../shared/time';
import { useI18n } from '../i18n/I18n';
import { parseDateInput, parseTimeInput, twelveHour, weekday } from '../register/dateInput';
import { completionOf } from '../register/entryChoices';
import { isDateTimeDraft, type DateTimeDraft, type DraftValue } from '../register/draft';
import type { FieldKind } from '../register/fields';
import { codeLabel } from '../register/format';
import { useRegister } from '../register/RegisterContext';
import { Field, type ControlProps } from './Field';

/*
 * One control per kind of register field, all usable by keyboard alone: text boxes for numbers and dates (typed,
 * then echoed back as understood), radio groups for short code lists (arrow keys choose, Delete clears), selects
 * for long ones, checkboxes for lists of several choices.
 */

const RADIO_MAX = 5;

interface FormFieldProps {
  name: string;
  kind: FieldKind;
  value: DraftValue | undefined;
  onChange: (value: DraftValue) => void;
  path: string;
  issues: readonly FieldIssue[];
  label?: string;
  autoFocus?: boolean;
  /** Spans the whole row of the grid (long lists, notes). */
  wide?: boolean;
  /** Spans two columns (a long name). */
  double?: boolean;
  hint?: ReactNode;
  /** Radio buttons even for a long list (or a select even for a short one). */
  control?: 'radio' | 'select';
  /** Earlier values a text field completes from as it is typed (most used first). */
  completions?: readonly string[];
}

export function FormField(props: FormFieldProps) {
  const { name, kind, path, issues, label, hint } = props;
  const group = (kind.type === 'choice' && radiosFor(props)) || kind.type === 'bool' || kind.type === 'multi';
  const wide = props.wide ?? (kind.type === 'multi' || (kind.type === 'text' && kind.multiline));
  // Radios of three or more choices, and a date with its time, take two columns so they stay on one line.
  const double = kind.type === 'datetime' || (kind.type === 'choice' && group && kind.codes.length >= 3) || props.double;
  return (
    <Field
      name={name}
      path={path}
      label={label}
      issues={issues}
      group={group}
      className={wide ? 'field-wide' : double ? 'field-double' : undefined}
      hint={hint ?? <Echo kind={kind} value={props.value} />}
    >
      {(control) => <Control {...props} control={props.control} controlProps={control} />}
    </Field>
  );
}

function radiosFor(props: Pick<FormFieldProps, 'kind' | 'control'>): boolean {
  if (props.kind.type !== 'choice') return false;
  if (props.control) return props.control === 'radio';
  return props.kind.codes.length <= RADIO_MAX;
}

function Control(props: FormFieldProps & { controlProps: ControlProps }) {
  const { kind, value, onChange, controlProps, autoFocus } = props;
  const { t, tx } = useI18n();
  const text = typeof value === 'string' ? value : '';
  switch (kind.type) {
    case 'text':
      return kind.multiline ? (
        <textarea {...controlProps} rows={2} value={text} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus} />
      ) : (
        <TextInput
          {...controlProps}
          value={text}
          onChange={onChange}
          suggestions={props.completions ?? kind.suggestions}
          autoFocus={autoFocus}
          inputMode={kind.digits ? 'numeric' : undefined}
        />
      );
    case 'int':
    case 'dec':
      return (
        <input
          {...controlProps}
          type="text"
          className="input-short"
          inputMode={kind.type === 'int' ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={text}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'date':
      return (
        <input
          {...controlProps}
          type="text"
          className="input-date"
          placeholder={t('input.date_placeholder')}
          autoComplete="off"
          value={text}
          autoFocus={autoFocus}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'datetime':
      return <DateTimeInput controlProps={controlProps} value={value} onChange={onChange} autoFocus={autoFocus} />;
    case 'choice': {
      const options = kind.codes.map((code) => ({ code, label: codeLabel(tx, kind.prefix, code) }));
      // A value stored before the field had fixed choices stays readable and selected until changed.
      if (text && !kind.codes.includes(text)) options.push({ code: text, label: t('input.as_written', { value: text }) });
      return radiosFor(props) ? (
        <RadioGroup controlProps={controlProps} value={text} onChange={onChange} options={options} autoFocus={autoFocus} />
      ) : (
        <select {...controlProps} value={text} onChange={(e) => onChange(e.target.value)} autoFocus={autoFocus}>
          <option value="">{t('input.choose')}</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    case 'bool':
      return (
        <RadioGroup
          controlProps={controlProps}
          value={text}
          onChange={onChange}
          options={[
            { code: 'yes', label: t('yes') },
            { code: 'no', label: t('no') },
          ]}
          autoFocus={autoFocus}
        />
      );
    case 'multi':
      return (
        <CheckboxGroup
          controlProps={controlProps}
          value={Array.isArray(value) ? value : null}
          onChange={onChange}
          codes={kind.codes}
          prefix={kind.prefix}
          none={kind.none === true}
        />
      );
  }
}

/**
 * A text box that completes as it is typed, as a spreadsheet column does: the first suggestion the typed letters
 * begin is filled in with its remainder selected, so Tab takes it, typing on replaces it and Delete removes it.
 * The other suggestions are in the box's list (arrow down).
 */
function TextInput(
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

function DateTimeInput(props: {
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

/** Arrow keys move the choice (native radios); Delete or Backspace clears it. */
function RadioGroup(props: {
  controlProps: ControlProps;
  value: string;
  onChange: (v: string) => void;
  options: { code: string; label: string }[];
  autoFocus?: boolean;
}) {
  const { id, name: _name, 'data-path': path, ...aria } = props.controlProps;
  const group = useId();
  const clear = (e: KeyboardEvent) => {
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      props.onChange('');
    }
  };
  const focusable = props.options.some((o) => o.code === props.value) ? props.value : props.options[0]?.code;
  return (
    <div role="radiogroup" className="choices" id={id} data-path={path} {...aria}>
      {props.options.map((option) => (
        <label key={option.code} className={`choice${option.code === props.value ? ' choice-on' : ''}`}>
          <input
            type="radio"
            name={group}
            value={option.code}
            checked={option.code === props.value}
            onChange={() => props.onChange(option.code)}
            onKeyDown={clear}
            autoFocus={props.autoFocus && option.code === focusable}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}

function CheckboxGroup(props: {
  controlProps: ControlProps;
  value: string[] | null;
  onChange: (v: string[] | null) => void;
  codes: readonly string[];
  prefix: string;
  none: boolean;
}) {
  const { t, tx } = useI18n();
  const { id, name: _name, 'data-path': path, ...aria } = props.controlProps;
  const chosen = props.value ?? [];
  const toggle = (code: string, on: boolean) => {
    const next = on ? [...chosen, code] : chosen.filter((c) => c !== code);
    // Unticking the last choice means "not answered", not "none": "none" is ticked on purpose.
    props.onChange(next.length === 0 && (props.none || !on) ? null : next);
  };
  return (
    <div role="group" className={`checks${props.codes.length > 8 ? ' checks-many' : ''}`} id={id} data-path={path} {...aria}>
      {props.none && (
        <label className={`choice${props.value?.length === 0 ? ' choice-on' : ''}`}>
          <input
            type="checkbox"
            checked={props.value !== null && props.value.length === 0}
            onChange={(e) => props.onChange(e.target.checked ? [] : null)}
          />
          <span>{t('value.none')}</span>
        </label>
      )}
      {props.codes.map((code) => (
        <label key={code} className={`choice${chosen.includes(code) ? ' choice-on' : ''}`}>
          <input type="checkbox" checked={chosen.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
          <span>{codeLabel(tx, props.prefix, code)}</span>
        </label>
      ))}
    </div>
  );
}

/** The typed date or time as understood: "= 05-10-2026, Monday 14:30 (2:30 PM)". */
function Echo({ kind, value }: { kind: FieldKind; value: DraftValue | undefined }) {
  const { t, tx } = useI18n();
  const { clock } = useRegister();
  if (kind.type === 'date' && typeof value === 'string' && value.trim()) {
    const parsed = parseDateInput(value, clock().today, { future: kind.future });
    return (
      <EchoText ok={parsed.kind === 'ok'}>
        {parsed.kind === 'ok' ? describeDate(tx, parsed.value) : t('input.not_understood')}
      </EchoText>
    );
  }
  if (kind.type === 'datetime' && isDateTimeDraft(value) && (value.date.trim() || value.time.trim())) {
    const now = clock();
    const date = parseDateInput(value.date, now.today);
    const time = parseTimeInput(value.time, now.nowTime);
    if (date.kind === 'error' || time.kind === 'error') return <EchoText ok={false}>{t('input.not_understood')}</EchoText>;
    const parts = [
      date.kind === 'ok' ? describeDate(tx, date.value) : '',
      time.kind === 'ok' ? describeTime(tx, time.value) : '',
    ].filter(Boolean);
    return <EchoText ok>{parts.join(', ')}</EchoText>;
  }
  return null;
}

function EchoText({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <span className={ok ? 'echo' : 'echo echo-bad'} data-testid="echo">
      {children}
    </span>
  );
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function describeDate(t: Translate, iso: string): string {
  return `${formatDMY(iso)} ${t(`weekday.${weekday(iso)}`)}`;
}

export function describeTime(t: Translate, hhmm: string): string {
  const h = twelveHour(hhmm);
  return t('input.time_echo', { time: hhmm, twelve: h.text, part: `daypart.${h.part}${h.pm ? '_pm' : '_am'}` });
}
