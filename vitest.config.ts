import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          globals: true,
          // Property and fuzz tests run hundreds of cases: 5 s is too little on a busy 2-core machine.
          testTimeout: 30_000,
          setupFiles: ['tests/setup-fast-check.ts'],
        },
      },
      {
        // Evaluations print figures (npm run eval:quotes); they are reports, not part of npm test.
        extends: true,
        test: { name: 'eval', include: ['tests/eval/**/*.eval.ts'], environment: 'node', globals: true },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globals: true,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // expect.poll waits for a condition in the browser: 1 s (Vitest's default) is too short on a busy 2-core machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
