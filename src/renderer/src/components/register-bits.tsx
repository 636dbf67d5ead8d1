import type { EpisodeSummary } from '../../../shared/contract/register';
import { isUrgent, type RiskReason } from '../../../shared/care/risk';
import { useI18n } from '../i18n/I18n';
import { babyLetter } from '../register/fields';
import { pathLabel } from '../register/format';

type Stateful = Pick<EpisodeSummary, 'record_state' | 'voided' | 'outcome'> & { awaiting_discharge?: boolean };

/** Admitted / delivered / awaiting discharge / the outcome; voided above all. */
export function StateBadge({ entry }: { entry: Stateful }) {
  const { t } = useI18n();
  if (entry.voided) return <span className="badge badge-void">{t('state.voided')}</span>;
  if (entry.record_state === 'closed' && entry.outcome)
    return <span className={`badge badge-closed badge-${entry.outcome}`}>{t(`outcome.${entry.outcome}`)}</span>;
  if (entry.awaiting_discharge) return <span className="badge badge-due">{t('state.awaiting_discharge')}</span>;
  return <span className={`badge badge-${entry.record_state}`}>{t(`record_state.${entry.record_state}`)}</span>;
}

/** A high-risk reason by name, with the values that made it ("Severe hypertension: BP 170/112"). */
export function riskText(t: (k: string, p?: Record<string, string | number>) => string, reason: RiskReason): string {
  return t(reason.key, reason.params);
}

/** The high-risk badge and every reason named; urgent ones first and marked. */
export function RiskChips({ reasons, compact }: { reasons: RiskReason[]; compact?: boolean }) {
  const { t, tx } = useI18n();
  if (reasons.length === 0) return null;
  const urgent = isUrgent(reasons);
  return (
    <span className="risk" data-testid="risk">
      <span className={urgent ? 'badge badge-urgent' : 'badge badge-risk'}>{t(urgent ? 'care.urgent' : 'risk.high')}</span>
      {!compact && (
        <span className="risk-reasons">
          {reasons.map((r, i) => (
            <span key={r.code} className={r.urgent ? 'risk-reason urgent' : 'risk-reason'} data-code={r.code}>
              {i > 0 && ', '}
              {riskText(tx, r)}
            </span>
          ))}
        </span>
      )}
    </span>
  );
}

/** Fields still empty that the register recommends (translated, babies by letter). */
export function MissingList({ missing, limit }: { missing: string[]; limit?: number }) {
  const { t, tx } = useI18n();
  if (missing.length === 0) return <span className="muted">{t('missing.none')}</span>;
  const shown = limit ? missing.slice(0, limit) : missing;
  const more = missing.length - shown.length;
  return (
    <span className="missing" data-testid="missing">
      {shown.map((path) => pathLabel(tx, path)).join(', ')}
      {more > 0 && ` ${t('missing.more', { count: more })}`}
    </span>
  );
}

/** "F 2100 g live · M 1900 g FSB": the babies as a register column shows them. */
export function BabiesText({ babies }: { babies: EpisodeSummary['babies'] }) {
  const { t } = useI18n();
  if (babies.length === 0) return null;
  return (
    <span className="babies-text">
      {babies.map((b) => (
        <span key={b.baby_order} className={b.outcome && b.outcome !== 'live' ? 'baby-sb' : undefined}>
          {babies.length > 1 && `${babyLetter(b.baby_order)}: `}
          {[
            b.sex ? t(`short.sex.${b.sex}`) : '?',
            b.birth_weight_g ? t('unit.grams', { grams: b.birth_weight_g }) : '',
            b.outcome ? t(`short.birth_outcome.${b.outcome}`) : '',
          ]
            .filter(Boolean)
            .join(' ')}
        </span>
      ))}
    </span>
  );
}
