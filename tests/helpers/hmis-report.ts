import type { AppContext } from '../../src/main/context';
import type { HmisReport } from '../../src/shared/hmis/report';
import { call } from './api';

/** Fills every manual item and acknowledges every open warning: a report that can be final. */
export async function makeFinal(ctx: AppContext, report: HmisReport): Promise<HmisReport> {
  const where = { month: report.month, format_id: report.format.id };
  const manual = Object.fromEntries(
    report.items.filter((i) => i.source === 'manual').map((i) => [i.item_no, { in_facility: 0, outreach: null }]),
  );
  const afterManual = await call(ctx, 'saveHmisInputs', { ...where, version: report.version, patch: { manual } });
  const open = afterManual.checks.filter((c) => c.severity === 'warning' && c.passed === false && !c.acknowledgement);
  const acknowledgements = Object.fromEntries(open.map((c) => [c.ack_key, 'Checked against the paper register']));
  return call(ctx, 'saveHmisInputs', { ...where, version: afterManual.version, patch: { acknowledgements } });
}

/** Makes a month's report final and submits it (edits that change its figures then need a reason). */
export async function submitMonth(ctx: AppContext, month: string): Promise<HmisReport> {
  const final = await makeFinal(ctx, await call(ctx, 'getHmisReport', { month }));
  return call(ctx, 'submitHmisReport', { month, format_id: final.format.id, version: final.version });
}
