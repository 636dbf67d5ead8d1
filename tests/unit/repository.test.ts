/**
 * The repository stands on its own (issue 13 §1, §5): nothing in it reads the development-only reference folder
 * beside the checkout, and the packages declared in package.json are exactly what the code uses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : filesUnder(full, pattern);
    return pattern.test(name) ? [full] : [];
  });
}
const rel = (file: string) => relative(ROOT, file).split('\\').join('/');

describe('no test, script or source reads outside the repository', () => {
  // Spelled in pieces so that this file does not match the patterns it looks for.
  const shared = 'sha' + 'red';
  const outside = [
    new RegExp(String.raw`\.\./(\.\./)*${shared}/(data|domain|design)\b`),
    new RegExp(String.raw`['"]\.\.['"],\s*['"]${shared}['"]`),
    new RegExp(String.raw`['"]${shared}['"],\s*['"](data|domain)['"]`),
  ];

  it('finds no path to the reference folder beside the checkout in src/, tests/ or scripts/', () => {
    const files = ['src', 'tests', 'scripts'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(ts|tsx|mts|mjs|js|json|md)$/));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.filter((file) => outside.some((re) => re.test(readFileSync(file, 'utf8')))).map(rel);
    expect(offenders).toEqual([]);
  });

  it('the patterns catch what they are meant to', () => {
    const caught = (text: string) => outside.some((re) => re.test(text));
    expect(caught(`join(root, '..', '${shared}', 'data', 'hmis')`)).toBe(true);
    expect(caught(`'../../../${shared}/data/dhis2'`)).toBe(true);
    expect(caught(`see ../${shared}/domain/hmis.md`)).toBe(true);
    expect(caught(`import { AppError } from '../../${shared}/errors';`)).toBe(false);
  });
});

/** Package names imported (values and types), dynamically imported, required or resolved by a file. */
function packagesOf(source: string): { name: string; typeOnly: boolean }[] {
  const found: { name: string; typeOnly: boolean }[] = [];
  const patterns = [
    // The names between `import` and `from` hold no quote or semicolon: a side-effect import (`import 'x';`) is
    // not read as the start of the next statement.
    /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm,
    /\bimport\(\s*()['"]([^'"]+)['"]\s*\)/g,
    /\brequire(?:\.resolve)?\(\s*()['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const spec = match[2]!;
      if (spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('/')) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      found.push({ name, typeOnly: Boolean(match[1]) });
    }
  }
  return found;
}

describe('package.json declares what runs, and nothing else', () => {
  const scanned = [
    ...['src', 'tests', 'scripts'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(ts|tsx|mts|mjs)$/)),
    ...readdirSync(ROOT)
      .filter((name) => /\.(ts|mts|mjs)$/.test(name))
      .map((name) => join(ROOT, name)),
  ].map((file) => ({ path: rel(file), packages: packagesOf(readFileSync(file, 'utf8')) }));
  const declared = { ...pkg.dependencies, ...pkg.devDependencies };
  const imported = new Set(scanned.flatMap((f) => f.packages.map((p) => p.name)));
  // The main process loads these from node_modules at run time (desktop, web mode, CLI); `electron` is the
  // runtime itself.
  const mainRuntime = new Set(
    scanned
      .filter((f) => f.path.startsWith('src/main/'))
      .flatMap((f) => f.packages.filter((p) => !p.typeOnly && p.name !== 'electron').map((p) => p.name)),
  );

  it('every imported package is declared', () => {
    expect([...imported].filter((name) => !(name in declared)).sort()).toEqual([]);
  });

  it('what the main process loads at run time is a dependency, and every dependency is loaded by it', () => {
    expect([...mainRuntime].filter((name) => !(name in pkg.dependencies)).sort()).toEqual([]);
    expect(Object.keys(pkg.dependencies).filter((name) => !mainRuntime.has(name))).toEqual([]);
    expect(mainRuntime.has('playwright-core')).toBe(true);
  });

  it('every development package is imported, or is a tool the scripts run, or types for a declared package', () => {
    const scripts = Object.values(pkg.scripts).join(' ');
    const tools: Record<string, boolean> = {
      'electron-builder': scripts.includes('electron-builder'),
      eslint: scripts.includes('eslint'),
      prettier: scripts.includes('prettier'),
      tsx: scripts.includes('tsx '),
      typescript: scripts.includes('tsc '),
      node: true, // Node 24 for every npm script (README, "Toolchain")
      vite: 'electron-vite' in declared && 'vitest' in declared, // the peer both of them build on
    };
    const unused = Object.keys(pkg.devDependencies).filter((name) => {
      if (imported.has(name) || tools[name]) return false;
      const typesFor = name.startsWith('@types/') ? name.slice('@types/'.length) : null;
      return !(typesFor && (typesFor === 'node' || typesFor in declared));
    });
    expect(unused).toEqual([]);
    expect(declared).not.toHaveProperty('i18next');
    expect(declared).not.toHaveProperty('react-i18next');
  });
});
