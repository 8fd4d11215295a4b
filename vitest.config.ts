import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';

// Two projects, both run by `vitest run` (and so by `npm test`):
// - unit: model, layout, normalizer … in Node;
// - components: the interactive pieces (search combobox, treemap breadcrumb, popover) rendered in Debian's
//   Chromium through Vitest browser mode, driven by keys and roles the way a reader uses them.
export default defineConfig({
  test: {
    // Failure screenshots and other attachments go with the other test output (git-ignored).
    attachmentsDir: 'test-results/vitest-attachments',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'tests/**/*.test.tsx', 'src/**/*.test.tsx'],
          exclude: ['tests/components/**'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        // Bundled before the first test file: a dependency found mid-run makes Vite reload the page.
        optimizeDeps: {
          include: [
            'react',
            'react-dom',
            'react-dom/client',
            'react/jsx-dev-runtime',
            'zustand',
            'zustand/vanilla',
            'd3-hierarchy',
            'd3-sankey',
            'decimal.js',
            'vitest-browser-react',
            '@floating-ui/react',
          ],
        },
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            // Playwright cannot download a browser here: Debian's chromium, as in playwright.config.ts.
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu'],
              },
            }),
            instances: [{ browser: 'chromium' }],
            screenshotDirectory: 'test-results/component-screenshots',
          },
        },
      },
    ],
  },
});
