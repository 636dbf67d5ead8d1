import type { appOps } from '../../../shared/contract/app';
import { DEFAULT_FACILITY_SETTINGS, facilitySettingsSchema } from '../../../shared/settings';
import { readSection, updateSection } from '../../settings/store';
import { requireSession, type Handlers } from './types';

export const appHandlers: Handlers<keyof typeof appOps> = {
  appInfo: (_input, { ctx }) => ({
    name: 'Prasav',
    version: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    dataDir: ctx.dataDir,
    demo: ctx.demo,
    runtime: ctx.runtime,
    nodeVersion: process.versions.node,
  }),
  getSettings: (_input, { ctx }) => readSection(ctx, 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS),
  updateSettings: (patch, call) =>
    updateSection(call.ctx, requireSession(call), 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS, patch),
  setLanguage: (input, call) =>
    updateSection(call.ctx, requireSession(call), 'facility', facilitySettingsSchema, DEFAULT_FACILITY_SETTINGS, input),
};
