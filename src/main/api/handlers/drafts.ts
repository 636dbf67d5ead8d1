import type { draftOps } from '../../../shared/contract/drafts';
import { discardDraft, getDraft, saveDraft } from '../../drafts/store';
import { requireSession, type Handlers } from './types';

export const draftHandlers: Handlers<keyof typeof draftOps> = {
  getDraft: ({ form }, call) => getDraft(call.ctx, requireSession(call), form),
  saveDraft: (input, call) => saveDraft(call.ctx, requireSession(call), input),
  discardDraft: ({ form }, call) => discardDraft(call.ctx, requireSession(call), form),
};
