import type { APIRequestContext } from '@playwright/test';
import type { OpInput, OpName, OpOutput } from '../../src/shared/contract';

/** One contract operation over the web transport, as the logged-in request context: its data, or a thrown error. */
export async function call<N extends OpName>(request: APIRequestContext, op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const response = await request.post(`/api/${op}`, { data: input });
  const body = (await response.json()) as { ok: boolean; data: OpOutput<N>; error?: unknown };
  if (!body.ok) throw new Error(`${op}: ${JSON.stringify(body.error)}`);
  return body.data;
}
