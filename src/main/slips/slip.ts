import type { CarePolicy } from '../../shared/care/policy';
import type { EpisodeRecord } from '../../shared/register/schema';
import type { FacilitySettings } from '../../shared/settings';
import type { PrintSettings, SlipType } from '../../shared/slips/settings';
import { html, type SafeHtml } from './html';
import { slipDocument } from './layout';
import { Sheet } from './sheet';

/** How one copy of a slip is to be printed; the record and settings come beside it. */
export interface SlipOptions {
  resourcesDir: string;
  /** Local ISO date-time printed on the slip (and in the print log). */
  printedAt: string;
  /** 1 = the patient's copy (or the registrar's, for Form 1). */
  copyNo: number;
  /** On a reprint: when the slip was first printed; the slip is then marked as a duplicate. */
  duplicateOf: string | null;
  /** Form 1 and a baby's referral: which baby (1 = A). */
  babyOrder: number | null;
  /** Who printed it ("prepared by" on the discharge slip). */
  preparedBy: string;
  /** The high-risk rule's thresholds (care/risk.ts), for the named high-risk reasons the slips print. */
  care: CarePolicy;
}

export interface RenderedSlip {
  html: string;
  /** Label keys of the fields printed as blanks ("not yet entered"). */
  missing: string[];
}

const COPY_LABELS: Record<SlipType, string[]> = {
  discharge: ['slip.copy_patient', 'slip.copy_hospital'],
  referral: ['slip.copy_patient', 'slip.copy_hospital'],
  birth_report: ['slip.copy_registrar', 'slip.copy_office'],
  still_birth_report: ['slip.copy_registrar', 'slip.copy_office'],
  death_report: ['slip.copy_registrar', 'slip.copy_office'],
  mccd: ['slip.copy_registrar'],
  referral_in_feedback: ['slip.copy_referring', 'slip.copy_hospital'],
};

/** What a slip template writes: its title, the line of numbers under it, and the body. */
export interface SlipContent {
  titleKey: string;
  patientName: string;
  meta: SafeHtml;
  body: SafeHtml;
}

export type SlipTemplate = (
  sheet: Sheet,
  record: EpisodeRecord,
  facility: FacilitySettings,
  print: PrintSettings,
  options: SlipOptions,
) => SlipContent;

/** Runs a template and frames it (header, marks, paper); the one path every slip takes to HTML. */
export function renderSlip(
  slip: SlipType,
  template: SlipTemplate,
  record: EpisodeRecord,
  facility: FacilitySettings,
  print: PrintSettings,
  options: SlipOptions,
): RenderedSlip {
  const sheet = new Sheet(print.language_order);
  const content = template(sheet, record, facility, print, options);
  const labelKey = COPY_LABELS[slip][options.copyNo - 1];
  const copyLabel = labelKey ? sheet.t(labelKey) : sheet.t('slip.copy_n', { n: options.copyNo });
  const documentHtml = slipDocument({
    sheet,
    page: print[slip],
    facility,
    print,
    resourcesDir: options.resourcesDir,
    titleKey: content.titleKey,
    patientName: content.patientName,
    serialNo: record.serial_no,
    meta: content.meta,
    copyLabel,
    duplicateOf: options.duplicateOf,
    printedAt: options.printedAt,
    body: content.body,
  });
  return { html: documentHtml, missing: sheet.missing };
}

/** The numbers every slip shows under its title. */
export function metaLine(sheet: Sheet, record: EpisodeRecord, extra: [string, string | null][] = []): SafeHtml {
  const items: [string, string | null][] = [['field.serial_no', record.serial_no], ['field.ipd_no', record.ipd_no], ...extra];
  return html`${items.map(([key, value]) => html`<span>${sheet.t(key)}: <b>${sheet.value(key, value, key === 'field.ipd_no')}</b></span>`)}`;
}
