import { defineConfig } from 'vitest/config';

// Browser tests drive a real Chromium and a real Firefox with the built extensions: one file at a time on this 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
