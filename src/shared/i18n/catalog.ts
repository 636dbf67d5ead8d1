import { commonMessages } from './messages/common';
import { settingsMessages } from './messages/settings';
import { dhis2Messages } from './messages/dhis2';

/** Every message of the app. A feature adds its module here. */
export const catalog = {
  ...commonMessages,
  ...settingsMessages,
  ...dhis2Messages,
};

export type MessageKey = keyof typeof catalog;
