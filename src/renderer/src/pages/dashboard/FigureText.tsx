import {
  DASHBOARD_FIGURES,
  NO_VALUE,
  unitText,
  type DashboardFigureId,
  type FigureValue,
} from '../../../../shared/care/dashboard';
import { useI18n } from '../../i18n/I18n';

// One formatter per language: `toLocaleString` with options builds a new one on every call (about forty a render).
const numbers = {
  en: new Intl.NumberFormat('en-IN', { maximumFractionDigits: 1 }),
  hi: new Intl.NumberFormat('hi-IN', { maximumFractionDigits: 1 }),
};

/** A figure's value in words: "23.5 %", "12 min"; "—" when there is nothing to divide by; shares say "n of d". */
export function FigureText({ id, value }: { id: DashboardFigureId; value: FigureValue }) {
  const { t, lang, tx } = useI18n();
  const unit = DASHBOARD_FIGURES[id].unit;
  if (value.value === null) return <span className="figure-value none">{NO_VALUE}</span>;
  const number = numbers[lang].format(value.value);
  return (
    <span className="figure-value">
      {unitText(unit, number, tx)}
      {unit === 'percent' && value.denominator !== undefined && (
        <span className="muted small">
          {' '}
          ({t('dash.of', { numerator: value.numerator ?? 0, denominator: value.denominator })})
        </span>
      )}
    </span>
  );
}
