/**
 * A restore's safety backup runs on the jobs worker: the screens' reads go on meanwhile, and writes are refused
 * (one made after the safety backup's snapshot would be in neither that backup nor the restored register).
 */
import { expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { backupNow } from '../../src/main/backup/service';
import { seedDemo } from '../../src/main/demo/seed';
import { LOCAL_ADMIN_SESSION } from '../../src/main/session';
import { translate } from '../../src/shared/i18n/translate';
import { testContext } from '../helpers/context';

const S = LOCAL_ADMIN_SESSION;

it('answers a read while the pre-restore backup runs on the worker, refuses writes until the restore is done', async () => {
  const ctx = testContext();
  seedDemo(ctx);
  const [entry] = backupNow(ctx, 'daily');
  let restored = false;
  const restore = dispatch(ctx, S, 'restoreBackup', { place: 'data', file: entry!.file }).then((result) => {
    restored = true;
    return result;
  });
  // Let the restore run up to its wait for the worker (a macrotask later; the backup itself takes far longer).
  await new Promise((resolve) => setImmediate(resolve));
  const read = await dispatch(ctx, S, 'findEpisodes', { query: 'a' });
  expect(read.ok).toBe(true);
  const write = await dispatch(ctx, S, 'updateSettings', { hospital_name: 'Written During Restore' });
  expect(write).toMatchObject({ ok: false, error: { code: 'busy', message: 'backup.restoring' } });
  expect(translate('en', 'backup.restoring')).toContain('Nothing was saved');
  expect(restored).toBe(false);

  const result = await restore;
  expect(result).toMatchObject({ ok: true, data: { restored: { file: entry!.file } } });
  const safety = (result as { data: { safety_backup: string } }).data.safety_backup;
  expect(safety).toContain('pre-restore');
  // The hold ends with the restore.
  expect(await dispatch(ctx, S, 'updateSettings', { hospital_name: 'After Restore' })).toMatchObject({ ok: true });
});
