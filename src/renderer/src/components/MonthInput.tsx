import { useState, type InputHTMLAttributes } from 'react';
import { formatMonth, formatMonthNumeric, parseMonth } from '../../../shared/i18n/dates';
import { nextMonth, previousMonth } from '../../../shared/time';
import { useI18n } from '../i18n/I18n';

type Props = { value: string; onChange: (month: string) => void } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type'
>;

/**
 * A month as the clerk types it (`11-2026`, also `2026-11`, Devanagari digits), echoed by name in the screen's
 * language (नवंबर 2026); ↑/↓ step a month. Replaces the browser's month picker, which names months in the
 * browser's language whatever the screen's. Only a whole month is passed on; anything else reverts on leaving.
 */
export function MonthInput({ value, onChange, onBlur, onKeyDown, ...props }: Props) {
  const { lang } = useI18n();
  const [text, setText] = useState(() => formatMonthNumeric(value));
  // A month chosen elsewhere (◀ ▶ buttons) replaces the text, unless the text already says that month.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (parseMonth(text) !== value) setText(formatMonthNumeric(value));
  }
  const parsed = parseMonth(text);
  return (
    <span className="month-input">
      <input
        {...props}
        type="text"
        inputMode="numeric"
        size={8}
        placeholder="MM-YYYY"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const month = parseMonth(e.target.value);
          if (month && month !== value) onChange(month);
        }}
        onKeyDown={(e) => {
          onKeyDown?.(e);
          if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && parsed) {
            e.preventDefault();
            const month = e.key === 'ArrowUp' ? nextMonth(parsed) : previousMonth(parsed);
            setText(formatMonthNumeric(month));
            onChange(month);
          }
        }}
        onBlur={(e) => {
          onBlur?.(e);
          setText(formatMonthNumeric(value));
        }}
      />
      <span className={parsed ? 'echo' : 'echo echo-bad'} aria-live="polite">
        {formatMonth(lang, parsed ?? value)}
      </span>
    </span>
  );
}
