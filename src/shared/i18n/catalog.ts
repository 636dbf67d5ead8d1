import { commonMessages } from './messages/common';
import { settingsMessages } from './messages/settings';

/** Every message of the app. A feature adds its module here. */
export const catalog = {
  ...commonMessages,
  ...settingsMessages,
};

export type MessageKey = keyof typeof catalog;
