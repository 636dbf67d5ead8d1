import { z } from 'zod';
import { op } from './define';

/*
 * What the register already knows, offered back while a form is typed: the villages with the block last written
 * for each, the ASHA names and the referring facilities, most used first. One small query per form opened; the
 * form completes from it as the clerk types (docs/benchmarks.md, "Drafts and the admission by keyboard").
 */

const name = z.string().min(1).max(200);

export const entryChoicesSchema = z.object({
  /** Each village once, with the block of its latest record (null when none was written). */
  villages: z.array(z.object({ village: name, block: name.nullable() })),
  asha_names: z.array(name),
  referred_from: z.array(name),
});
export type EntryChoices = z.output<typeof entryChoicesSchema>;

export const entryChoiceOps = {
  /** Earlier values of the register's free-text place and person fields, for completion in the admission form and the record's section editor. */
  getEntryChoices: op({
    input: z.object({}).strict(),
    output: entryChoicesSchema,
    permission: 'register.write',
    mutates: false,
  }),
};
