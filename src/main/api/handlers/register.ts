import type { registerOps } from '../../../shared/contract/register';
import { DEFAULT_REGISTER_POLICY, registerPolicySchema } from '../../../shared/register/policy';
import { registerPolicy } from '../../register/context';
import { runJob } from '../../jobs/run';
import { exportRegisterFile } from '../../register/exchange/export';
import { episodeHistory, findEpisodes, listRegister, listToday } from '../../register/lists';
import {
  admit,
  getEpisodeDetail,
  recordDelivery,
  recordOutcome,
  reopenEpisode,
  updateEpisode,
  voidEpisode,
} from '../../register/service';
import { updateSection } from '../../settings/store';
import { dropDraftAfter } from '../../drafts/store';
import { requireSession, type Handlers } from './types';

export const registerHandlers: Handlers<keyof typeof registerOps> = {
  admitMother: (input, call) => dropDraftAfter(call, 'admit', () => admit(call.ctx, requireSession(call), input)),
  updateEpisode: (input, call) => updateEpisode(call.ctx, requireSession(call), input),
  recordDelivery: (input, call) =>
    dropDraftAfter(call, `delivery:${input.id}`, () =>
      recordDelivery(call.ctx, requireSession(call), input, { stateChange: true, reason: input.reason }),
    ),
  updateBabies: (input, call) =>
    recordDelivery(call.ctx, requireSession(call), { ...input, fields: {} }, { stateChange: false, reason: input.reason }),
  recordOutcome: (input, call) =>
    dropDraftAfter(call, `outcome:${input.id}`, () => recordOutcome(call.ctx, requireSession(call), input)),
  voidEpisode: (input, call) => voidEpisode(call.ctx, requireSession(call), input),
  reopenEpisode: (input, call) => reopenEpisode(call.ctx, requireSession(call), input),
  getEpisode: ({ id }, { ctx }) => getEpisodeDetail(ctx, id),
  episodeHistory: ({ id }, { ctx }) => episodeHistory(ctx, id),
  listToday: (_input, { ctx }) => listToday(ctx),
  listRegister: (query, { ctx }) => listRegister(ctx, query),
  findEpisodes: ({ query, limit }, { ctx }) => findEpisodes(ctx, query, limit ?? 20),
  exportRegister: (input, call) => exportRegisterFile(call.ctx, requireSession(call), input),
  // Thousands of rows parsed, checked and written: on a worker thread with its own connection.
  importRegister: (input, call) => runJob(call.ctx, 'importRegister', { session: requireSession(call), input }),
  getRegisterPolicy: (_input, { ctx }) => registerPolicy(ctx),
  updateRegisterPolicy: (patch, call) =>
    updateSection(call.ctx, requireSession(call), 'register_policy', registerPolicySchema, DEFAULT_REGISTER_POLICY, patch),
};
