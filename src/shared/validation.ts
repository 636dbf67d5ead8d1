import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors';

/** Turns a dotted path into the label key used in messages: `babies.0.sex` → `field.sex`. */
export function fieldLabelKey(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return typeof last === 'string' ? `field.${last}` : 'field.input';
}

function issueMessage(issue: z.core.$ZodIssue): { message: string; params: Record<string, string | number> } {
  const field = fieldLabelKey(issue.path);
  // Our schemas put an i18n key (`v.…`) in custom messages; zod's own English text is replaced by a key.
  if (issue.message.startsWith('v.')) {
    const params = (issue as { params?: Record<string, string | number> }).params ?? {};
    return { message: issue.message, params: { ...params, field } };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { message: issue.input === undefined || issue.input === null ? 'v.required' : 'v.invalid_type', params: { field } };
    case 'too_small':
      if (issue.origin === 'string') return { message: 'v.too_small_string', params: { field } };
      return { message: 'v.too_small', params: { field, min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string') return { message: 'v.too_long', params: { field, max: Number(issue.maximum) } };
      return { message: 'v.too_big', params: { field, max: Number(issue.maximum) } };
    case 'invalid_value':
      return { message: 'v.invalid_option', params: { field } };
    case 'invalid_format':
      return { message: 'v.invalid_format', params: { field } };
    case 'unrecognized_keys':
      return { message: 'v.unknown_field', params: { field: `field.${issue.keys[0] ?? 'input'}` } };
    default:
      return { message: 'v.invalid_format', params: { field } };
  }
}

/** Zod's issues as our field issues (translatable, one per problem). */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const { message, params } = issueMessage(issue);
    return { field: issue.path.map(String).join('.') || 'input', message, params, severity: 'error' as const };
  });
}

/** Parse or throw an `invalid_input` AppError naming every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toFieldIssues(result.error);
  throw new AppError('invalid_input', { issues, field: issues[0]?.field });
}

/** A service's own check of one field (taken name, wrong password, missing folder), in the same shape zod's give. */
export function fieldError(field: string, message: string): AppError {
  const issue: FieldIssue = { field, message, params: { field: `field.${field}` }, severity: 'error' };
  return new AppError('invalid_input', { field, issues: [issue] });
}
