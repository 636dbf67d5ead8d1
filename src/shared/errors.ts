import { z } from 'zod';

/** What went wrong, in a form the UI can act on. */
export const ERROR_CODES = [
  'invalid_input',
  /** Only warnings: the clerk confirms and saves again with `acknowledge_warnings`. */
  'needs_confirmation',
  'not_found',
  'unknown_operation',
  'forbidden',
  'unauthenticated',
  'conflict',
  /** Not possible in this runtime (e.g. printing to a printer outside the desktop app). */
  'unavailable',
  'network',
  /** A remote service (DHIS2) answered with a refusal or an error; `message` says which. */
  'remote',
  'internal',
  'db_corrupt',
  'db_newer',
  'migration_failed',
  /** Too many login attempts from one place: wait and try again. */
  'rate_limited',
  /** A backup that cannot be restored: damaged, wrong passphrase, or from a newer app. */
  'backup_refused',
  /** Not enough free disk space to do this safely. */
  'disk_low',
  /** Another program held the register longer than the busy timeout: nothing was saved, try again. */
  'busy',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** One problem with one field. `field` is a dotted path (`babies.1.birth_weight_g`); `message` a key. */
export const fieldIssueSchema = z.object({
  field: z.string(),
  message: z.string(),
  params: paramsSchema.optional(),
  /** Warnings may be confirmed and saved anyway; errors block. */
  severity: z.enum(['error', 'warning']).default('error'),
});
export type FieldIssue = z.output<typeof fieldIssueSchema>;

/** The one error shape that crosses both transports. `message` is a translatable key. */
export const appErrorShapeSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  params: paramsSchema.optional(),
  field: z.string().optional(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type AppErrorShape = z.output<typeof appErrorShapeSchema>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, string | number> | undefined;
  readonly field: string | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; params?: Record<string, string | number>; field?: string; issues?: FieldIssue[] } = {},
  ) {
    super(options.message ?? `error.${code}`);
    this.name = 'AppError';
    this.code = code;
    this.params = options.params;
    this.field = options.field;
    this.issues = options.issues;
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, message: this.message };
    if (this.params) shape.params = this.params;
    if (this.field) shape.field = this.field;
    if (this.issues) shape.issues = this.issues;
    return shape;
  }

  static fromShape(shape: AppErrorShape): AppError {
    return new AppError(shape.code, shape);
  }
}

/** The result of every contract call, whatever the transport. */
export type CallResult<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };
