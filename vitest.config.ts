import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    setupFiles: ['test/support/no-network.ts'],
    // Vitest leaves one core for itself; on a two-core machine that halves the suite's speed, and the
    // main process is idle while the workers run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
