import { authMessages } from './messages/auth';
import { backupMessages } from './messages/backup';
import { commonMessages } from './messages/common';
import { lanMessages } from './messages/lan';
import { settingsMessages } from './messages/settings';

/** Every message of the app. A feature adds its module here. */
export const catalog = {
  ...commonMessages,
  ...settingsMessages,
  ...authMessages,
  ...backupMessages,
  ...lanMessages,
};

export type MessageKey = keyof typeof catalog;
