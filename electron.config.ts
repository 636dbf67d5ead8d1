import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// electron-vite only auto-detects electron.vite.config.*; every script passes `-c electron.config.ts`.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // playwright-core drives a system Chromium for PDFs in web mode and the CLI: a run-time dependency loaded
        // from node_modules, never bundled, and left out of the desktop installer (electron-builder.yml).
        external: ['playwright-core'],
        // index = the Electron shell; web = the same services behind the HTTP transport in plain Node;
        // jobs-worker = the worker thread for heavy jobs (backups), found by src/main/jobs/run.ts next to them.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          web: resolve(__dirname, 'src/main/web.ts'),
          'jobs-worker': resolve(__dirname, 'src/main/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages: bundle what it uses (the contract's names, zod).
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
