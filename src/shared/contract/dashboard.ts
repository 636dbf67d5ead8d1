import { z } from 'zod';
import { dashboardSchema } from '../care/dashboard';
import { monthSchema } from '../report-values';
import { op } from './define';

export const dashboardOps = {
  /** The month at a glance with its 12-month trends (default: the last complete month). */
  getDashboard: op({
    input: z.object({ month: monthSchema.optional() }).strict(),
    output: dashboardSchema,
    permission: 'user',
    mutates: false,
  }),
};
