import { z } from 'zod';
import { lanSettingsSchema, lanStatusSchema } from '../lan';
import { op } from './define';

export const lanOps = {
  getLanStatus: op({ input: z.object({}).strict(), output: lanStatusSchema, permission: 'admin', mutates: false }),
  /** Saves the LAN settings and starts, moves or stops the LAN server accordingly. */
  updateLanSettings: op({
    input: lanSettingsSchema.partial().strict(),
    output: lanStatusSchema,
    permission: 'admin',
    mutates: true,
  }),
};
