import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(name) ? [full] : [];
  });
}

/** Module specifiers of static imports, dynamic imports, re-exports and require calls (type-only imports excluded). */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /^\s*import\s+(?!type\b)(?:[\s\S]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
    /^\s*export\s+(?!type\b)[\s\S]*?\sfrom\s+['"]([^'"]+)['"]/gm,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specs.push(match[1]!);
  return specs;
}

const NODE_BUILTINS = new Set([
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
  'events',
  'buffer',
]);
const isNodeModule = (spec: string) => spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!);
const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/') || spec === 'electron-updater';

const files = sourceFiles(join(ROOT, 'src')).map((file) => ({
  path: relative(ROOT, file).split('\\').join('/'),
  imports: importsOf(readFileSync(file, 'utf8')),
}));

describe('runtime boundaries (docs/ARCHITECTURE.md)', () => {
  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports electron only in src/main/electron/, src/main/index.ts and src/preload/', () => {
    const allowed = (path: string) =>
      path.startsWith('src/main/electron/') || path === 'src/main/index.ts' || path.startsWith('src/preload/');
    const offenders = files.filter((f) => !allowed(f.path) && f.imports.some(isElectron)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('keeps Node modules, SQLite and main-process code out of renderer and shared code', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('src/renderer/') || f.path.startsWith('src/shared/'))
      .flatMap((f) =>
        f.imports
          .filter(
            (spec) =>
              isNodeModule(spec) ||
              isElectron(spec) ||
              spec.startsWith('better-sqlite3') ||
              spec.startsWith('drizzle-orm') ||
              /(^|\/)main\//.test(spec),
          )
          .map((spec) => `${f.path} → ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('keeps the preload to electron and src/shared', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('src/preload/'))
      .flatMap((f) =>
        f.imports.filter((spec) => spec !== 'electron' && !spec.includes('shared/')).map((spec) => `${f.path} → ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it('detects a forbidden import when one is present (the scanner itself works)', () => {
    expect(importsOf("import { app } from 'electron';")).toEqual(['electron']);
    expect(importsOf("import type { App } from 'electron';")).toEqual([]);
    expect(importsOf("const fs = require('node:fs');")).toEqual(['node:fs']);
    expect(importsOf("export { x } from '../main/db';")).toEqual(['../main/db']);
  });
});
