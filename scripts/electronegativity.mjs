/**
 * Runs Electronegativity over src/ and fails on any finding not justified in
 * security/electronegativity-allowlist.json (and on allowlist entries that no longer match anything).
 *
 * It runs in-process with `got` replaced by an offline stub: the tool otherwise fetches translations and
 * Electron release lists from the internet, which CI does not have (and a retry bug then crashes it).
 * The "available security fixes" check needs that release list, so it is excluded; keeping Electron on a
 * supported major line is checked by tests/unit/electron-version.test.ts instead.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const toolRequire = createRequire(join(toolDir, 'dist', 'runner.js'));

const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline: Prasav runs Electronegativity without network'));
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

const run = toolRequire('./runner.js');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const allowlist = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-allowlist.json'), 'utf8'));

const result = await run(
  {
    input: join(root, 'src'),
    isRelative: true,
    isVerbose: false,
    customScan: [],
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    electronVersionOverride: pkg.devDependencies.electron,
    parserPlugins: [],
  },
  false,
);

const rel = (file) =>
  file
    .replace(/\\/g, '/')
    .replace(/^.*?\/src\//, 'src/')
    .replace(/^(?!src\/)/, 'src/');
const findings = result.issues.map((issue) => ({
  check: issue.id,
  file: rel(issue.file),
  location: `${issue.location.line}:${issue.location.column}`,
  sample: issue.sample,
  severity: issue.severity.name ?? issue.severity,
}));
const allowed = (f) => allowlist.entries.find((a) => a.check === f.check && a.file === f.file);
const unjustified = findings.filter((f) => !allowed(f));
const stale = allowlist.entries.filter((a) => !findings.some((f) => f.check === a.check && f.file === a.file));

console.log(
  `Electronegativity: ${result.globalChecks} global and ${result.atomicChecks} atomic checks, ${findings.length} findings, ${findings.length - unjustified.length} justified in the allowlist.`,
);
for (const f of findings.filter(allowed)) console.log(`  allowed  ${f.check} ${f.file}:${f.location}`);
for (const f of unjustified) console.error(`  FINDING  ${f.check} [${f.severity}] ${f.file}:${f.location}  ${f.sample}`);
for (const a of stale) console.error(`  STALE    allowlist entry ${a.check} ${a.file} matches nothing; remove it`);
if (result.errors.length > 0) console.error(`  ${result.errors.length} files could not be parsed`, result.errors);
process.exit(unjustified.length === 0 && stale.length === 0 && result.errors.length === 0 ? 0 : 1);
