import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The app is fully static and offline: no server, no CDN, no network at run time.
export default defineConfig({
  plugins: [react()],
  base: './',
  worker: { format: 'es' },
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
  },
});
