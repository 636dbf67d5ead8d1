import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import type { AppContext } from '../../src/main/context';
import { loadRecord } from '../../src/main/register/service';
import { LOCAL_ADMIN_SESSION, type Session } from '../../src/main/session';
import type { DesktopPrinting } from '../../src/main/slips/desktop';
import {
  browserPrintSlip,
  form1Due,
  printLog,
  printSettings,
  printSlip,
  slipPdf,
  updatePrintSettings,
} from '../../src/main/slips/service';
import type { SlipRef } from '../../src/shared/contract/slips';
import { translate } from '../../src/shared/i18n/translate';
import { fixedClock, tempDir, testContext } from '../helpers/context';
import { fillPrintSettings, longHindi, referral, SLIP_NOW, twinDelivery } from '../helpers/slip-records';

const S = LOCAL_ADMIN_SESSION;
const CLERK: Session = { userId: 'c1', userName: 'Reception clerk', role: 'clerk' };

function context(): AppContext {
  const ctx = testContext({ clock: fixedClock(SLIP_NOW) });
  fillPrintSettings(ctx);
  return ctx;
}

interface Rendered {
  text: string;
  pages: string[];
  info: string;
  fonts: string;
}

/** The slip as Chromium prints it, read back with poppler. */
async function render(ctx: AppContext, ref: SlipRef): Promise<Rendered> {
  const { bytes } = await slipPdf(ctx, S, ref, 'cli');
  const file = join(tempDir(), 'slip.pdf');
  writeFileSync(file, bytes);
  // pdftotext splits some Devanagari clusters with spaces and wraps labels: compare without any whitespace,
  // in the order Chromium wrote the text (-raw), so that two columns do not interleave.
  const flat = (s: string) => s.replace(/\s+/g, '');
  const info = execFileSync('pdfinfo', [file]).toString();
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    flat(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), file, '-']).toString()),
  );
  return { text: pages.join(' '), pages, info, fonts: execFileSync('pdffonts', [file]).toString() };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Every label, in Hindi and in English, somewhere in the printed text. */
function expectLabels(text: string, keys: string[]): void {
  const absent = keys.flatMap((key) =>
    (['hi', 'en'] as const).map((lang) => translate(lang, key)).filter((label) => !text.includes(squeeze(label))),
  );
  expect(absent).toEqual([]);
}

/** Only the bundled font, embedded: a glyph it lacks would have pulled in a system font (and tofu on a PC without it). */
function expectOnlyBundledFont(fonts: string): void {
  const rows = fonts
    .split('\n')
    .slice(2)
    .filter((l) => l.trim());
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row).toMatch(/Type 3/);
}

const A4 = /Page size:\s+594\.96 x 841\.92 pts \(A4\)/;

describe('slips rendered to PDF in Chromium', () => {
  it('twin delivery: the discharge slip carries every block of slips.md §1 in both languages, both babies', async () => {
    const ctx = context();
    const id = twinDelivery(ctx);
    const pdf = await render(ctx, { episode_id: id, slip: 'discharge' });
    expect(pdf.info).toMatch(A4);
    expectOnlyBundledFont(pdf.fonts);
    expectLabels(pdf.text, [
      'slip.title_discharge',
      ...['mother_name', 'age_years', 'relation_type', 'address', 'mobile', 'rch_id', 'mcp_card_no', 'asha_name', 'booked'].map(
        (f) => `field.${f}`,
      ),
      'field.admission_at',
      'slip.discharge_at',
      'slip.hours_after_delivery',
      'field.admission_category',
      'slip.gpla',
      'field.gest_weeks',
      'field.lmp',
      'field.edd',
      'field.risk_factors',
      'field.final_diagnosis',
      ...['delivery_at', 'mode', 'presentation', 'conducted_by_name', 'complications', 'episiotomy'].map((f) => `field.${f}`),
      ...['sex', 'born_at', 'birth_weight_g', 'cried_at_birth', 'resuscitation', 'bf_within_1h', 'newborn_unit'].map(
        (f) => `field.${f}`,
      ),
      'slip.baby_outcome',
      'slip.baby_condition',
      ...['discharge_condition', 'discharge_pulse', 'discharge_uterus_contracted', 'discharge_bleeding_normal'].map(
        (f) => `field.${f}`,
      ),
      ...['treatment_given', 'discharge_medicines', 'ifa_180_given', 'calcium_360_given', 'ppfp_method', 'ppfp_counselled'].map(
        (f) => `field.${f}`,
      ),
      'slip.section_advice',
      'slip.section_danger_signs',
      'slip.pnc_visits',
      'field.follow_up_date',
      'slip.birth_registration',
      'slip.ambulance',
      'slip.mcp_card_entered',
      'slip.sign_doctor',
      'slip.sign_prepared_by',
      'slip.sign_received',
      'slip.computer_generated',
      'slip.copy_patient',
    ]);
    for (const value of [
      'रुखसाना ख़ातून',
      'इरशाद आलम',
      'शिशु A / Baby A',
      'शिशु B / Baby B',
      '2450',
      '2300',
      '12-03-2026 09:52',
      'BR/KGJ/CE/2021/0147',
      'BMC-31245',
    ]) {
      expect(pdf.text).toContain(squeeze(value));
    }
    expect(pdf.pages.at(-1)).toMatch(/Page(\d+)of\1/);
  });

  it('twin delivery: one Form No. 1 per baby, items 1–22 in both languages, "Twin birth" in the remarks', async () => {
    const ctx = context();
    const id = twinDelivery(ctx);
    for (const order of [1, 2]) {
      const pdf = await render(ctx, { episode_id: id, slip: 'birth_report', baby_order: order });
      expect(pdf.info).toMatch(A4);
      expectOnlyBundledFont(pdf.fonts);
      expectLabels(pdf.text, [
        'slip.title_birth_report',
        'slip.f1_legal',
        'slip.f1_statistical',
        'slip.f1_dob',
        'field.sex',
        'slip.f1_child',
        'slip.f1_father',
        'slip.f1_mother',
        'slip.f1_address_birth',
        'slip.f1_address_permanent',
        'slip.f1_place',
        'slip.f1_informant',
        'slip.f1_residence',
        'slip.f1_religion',
        'field.education_father',
        'field.education_mother',
        'field.occupation_father',
        'field.occupation_mother',
        'slip.f1_age_marriage',
        'slip.f1_age_birth',
        'slip.f1_children',
        'slip.f1_attention',
        'slip.f1_method',
        'slip.f1_weight',
        'slip.f1_duration',
        'slip.f1_remarks',
        'slip.f1_twin',
        'slip.f1_informant_sign',
      ]);
      expect(pdf.text).toContain(order === 1 ? '2.45' : '2.30');
      expect(pdf.text).toContain('Dr.ImranHaque');
      // Item 18: one living child before + two born alive now.
      expect(pdf.text).toContain('includingthischild3');
    }
    const babies = loadRecord(ctx, id).babies;
    expect(babies.map((b) => [b.crs_form1_status, b.crs_form1_printed_at])).toEqual([
      ['printed', SLIP_NOW],
      ['printed', SLIP_NOW],
    ]);
  });

  it('referral: every block of slips.md §2.1 and the tear-off feedback on the patient copy, on A4 and half-A4', async () => {
    const ctx = context();
    const id = referral(ctx);
    const ref: SlipRef = { episode_id: id, slip: 'referral', baby_order: null };
    const labels = [
      'slip.title_referral',
      'slip.referral_slip_no',
      'field.urgency',
      'slip.from_hospital',
      'slip.to_facility',
      'field.receiving_facility_department',
      'field.receiving_facility_type',
      'field.doctor_contacted',
      'field.decision_at',
      'field.departure_at',
      'field.mother_name',
      'slip.delivered',
      'field.reasons',
      'field.provisional_diagnosis',
      ...['pulse', 'temp_c', 'resp_rate', 'spo2', 'fhr', 'cervical_dilatation_cm', 'bleeding', 'consciousness'].map(
        (f) => `field.${f}`,
      ),
      ...['drug', 'dose', 'route', 'at', 'hb_g_dl', 'blood_group', 'hiv_status', 'syphilis_status', 'hbsag_status'].map(
        (f) => `field.${f}`,
      ),
      ...[
        'transport',
        'vehicle_no',
        'transport_arranged_at',
        'escort_name',
        'health_worker_escort',
        'condition_at_departure',
      ].map((f) => `field.${f}`),
      'slip.sign_referring_doctor',
      'slip.feedback_title',
      'slip.fb_received_at',
      'slip.fb_diagnosis',
      'slip.fb_treatment',
      'slip.fb_outcome',
      'slip.fb_advice',
      'slip.fb_doctor',
    ];
    const a4 = await render(ctx, ref);
    expect(a4.info).toMatch(A4);
    expectOnlyBundledFont(a4.fonts);
    expectLabels(a4.text, labels);
    for (const value of ['2026/0001/R1', 'MGM Medical College, Kishanganj', 'MgSO4 loading dose', 'BR11PA1234', '168/110']) {
      expect(a4.text).toContain(squeeze(value));
    }
    updatePrintSettings(ctx, S, { referral: { ...printSettings(ctx).referral, paper: 'half_A4', margin_top_mm: 30 } });
    // A copy handed out on paper makes the next one a duplicate (a saved PDF does not).
    browserPrintSlip(ctx, S, ref);
    const half = await render(ctx, ref);
    expect(half.info).toMatch(/Page size:\s+594\.96 x 420\.96 pts/);
    expectLabels(half.text, labels);
    expect(half.text).toContain(squeeze('दूसरी प्रति / DUPLICATE'));
  });

  it('long Hindi text on A5 flows onto further pages with the name, serial and page x of y on each, nothing cut', async () => {
    const ctx = context();
    const id = longHindi(ctx);
    updatePrintSettings(ctx, S, { discharge: { ...printSettings(ctx).discharge, paper: 'A5' } });
    const pdf = await render(ctx, { episode_id: id, slip: 'discharge' });
    expect(pdf.info).toMatch(/Page size:\s+420 x 594\.96 pts \(A5\)/);
    expectOnlyBundledFont(pdf.fonts);
    const n = pdf.pages.length;
    expect(n).toBeGreaterThanOrEqual(3);
    pdf.pages.forEach((page, i) => {
      expect(page).toContain(`Page${i + 1}of${n}`);
      if (i > 0) expect(page).toContain(squeeze('श्रीमती क्षमा कुमारी त्रिपाठी · 2026/0001'));
    });
    const record = loadRecord(ctx, id);
    for (const long of [record.treatment_given!, record.discharge_medicines!, record.final_diagnosis!]) {
      expect(pdf.text).toContain(squeeze(long));
    }
    expect(pdf.text).toContain(squeeze(translate('hi', 'slip.sign_received')));
  });
});

describe('printing, the print log and Form 1 status', () => {
  /** Electron's printing cannot run here: a stand-in records what the desktop app would send to the printer. */
  function desktopStandIn(
    answers: boolean[] = [],
  ): DesktopPrinting & { jobs: { html: string; printer: string | null; silent: boolean; paper: string }[] } {
    const jobs: { html: string; printer: string | null; silent: boolean; paper: string }[] = [];
    return {
      jobs,
      listPrinters: async () => [{ name: 'HP_LaserJet', display_name: 'HP LaserJet', is_default: true }],
      print: async (html, options) => {
        jobs.push({ html, ...options });
        return answers.shift() ?? true;
      },
      saveFile: async () => null,
    };
  }

  it('prints every copy, logs each, remembers the printer for the slip type, and lets a clerk print', async () => {
    const ctx = context();
    const desktop = desktopStandIn();
    ctx.desktop = desktop;
    const id = twinDelivery(ctx);
    const result = await dispatch(ctx, CLERK, 'printSlip', {
      episode_id: id,
      slip: 'discharge',
      printer_name: 'HP_LaserJet',
      silent: false,
    });
    expect(result).toEqual({ ok: true, data: { printed: true, copies: 2, duplicate: false } });
    expect(desktop.jobs.map((j) => [j.printer, j.paper])).toEqual([
      ['HP_LaserJet', 'A4'],
      ['HP_LaserJet', 'A4'],
    ]);
    expect(desktop.jobs[1]!.html).toContain('Hospital copy');
    expect(printSettings(ctx).discharge.printer_name).toBe('HP_LaserJet');
    expect(printLog(ctx, id).map((l) => [l.copy_no, l.channel, l.printer_name, l.user_name])).toEqual([
      [1, 'printer', 'HP_LaserJet', 'Reception clerk'],
      [2, 'printer', 'HP_LaserJet', 'Reception clerk'],
    ]);
    // A clerk may print but not change the print settings.
    const refused = await dispatch(ctx, CLERK, 'updatePrintSettings', { language_order: 'en_hi' });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
  });

  it('logs nothing when the clerk cancels the print dialog; refuses printer printing outside the desktop app', async () => {
    const ctx = context();
    ctx.desktop = desktopStandIn([false]);
    const id = twinDelivery(ctx);
    const ref = { episode_id: id, slip: 'discharge' as const, printer_name: null, silent: false };
    expect(await printSlip(ctx, S, ref)).toEqual({ printed: false, copies: 0, duplicate: false });
    expect(printLog(ctx, id)).toEqual([]);
    ctx.desktop = null;
    const result = await dispatch(ctx, S, 'printSlip', ref);
    expect(result.ok ? null : result.error.code).toBe('unavailable');
  });

  it('lists Form 1 due and overdue by the 21-day rule, and drops a baby once it is submitted', async () => {
    const clock = fixedClock(SLIP_NOW);
    const ctx = testContext({ clock });
    const twins = twinDelivery(ctx);
    const due = form1Due(ctx);
    expect(due.map((d) => [d.episode_id, d.baby_order, d.due_date, d.days_left, d.overdue, d.status])).toEqual([
      [twins, 1, '2026-04-02', 18, false, 'not_prepared'],
      [twins, 2, '2026-04-02', 18, false, 'not_prepared'],
    ]);
    clock.set('2026-04-05T10:00:00+05:30');
    expect(form1Due(ctx).map((d) => [d.days_left, d.overdue])).toEqual([
      [-3, true],
      [-3, true],
    ]);
    await slipPdf(ctx, S, { episode_id: twins, slip: 'birth_report', baby_order: 1 }, 'pdf');
    const record = loadRecord(ctx, twins);
    expect(form1Due(ctx)[0]!.status).toBe('printed');
    const updated = await dispatch(ctx, S, 'updateBabies', {
      id: twins,
      version: record.version,
      babies: [
        { id: record.babies[0]!.id, baby_order: 1, crs_form1_status: 'submitted', crs_form1_submitted_at: '2026-04-05' },
        { id: record.babies[1]!.id, baby_order: 2 },
      ],
    });
    expect(updated.ok).toBe(true);
    expect(form1Due(ctx).map((d) => d.baby_order)).toEqual([2]);
  });
});
