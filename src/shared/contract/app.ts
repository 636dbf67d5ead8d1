import { z } from 'zod';
import { LANGUAGES } from '../i18n/define';
import { facilitySettingsPatchSchema, facilitySettingsSchema } from '../settings';
import { op } from './define';

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Schema version of the open database (the last applied migration). */
  schemaVersion: z.string(),
  dataDir: z.string(),
  demo: z.boolean(),
  runtime: z.enum(['electron', 'node']),
  nodeVersion: z.string(),
});
export type AppInfo = z.output<typeof appInfoSchema>;

export const appOps = {
  // Not public: it names the data folder. The login screen uses `setupStatus`.
  appInfo: op({ input: z.object({}).strict(), output: appInfoSchema, permission: 'user', mutates: false }),
  getSettings: op({ input: z.object({}).strict(), output: facilitySettingsSchema, permission: 'user', mutates: false }),
  updateSettings: op({
    input: facilitySettingsPatchSchema,
    output: facilitySettingsSchema,
    permission: 'admin',
    mutates: true,
  }),
  /** The screen language is everyone's to switch (the rest of the facility settings are the admin's). */
  setLanguage: op({
    input: z.object({ ui_language: z.enum(LANGUAGES) }).strict(),
    output: facilitySettingsSchema,
    permission: 'user',
    mutates: true,
  }),
};
