import type { dashboardOps } from '../../../shared/contract/dashboard';
import { getDashboard } from '../../care/service';
import type { Handlers } from './types';

export const dashboardHandlers: Handlers<keyof typeof dashboardOps> = {
  getDashboard: (input, { ctx }) => getDashboard(ctx, input),
};
