import { describe, expect, it } from 'vitest';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { cssString, escapeHtml, html } from '../../src/main/slips/html';
import { pageCss } from '../../src/main/slips/layout';
import { Sheet } from '../../src/main/slips/sheet';
import { browserPrintSlip, previewSlip, printLog } from '../../src/main/slips/service';
import { admit, loadRecord, recordOutcome, voidEpisode } from '../../src/main/register/service';
import { DEFAULT_PRINT_SETTINGS, printSettingsSchema } from '../../src/shared/slips/settings';
import { fixedClock, testContext } from '../helpers/context';
import { incompleteLama, SLIP_NOW, TINY_PNG, twinDelivery } from '../helpers/slip-records';

const S = LOCAL_ADMIN_SESSION;
const slipContext = () => testContext({ clock: fixedClock(SLIP_NOW) });

describe('slip HTML escaping', () => {
  it('escapes every interpolated value and keeps html`` fragments as markup', () => {
    const name = `<script>alert(1)</script>"'&\``;
    const out = html`<p title="${name}">${name}${html`<b>ok</b>`}${[name, 1]}</p>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;&#96;');
    expect(out).toContain('<b>ok</b>');
    expect(escapeHtml('a<b')).toBe('a&lt;b');
  });

  it('writes CSS strings that cannot end the string, the rule or the style element', () => {
    const s = cssString('सुनीता "} </style><script>x</script> \\ \n');
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    expect(s.slice(1, -1)).not.toMatch(/["<>}\n]/);
    expect(s).toContain('सुनीता');
  });

  it('prints a name typed as HTML as text on every slip, never as markup', () => {
    const ctx = slipContext();
    const evil = '<img src=x onerror=alert(1)><script>steal()</script>';
    const id = incompleteLama(ctx, evil);
    const { html: page } = previewSlip(ctx, { episode_id: id, slip: 'discharge' }, 'clerk');
    expect(page).not.toContain('<script>steal');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;steal()&lt;/script&gt;');
    // The running header (a CSS string in @page) carries the name escaped too.
    expect(page).toMatch(/@top-left\{content:"\\3c img src\\3d x/);
    const born = previewSlip(ctx, { episode_id: id, slip: 'birth_report', baby_order: 1 }, 'clerk').html;
    expect(born).not.toContain('<script>steal');
  });
});

describe('missing fields', () => {
  it('prints a line to write on and lists what is not yet entered, never null, undefined or a false "no"', () => {
    const ctx = slipContext();
    const id = incompleteLama(ctx);
    const preview = previewSlip(ctx, { episode_id: id, slip: 'discharge' }, 'clerk');
    expect(preview.missing).toEqual(
      expect.arrayContaining(['field.mobile', 'field.village_ward', 'field.birth_weight_g', 'field.bf_within_1h']),
    );
    // Optional fields print a line too but are not listed.
    expect(preview.missing).not.toContain('field.mcp_card_no');
    expect(preview.html).toContain('अभी दर्ज नहीं (हाथ से भरें) / Not yet entered (write by hand):</b>');
    expect(preview.html).toMatch(/मोबाइल \/ Mobile:<\/span>\s*<span class="v"><span class="blank"><\/span>/);
    expect(preview.html).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
    // Breastfed within 1 h is unknown, not "no".
    expect(preview.html).toMatch(/1 घंटे में स्तनपान \/ Breastfed within 1 hour<\/th>\s*<td><span class="blank">/);
  });

  it('lists nothing for a complete record', () => {
    const ctx = slipContext();
    const id = twinDelivery(ctx);
    expect(previewSlip(ctx, { episode_id: id, slip: 'discharge' }, 'clerk').missing).toEqual([]);
  });
});

describe('page size CSS', () => {
  const frame = (paper: 'A4' | 'A5' | 'half_A4', top = 10) => ({
    page: { ...DEFAULT_PRINT_SETTINGS.discharge, paper, margin_top_mm: top },
    sheet: new Sheet('hi_en'),
    patientName: 'Sunita',
    serialNo: '2026/0001',
    copyLabel: 'Copy',
    duplicateOf: null,
  });
  it('sets the paper and margins from settings, with the running header and page x of y', () => {
    expect(pageCss(frame('A4'))).toContain('size:210mm 297mm;margin:10mm 10mm 12mm 10mm');
    expect(pageCss(frame('A5'))).toContain('size:148mm 210mm;');
    expect(pageCss(frame('half_A4', 45))).toContain('size:210mm 148.5mm;margin:45mm');
    expect(pageCss(frame('A4'))).toContain('counter(page) " of " counter(pages)');
    expect(pageCss(frame('A4'))).toContain('@page:first{@top-left{content:none}');
  });

  it('refuses a paper a slip cannot use, and a logo that is not a real PNG or JPEG', () => {
    const bad = printSettingsSchema.safeParse({
      ...DEFAULT_PRINT_SETTINGS,
      birth_report: { ...DEFAULT_PRINT_SETTINGS.birth_report, paper: 'A5' },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['birth_report', 'paper']);
    expect(printSettingsSchema.safeParse({ ...DEFAULT_PRINT_SETTINGS, logo: TINY_PNG }).success).toBe(true);
    const fake = `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`;
    expect(printSettingsSchema.safeParse({ ...DEFAULT_PRINT_SETTINGS, logo: fake }).success).toBe(false);
    // Not base64 at all: refused, not a crash (found by the HTTP fuzz test).
    expect(printSettingsSchema.safeParse({ ...DEFAULT_PRINT_SETTINGS, logo: 'data:image/png;base64,@@@@!!' }).success).toBe(
      false,
    );
    expect(printSettingsSchema.safeParse({ ...DEFAULT_PRINT_SETTINGS, logo: 'data:image/svg+xml;base64,PHN2Zz4=' }).success).toBe(
      false,
    );
  });
});

describe('discharge slip variants', () => {
  it('a maternal death prints a death summary with the cause, without advice, danger signs or follow-up', () => {
    const ctx = slipContext();
    const id = twinDelivery(ctx);
    const record = loadRecord(ctx, id);
    recordOutcome(ctx, S, {
      id,
      version: record.version,
      fields: { outcome: 'died', outcome_at: '2026-03-15T11:30:00+05:30', maternal_death_cause: 'pph' },
      acknowledge_warnings: true,
    });
    const { html: page } = previewSlip(ctx, { episode_id: id, slip: 'discharge' }, 'x');
    expect(page).toContain('मृत्यु सारांश / Death summary');
    expect(page).toContain('प्रसव बाद रक्तस्राव (PPH) / PPH');
    expect(page).toContain('15-03-2026 11:30');
    expect(page).not.toContain('Danger signs');
    expect(page).not.toContain('Post-natal check-ups');
  });
});

describe('duplicates', () => {
  it('marks a reprint DUPLICATE with its print time, and logs both prints', () => {
    const clock = fixedClock(SLIP_NOW);
    const ctx = testContext({ clock });
    const id = twinDelivery(ctx);
    const ref = { episode_id: id, slip: 'discharge' as const };
    const first = browserPrintSlip(ctx, S, ref);
    expect(first.duplicate).toBe(false);
    expect(first.documents).toHaveLength(2);
    expect(first.documents[0]).not.toContain('DUPLICATE');
    expect(first.documents[0]).toContain('मरीज़ की प्रति / Patient&#39;s copy');
    expect(first.documents[1]).toContain('अस्पताल की प्रति / Hospital copy');

    clock.set('2026-03-16T09:30:00+05:30');
    const again = browserPrintSlip(ctx, S, ref);
    expect(again.duplicate).toBe(true);
    expect(again.documents[0]).toContain('दूसरी प्रति / DUPLICATE');
    expect(again.documents[0]).toContain('reprinted 16-03-2026 09:30, first printed 15-03-2026 12:00');
    // A Form 1 printed for the first time is not a duplicate of the discharge slip.
    expect(previewSlip(ctx, { episode_id: id, slip: 'birth_report', baby_order: 1 }, 'x').duplicate).toBe(false);

    const log = printLog(ctx, id);
    expect(log.map((l) => [l.copy_no, l.duplicate, l.channel])).toEqual([
      [1, false, 'browser'],
      [2, false, 'browser'],
      [1, true, 'browser'],
      [2, true, 'browser'],
    ]);
    const audit = ctx.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE action = 'print' AND entity_id = ?")
      .pluck()
      .get(String(id));
    expect(audit).toBe(2);
  });

  it('prints no discharge slip before delivery or leaving, and nothing for a voided record', () => {
    const ctx = slipContext();
    const { record } = admit(ctx, S, { fields: { admission_at: '2026-03-15T08:00:00+05:30', mother_name: 'X', age_years: 20 } });
    expect(() => previewSlip(ctx, { episode_id: record.id, slip: 'discharge' }, 'x')).toThrow(/slip_not_applicable/);
    const twins = twinDelivery(ctx);
    const current = loadRecord(ctx, twins);
    voidEpisode(ctx, S, { id: twins, version: current.version, reason_code: 'duplicate' });
    expect(() => previewSlip(ctx, { episode_id: twins, slip: 'birth_report', baby_order: 1 }, 'x')).toThrow(
      /slip_not_applicable/,
    );
  });
});
