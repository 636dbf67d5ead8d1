import { randomUUID } from 'node:crypto';
import type { EpisodeDetail } from '../../shared/contract/register';
import { riskReasons } from '../../shared/care/risk';
import { AppError, type FieldIssue } from '../../shared/errors';
import type { Outcome } from '../../shared/register/codes';
import {
  checkEntry,
  checkEpisode,
  checkRequired,
  missingFields,
  newWarnings,
  type CheckableEpisode,
} from '../../shared/register/rules';
import {
  BABY_FIELDS,
  babyShape,
  deliveryShape,
  EPISODE_FIELDS,
  obstetricShape,
  REFERRAL_FIELDS,
  type BabyFields,
  type BabyInput,
  type EpisodePatch,
  type EpisodeRecord,
  type ReferralFields,
} from '../../shared/register/schema';
import { ISO_DATE_TIME, normaliseDateTime } from '../../shared/time';
import { writeAudit, type AuditEntry } from '../audit';
import type { DbHandle } from '../db/handle';
import type { FormatDirs } from '../hmis/formats';
import { requireReasonForReportedMonths } from '../hmis/guard';
import { roleAllows } from '../../shared/roles';
import { readRoleTable } from '../auth/roles';
import type { Session } from '../session';
import { registerEnv, type RegisterEnv } from './context';
import { BABY_KINDS, columnsFromFields, EPISODE_KINDS, loadRecords, REFERRAL_KINDS } from './rows';
import { indexEpisode } from './search';
import { nextSerial } from './serial';
import { insertEpisode, insertRow, updateRow } from './store';

/*
 * Saving the register: every save validates the whole record as it would be after the change (shared rules),
 * asks for confirmation of warnings the clerk has not seen, then writes the change, one audit row per changed
 * field and the search keys in one transaction, bumping the record's version (a save made on an older version
 * is refused as a conflict instead of silently overwriting someone else's correction).
 */

type Stage = 'admit' | 'deliver' | 'close';

/** Date-times arrive in any ISO form; the register stores them as facility-local ISO with offset. */
export function normalise<T>(value: T, timeZone: string): T {
  if (typeof value === 'string') return (ISO_DATE_TIME.test(value) ? normaliseDateTime(value, timeZone) : value) as T;
  if (Array.isArray(value)) return value.map((v) => normalise(v, timeZone)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, timeZone)])) as T;
  }
  return value;
}

/** Rule paths name record fields; inputs nest episode fields under `fields`. */
function toInputPath(issue: FieldIssue): FieldIssue {
  const top = issue.field.split('.')[0];
  return top === 'babies' || top === 'referral' ? issue : { ...issue, field: `fields.${issue.field}` };
}

export function checkable(record: EpisodeRecord, referral?: Partial<ReferralFields> | null): CheckableEpisode {
  const motherReferral = referral ?? record.referrals.find((r) => r.baby_order === null) ?? null;
  return { ...record, babies: record.babies, referral: motherReferral };
}

function detailOf(record: EpisodeRecord, env: RegisterEnv): EpisodeDetail {
  const ep = checkable(record);
  return {
    record,
    warnings: checkEpisode(ep, env).filter((i) => i.severity === 'warning'),
    missing: missingFields({ ...ep, record_state: record.record_state }),
    risk_reasons: riskReasons(record, env.care, env.now),
  };
}

export function loadRecord(ctx: Pick<DbHandle, 'sqlite'>, id: number): EpisodeRecord {
  const record = loadRecords(ctx.sqlite, [id])[0];
  if (!record) throw new AppError('not_found', { message: 'error.episode_not_found', params: { id } });
  return record;
}

export function getEpisodeDetail(ctx: DbHandle, id: number): EpisodeDetail {
  return detailOf(loadRecord(ctx, id), registerEnv(ctx));
}

export function assertWritable(record: EpisodeRecord, version: number): void {
  if (record.void) throw new AppError('conflict', { message: 'error.episode_voided' });
  if (record.version !== version)
    throw new AppError('conflict', { message: 'error.episode_changed', params: { version: record.version } });
}

/** Blocks on errors; asks for confirmation of new warnings unless acknowledged. */
function judge(
  before: CheckableEpisode | null,
  after: CheckableEpisode,
  stage: Stage,
  env: RegisterEnv,
  acknowledged: boolean,
  extra: FieldIssue[] = [],
): void {
  const rules = (ep: CheckableEpisode) => [...checkEpisode(ep, env), ...checkEntry(ep)];
  const issues = [...checkRequired(after, stage), ...rules(after), ...extra];
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const mapped = errors.map(toInputPath);
    throw new AppError('invalid_input', { issues: mapped, field: mapped[0]?.field });
  }
  const fresh = newWarnings(before ? rules(before) : [], issues);
  if (fresh.length > 0 && !acknowledged) {
    const mapped = fresh.map(toInputPath);
    throw new AppError('needs_confirmation', { message: 'error.needs_confirmation', issues: mapped, field: mapped[0]?.field });
  }
}

function ipdDuplicateWarning(
  ctx: Pick<DbHandle, 'sqlite'>,
  ipdNo: string | null | undefined,
  exceptId: number | null,
): FieldIssue[] {
  if (!ipdNo) return [];
  const other = ctx.sqlite
    .prepare('SELECT serial_no FROM episode WHERE ipd_no = ? AND id IS NOT ? AND voided_at IS NULL')
    .pluck()
    .get(ipdNo, exceptId) as string | undefined;
  return other
    ? [{ field: 'ipd_no', message: 'v.ipd_duplicate', params: { field: 'field.ipd_no', serial: other }, severity: 'warning' }]
    : [];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changedFields<T extends object>(before: T, after: T, names: readonly (keyof T & string)[]): (keyof T & string)[] {
  return names.filter((n) => !same(before[n], after[n]));
}

export function touch(
  ctx: Pick<DbHandle, 'sqlite'>,
  session: Session,
  record: EpisodeRecord,
  env: RegisterEnv,
  extra: Record<string, unknown> = {},
): void {
  updateRow(ctx, 'episode', record.id, {
    ...extra,
    version: record.version + 1,
    updated_at: env.nowIso,
    updated_by: session.userName,
  });
}

function reindex(ctx: Pick<DbHandle, 'sqlite'>, id: number): void {
  const record = loadRecord(ctx, id);
  indexEpisode(ctx.sqlite, id, record);
}

export const babyLabel = (order: number) => `babies[${order}]`;

export interface AdmitInput {
  fields: EpisodePatch;
  /** Needed when the new record changes a month whose HMIS report was submitted. */
  reason?: string;
  acknowledge_warnings?: boolean;
}

/** A new record at admission: the minimum is name, admission time and age (or date of birth). */
export function admit(ctx: DbHandle & FormatDirs, session: Session, input: AdmitInput): EpisodeDetail {
  const env = registerEnv(ctx);
  const fields: EpisodePatch = normalise(
    { district: env.facility.district || null, state: env.facility.state || null, ...input.fields },
    env.timeZone,
  );
  judge(null, fields, 'admit', env, input.acknowledge_warnings === true, ipdDuplicateWarning(ctx, fields.ipd_no, null));
  const id = ctx.db.transaction(() => {
    const serial = nextSerial(ctx.sqlite, fields.admission_at!, env.policy);
    const newId = insertEpisode(ctx, {
      uid: randomUUID(),
      serial,
      record_state: 'admitted',
      version: 1,
      created_at: env.nowIso,
      created_by: session.userName,
      updated_at: env.nowIso,
      updated_by: session.userName,
      fields,
      babies: [],
      referrals: [],
    });
    writeAudit(ctx.db, session, env.now, [
      { entity: 'episode', entityId: String(newId), action: 'create', newValue: fields, reason: input.reason ?? null },
    ]);
    reindex(ctx, newId);
    requireReasonForReportedMonths(ctx, null, loadRecord(ctx, newId), input.reason);
    return newId;
  });
  return getEpisodeDetail(ctx, id);
}

export interface UpdateInput {
  id: number;
  version: number;
  fields: EpisodePatch;
  reason?: string;
  acknowledge_warnings?: boolean;
}

function stageOf(record: EpisodeRecord): Stage {
  return record.record_state === 'closed' ? 'close' : record.record_state === 'delivered' ? 'deliver' : 'admit';
}

/** A correction or completion of any episode fields. */
export function updateEpisode(ctx: DbHandle & FormatDirs, session: Session, input: UpdateInput): EpisodeDetail {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, input.id);
  assertWritable(record, input.version);
  const fields = normalise(input.fields, env.timeZone);
  const after: EpisodeRecord = { ...record, ...fields };
  judge(
    checkable(record),
    checkable(after),
    stageOf(record),
    env,
    input.acknowledge_warnings === true,
    ipdDuplicateWarning(ctx, after.ipd_no, record.id),
  );
  const changed = changedFields(record, after, EPISODE_FIELDS);
  if (changed.length === 0) return detailOf(record, env);
  assertMayWriteClinical(
    ctx,
    session,
    changed.find((f) => CLINICAL_EPISODE_FIELDS.has(f)),
  );
  ctx.db.transaction(() => {
    updateRow(ctx, 'episode', record.id, columnsFromFields(Object.fromEntries(changed.map((f) => [f, after[f]])), EPISODE_KINDS));
    touch(ctx, session, record, env);
    writeAudit(
      ctx.db,
      session,
      env.now,
      changed.map((field) => ({
        entity: 'episode',
        entityId: String(record.id),
        action: 'update',
        field,
        oldValue: record[field],
        newValue: after[field],
        reason: input.reason ?? null,
      })),
    );
    reindex(ctx, record.id);
    requireReasonForReportedMonths(ctx, record, loadRecord(ctx, record.id), input.reason);
  });
  return getEpisodeDetail(ctx, record.id);
}

/** Babies after a save: inputs matched to existing rows by id; defaults from the delivery. */
function mergeBabies(record: EpisodeRecord, inputs: BabyInput[], deliveryAt: string | null): (BabyFields & { id?: number })[] {
  return inputs
    .map((input) => {
      const existing = input.id === undefined ? undefined : record.babies.find((b) => b.id === input.id);
      if (input.id !== undefined && !existing)
        throw new AppError('not_found', { message: 'error.baby_not_found', field: 'babies' });
      const base = existing ?? (Object.fromEntries(BABY_FIELDS.map((f) => [f, null])) as unknown as BabyFields);
      const merged = { ...base, ...input } as BabyFields & { id?: number };
      if (merged.born_at == null && deliveryAt) merged.born_at = deliveryAt;
      // hmis.md §3.1 A3: an anomaly found is a screening.
      if ((merged.congenital_anomaly ?? []).length > 0) merged.screened_for_defects = true;
      return merged;
    })
    .sort((a, b) => a.baby_order - b.baby_order);
}

/** Writes babies: updates changed ones, adds new ones, removes (never deletes) the ones left out. */
function saveBabies(
  ctx: Pick<DbHandle, 'sqlite'>,
  record: EpisodeRecord,
  babies: (BabyFields & { id?: number })[],
  env: RegisterEnv,
  reason: string | null,
): AuditEntry[] {
  const audit: AuditEntry[] = [];
  const entityId = String(record.id);
  const kept = new Set(babies.map((b) => b.id).filter((id): id is number => id !== undefined));
  for (const gone of record.babies.filter((b) => !kept.has(b.id))) {
    updateRow(ctx, 'baby', gone.id, { removed_at: env.nowIso });
    audit.push({
      entity: 'episode',
      entityId,
      action: 'update',
      field: babyLabel(gone.baby_order),
      oldValue: gone,
      newValue: null,
      reason,
    });
  }
  for (const baby of babies) {
    const { id, ...fields } = baby;
    if (id === undefined) {
      insertRow(ctx, 'baby', { episode_id: record.id, ...columnsFromFields(fields, BABY_KINDS) });
      audit.push({
        entity: 'episode',
        entityId,
        action: 'update',
        field: babyLabel(baby.baby_order),
        oldValue: null,
        newValue: fields,
        reason,
      });
      continue;
    }
    const before = record.babies.find((b) => b.id === id)!;
    const changed = changedFields<BabyFields>(before, baby, BABY_FIELDS);
    updateRow(ctx, 'baby', id, columnsFromFields(Object.fromEntries(changed.map((f) => [f, fields[f]])), BABY_KINDS));
    for (const f of changed) {
      audit.push({
        entity: 'episode',
        entityId,
        action: 'update',
        field: `${babyLabel(baby.baby_order)}.${f}`,
        oldValue: before[f],
        newValue: fields[f],
        reason,
      });
    }
  }
  return audit;
}

/*
 * Clinical facts (obstetric status, labour and delivery, each baby's birth facts) need `clinical.write` under the
 * admin's role table whichever operation carries them: a section edit and a babies' update are checked by the fields
 * they change, so a role without it can still correct a name or fill in Form 1 details.
 */
const CLINICAL_EPISODE_FIELDS: ReadonlySet<string> = new Set([...Object.keys(obstetricShape), ...Object.keys(deliveryShape)]);
const CLERICAL_BABY_FIELDS: ReadonlySet<string> = new Set(
  Object.keys(babyShape).filter((f) => f === 'child_name' || f.startsWith('crs_')),
);

function assertMayWriteClinical(ctx: Pick<DbHandle, 'db'>, session: Session, clinicalField: string | undefined): void {
  if (clinicalField === undefined) return;
  if (roleAllows(readRoleTable(ctx), session.role, 'clinical.write', { temporaryPassword: session.temporaryPassword })) return;
  throw new AppError('forbidden', { field: clinicalField });
}

/** The first clinical field among a save's audit rows (episode fields by name; a baby added, removed, or changed). */
function clinicalFieldOf(audit: readonly AuditEntry[]): string | undefined {
  for (const { field } of audit) {
    if (!field) continue;
    if (!field.startsWith('babies[')) {
      if (CLINICAL_EPISODE_FIELDS.has(field)) return field;
      continue;
    }
    const dot = field.indexOf('.');
    if (dot < 0 || !CLERICAL_BABY_FIELDS.has(field.slice(dot + 1))) return field;
  }
  return undefined;
}

export interface DeliveryInput {
  id: number;
  version: number;
  fields: EpisodePatch;
  babies: BabyInput[];
  acknowledge_warnings?: boolean;
}

/** Labour, delivery and every baby; marks an admitted record delivered. */
export function recordDelivery(
  ctx: DbHandle & FormatDirs,
  session: Session,
  input: DeliveryInput,
  options: { stateChange: boolean; reason?: string } = { stateChange: true },
): EpisodeDetail {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, input.id);
  assertWritable(record, input.version);
  const fields = normalise(input.fields, env.timeZone);
  const afterFields: EpisodeRecord = { ...record, ...fields };
  const babies = mergeBabies(record, normalise(input.babies, env.timeZone), afterFields.delivery_at);
  if (afterFields.number_of_babies == null) afterFields.number_of_babies = babies.length;
  const after = { ...checkable(afterFields), babies };
  judge(checkable(record), after, options.stateChange ? 'deliver' : stageOf(record), env, input.acknowledge_warnings === true);
  const changed = changedFields(record, afterFields, EPISODE_FIELDS);
  ctx.db.transaction(() => {
    updateRow(
      ctx,
      'episode',
      record.id,
      columnsFromFields(Object.fromEntries(changed.map((f) => [f, afterFields[f]])), EPISODE_KINDS),
    );
    const audit: AuditEntry[] = changed.map((field) => ({
      entity: 'episode',
      entityId: String(record.id),
      action: 'update' as const,
      field,
      oldValue: record[field],
      newValue: afterFields[field],
      reason: options.reason ?? null,
    }));
    audit.push(...saveBabies(ctx, record, babies, env, options.reason ?? null));
    // A babies' update (register.write) may carry Form 1 details; birth facts still need clinical.write. Rolls back.
    if (!options.stateChange) assertMayWriteClinical(ctx, session, clinicalFieldOf(audit));
    const nextState = options.stateChange && record.record_state === 'admitted' ? 'delivered' : record.record_state;
    if (nextState !== record.record_state) {
      audit.push({
        entity: 'episode',
        entityId: String(record.id),
        action: 'update',
        field: 'record_state',
        oldValue: record.record_state,
        newValue: nextState,
      });
    }
    touch(ctx, session, record, env, { record_state: nextState });
    writeAudit(ctx.db, session, env.now, audit);
    requireReasonForReportedMonths(ctx, record, loadRecord(ctx, record.id), options.reason);
  });
  return getEpisodeDetail(ctx, record.id);
}

export interface OutcomeInput {
  id: number;
  version: number;
  fields: EpisodePatch;
  referral?: Partial<ReferralFields>;
  /** Existing babies by id (how each left); babies not listed stay as they are. */
  babies?: (BabyInput & { id: number })[];
  /** Why saved values change; needed when the change alters a month whose HMIS report was submitted. */
  reason?: string;
  acknowledge_warnings?: boolean;
}

/** Closes the record: discharge, referral out (the slip's content is stored with it), LAMA, death, absconded. */
export function recordOutcome(ctx: DbHandle & FormatDirs, session: Session, input: OutcomeInput): EpisodeDetail {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, input.id);
  assertWritable(record, input.version);
  const fields = normalise(input.fields, env.timeZone);
  const afterFields: EpisodeRecord = { ...record, ...fields };
  const outcome = afterFields.outcome as Outcome | null;
  const existingReferral = record.referrals.find((r) => r.baby_order === null);
  const referral =
    outcome === 'referred_out'
      ? { ...(existingReferral ?? {}), ...normalise(input.referral ?? {}, env.timeZone), baby_order: null }
      : null;
  const reason = input.reason ?? null;
  const babies = input.babies
    ? mergeBabies(record, outcomeBabies(record, normalise(input.babies, env.timeZone)), afterFields.delivery_at)
    : null;
  judge(
    checkable(record),
    { ...checkable(afterFields, referral), ...(babies ? { babies } : {}) },
    'close',
    env,
    input.acknowledge_warnings === true,
  );
  const changed = changedFields(record, afterFields, EPISODE_FIELDS);
  ctx.db.transaction(() => {
    updateRow(
      ctx,
      'episode',
      record.id,
      columnsFromFields(Object.fromEntries(changed.map((f) => [f, afterFields[f]])), EPISODE_KINDS),
    );
    const entityId = String(record.id);
    const audit: AuditEntry[] = changed.map((field) => ({
      entity: 'episode',
      entityId,
      action: 'update' as const,
      field,
      oldValue: record[field],
      newValue: afterFields[field],
      reason,
    }));
    if (referral) audit.push(...saveReferral(ctx, record, referral, existingReferral?.id, reason));
    if (babies) audit.push(...saveBabies(ctx, record, babies, env, reason));
    if (record.record_state !== 'closed') {
      audit.push({
        entity: 'episode',
        entityId,
        action: 'update',
        field: 'record_state',
        oldValue: record.record_state,
        newValue: 'closed',
        reason,
      });
    }
    // Correcting an already closed record keeps the state it had before closing (for "reopen").
    touch(
      ctx,
      session,
      record,
      env,
      record.record_state === 'closed' ? {} : { record_state: 'closed', state_before_close: record.record_state },
    );
    writeAudit(ctx.db, session, env.now, audit);
    requireReasonForReportedMonths(ctx, record, loadRecord(ctx, record.id), input.reason);
  });
  return getEpisodeDetail(ctx, record.id);
}

/** The outcome names existing babies only (by id); every other baby is kept as it is. */
function outcomeBabies(record: EpisodeRecord, inputs: (BabyInput & { id: number })[]): BabyInput[] {
  for (const input of inputs) {
    if (!record.babies.some((b) => b.id === input.id))
      throw new AppError('not_found', { message: 'error.baby_not_found', field: 'babies' });
  }
  return record.babies.map((baby) => {
    const input = inputs.find((i) => i.id === baby.id);
    return { id: baby.id, baby_order: baby.baby_order, ...(input ?? {}) };
  });
}

export function saveReferral(
  ctx: Pick<DbHandle, 'sqlite'>,
  record: EpisodeRecord,
  referral: Partial<ReferralFields>,
  existingId: number | undefined,
  reason: string | null,
): AuditEntry[] {
  const full = Object.fromEntries(REFERRAL_FIELDS.map((f) => [f, referral[f] ?? null])) as ReferralFields;
  const entityId = String(record.id);
  if (existingId === undefined) {
    const count = record.referrals.length + 1;
    insertRow(ctx, 'referral', {
      episode_id: record.id,
      slip_no: `${record.serial_no}/R${count}`,
      ...columnsFromFields(full, REFERRAL_KINDS),
    });
    return [{ entity: 'episode', entityId, action: 'update', field: 'referral', oldValue: null, newValue: full, reason }];
  }
  const before = record.referrals.find((r) => r.id === existingId)!;
  const changed = changedFields<ReferralFields>(before, { ...before, ...full }, REFERRAL_FIELDS);
  updateRow(ctx, 'referral', existingId, columnsFromFields(Object.fromEntries(changed.map((f) => [f, full[f]])), REFERRAL_KINDS));
  return changed.map((f) => ({
    entity: 'episode',
    entityId,
    action: 'update' as const,
    field: `referral.${f}`,
    oldValue: before[f],
    newValue: full[f],
    reason,
  }));
}

/** Voided records keep their serial number, stay findable and are left out of every count and slip. */
export function voidEpisode(
  ctx: DbHandle,
  session: Session,
  input: { id: number; version: number; reason_code: NonNullable<EpisodeRecord['void']>['reason_code']; reason_text?: string },
): EpisodeDetail {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, input.id);
  assertWritable(record, input.version);
  if (input.reason_code === 'other' && !input.reason_text) {
    throw new AppError('invalid_input', {
      issues: [{ field: 'reason_text', message: 'v.required', params: { field: 'field.reason_text' }, severity: 'error' }],
      field: 'reason_text',
    });
  }
  ctx.db.transaction(() => {
    touch(ctx, session, record, env, {
      voided_at: env.nowIso,
      voided_by: session.userName,
      void_reason_code: input.reason_code,
      void_reason_text: input.reason_text ?? null,
    });
    writeAudit(ctx.db, session, env.now, [
      {
        entity: 'episode',
        entityId: String(record.id),
        action: 'void',
        field: 'void_reason_code',
        newValue: input.reason_code,
        reason: input.reason_text ?? input.reason_code,
      },
    ]);
  });
  return getEpisodeDetail(ctx, record.id);
}

/** A closed record back to its state before closing; the outcome and its time are cleared (and audited). */
export function reopenEpisode(
  ctx: DbHandle,
  session: Session,
  input: { id: number; version: number; reason: string },
): EpisodeDetail {
  const env = registerEnv(ctx);
  const record = loadRecord(ctx, input.id);
  assertWritable(record, input.version);
  if (record.record_state !== 'closed') throw new AppError('conflict', { message: 'error.episode_not_closed' });
  const previous =
    (ctx.sqlite.prepare('SELECT state_before_close FROM episode WHERE id = ?').pluck().get(record.id) as string | null) ??
    (record.delivery_at ? 'delivered' : 'admitted');
  ctx.db.transaction(() => {
    touch(ctx, session, record, env, { record_state: previous, state_before_close: null, outcome: null, outcome_at: null });
    const entityId = String(record.id);
    writeAudit(ctx.db, session, env.now, [
      {
        entity: 'episode',
        entityId,
        action: 'reopen',
        field: 'record_state',
        oldValue: 'closed',
        newValue: previous,
        reason: input.reason,
      },
      {
        entity: 'episode',
        entityId,
        action: 'update',
        field: 'outcome',
        oldValue: record.outcome,
        newValue: null,
        reason: input.reason,
      },
      {
        entity: 'episode',
        entityId,
        action: 'update',
        field: 'outcome_at',
        oldValue: record.outcome_at,
        newValue: null,
        reason: input.reason,
      },
    ]);
  });
  return getEpisodeDetail(ctx, record.id);
}
