/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    // Installable, and working with no network from the first start: the app, the samples and
    // the icons are precached. Prompt mode: a new version waits until the person chooses to
    // reload, so an update never reloads a page with edits not yet stored.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'samples/*.json'],
      manifest: {
        name: 'Arus — value stream mapping',
        short_name: 'Arus',
        description: 'Value stream mapping editor for lean teams',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b5cad',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        // The room server's API and sync connection are never answered from the cache.
        navigateFallbackDenylist: [/^\/api\//, /^\/collab/],
        // The editor's script is larger than workbox's 2 MB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
  ],
  base: './',
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // A whole-app render takes about 3 s on a 2-core machine and can take twice that when the
    // machine is busy (the build, the browser tests); 5 s made such tests fail at random.
    testTimeout: 20_000,
  },
});
