import type { entryChoiceOps } from '../../../shared/contract/entry-choices';
import { entryChoices } from '../../register/entry-choices';
import type { Handlers } from './types';

export const entryChoiceHandlers: Handlers<keyof typeof entryChoiceOps> = {
  getEntryChoices: (_input, { ctx }) => entryChoices(ctx),
};
