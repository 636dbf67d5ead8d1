import type { CarePolicy } from '../../shared/care/policy';
import { riskReasons } from '../../shared/care/risk';
import type { EpisodeRecord } from '../../shared/register/schema';
import type { SafeHtml } from './html';
import type { Sheet } from './sheet';

/** "High risk: Eclampsia (urgent), Age 16 (under 18)": the register's one high-risk rule, named, on a slip. */
export function highRiskRow(sheet: Sheet, r: EpisodeRecord, care: CarePolicy, printedAt: string): SafeHtml {
  const reasons = riskReasons(r, care, new Date(Date.parse(printedAt)));
  const text = reasons.length
    ? reasons
        .map((x) => {
          const name =
            x.code === 'risk_factor.other' && r.risk_factors_other
              ? `${sheet.t(x.key)}: ${r.risk_factors_other}`
              : sheet.t(x.key, x.params);
          return x.urgent ? `${name} (${sheet.t('care.urgent_mark')})` : name;
        })
        .join(', ')
    : sheet.t('slip.none');
  return sheet.row('field.risk_factors', text, { wide: true });
}
