import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The built app makes no network requests: a Content-Security-Policy that
 * allows only its own files enforces it (build only: dev needs Vite's inline
 * preamble and its websocket).
 */
function offlineCsp(): Plugin {
  const policy = [
    "default-src 'self'",
    "img-src 'self' data: blob:",
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self' data: blob:",
    "script-src 'self'",
  ].join('; ');
  return {
    name: 'offline-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

/**
 * Installable and offline (issue 15): Workbox precaches every file of the
 * build, ELK's worker (about 1.5 MB, over Workbox's 2 MiB default only by a
 * margin we keep) and the published templates, scenarios and lessons, so a
 * reload with no network opens everything. `registerType: 'prompt'`: a new
 * version waits for the user's click (src/pwa/UpdatePrompt.tsx) and never
 * reloads the page on its own, never mid-lesson.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: null,
  manifest: {
    name: 'Prokuratura Studio',
    short_name: 'Prokuratura',
    description: 'The prosecution service of the Republic of Kazakhstan as a diagram, its procedures to step through.',
    lang: 'kk',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0f2a4a',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Everything the build emits and everything in public/ (templates/*, scenarios/*, lessons/**, icons):
    // one glob, so lessons added later are precached without touching this file.
    globPatterns: ['**/*'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // No clientsClaim/skipWaiting: a new version takes over only when the user says so.
  },
});

// The app is fully static and offline: no server, no CDN, no network at run time.
export default defineConfig({
  plugins: [react(), offlineCsp(), pwa],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
  },
  preview: { port: 4599, strictPort: true },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    // Test files share a worker's module cache instead of re-importing models/ for each file: the import
    // phase was ~12 s of a ~50 s suite (issue 10 asks for under 60 s). A test that changes global state
    // (fake timers, stubbed globals) restores it in its own afterEach, as test/src/pwa/updates.test.ts does.
    isolate: false,
  },
});
