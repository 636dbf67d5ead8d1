import type { z } from 'zod';
import type { Permission } from '../roles';

/** One operation of the contract: what it takes, what it returns, who may call it. */
export interface OpDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  permission: Permission;
  /** Changes stored data (used by transports for logging and by tests that check refusals change nothing). */
  mutates: boolean;
}

export function op<I extends z.ZodType, O extends z.ZodType>(def: OpDef<I, O>): OpDef<I, O> {
  return def;
}
