import { z } from 'zod';
import { carePolicySchema } from '../care/policy';
import { op } from './define';

/** The high-risk rule's thresholds and the referral targets (care.md), the ward board and referral tracking. */
export const careOps = {
  getCarePolicy: op({ input: z.object({}).strict(), output: carePolicySchema, permission: 'user', mutates: false }),
  updateCarePolicy: op({
    input: carePolicySchema.partial().strict(),
    output: carePolicySchema,
    permission: 'admin',
    mutates: true,
  }),
};
