import type { crsOps } from '../../../shared/contract/crs';
import { crsDue } from '../../register/crs-due';
import type { Handlers } from './types';

export const crsHandlers: Handlers<keyof typeof crsOps> = {
  crsDue: ({ since_days }, { ctx }) => crsDue(ctx, since_days),
};
