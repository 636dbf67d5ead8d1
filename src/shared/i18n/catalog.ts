import { commonMessages } from './messages/common';
import { registerMessages } from './messages/register';
import { registerCodeMessages } from './messages/register-codes';
import { registerFieldMessages } from './messages/register-fields';
import { settingsMessages } from './messages/settings';
import { slipMessages } from './messages/slips';

/** Every message of the app. A feature adds its module here. */
export const catalog = {
  ...commonMessages,
  ...settingsMessages,
  ...registerFieldMessages,
  ...registerCodeMessages,
  ...registerMessages,
  ...slipMessages,
};

export type MessageKey = keyof typeof catalog;
