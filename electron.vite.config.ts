import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './renderer/vite.config';

const root = import.meta.dirname;

/**
 * Three builds into out/: main (ESM, node_modules left external and shipped by electron-builder),
 * preload (one self-contained CommonJS file, because a sandboxed preload can require only 'electron'),
 * and the renderer (the same Vite setup as renderer/vite.config.ts, which the web host also serves).
 */
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      rolldownOptions: {
        // Workers are started by URL at run time, so the worker entry and each job are entries of their own.
        input: {
          index: resolve(root, 'electron/main.ts'),
          parseJob: resolve(root, 'electron/import/isolated/parseJob.ts'),
          exportJob: resolve(root, 'electron/packet/isolated/exportJob.ts'),
          jobWorker: resolve(root, 'electron/workers/jobWorker.mjs'),
        },
        output: { entryFileNames: (chunk) => (chunk.name === 'jobWorker' ? '[name].mjs' : '[name].js') },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: rendererConfig.plugins,
    build: {
      ...rendererConfig.build,
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
