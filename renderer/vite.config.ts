import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

// Relative base so the same build loads from file-like app origins and the loopback host alike.
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Inlined assets would need data: in more CSP directives than we allow.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
