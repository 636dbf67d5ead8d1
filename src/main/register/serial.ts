import type Database from 'better-sqlite3';
import type { RegisterPolicy } from '../../shared/register/policy';
import { localMonth } from '../../shared/time';

/**
 * Register serial numbers (docs/domain/register.md §1): sequential per calendar year (`2026/0154`) or per month
 * (`2026-10/054`) by policy, from the admission's local date; never reused (voided records keep theirs).
 * Called inside the saving transaction, so two saves cannot take the same number.
 */
export function nextSerial(
  sqlite: Database.Database,
  admissionAt: string,
  policy: RegisterPolicy,
): { period: string; seq: number; serialNo: string } {
  const period = policy.serial_reset === 'month' ? localMonth(admissionAt) : admissionAt.slice(0, 4);
  const last = sqlite.prepare('SELECT max(serial_seq) FROM episode WHERE serial_period = ?').pluck().get(period) as number | null;
  const seq = (last ?? 0) + 1;
  const width = policy.serial_reset === 'month' ? 3 : 4;
  return { period, seq, serialNo: `${period}/${String(seq).padStart(width, '0')}` };
}
