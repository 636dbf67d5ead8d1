import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLaunchArgs } from '../../src/main/args';
import { offsetFileClock } from '../../src/main/clock';
import { AppError } from '../../src/shared/errors';
import { translate } from '../../src/shared/i18n/translate';
import { tempDir } from '../helpers/context';

/* The end-to-end tests' movable server clock (`--clock-file`): only on the throw-away demo, and never a silent zero. */

describe('--clock-file', () => {
  it('is refused without --demo (a kept register never runs on a made-up time), in both languages', () => {
    const refused = (() => {
      try {
        parseLaunchArgs(['--data-dir', tempDir(), '--clock-file', 'clock.json']);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(AppError);
    const { message, params } = refused as AppError;
    expect(translate('en', message, params)).toContain('--clock-file is for tests on the demo hospital only');
    expect(translate('hi', message, params)).toContain('डेमो अस्पताल');
    expect(() => parseLaunchArgs(['--clock-file', 'clock.json'])).toThrow(AppError);
    expect(parseLaunchArgs(['--demo', '--clock-file', 'clock.json'])).toMatchObject({ demo: true, clockFile: 'clock.json' });
    expect(parseLaunchArgs(['--demo']).clockFile).toBeUndefined();
  });

  it('runs the minutes in the file ahead of the PC clock, re-read at every call', () => {
    const file = join(tempDir(), 'clock.json');
    writeFileSync(file, JSON.stringify({ offset_minutes: 0 }));
    const clock = offsetFileClock(file);
    expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(1_000);
    writeFileSync(file, JSON.stringify({ offset_minutes: 7 * 24 * 60 }));
    expect(Math.abs(clock().getTime() - (Date.now() + 7 * 86_400_000))).toBeLessThan(1_000);
    writeFileSync(file, JSON.stringify({ offset_minutes: -90 }));
    expect(Math.abs(clock().getTime() - (Date.now() - 90 * 60_000))).toBeLessThan(1_000);
  });

  it('refuses a missing or malformed file at start and at a later call, naming it', () => {
    const dir = tempDir();
    expect(() => offsetFileClock(join(dir, 'none.json'))).toThrow(AppError);
    const file = join(dir, 'clock.json');
    writeFileSync(file, JSON.stringify({ offset_minutes: 1.5 }));
    expect(() => offsetFileClock(file)).toThrow(AppError);
    writeFileSync(file, JSON.stringify({ offset_minutes: 10 }));
    const clock = offsetFileClock(file);
    writeFileSync(file, 'ten minutes');
    try {
      clock();
      expect.unreachable();
    } catch (error) {
      expect(translate('en', (error as AppError).message, (error as AppError).params)).toContain(file);
    }
  });
});
