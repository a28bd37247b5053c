import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './test/support/counting-reporter.mjs';
import { testServerPlugins } from './test/support/server-plugins.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

// Browsers come from the system (scripts/ensure-tools.sh installs them);
// WTR_BROWSERS=chromium or =firefox runs one of them while iterating.
const launchers = {
  chromium: () =>
    chromeLauncher({
      // One browser context (window) per page: with concurrency, a page left in a background
      // tab of a shared window gets no animation frames, and anything awaiting one hangs.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: () =>
    puppeteerLauncher({
      // A window per page, as for Chromium: background tabs get no animation frames.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
    }),
};

const wanted = (process.env.WTR_BROWSERS || 'chromium,firefox').split(',').map((name) => name.trim());

export default {
  files: ['test/**/*.test.ts'],
  // Resolve packages the way the bundle does (rollup uses the `browser` condition), and serve
  // CommonJS side files such as sh-syntax's Go runtime as JavaScript.
  nodeResolve: { exportConditions: ['browser', 'development'] },
  mimeTypes: { '**/*.cjs': 'js' },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  concurrentBrowsers: 2,
  browsers: wanted.map((name) => launchers[name]()),
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 8 * 60 * 1000,
  browserStartTimeout: 60000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), ...testServerPlugins],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('.wtr-results.json')],
};
