import type { OpName } from '../../../shared/contract';
import { appHandlers } from './app';
import { careHandlers } from './care';
import { hmisHandlers } from './hmis';
import { registerHandlers } from './register';
import { dhis2Handlers } from './dhis2';
import { slipHandlers } from './slips';
import { crsHandlers } from './crs';
import { authHandlers } from './auth';
import { backupHandlers } from './backup';
import { lanHandlers } from './lan';
import { roleHandlers } from './roles';
import { draftHandlers } from './drafts';
import { dashboardHandlers } from './dashboard';
import { entryChoiceHandlers } from './entry-choices';
import type { Handlers } from './types';

/** The implementation table: one function per contract operation (the type makes a missing one a compile error). */
export const handlers: Handlers<OpName> = {
  ...appHandlers,
  ...registerHandlers,
  ...dhis2Handlers,
  ...slipHandlers,
  ...authHandlers,
  ...backupHandlers,
  ...lanHandlers,
  ...hmisHandlers,
  ...roleHandlers,
  ...draftHandlers,
  ...dashboardHandlers,
  ...careHandlers,
  ...crsHandlers,
  ...entryChoiceHandlers,
};
