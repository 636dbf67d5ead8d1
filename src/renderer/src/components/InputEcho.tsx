import type { ReactNode } from 'react';
import { formatDMY } from '../../../shared/time';
import { useI18n } from '../i18n/I18n';
import { parseDateInput, parseTimeInput, twelveHour, weekday } from '../register/dateInput';
import { isDateTimeDraft, type DraftValue } from '../register/draft';
import type { FieldKind } from '../register/fields';
import { useRegister } from '../register/RegisterContext';

/** The typed date or time as understood: "= 05-10-2026, Monday 14:30 (2:30 PM)". */
export function Echo({ kind, value }: { kind: FieldKind; value: DraftValue | undefined }) {
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
