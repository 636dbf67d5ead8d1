import type { z } from 'zod';
import type { CallResult } from '../errors';
import { appOps } from './app';
import { careOps } from './care';
import { hmisOps } from './hmis';
import { registerOps } from './register';
import { dhis2Ops } from './dhis2';
import { slipOps } from './slips';
import { crsOps } from './crs';
import { authOps } from './auth';
import { backupOps } from './backup';
import type { OpDef } from './define';
import { lanOps } from './lan';
import { roleOps } from './roles';
import { draftOps } from './drafts';
import { dashboardOps } from './dashboard';
import { entryChoiceOps } from './entry-choices';

/** Every operation of Prasav, once. Both transports and the implementation table derive from this. */
export const contract = {
  ...appOps,
  ...registerOps,
  ...dhis2Ops,
  ...slipOps,
  ...authOps,
  ...backupOps,
  ...lanOps,
  ...hmisOps,
  ...roleOps,
  ...draftOps,
  ...dashboardOps,
  ...careOps,
  ...crsOps,
  ...entryChoiceOps,
} satisfies Record<string, OpDef>;

export type Contract = typeof contract;
export type OpName = keyof Contract;
export type OpInput<N extends OpName> = z.input<Contract[N]['input']>;
export type OpParsedInput<N extends OpName> = z.output<Contract[N]['input']>;
export type OpOutput<N extends OpName> = z.output<Contract[N]['output']>;

export const OP_NAMES = Object.keys(contract) as OpName[];

export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The typed client every transport provides: `api.getSettings({})`. */
export type PrasavApi = { [N in OpName]: (input: OpInput<N>) => Promise<OpOutput<N>> };

/** What the preload puts on `window.prasav`: one function per operation, resolving to a CallResult. */
export type PrasavBridge = { [N in OpName]: (input: OpInput<N>) => Promise<CallResult<OpOutput<N>>> };

/** IPC channel of an operation. */
export const ipcChannel = (name: string): string => `prasav:${name}`;

/** HTTP path of an operation. */
export const httpPath = (name: string): string => `/api/${name}`;
