import { z } from 'zod';

/**
 * The printed documents (docs/domain/slips.md; docs/domain/care.md §4): discharge slip (or LAMA slip / death summary),
 * referral slip, the feedback for the facility that referred a woman in (slips.md §2.2), and the CRS reports: Form No. 1
 * (birth), No. 3 (still birth), No. 2 (death) with the MCCD (Form No. 4).
 */
export const SLIP_TYPES = [
  'discharge',
  'referral',
  'birth_report',
  'still_birth_report',
  'death_report',
  'mccd',
  'referral_in_feedback',
] as const;
export type SlipType = (typeof SLIP_TYPES)[number];

/** Paper sizes in mm (portrait width × height). Half-A4 is an A4 sheet cut in two, printed landscape-wise. */
export const PAPERS = { A4: [210, 297], A5: [148, 210], half_A4: [210, 148.5] } as const;
export type Paper = keyof typeof PAPERS;
export const PAPER_NAMES = Object.keys(PAPERS) as Paper[];

/** Which papers each slip may use (docs/domain/slips.md §0). */
export const PAPERS_FOR: Record<SlipType, readonly Paper[]> = {
  discharge: ['A4', 'A5'],
  referral: ['A4', 'half_A4'],
  birth_report: ['A4'],
  still_birth_report: ['A4'],
  death_report: ['A4'],
  mccd: ['A4'],
  referral_in_feedback: ['A4', 'half_A4'],
};

export const LANGUAGE_ORDERS = ['hi_en', 'en_hi'] as const;

const text = (max: number) => z.string().trim().max(max);
const mm = z.number().min(0).max(100);

export const slipPageSettingsSchema = z
  .object({
    paper: z.enum(PAPER_NAMES as [Paper, ...Paper[]]),
    /** The top margin leaves room for a pre-printed letterhead. */
    margin_top_mm: mm,
    margin_right_mm: mm.max(40),
    margin_bottom_mm: mm.max(40),
    margin_left_mm: mm.max(40),
    copies: z.number().int().min(1).max(5),
    /** Off on letterhead paper: the hospital's name and address are already printed there. */
    print_header: z.boolean(),
    /** The printer last chosen for this slip (Electron); null = the PC's default printer. */
    printer_name: text(200).nullable(),
  })
  .strict();
export type SlipPageSettings = z.output<typeof slipPageSettingsSchema>;

/** A logo small enough to embed in every slip: a PNG or JPEG data URL of at most about 200 KB. */
export const LOGO_MAX_CHARS = 280_000;
const logo = z
  .string()
  .max(LOGO_MAX_CHARS, { error: 'v.logo_too_big' })
  .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { error: 'v.logo_format' })
  .refine(hasImageSignature, { error: 'v.logo_format' });

/** The bytes must really be PNG or JPEG (not just say so in the data URL). */
function hasImageSignature(dataUrl: string): boolean {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1, dataUrl.indexOf(',') + 17);
  let head: number[];
  try {
    head = Array.from(globalThis.atob(base64.slice(0, 12)), (c) => c.charCodeAt(0));
  } catch {
    // Zod runs this refinement even when the pattern check above already failed: not base64 = not an image.
    return false;
  }
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => head[i] === b);
  const jpeg = head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
  return dataUrl.startsWith('data:image/png') ? png : jpeg;
}

/** A text block printed on the discharge slip; blank = the standard text shipped with the app. */
const block = z.object({ hi: text(2000), en: text(2000) }).strict();

const page = (paper: Paper, copies: number): SlipPageSettings => ({
  paper,
  margin_top_mm: 10,
  margin_right_mm: 10,
  margin_bottom_mm: 12,
  margin_left_mm: 10,
  copies,
  print_header: true,
  printer_name: null,
});

const printSettingsObject = z
  .object({
    discharge: slipPageSettingsSchema,
    referral: slipPageSettingsSchema,
    birth_report: slipPageSettingsSchema,
    // Defaults: settings saved before these reports existed still load.
    still_birth_report: slipPageSettingsSchema.default(page('A4', 2)),
    death_report: slipPageSettingsSchema.default(page('A4', 2)),
    mccd: slipPageSettingsSchema.default(page('A4', 1)),
    referral_in_feedback: slipPageSettingsSchema.default(page('A4', 1)),
    /** Which language comes first in every bilingual label. Patient advice is always Hindi first (docs/domain/slips.md §0). */
    language_order: z.enum(LANGUAGE_ORDERS),
    doctor_name: text(100),
    doctor_designation: text(100),
    doctor_registration_no: text(60),
    /** The medical officer in charge: the informant on CRS Form No. 1 (docs/domain/slips.md §4 item 9). */
    medical_officer_name: text(100),
    medical_officer_designation: text(100),
    medical_officer_mobile: z
      .string()
      .trim()
      .regex(/^$|^[6-9][0-9]{9}$/, { error: 'v.mobile' }),
    medical_officer_email: z
      .string()
      .trim()
      .max(100)
      .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'v.email' }),
    /** The JSY/PMMVY line is printed only when the hospital is accredited for these schemes (docs/domain/slips.md §1). */
    jsy_accredited: z.boolean(),
    /**
     * A baby born before arrival (home, on the way): print Form 1 with the head of the household or the person in
     * charge as informant (RBD Act s.8(1)(a), (e)); off = the family reports it, the hospital prints no Form 1.
     */
    form1_for_births_outside: z.boolean().default(true),
    advice: block,
    danger_signs: block,
    logo: logo.nullable(),
  })
  .strict();

/** The `print` settings section: per slip type paper and printer, who signs, and hospital-specific text. */
export const printSettingsSchema = printSettingsObject.superRefine((s, ctx) => {
  for (const slip of SLIP_TYPES) {
    if (!PAPERS_FOR[slip].includes(s[slip].paper)) {
      ctx.addIssue({ code: 'custom', path: [slip, 'paper'], message: 'v.paper_for_slip' });
    }
  }
});
export type PrintSettings = z.output<typeof printSettingsSchema>;

/** Defaults from slips.md §0 (paper, copies); everything else is the hospital's to fill in. */
export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  discharge: page('A4', 2),
  referral: page('A4', 2),
  birth_report: page('A4', 2),
  still_birth_report: page('A4', 2),
  death_report: page('A4', 2),
  mccd: page('A4', 1),
  referral_in_feedback: page('A4', 1),
  language_order: 'hi_en',
  doctor_name: '',
  doctor_designation: '',
  doctor_registration_no: '',
  medical_officer_name: '',
  medical_officer_designation: '',
  medical_officer_mobile: '',
  medical_officer_email: '',
  jsy_accredited: false,
  form1_for_births_outside: true,
  advice: { hi: '', en: '' },
  danger_signs: { hi: '', en: '' },
  logo: null,
};

/** An update names the parts it changes; a slip type's page settings are replaced whole. */
export const printSettingsPatchSchema = printSettingsObject.partial().strict();
export type PrintSettingsPatch = z.output<typeof printSettingsPatchSchema>;
