import { randomUUID } from 'node:crypto';

/**
 * Logs an unexpected failure by code and a reference the clerk can read out, never by values: an error's message
 * can quote input (JSON excerpts, names, query parameters), so only its name, code and stack frames are written.
 * Returns the reference.
 */
export function logFailure(where: string, error: unknown): string {
  const ref = randomUUID().slice(0, 8);
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
  console.error([`[${ref}] ${where}: ${name}${typeof code === 'string' ? ` ${code}` : ''}`, ...frames.slice(0, 8)].join('\n'));
  return ref;
}
