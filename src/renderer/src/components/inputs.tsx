import type { ReactNode } from 'react';
import type { FieldIssue } from '../../../shared/errors';
import { useI18n } from '../i18n/I18n';
import { draftString, type DraftValue } from '../register/draft';
import type { FieldKind } from '../register/fields';
import { codeLabel } from '../register/format';
import { CheckboxGroup, RadioGroup } from './ChoiceInputs';
import { Field, type ControlProps } from './Field';
import { Echo } from './InputEcho';
import { DateTimeInput, TextInput } from './TextInputs';

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
  const text = draftString(value);
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
