import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { fieldError, toFieldIssues } from '../../../shared/validation';
import { useAction } from '../api/query';

/**
 * A form checked with the contract's own zod schema before sending, and with the service's field issues after:
 * the same messages either way. `submit` gets the parsed value (it sends through `useOpMutation`); its AppError
 * issues land on the fields. Sending, and what it answered, is the data layer's state (`useAction`).
 */
export function useForm<S extends z.ZodType>(schema: S, submit: (value: z.output<S>) => Promise<void>) {
  const [localIssues, setLocalIssues] = useState<FieldIssue[]>([]);
  const send = useAction(submit);
  const failure = send.error;
  const serverIssues = failure instanceof AppError && failure.issues ? failure.issues : null;
  const onSubmit = async (event: FormEvent, raw: unknown, extra: FieldIssue[] = []) => {
    event.preventDefault();
    const parsed = schema.safeParse(raw);
    const local = [...(parsed.success ? [] : toFieldIssues(parsed.error)), ...extra];
    setLocalIssues(local);
    send.reset();
    if (local.length > 0 || !parsed.success) return;
    // The failure is shown from the action's state.
    await send.mutateAsync(parsed.data).catch(() => undefined);
  };
  return { issues: serverIssues ?? localIssues, error: serverIssues ? null : failure, busy: send.isPending, onSubmit };
}

/** A field issue the form adds itself (two passwords that differ), shaped like the service's. */
export const formIssue = (field: string, message: string): FieldIssue => fieldError(field, message).issues![0]!;
