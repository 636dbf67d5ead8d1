import { useId, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18n';
import { codeLabel } from '../register/format';
import type { ControlProps } from './Field';

/* Choice controls of register fields: radios for one of a short list, checkboxes for several. */

/** Arrow keys move the choice (native radios); Delete or Backspace clears it. */
export function RadioGroup(props: {
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

/** Several choices (or, with `none`, "none" ticked on purpose); unticking the last one means not answered. */
export function CheckboxGroup(props: {
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
