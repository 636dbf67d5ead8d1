import {
  notifyManager,
  QueryClient,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type UseMutationOptions,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Contract, OpInput, OpName, OpOutput } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { api } from './client';

/*
 * The one data layer of the renderer: every screen reads through `useOp` and writes through `useOpMutation`,
 * both typed by the contract. TanStack Query keeps the loading/error state, drops answers to a question no longer
 * asked (switch months quickly: the screen shows the month asked last), and refreshes what a write changed.
 *
 * Query keys are `[opName, input]`, so `invalidate('getRecord')` refreshes every open record and
 * `invalidate('getRecord', {id: 5})` one of them.
 */

/** Operations that only read: the type keeps a write out of `useOp`. */
export type ReadOpName = {
  [N in OpName]: Contract[N]['mutates'] extends false ? N : never;
}[OpName];
/** Operations that change stored data. */
export type WriteOpName = Exclude<OpName, ReadOpName>;

// An answer reaches the screen in the task that received it, not in a later timer task: otherwise the browser may
// paint a frame in between, and the dashboard's charts miss the first frame after their data (docs/benchmarks.md
// "Charts within one frame"). React batches the updates of one task anyway; TanStack's docs offer this scheduler.
notifyManager.setScheduler(queueMicrotask);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused or invalid call does not get better by asking again; a network blip is retried once.
      retry: (count, error) => count < 1 && error instanceof AppError && error.code === 'network',
      // The register changes only through this PC's screens (which invalidate) or another PC in LAN mode
      // (picked up when a screen is opened again).
      refetchOnWindowFocus: false,
      staleTime: 0,
    },
    mutations: { retry: false },
  },
});

const callOp = <N extends OpName>(name: N, input: OpInput<N>) => (api[name] as (i: OpInput<N>) => Promise<OpOutput<N>>)(input);

export const opKey = <N extends OpName>(name: N, input?: OpInput<N>) =>
  (input === undefined ? [name] : [name, input]) as readonly unknown[];

type QueryOptions<N extends ReadOpName, T> = Omit<
  UseQueryOptions<OpOutput<N>, AppError, T, readonly unknown[]>,
  'queryKey' | 'queryFn'
>;

/** Reads one operation: `const report = useOp('getHmisReport', {month})` → `{data, error, isPending, refetch}`. */
export function useOp<N extends ReadOpName, T = OpOutput<N>>(name: N, input: OpInput<N>, options?: QueryOptions<N, T>) {
  return useQuery<OpOutput<N>, AppError, T, readonly unknown[]>({
    queryKey: opKey(name, input),
    queryFn: () => callOp(name, input),
    ...options,
  });
}

/**
 * Reads one operation for several inputs at once (the register book's pages in view), each cached under its own
 * key like `useOp`: `useOps('listRegister', pages.map(...))` → one result per input, in order.
 */
export function useOps<N extends ReadOpName>(name: N, inputs: readonly OpInput<N>[]) {
  return useQueries({
    queries: inputs.map((input) => ({
      queryKey: opKey(name, input),
      queryFn: () => callOp(name, input),
    })),
  });
}

type MutationOptions<N extends OpName> = Omit<UseMutationOptions<OpOutput<N>, AppError, OpInput<N>>, 'mutationFn'> & {
  /** Reads to refresh after a successful write (all their inputs); 'all' refreshes every open screen. */
  invalidates?: readonly ReadOpName[] | 'all';
};

/** Writes through one operation: `const save = useOpMutation('updateSettings', {invalidates: ['getSettings']})`. */
export function useOpMutation<N extends OpName>(name: N, options: MutationOptions<N> = {}) {
  const client = useQueryClient();
  const { invalidates, onSuccess, ...rest } = options;
  return useMutation<OpOutput<N>, AppError, OpInput<N>>({
    mutationFn: (input) => callOp(name, input),
    ...rest,
    onSuccess: async (...args) => {
      if (invalidates === 'all') await client.invalidateQueries();
      else if (invalidates) await Promise.all(invalidates.map((op) => client.invalidateQueries({ queryKey: [op] })));
      await onSuccess?.(...args);
    },
  });
}

/**
 * A step that is more than one call (print: log the copies, then open the browser's print dialog; a form: check,
 * send, then move on): its pending / error / result state is kept like a write's, so no screen keeps a busy flag
 * by hand. The calls inside go through `useOpMutation`s, which refresh what they change.
 */
export function useAction<I, O>(run: (input: I) => Promise<O>) {
  return useMutation<O, unknown, I>({ mutationFn: run });
}

/**
 * Reads one operation now, from a handler rather than a render (the newest stored report after a conflict): the
 * answer also lands in the cache under the same key as `useOp`'s, so every screen showing it is updated.
 */
export function useFetchOp() {
  const client = useQueryClient();
  return useCallback(
    <N extends ReadOpName>(name: N, input: OpInput<N>) =>
      client.fetchQuery<OpOutput<N>, AppError, OpOutput<N>, readonly unknown[]>({
        queryKey: opKey(name, input),
        queryFn: () => callOp(name, input),
        staleTime: 0,
      }),
    [client],
  );
}

/** Refreshes reads from outside a mutation (after a restore, a language switch that changes server text). */
export function useInvalidate() {
  const client = useQueryClient();
  return (name?: ReadOpName, input?: unknown) =>
    client.invalidateQueries(name ? { queryKey: input === undefined ? [name] : [name, input] } : undefined);
}
