import { z } from 'zod';

/** LAN mode: off by default; when on, the app is also served on one of the PC's network addresses. */
export const lanSettingsSchema = z
  .object({
    enabled: z.boolean(),
    /** One of the PC's own IPv4 addresses (empty: choose the first when enabling). */
    host: z
      .string()
      .trim()
      .regex(/^$|^(\d{1,3}\.){3}\d{1,3}$/, { error: 'v.ip_address' }),
    port: z.number().int().min(1024).max(65535),
  })
  .strict();
export type LanSettings = z.output<typeof lanSettingsSchema>;

export const DEFAULT_LAN_SETTINGS: LanSettings = { enabled: false, host: '', port: 5190 };

export const lanStatusSchema = z.object({
  settings: lanSettingsSchema,
  /** The PC's IPv4 network addresses the admin can choose from. */
  addresses: z.array(z.string()),
  running: z.boolean(),
  /** The address to open on the other PC, when running (https). */
  url: z.string().nullable(),
  /** SHA-256 fingerprint of the register's LAN certificate, when running: staff compare it on the other PC. */
  fingerprint: z.string().nullable(),
  /** A message key when LAN mode is on but not serving (port taken, address gone). */
  problem: z.string().nullable(),
  /** False where this runtime cannot serve the LAN (the CLI). */
  available: z.boolean(),
});
export type LanStatus = z.output<typeof lanStatusSchema>;
