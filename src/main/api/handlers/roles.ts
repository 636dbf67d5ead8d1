import type { roleOps } from '../../../shared/contract/roles';
import { readRoleSettings, updateRoleSettings } from '../../auth/roles';
import { requireSession, type Handlers } from './types';

export const roleHandlers: Handlers<keyof typeof roleOps> = {
  getRoleSettings: (_input, { ctx }) => readRoleSettings(ctx),
  updateRoleSettings: (patch, call) => updateRoleSettings(call.ctx, requireSession(call), patch),
};
