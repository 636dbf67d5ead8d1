import { commonMessages } from './messages/common';
import { hmisMessages } from './messages/hmis';
import { registerMessages } from './messages/register';
import { registerCodeMessages } from './messages/register-codes';
import { registerFieldMessages } from './messages/register-fields';
import { settingsMessages } from './messages/settings';

/** Every message of the app. A feature adds its module here. */
export const catalog = {
  ...commonMessages,
  ...settingsMessages,
  ...registerFieldMessages,
  ...registerCodeMessages,
  ...registerMessages,
  ...hmisMessages,
};

export type MessageKey = keyof typeof catalog;
