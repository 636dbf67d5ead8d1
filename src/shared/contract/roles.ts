import { z } from 'zod';
import { roleSettingsPatchSchema, roleSettingsSchema } from '../roles';
import { op } from './define';

/** The role table the hospital decides (Settings → Roles): which permissions each role holds. */
export const roleOps = {
  getRoleSettings: op({ input: z.object({}).strict(), output: roleSettingsSchema, permission: 'admin', mutates: false }),
  updateRoleSettings: op({ input: roleSettingsPatchSchema, output: roleSettingsSchema, permission: 'admin', mutates: true }),
};
