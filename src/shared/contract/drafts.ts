import { z } from 'zod';
import { op } from './define';

/*
 * Drafts of the register forms (docs/ARCHITECTURE.md, "Drafts"): what a user has typed into an admission,
 * delivery, outcome, referral or record-section form and not yet saved, kept per user and form in the register file.
 */

/**
 * Which form: an admission (`admit`); the delivery, outcome or referral-decision form, or a section's editor, of one
 * record (its id); the feedback form of one referral (the referral's id).
 */
export const draftFormSchema = z
  .string()
  .regex(/^(admit|(delivery|outcome|referral-decision|referral-feedback|section-(identity|obstetric|ppfp|crs)):[1-9]\d{0,9})$/);
export type DraftForm = z.output<typeof draftFormSchema>;

/** One typed value of a form: text as typed, a choice list, a date with a time, or nothing. */
const typedValueSchema = z.union([
  z.string().max(4000),
  z.array(z.string().max(200)).max(100),
  z.object({ date: z.string().max(40), time: z.string().max(40) }).strict(),
  z.null(),
]);
/** A group of fields as the form keeps them (name → typed value). */
const typedGroupSchema = z.record(z.string().max(80), typedValueSchema);

/**
 * The state of a form: named parts (`fields`, `babies`, `referral`…), each one group or a list of groups, plus
 * the reason typed for a correction. Bounded, so a draft cannot grow the register file without limit.
 */
export const draftDataSchema = z
  .record(z.string().max(40), z.union([typedValueSchema, typedGroupSchema, z.array(typedGroupSchema).max(20)]))
  .refine((data) => JSON.stringify(data).length <= 200_000, { message: 'draft.too_big' });
export type DraftData = z.output<typeof draftDataSchema>;

export const savedDraftSchema = z.object({
  form: draftFormSchema,
  base_version: z.number().int().nonnegative().nullable(),
  data: draftDataSchema,
  updated_at: z.string(),
});
export type SavedDraft = z.output<typeof savedDraftSchema>;

export const draftOps = {
  /** The caller's draft of a form, or null. */
  getDraft: op({
    input: z.object({ form: draftFormSchema }).strict(),
    output: savedDraftSchema.nullable(),
    permission: 'user',
    mutates: false,
  }),
  /** Keeps (replaces) the caller's draft of a form. */
  saveDraft: op({
    input: z
      .object({ form: draftFormSchema, base_version: z.number().int().nonnegative().nullable(), data: draftDataSchema })
      .strict(),
    output: z.object({ updated_at: z.string() }),
    permission: 'user',
    mutates: true,
  }),
  /** Drops the caller's draft of a form (also done by the register when the form is saved). */
  discardDraft: op({
    input: z.object({ form: draftFormSchema }).strict(),
    output: z.object({ discarded: z.boolean() }),
    permission: 'user',
    mutates: true,
  }),
};
