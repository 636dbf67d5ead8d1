import {
  PAPER_CHANNELS,
  type Form1Due,
  type PrintLogEntry,
  type SlipInfo,
  type SlipPreview,
  type SlipRef,
} from '../../shared/contract/slips';
import { AppError } from '../../shared/errors';
import type { EpisodeRecord } from '../../shared/register/schema';
import {
  DEFAULT_PRINT_SETTINGS,
  printSettingsSchema,
  type PrintSettings,
  type PrintSettingsPatch,
} from '../../shared/slips/settings';
import { addDays, daysBetween, localDate } from '../../shared/time';
import { writeAudit, type AuditEntry } from '../audit';
import { fullName } from '../auth/users';
import type { AppContext } from '../context';
import type { DbHandle } from '../db/handle';
import { registerEnv, type RegisterEnv } from '../register/context';
import { babyLabel, loadRecord, touch } from '../register/service';
import { updateRow } from '../register/store';
import { readSection, updateSection } from '../settings/store';
import type { Session } from '../session';
import { applicableSlips, assertApplicable, slipFileName, slipTitleKey, TEMPLATES, type SlipKey } from './catalog';
import { renderSlip, type RenderedSlip } from './slip';

/*
 * Slips from the record to paper: render (templates are pure functions of the record and settings), print or
 * save, and log every copy in the same transaction as its audit row. A slip printed before is marked as a
 * duplicate; printing Form 1 moves the baby's CRS status to "printed".
 */

type Channel = PrintLogEntry['channel'];

export function printSettings(ctx: Pick<DbHandle, 'db'>): PrintSettings {
  return readSection(ctx, 'print', printSettingsSchema, DEFAULT_PRINT_SETTINGS);
}

export function updatePrintSettings(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  patch: PrintSettingsPatch,
): PrintSettings {
  return updateSection(ctx, session, 'print', printSettingsSchema, DEFAULT_PRINT_SETTINGS, patch);
}

const keyOf = (ref: SlipRef): SlipKey => ({ slip: ref.slip, baby_order: ref.baby_order ?? null });

const ON_PAPER = `channel IN (${PAPER_CHANNELS.map((c) => `'${c}'`).join(', ')})`;

/** When this slip (record, type, baby) was first printed on paper, or null if never: a saved PDF does not count. */
function firstPrintedAt(ctx: Pick<DbHandle, 'sqlite'>, episodeId: number, key: SlipKey): string | null {
  return ctx.sqlite
    .prepare(`SELECT min(printed_at) FROM print_log WHERE episode_id = ? AND slip = ? AND baby_order IS ? AND ${ON_PAPER}`)
    .pluck()
    .get(episodeId, key.slip, key.baby_order) as string | null;
}

interface Job {
  env: RegisterEnv;
  record: EpisodeRecord;
  key: SlipKey;
  print: PrintSettings;
  duplicateOf: string | null;
  copies: RenderedSlip[];
}

/** Renders every copy of one slip as it would print now. */
function prepare(ctx: DbHandle & Pick<AppContext, 'resourcesDir'>, ref: SlipRef, preparedBy: string, copies?: number): Job {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, ref.episode_id);
  const key = keyOf(ref);
  const print = printSettings(ctx);
  assertApplicable(record, key, print);
  const duplicateOf = firstPrintedAt(ctx, record.id, key);
  const count = copies ?? print[key.slip].copies;
  const rendered = Array.from({ length: count }, (_, i) =>
    renderSlip(key.slip, TEMPLATES[key.slip], record, env.facility, print, {
      resourcesDir: ctx.resourcesDir,
      printedAt: env.nowIso,
      copyNo: i + 1,
      duplicateOf,
      babyOrder: key.baby_order,
      preparedBy,
      care: env.care,
    }),
  );
  return { env, record, key, print, duplicateOf, copies: rendered };
}

const slipLabel = (key: SlipKey) => (key.baby_order === null ? `slip.${key.slip}` : `slip.${key.slip}[${key.baby_order}]`);

/** The print log rows, the audit row and (Form 1) the baby's CRS status, in one transaction. */
function logPrint(
  ctx: Pick<DbHandle, 'sqlite' | 'db'>,
  session: Session,
  job: Job,
  channel: Channel,
  printer: string | null,
  copyNos: number[],
): void {
  const { env, record, key } = job;
  const insert = ctx.sqlite.prepare(
    `INSERT INTO print_log (episode_id, slip, baby_order, copy_no, channel, printer_name, duplicate, printed_at, user_id, user_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  ctx.db.transaction(() => {
    for (const copyNo of copyNos) {
      insert.run(
        record.id,
        key.slip,
        key.baby_order,
        copyNo,
        channel,
        printer,
        job.duplicateOf ? 1 : 0,
        env.nowIso,
        session.userId,
        session.userName,
      );
    }
    const audit: AuditEntry[] = [
      {
        entity: 'episode',
        entityId: String(record.id),
        action: 'print',
        field: slipLabel(key),
        newValue: { channel, printer, copies: copyNos.length, duplicate: job.duplicateOf !== null },
      },
    ];
    const baby = key.slip === 'birth_report' ? record.babies.find((b) => b.baby_order === key.baby_order) : undefined;
    if (baby && (baby.crs_form1_status === null || baby.crs_form1_status === 'not_prepared')) {
      updateRow(ctx, 'baby', baby.id, { crs_form1_status: 'printed', crs_form1_printed_at: env.nowIso });
      const field = babyLabel(baby.baby_order);
      audit.push(
        {
          entity: 'episode',
          entityId: String(record.id),
          action: 'update',
          field: `${field}.crs_form1_status`,
          oldValue: baby.crs_form1_status,
          newValue: 'printed',
        },
        {
          entity: 'episode',
          entityId: String(record.id),
          action: 'update',
          field: `${field}.crs_form1_printed_at`,
          oldValue: baby.crs_form1_printed_at,
          newValue: env.nowIso,
        },
      );
      // The record changed: a form still open on the old version must reload rather than overwrite the status.
      touch(ctx, session, record, env);
    }
    writeAudit(ctx.db, session, env.now, audit);
  });
}

export function listSlips(ctx: DbHandle & Pick<AppContext, 'resourcesDir'>, episodeId: number, preparedBy: string): SlipInfo[] {
  const record = loadRecord(ctx, episodeId);
  const counts = ctx.sqlite.prepare(
    `SELECT count(DISTINCT CASE WHEN ${ON_PAPER} THEN printed_at END) AS n, max(CASE WHEN ${ON_PAPER} THEN printed_at END) AS last,
       max(CASE WHEN ${ON_PAPER} THEN NULL ELSE printed_at END) AS pdf
     FROM print_log WHERE episode_id = ? AND slip = ? AND baby_order IS ?`,
  );
  return applicableSlips(record, printSettings(ctx)).map((key) => {
    const job = prepare(ctx, { episode_id: episodeId, slip: key.slip, baby_order: key.baby_order }, preparedBy, 1);
    const printed = counts.get(episodeId, key.slip, key.baby_order) as { n: number; last: string | null; pdf: string | null };
    return {
      slip: key.slip,
      baby_order: key.baby_order,
      title_key: slipTitleKey(record, key),
      missing: job.copies[0]!.missing,
      print_count: printed.n,
      last_printed_at: printed.last,
      last_pdf_at: printed.pdf,
    };
  });
}

/** `preparedBy`: the person's full name (`fullName`), printed on the slip. */
export function previewSlip(ctx: DbHandle & Pick<AppContext, 'resourcesDir'>, ref: SlipRef, preparedBy: string): SlipPreview {
  const job = prepare(ctx, ref, preparedBy, 1);
  const settings = job.print[job.key.slip];
  return {
    html: job.copies[0]!.html,
    missing: job.copies[0]!.missing,
    duplicate: job.duplicateOf !== null,
    copies: settings.copies,
    paper: settings.paper,
    file_name: slipFileName(job.record, job.key),
  };
}

/** Desktop app: every copy to the chosen printer (remembered for the slip type) or silently to the default. */
export async function printSlip(
  ctx: DbHandle & Pick<AppContext, 'resourcesDir' | 'desktop'>,
  session: Session,
  input: SlipRef & { printer_name: string | null; silent: boolean },
): Promise<{ printed: boolean; copies: number; duplicate: boolean }> {
  const desktop = ctx.desktop;
  if (!desktop) throw new AppError('unavailable', { message: 'error.printing_unavailable' });
  const job = prepare(ctx, input, fullName(ctx, session));
  const settings = job.print[job.key.slip];
  const printed: number[] = [];
  try {
    for (const [i, copy] of job.copies.entries()) {
      const ok = await desktop.print(copy.html, { printer: input.printer_name, silent: input.silent, paper: settings.paper });
      if (!ok) break;
      printed.push(i + 1);
    }
  } finally {
    // Copies that reached the printer are logged even when a later one failed.
    if (printed.length > 0) logPrint(ctx, session, job, 'printer', input.printer_name, printed);
  }
  if (input.printer_name && input.printer_name !== settings.printer_name) {
    updatePrintSettings(ctx, session, { [job.key.slip]: { ...settings, printer_name: input.printer_name } });
  }
  return { printed: printed.length > 0, copies: printed.length, duplicate: job.duplicateOf !== null };
}

/** Browser / LAN mode: the copies for the browser's print dialog. Logged now: the browser cannot say whether it printed. */
export function browserPrintSlip(
  ctx: DbHandle & Pick<AppContext, 'resourcesDir'>,
  session: Session,
  ref: SlipRef,
): { documents: string[]; copies: number; duplicate: boolean } {
  const job = prepare(ctx, ref, fullName(ctx, session));
  logPrint(
    ctx,
    session,
    job,
    'browser',
    null,
    job.copies.map((_, i) => i + 1),
  );
  return { documents: job.copies.map((c) => c.html), copies: job.copies.length, duplicate: job.duplicateOf !== null };
}

/** The first copy as PDF bytes, logged on the given channel once it exists (and, on the desktop, once saved). */
export async function slipPdf(
  ctx: DbHandle & Pick<AppContext, 'resourcesDir' | 'pdf'>,
  session: Session,
  ref: SlipRef,
  channel: 'pdf' | 'cli',
  save?: (fileName: string, bytes: Buffer) => Promise<string | null>,
): Promise<{ file_name: string; bytes: Buffer; saved_path: string | null; cancelled: boolean }> {
  const job = prepare(ctx, ref, fullName(ctx, session), 1);
  const bytes = await ctx.pdf.htmlToPdf(job.copies[0]!.html);
  const fileName = slipFileName(job.record, job.key);
  const savedPath = save ? await save(fileName, bytes) : null;
  const cancelled = !!save && savedPath === null;
  if (!cancelled) logPrint(ctx, session, job, channel, null, [1]);
  return { file_name: fileName, bytes, saved_path: savedPath, cancelled };
}

export async function saveSlipPdf(
  ctx: DbHandle & Pick<AppContext, 'resourcesDir' | 'pdf' | 'desktop'>,
  session: Session,
  ref: SlipRef,
): Promise<{ file_name: string; saved_path: string | null; pdf_base64: string | null; cancelled: boolean }> {
  const desktop = ctx.desktop;
  const result = await slipPdf(ctx, session, ref, 'pdf', desktop ? (name, bytes) => desktop.saveFile(name, bytes) : undefined);
  return {
    file_name: result.file_name,
    saved_path: result.saved_path,
    // The desktop app wrote the file itself; the browser gets the bytes to download.
    pdf_base64: desktop ? null : result.bytes.toString('base64'),
    cancelled: result.cancelled,
  };
}

export function printLog(ctx: Pick<DbHandle, 'sqlite'>, episodeId: number): PrintLogEntry[] {
  const rows = ctx.sqlite
    .prepare(
      'SELECT id, slip, baby_order, copy_no, channel, printer_name, duplicate, printed_at, user_name FROM print_log WHERE episode_id = ? ORDER BY id',
    )
    .all(episodeId) as (Omit<PrintLogEntry, 'duplicate'> & { duplicate: number })[];
  return rows.map((r) => ({ ...r, duplicate: r.duplicate === 1 }));
}

/** The 21-day rule (docs/domain/slips.md §4): live babies born here whose Form 1 is not yet submitted or registered. */
export const FORM1_DAYS = 21;

export function form1Due(ctx: DbHandle, sinceDays = 90): Form1Due[] {
  const env = registerEnv(ctx);
  const since = addDays(env.today, -sinceDays);
  const rows = ctx.sqlite
    .prepare(
      `SELECT e.id AS episode_id, e.serial_no, e.mother_name, b.baby_order, b.born_at, b.crs_form1_status AS status
       FROM baby b JOIN episode e ON e.id = b.episode_id
       WHERE b.removed_at IS NULL AND e.voided_at IS NULL AND b.outcome = 'live' AND b.born_at >= ?
         AND e.place_of_delivery = 'this_facility'
         AND (b.crs_form1_status IS NULL OR b.crs_form1_status IN ('not_prepared', 'printed'))
       ORDER BY b.born_at`,
    )
    .all(since) as {
    episode_id: number;
    serial_no: string;
    mother_name: string | null;
    baby_order: number;
    born_at: string;
    status: string | null;
  }[];
  return rows.map((r) => {
    const due = addDays(localDate(r.born_at), FORM1_DAYS);
    const daysLeft = daysBetween(env.today, due);
    return {
      ...r,
      status: (r.status ?? 'not_prepared') as Form1Due['status'],
      due_date: due,
      days_left: daysLeft,
      overdue: daysLeft < 0,
    };
  });
}
