import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

// Pages built the same way as the app: Arus's editor and bare React Flow side by side, and the PNG export.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: `${here}/dist`,
    emptyOutDir: true,
    rollupOptions: { input: { arus: `${here}/arus.html`, bare: `${here}/bare.html`, export: `${here}/export.html` } },
  },
});
