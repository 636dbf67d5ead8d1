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

/** Keeps `mutates` as a literal type, so the renderer's data layer can tell reads from writes at compile time. */
export function op<I extends z.ZodType, O extends z.ZodType, M extends boolean>(
  def: OpDef<I, O> & { mutates: M },
): OpDef<I, O> & { mutates: M } {
  return def;
}
