import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Issue 13 §3 kept true: every screen reads and writes through the one data layer (src/renderer/src/api/query.ts)
 * and no screen component grows back into a page-long monolith. The rules are textual and narrow on purpose: each
 * names one way of going around the layer, so a hit is always worth a look and a miss is never a flaky pass.
 */

const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'src', 'renderer', 'src');
/** The data layer itself: the transport (client.ts) and the hooks over it (query.ts). */
const LAYER = 'src/renderer/src/api/';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const files = sourceFiles(RENDERER).map((file) => ({
  path: relative(ROOT, file).split('\\').join('/'),
  source: readFileSync(file, 'utf8'),
}));
const screens = files.filter((f) => !f.path.startsWith(LAYER));

/** One way around the data layer: what it matches, and what to use instead. */
interface Rule {
  name: string;
  pattern: RegExp;
  /** Code the rule must catch (checked below, so the pattern cannot silently stop matching). */
  catches: string[];
}

const RULES: Rule[] = [
  {
    // `import { api } from '../api/client'` (transportKind and onSessionLost may be imported).
    name: 'imports the raw `api` client (use useOp / useOpMutation / useFetchOp)',
    pattern: /import\s*\{[^}]*\bapi\b[^}]*\}\s*from\s*['"][./]*api\/client['"]/,
    catches: ["import { api, transportKind } from '../api/client';"],
  },
  {
    // `api.getSettings(`, also split over lines as `api\n  .whoami(`.
    name: 'calls a contract operation directly (`api.<op>(`)',
    pattern: /(?<![\w.])api\s*\.\s*[a-zA-Z]\w*\s*\(/,
    catches: ['const rows = await api.listUsers({});', 'api\n      .whoami({})'],
  },
  {
    name: 'reaches the IPC bridge (`window.prasav`)',
    pattern: /\bwindow\s*\.\s*prasav\b/,
    catches: ['window.prasav?.getSettings({})'],
  },
  {
    name: 'calls `fetch(` (the transport lives in api/client.ts)',
    pattern: /(?<![\w.])fetch\s*\(/,
    catches: ["const response = await fetch('/api/x');"],
  },
  {
    // `const [busy, setBusy] = useState(false)`: the layer's isPending says it.
    name: 'keeps a pending flag by hand (use the mutation or useAction `isPending`)',
    pattern: /\[\s*\w+\s*,\s*set(?:Busy|Loading|Saving|Pending|Working|Submitting)\s*\]\s*=\s*useState\b/,
    catches: ['const [busy, setBusy] = useState(false);', 'const [saving, setSaving] = useState(0);'],
  },
  {
    // `promise.then(setRows, setError)`: a response written into component state by hand.
    name: 'puts an answer into state by hand (`.then(setX` / `.catch(setX`)',
    pattern: /\.(?:then|catch)\(\s*set[A-Z]\w*\s*[,)]/,
    catches: ['load().then(setPreview, setError);', 'load().catch(setError);'],
  },
  {
    // `let live = true; … return () => { live = false }`: a stale-response guard the query cache already gives.
    name: 'guards against stale answers by hand (`let live|alive|mounted|cancelled =`)',
    pattern: /\blet\s+(?:live|alive|mounted|cancelled|canceled|ignore)\s*=\s*(?:true|false)\b/,
    catches: ['let live = true;'],
  },
];

const hits = (rule: Rule) => screens.filter((f) => rule.pattern.test(f.source)).map((f) => f.path);

describe('the renderer goes through one data layer (issue 13 §3)', () => {
  it('finds the renderer sources and the layer', () => {
    expect(screens.length).toBeGreaterThan(50);
    expect(files.some((f) => f.path === `${LAYER}query.ts`)).toBe(true);
  });

  it.each(RULES.map((rule) => [rule.name, rule] as const))('no screen %s', (_name, rule) => {
    expect(hits(rule)).toEqual([]);
  });

  it('each rule catches the pattern it names (and not the layer-based code next to it)', () => {
    const caught = (source: string) => RULES.filter((rule) => rule.pattern.test(source)).map((rule) => rule.name);
    for (const rule of RULES) for (const source of rule.catches) expect(caught(source), source).toEqual([rule.name]);
    const good = [
      "import { transportKind } from '../../api/client';",
      "const users = useOp('listUsers', {});",
      'void users.refetch();',
      "const save = useOpMutation('updateUser', { invalidates: ['listUsers'] });",
      'const [open, setOpen] = useState(false);',
      'void discard.mutateAsync({ form }).then(() => setGeneration((n) => n + 1));',
      'const alive = useRef(true);',
    ];
    for (const source of good) expect(caught(source), source).toEqual([]);
  });
});

/** Screen components are split into parts that each do one thing; 300 leaves headroom over the ~250 aimed at. */
const MAX_COMPONENT_LINES = 300;

describe('renderer components stay small (issue 13 §3)', () => {
  it(`no .tsx file under src/renderer/src has more than ${MAX_COMPONENT_LINES} lines`, () => {
    const long = files
      .filter((f) => f.path.endsWith('.tsx'))
      .map((f) => ({ path: f.path, lines: f.source.split('\n').length }))
      .filter((f) => f.lines > MAX_COMPONENT_LINES);
    expect(long).toEqual([]);
  });
});
