import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../shared/errors';

/** Injected wherever "now" matters (no-future checks, report month, backups), so tests can fix it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const clockFileSchema = z.object({ offset_minutes: z.number().int() }).strict();

/**
 * The PC's clock moved by the minutes in a file (`{"offset_minutes": 10080}`), read at every call so an end-to-end
 * test can advance a running server by rewriting the file (`--clock-file`, accepted only with `--demo`: a register
 * that is kept never runs on a made-up time). A missing or malformed file is an error, never a silent "no offset".
 */
export function offsetFileClock(path: string): Clock {
  const offset = (): number => {
    try {
      return clockFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).offset_minutes;
    } catch {
      throw new AppError('invalid_input', { message: 'launch.clock_file_bad', params: { path } });
    }
  };
  offset(); // refused at start-up, not at the first request
  return () => new Date(Date.now() + offset() * 60_000);
}
