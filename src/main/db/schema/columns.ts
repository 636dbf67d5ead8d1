import { integer, real, text, type SQLiteColumnBuilderBase } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';

export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'json';

/** How a zod field of the register is stored: the JSON Schema type of the non-null branch decides. */
export function columnKind(field: z.ZodType): ColumnKind {
  const json = z.toJSONSchema(field, { unrepresentable: 'any' }) as { type?: string | string[]; anyOf?: { type?: string }[] };
  const types = [json.type, ...(json.anyOf ?? []).map((s) => s.type)].flat().filter((t): t is string => !!t && t !== 'null');
  const type = types[0];
  if (type === 'integer') return 'integer';
  if (type === 'number') return 'real';
  if (type === 'boolean') return 'boolean';
  if (type === 'array' || type === 'object') return 'json';
  return 'text';
}

/**
 * Drizzle columns for a zod shape, one column per field with the field's own name. The register's field list
 * lives once, in src/shared/register/schema.ts; the tables follow it (a new field there = a new migration).
 */
export function columnsFromShape(shape: Record<string, z.ZodType>): Record<string, SQLiteColumnBuilderBase> {
  const columns: Record<string, SQLiteColumnBuilderBase> = {};
  for (const [name, field] of Object.entries(shape)) {
    const kind = columnKind(field);
    columns[name] =
      kind === 'integer'
        ? integer(name)
        : kind === 'real'
          ? real(name)
          : kind === 'boolean'
            ? integer(name, { mode: 'boolean' })
            : text(name);
  }
  return columns;
}

/** The storage kind of every field of a shape, for converting rows to records and back. */
export function kindsOf(shape: Record<string, z.ZodType>): Record<string, ColumnKind> {
  return Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, columnKind(field)]));
}
