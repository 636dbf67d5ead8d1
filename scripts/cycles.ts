/**
 * `npm run cycles`: fails when the app's own modules import each other in a circle (issue 13 §5). Type-only imports
 * count too: they tie two modules' designs together just the same. Each project is read with its own tsconfig and
 * its imports resolved as the compiler resolves them, so the main process and the renderer are both covered.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '..');
const PROJECTS = ['tsconfig.json', 'src/renderer/tsconfig.json'];

/** Each source file under `within` → the files under `within` it imports (static, dynamic, `export … from`). */
function importGraph(configFile: string, within: string): Map<string, Set<string>> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  const inside = (file: string) => resolve(file).startsWith(within + sep);
  const cache = ts.createModuleResolutionCache(dirname(configFile), (f) => f, parsed.options);
  const graph = new Map<string, Set<string>>();
  for (const file of parsed.fileNames.filter(inside)) {
    const edges = new Set<string>();
    for (const ref of ts.preProcessFile(ts.sys.readFile(file) ?? '', true, true).importedFiles) {
      const target = ts.resolveModuleName(ref.fileName, file, parsed.options, ts.sys, cache).resolvedModule;
      if (target && !target.isExternalLibraryImport && inside(target.resolvedFileName)) {
        edges.add(resolve(target.resolvedFileName));
      }
    }
    graph.set(resolve(file), edges);
  }
  return graph;
}

/** One circle through `start` that stays inside `group` (breadth first, so the shortest). */
function circleThrough(start: string, group: Set<string>, graph: Map<string, Set<string>>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const next of graph.get(at) ?? []) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [at];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return [start];
}

/** The strongly connected groups of more than one file, or a file importing itself (Tarjan's algorithm). */
function circularGroups(graph: Map<string, Set<string>>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: Set<string>[] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group = new Set<string>();
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.add(member);
    } while (member !== file);
    if (group.size > 1 || graph.get(file)?.has(file)) groups.push(group);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups;
}

export interface ImportCycle {
  /** Every file of the group that reach each other through imports (relative to `within`, sorted). */
  files: string[];
  /** One circle among them, from the first file back to it. */
  circle: string[];
}

/** The import cycles among a project's files under `within`, one per group of files that reach each other. */
export function importCycles(configFile: string, within: string): ImportCycle[] {
  const graph = importGraph(resolve(configFile), resolve(within));
  const name = (file: string) => relative(within, file).split(sep).join('/');
  return circularGroups(graph).map((group) => {
    const files = [...group].sort();
    return { files: files.map(name), circle: circleThrough(files[0]!, group, graph).map(name) };
  });
}

if (require.main === module) {
  const cycles = PROJECTS.flatMap((project) => importCycles(resolve(ROOT, project), resolve(ROOT, 'src')));
  // src/shared belongs to both projects: a cycle there is found twice.
  const unique = [...new Map(cycles.map((c) => [c.files.join(' '), c])).values()];
  for (const { files, circle } of unique) {
    console.error(`import cycle tying ${files.length} files, e.g. ${[...circle, circle[0]].join(' > ')}`);
    console.error(`  ${files.join('\n  ')}`);
  }
  if (unique.length > 0) {
    console.error(`${unique.length} import cycle(s): pass each module what it uses instead (docs/ARCHITECTURE.md).`);
    process.exit(1);
  }
  console.log(`No import cycle (${PROJECTS.join(', ')}).`);
}
