import { dispatch } from '../api/dispatch';
import { LOCAL_ADMIN_SESSION } from '../session';
import type { CliCommand } from './command';

export const infoCommand: CliCommand = {
  name: 'info',
  summary: 'Show the app version, schema version, data folder and facility.',
  usage: 'info [--data-dir DIR]',
  run: async (_args, ctx) => {
    const info = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'appInfo', {});
    const settings = await dispatch(ctx, LOCAL_ADMIN_SESSION, 'getSettings', {});
    console.log(
      JSON.stringify({ info: info.ok ? info.data : info.error, facility: settings.ok ? settings.data : settings.error }, null, 2),
    );
    return 0;
  },
};
