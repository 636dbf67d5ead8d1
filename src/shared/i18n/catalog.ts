import { authMessages } from './messages/auth';
import { careMessages } from './messages/care';
import { backupMessages } from './messages/backup';
import { backupSecondMessages } from './messages/backup-second';
import { commonMessages } from './messages/common';
import { hmisMessages } from './messages/hmis';
import { hmisEdgeMessages } from './messages/hmis-edges';
import { crsFormMessages } from './messages/crs-forms';
import { registerMessages } from './messages/register';
import { registerCodeMessages } from './messages/register-codes';
import { registerFieldMessages } from './messages/register-fields';
import { registerUiMessages } from './messages/register-ui';
import { lanMessages } from './messages/lan';
import { settingsMessages } from './messages/settings';
import { dhis2Messages } from './messages/dhis2';
import { slipMessages } from './messages/slips';
import { roleMessages } from './messages/roles';
import { shellMessages } from './messages/shell';
import { securityMessages } from './messages/security';
import { draftMessages } from './messages/drafts';
import { formMessages } from './messages/forms';
import { dashboardMessages } from './messages/dashboard';
import { reportsUiMessages } from './messages/reports-ui';
import { registerStateMessages } from './messages/register-state';
import { entryMessages } from './messages/entry';
import { unloadMessages } from './messages/unload';
import { reportsLeaveMessages } from './messages/reports-leave';

/** Every message of the app. A feature adds its module here. */
export const catalog = {
  ...commonMessages,
  ...settingsMessages,
  ...registerFieldMessages,
  ...registerCodeMessages,
  ...registerMessages,
  ...dhis2Messages,
  ...slipMessages,
  ...registerUiMessages,
  ...authMessages,
  ...backupMessages,
  ...backupSecondMessages,
  ...lanMessages,
  ...hmisMessages,
  ...roleMessages,
  ...shellMessages,
  ...securityMessages,
  ...draftMessages,
  ...formMessages,
  ...dashboardMessages,
  ...careMessages,
  ...reportsUiMessages,
  ...hmisEdgeMessages,
  ...crsFormMessages,
  ...registerStateMessages,
  ...entryMessages,
  ...unloadMessages,
  ...reportsLeaveMessages,
};

export type MessageKey = keyof typeof catalog;
