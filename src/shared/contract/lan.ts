import { z } from 'zod';
import { lanSettingsSchema, lanStatusSchema } from '../lan';
import { op } from './define';

export const lanOps = {
  getLanStatus: op({ input: z.object({}).strict(), output: lanStatusSchema, permission: 'admin', mutates: false }),
  /**
   * The LAN certificate's fingerprint while LAN mode runs (public: every client receives the certificate anyway),
   * so the other PC's login page can show it for comparison with the reception PC's.
   */
  lanFingerprint: op({
    input: z.object({}).strict(),
    output: z.object({ fingerprint: z.string().nullable() }),
    permission: 'public',
    mutates: false,
  }),
  /** Saves the LAN settings and starts, moves or stops the LAN server accordingly. */
  updateLanSettings: op({
    input: lanSettingsSchema.partial().strict(),
    output: lanStatusSchema,
    permission: 'admin',
    mutates: true,
  }),
};
