import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { DbHandle } from '../db/handle';
import { dhis2Metadata } from '../db/schema';
import type { Dhis2Http } from './http';
import { dataSetResponseSchema } from './server-responses';

/**
 * docs/domain/dhis2.md §1.1, plus the override combo's option combos (the doc's `categoryCombo[id]` alone cannot be
 * checked).
 */
export const DATA_SET_FIELDS =
  'id,code,name,periodType,expiryDays,openFuturePeriods,dataInputPeriods[period[id],openingDate,closingDate],' +
  'dataSetElements[dataElement[id,code,name,valueType,categoryCombo[id,categoryOptionCombos[id,code,name]]],' +
  'categoryCombo[id,categoryOptionCombos[id,code,name]]],organisationUnits[id,code],compulsoryFieldsCompleteOnly';

const refSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** A data set as the push needs it: each element with the option combos of its effective category combo. */
export const dataSetInfoSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  period_type: z.string(),
  expiry_days: z.number(),
  open_future_periods: z.number(),
  data_input_periods: z.array(z.object({ period: z.string(), opening: z.string().nullable(), closing: z.string().nullable() })),
  elements: z.array(refSchema.extend({ value_type: z.string(), category_option_combos: z.array(refSchema) })),
  /** Null when the server did not list them (then assignment is left to the server's check). */
  org_units: z.array(z.object({ id: z.string(), code: z.string() })).nullable(),
});
export type DataSetInfo = z.output<typeof dataSetInfoSchema>;

export class MetadataError extends Error {}

export function toDataSetInfo(body: unknown): DataSetInfo {
  const parsed = dataSetResponseSchema.safeParse(body);
  if (!parsed.success) throw new MetadataError('data set metadata not understood');
  const ds = parsed.data;
  return {
    id: ds.id,
    code: ds.code ?? '',
    name: ds.name,
    period_type: ds.periodType,
    expiry_days: ds.expiryDays,
    open_future_periods: ds.openFuturePeriods,
    data_input_periods: ds.dataInputPeriods.map((p) => ({
      period: p.period.id,
      opening: p.openingDate ?? null,
      closing: p.closingDate ?? null,
    })),
    elements: ds.dataSetElements.map(({ dataElement: de, categoryCombo: override }) => {
      // A data-set-level combo overrides the element's own (when the server sent its option combos).
      const combo = override?.categoryOptionCombos ? override : de.categoryCombo;
      return {
        id: de.id,
        code: de.code ?? '',
        name: de.name,
        value_type: de.valueType,
        category_option_combos: (combo.categoryOptionCombos ?? []).map((c) => ({ id: c.id, code: c.code ?? '', name: c.name })),
      };
    }),
    org_units: ds.organisationUnits ? ds.organisationUnits.map((o) => ({ id: o.id, code: o.code ?? '' })) : null,
  };
}

/** Reads the data set from the server (throws MetadataError when the answer is not a data set). */
export async function fetchDataSet(http: Dhis2Http, dataSet: string): Promise<{ status: number; info: DataSetInfo | null }> {
  const answer = await http.request(
    'metadata',
    'GET',
    `/api/dataSets/${encodeURIComponent(dataSet)}?fields=${encodeURIComponent(DATA_SET_FIELDS)}`,
  );
  if (answer.status !== 200) return { status: answer.status, info: null };
  return { status: 200, info: toDataSetInfo(answer.json) };
}

export interface CachedDataSet {
  info: DataSetInfo;
  fetched_at: string;
  server_version: string;
}

export function cacheDataSet(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  serverUrl: string,
  serverVersion: string,
  info: DataSetInfo,
): void {
  const row = {
    data_set: info.id,
    server_url: serverUrl,
    server_version: serverVersion,
    json: JSON.stringify(info),
    fetched_at: ctx.clock().toISOString(),
  };
  ctx.db.insert(dhis2Metadata).values(row).onConflictDoUpdate({ target: dhis2Metadata.data_set, set: row }).run();
}

export function cachedDataSet(ctx: Pick<DbHandle, 'db'>, dataSet: string): CachedDataSet | null {
  const row = ctx.db.select().from(dhis2Metadata).where(eq(dhis2Metadata.data_set, dataSet)).get();
  if (!row) return null;
  const parsed = dataSetInfoSchema.safeParse(JSON.parse(row.json));
  return parsed.success ? { info: parsed.data, fetched_at: row.fetched_at, server_version: row.server_version } : null;
}
