import { z } from 'zod';
import { ITEM_NO } from './format';

/*
 * A template map (docs/domain/hmis.md §4.1 "re-mapping"): where each value goes in a workbook the district supplies. With
 * `<data folder>/hmis-templates/<name>.json` and `<name>.xlsx` side by side, the export set also contains that
 * workbook filled in. The map names cells; nothing else in the template is touched.
 */

const CELL = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;
const cell = z.string().regex(CELL, { error: 'v.hmis_cell' });

export const HEADER_FIELDS = [
  'format_version',
  'state',
  'district',
  'block',
  'facility_name',
  'facility_code',
  'facility_type',
  'ownership',
  'month',
  'generated_at',
] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export const templateMapSchema = z
  .object({
    template_map: z.literal(1),
    template_id: z.string().trim().min(1).max(60),
    /** The format whose item numbers the map uses; the template is filled only for reports in that format. */
    format_id: z.string().trim().min(1).max(60),
    sheet: z.string().trim().min(1).max(31),
    header_cells: z.partialRecord(z.enum(HEADER_FIELDS), cell),
    items: z.record(
      z.string().regex(ITEM_NO, { error: 'v.hmis_item_no' }),
      z.object({ in_facility: cell, outreach: cell.optional() }).strict(),
    ),
  })
  .strict();
export type TemplateMap = z.output<typeof templateMapSchema>;
