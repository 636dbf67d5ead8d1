import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [
  'node:*',
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
];

/** The runtime split of docs/ARCHITECTURE.md, enforced here and again by tests/unit/boundaries.test.ts. */
const forbid = (names, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `x == null` (null or undefined) is the one loose comparison allowed.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/shared/**'],
    rules: forbid(
      [...nodeModules, 'electron', 'better-sqlite3', 'drizzle-orm*', 'react*', '**/main/**', '**/renderer/**'],
      'src/shared runs everywhere: pure TypeScript and zod only.',
    ),
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: forbid(
      ['electron', 'electron-updater', 'react*', '**/renderer/**'],
      'Only src/main/electron/ and src/main/index.ts may use Electron; services must run in plain Node.',
    ),
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        [...nodeModules, 'electron', 'better-sqlite3', 'drizzle-orm*', '**/main/**', '**/preload/**'],
        'The renderer runs in Chromium: no Node, no Electron, no main-process code.',
      ),
    },
  },
  {
    files: ['src/preload/**'],
    rules: forbid(
      [...nodeModules, 'better-sqlite3', 'drizzle-orm*', '**/main/**', '**/renderer/**'],
      'The sandboxed preload may use only electron and src/shared.',
    ),
  },
);
