import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
