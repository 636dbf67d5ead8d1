import type { MappingView } from '../../shared/contract/dhis2';
import type { MappingRow } from '../../shared/dhis2';
import { AppError } from '../../shared/errors';
import type { MonthlyReportValues, ReportItemValue } from '../../shared/report-values';
import type { DbHandle } from '../db/handle';
import type { Session } from '../session';
import { adxDocument } from './adx';
import { fetchServerInfo, openConnection, readConnection, remoteError, type Dhis2Holder } from './connection';
import { autoMatch, readMapping, saveMappingRows } from './mapping';
import { mappingFromCsv, mappingToCsv } from './mapping-csv';
import { cacheDataSet, cachedDataSet, fetchDataSet, MetadataError } from './metadata';
import { resolveReport } from './payload';
import { HttpStatusError } from './http';

const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

export function mappingView(ctx: Pick<DbHandle, 'db'>, formatId: string): MappingView {
  const connection = readConnection(ctx);
  const cached = connection ? cachedDataSet(ctx, connection.data_set) : null;
  return {
    format_id: formatId,
    rows: readMapping(ctx, formatId),
    metadata: cached
      ? {
          data_set: cached.info.id,
          data_set_name: cached.info.name,
          fetched_at: cached.fetched_at,
          server_version: cached.server_version,
          elements: cached.info.elements,
        }
      : null,
  };
}

/** Reads the data set from the server, caches it, and maps every undecided item that matches unambiguously. */
export async function matchMapping(
  ctx: Dhis2Holder,
  session: Session,
  formatId: string,
  items: Omit<ReportItemValue, 'value'>[],
): Promise<MappingView & { matched: string[]; unmatched: string[] }> {
  const { connection, http } = openConnection(ctx, () => {});
  try {
    const info = await fetchServerInfo(http, ctx.clock());
    const fetched = await fetchDataSet(http, connection.data_set);
    if (!fetched.info) throw new HttpStatusError(fetched.status);
    cacheDataSet(ctx, connection.server_url, info.version, fetched.info);
    const { rows, matched, unmatched } = autoMatch(items, readMapping(ctx, formatId), fetched.info);
    saveMappingRows(ctx, session, formatId, rows, 'auto');
    return { ...mappingView(ctx, formatId), matched, unmatched };
  } catch (error) {
    if (error instanceof MetadataError) throw new AppError('remote', { message: 'dhis2.error.metadata_unreadable' });
    throw remoteError(error);
  }
}

export function saveMappingRow(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  formatId: string,
  row: MappingRow,
): MappingView {
  saveMappingRows(ctx, session, formatId, [row], 'manual');
  return mappingView(ctx, formatId);
}

export function importMappingCsv(
  ctx: Pick<DbHandle, 'db' | 'clock'>,
  session: Session,
  formatId: string,
  csv: string,
): MappingView & { imported: number } {
  const rows = mappingFromCsv(csv);
  saveMappingRows(ctx, session, formatId, rows, 'csv');
  return { ...mappingView(ctx, formatId), imported: rows.length };
}

export function exportMappingCsv(ctx: Pick<DbHandle, 'db'>, formatId: string): { file_name: string; csv: string } {
  return { file_name: `dhis2-mapping_${safeName(formatId)}.csv`, csv: mappingToCsv(readMapping(ctx, formatId)) };
}

/** What would be sent, without asking the server (cached metadata is used when present). */
export function checkReport(ctx: Pick<DbHandle, 'db'>, report: MonthlyReportValues) {
  const resolved = resolveReport(report, readMapping(ctx, report.format_id), null, 'UID');
  return {
    unmapped: resolved.unmapped,
    excluded: resolved.excluded,
    mapped: report.items.length - resolved.unmapped.length - resolved.excluded.length - resolved.blank.length,
    blank: resolved.blank,
  };
}

/** The same report as ADX (docs/domain/dhis2.md §3), from the mapping and the data set as last read from the server. */
export function exportAdx(ctx: Pick<DbHandle, 'db' | 'clock'>, report: MonthlyReportValues): { file_name: string; xml: string } {
  const connection = readConnection(ctx);
  if (!connection) throw new AppError('invalid_input', { message: 'dhis2.error.not_configured' });
  const cached = cachedDataSet(ctx, connection.data_set);
  if (!cached) throw new AppError('invalid_input', { message: 'dhis2.error.no_metadata' });
  const resolved = resolveReport(report, readMapping(ctx, report.format_id), cached.info, connection.id_scheme);
  const problems = [...resolved.unmapped, ...resolved.stale];
  if (problems.length > 0) {
    throw new AppError('invalid_input', { message: 'dhis2.error.unmapped', params: { items: problems.join(', ') } });
  }
  if (resolved.rows.length === 0) throw new AppError('invalid_input', { message: 'dhis2.error.nothing_to_send' });
  const orgUnit = cached.info.org_units?.find((o) => o.id === connection.org_unit);
  const header = {
    dataSet: { id: cached.info.id, code: cached.info.code },
    orgUnit: { id: connection.org_unit, code: orgUnit?.code ?? '' },
    attributeOptionCombo: connection.attribute_option_combo,
    month: report.month,
  };
  if (connection.id_scheme === 'CODE' && (!header.dataSet.code || !header.orgUnit.code)) {
    throw new AppError('invalid_input', { message: 'dhis2.error.codes_missing' });
  }
  const code = safeName(report.facility.hmis_facility_code || 'facility');
  return {
    file_name: `HMIS_${code}_${report.month}.adx.xml`,
    xml: adxDocument(header, resolved.rows, connection.id_scheme, ctx.clock()),
  };
}
