import { DEFAULT_SECURITY_SETTINGS, securitySettingsSchema } from '../../../shared/auth';
import type { authOps } from '../../../shared/contract/auth';
import { DEFAULT_FACILITY_SETTINGS, facilitySettingsSchema } from '../../../shared/settings';
import {
  changeOwnPassword,
  countUsers,
  createFirstAdmin,
  createUser,
  listUsers,
  login,
  logout,
  readSecuritySettings,
  resetPassword,
  sessionInfo,
  updateUser,
} from '../../auth/users';
import { readSection, updateSection } from '../../settings/store';
import { requireSession, type Handlers } from './types';

export const authHandlers: Handlers<keyof typeof authOps> = {
  setupStatus: (_input, { ctx }) => {
    const facility = readSection(ctx, 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS);
    return {
      first_run: countUsers(ctx) === 0,
      hospital_name: facility.hospital_name,
      ui_language: facility.ui_language,
      demo: ctx.demo,
      version: ctx.appVersion,
    };
  },
  createFirstAdmin: (input, { ctx, carrier }) => createFirstAdmin(ctx, carrier, input),
  login: (input, { ctx, carrier }) => login(ctx, carrier, input),
  logout: (_input, { ctx, carrier }) => logout(ctx, carrier),
  whoami: (_input, { ctx, session }) => (session ? sessionInfo(ctx, session) : null),
  changeOwnPassword: (input, call) => changeOwnPassword(call.ctx, requireSession(call), call.carrier, input),
  listUsers: (_input, { ctx }) => listUsers(ctx),
  createUser: (input, call) => createUser(call.ctx, requireSession(call), input),
  updateUser: (input, call) => updateUser(call.ctx, requireSession(call), input),
  resetPassword: (input, call) => resetPassword(call.ctx, requireSession(call), input),
  getSecuritySettings: (_input, { ctx }) => readSecuritySettings(ctx),
  updateSecuritySettings: (patch, call) =>
    updateSection(call.ctx, requireSession(call), 'security', securitySettingsSchema, DEFAULT_SECURITY_SETTINGS, patch),
};
