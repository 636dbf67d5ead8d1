/** The import-cycle check of `npm run cycles` (scripts/cycles.ts), on small projects written for the test. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCycles } from '../../scripts/cycles';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A project folder with a tsconfig like the app's and the given files; returns its tsconfig and src folder. */
function project(files: Record<string, string>): { config: string; src: string } {
  const dir = mkdtempSync(join(tmpdir(), 'prasav-cycles-'));
  dirs.push(dir);
  const all = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true },
      include: ['src/**/*', 'tests/**/*'],
    }),
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { config: join(dir, 'tsconfig.json'), src: join(dir, 'src') };
}

describe('importCycles', () => {
  it('finds a cycle made of type-only imports, naming every file it ties and one circle', () => {
    const { config, src } = project({
      'src/context.ts': `import type { Runtime } from './dhis2/runtime';\nexport interface Context { runtime: Runtime }\n`,
      'src/dhis2/runtime.ts': `import type { Queue } from './queue';\nexport interface Runtime { queue: Queue }\n`,
      'src/dhis2/queue.ts': `import type { Context } from '../context';\nexport interface Queue { ctx: Context }\n`,
      'src/leaf.ts': `import type { Context } from './context';\nexport const f = (c: Context) => c;\n`,
    });
    expect(importCycles(config, src)).toEqual([
      {
        files: ['context.ts', 'dhis2/queue.ts', 'dhis2/runtime.ts'],
        circle: ['context.ts', 'dhis2/runtime.ts', 'dhis2/queue.ts'],
      },
    ]);
  });

  it('follows re-exports and dynamic imports, and reports separate cycles separately', () => {
    const { config, src } = project({
      'src/a.ts': `export * from './b';\nexport const a = 1;\n`,
      'src/b.ts': `import { a } from './a';\nexport const b = a;\n`,
      'src/lazy.ts': `export const load = () => import('./page');\n`,
      'src/page.ts': `import { load } from './lazy';\nexport const again = load;\n`,
    });
    expect(importCycles(config, src).map((c) => c.files)).toEqual([
      ['a.ts', 'b.ts'],
      ['lazy.ts', 'page.ts'],
    ]);
  });

  it('finds none when the shared piece lives in a leaf module, and ignores packages and files outside src', () => {
    const { config, src } = project({
      'src/handle.ts': `export interface Handle { now(): Date }\n`,
      'src/context.ts': `import type { Handle } from './handle';\nimport type { Queue } from './queue';\nexport interface Context extends Handle { queue: Queue }\n`,
      'src/queue.ts': `import { join } from 'node:path';\nimport type { Handle } from './handle';\nexport class Queue { constructor(readonly h: Handle) {} path = join('a', 'b'); }\n`,
      'tests/helper.ts': `import type { Context } from '../src/context';\nexport type T = Context;\n`,
    });
    expect(importCycles(config, src)).toEqual([]);
  });
});
