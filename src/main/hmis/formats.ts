import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type FieldIssue } from '../../shared/errors';
import { hmisFormatSchema, type HmisFormat } from '../../shared/hmis/format';
import { toFieldIssues } from '../../shared/validation';
import type { AppContext } from '../context';

/*
 * Format versions are files: `resources/hmis-formats/*.json` shipped with the app, plus any the admin adds to
 * `<data folder>/hmis-formats/` (a revision the district announces, without a release). Each file is checked by
 * the zod schema when it loads; a bad file is refused with the file and field named, never half-used.
 */

export const FORMATS_FOLDER = 'hmis-formats';

/** Where format files are read from: the app's resources and the data folder. */
export type FormatDirs = Pick<AppContext, 'resourcesDir' | 'dataDir'>;

export function formatDirs(ctx: FormatDirs): string[] {
  return [join(ctx.resourcesDir, FORMATS_FOLDER), join(ctx.dataDir, FORMATS_FOLDER)];
}

interface Cached {
  stamp: string;
  formats: Map<string, HmisFormat>;
}
const cache = new Map<string, Cached>();

function listFiles(dirs: readonly string[]): { path: string; stamp: string }[] {
  return dirs.flatMap((dir) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => {
            const path = join(dir, name);
            const stat = statSync(path);
            return { path, stamp: `${path}:${stat.size}:${stat.mtimeMs}` };
          })
      : [],
  );
}

/** Parses and checks one format file; the issues name the file and the field. */
export function parseFormatFile(path: string, text: string): HmisFormat {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('invalid_input', { message: 'hmis.error.format_file', params: { file: path } });
  }
  const parsed = hmisFormatSchema.safeParse(json);
  if (!parsed.success) {
    const issues: FieldIssue[] = toFieldIssues(parsed.error).map((issue) => ({ ...issue, field: `${path}: ${issue.field}` }));
    throw new AppError('invalid_input', { message: 'hmis.error.format_file', params: { file: path }, issues });
  }
  return parsed.data;
}

/** Every format in the folders, by id (re-read when a file is added or changed). */
export function loadFormats(dirs: readonly string[]): Map<string, HmisFormat> {
  const files = listFiles(dirs);
  const key = dirs.join('|');
  const stamp = files.map((f) => f.stamp).join('|');
  const cached = cache.get(key);
  if (cached?.stamp === stamp) return cached.formats;
  const formats = new Map<string, HmisFormat>();
  for (const file of files) {
    const format = parseFormatFile(file.path, readFileSync(file.path, 'utf8'));
    if (formats.has(format.id))
      throw new AppError('invalid_input', { message: 'hmis.error.format_duplicate', params: { id: format.id, file: file.path } });
    formats.set(format.id, format);
  }
  cache.set(key, { stamp, formats });
  return formats;
}

export function appFormats(ctx: FormatDirs): Map<string, HmisFormat> {
  return loadFormats(formatDirs(ctx));
}

export function getFormat(ctx: FormatDirs, id: string): HmisFormat {
  const format = appFormats(ctx).get(id);
  if (!format) throw new AppError('not_found', { message: 'hmis.error.unknown_format', params: { id }, field: 'format_id' });
  return format;
}
