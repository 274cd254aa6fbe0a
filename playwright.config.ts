// Playwright against the built site served by `astro preview` (npm run build first).
// Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download; none → a clear error.
// E2E_PORT (default 4321) and E2E_DIST (default dist/) let several people test their own builds side by side;
// BASE_PATH (as for the build) makes the tests run under a sub-path.
import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const INSTALL_HINT = "No Chromium found: install Debian's chromium: apt-get install -y chromium, or set CHROMIUM_PATH";

/** The browser binary to use; undefined means Playwright's own (only when it is installed). */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${INSTALL_HINT}`);
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  let own = '';
  try { own = chromium.executablePath(); } catch { /* not installed */ }
  if (own && existsSync(own)) return undefined;
  throw new Error(INSTALL_HINT);
}

const port = Number(process.env.E2E_PORT ?? 4321);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const baseURL = `http://127.0.0.1:${port}${base}`;
const outDir = process.env.E2E_DIST ? ` --outDir ${process.env.E2E_DIST}` : '';
// The sub-path build (npm run build:subpath → dist-subpath/, base /vanishing-gradient/) on the next port.
const SUBPATH = '/vanishing-gradient/';
const subPort = port + 1;
const subDist = process.env.E2E_DIST_SUBPATH ?? 'dist-subpath';

export default defineConfig({
  testDir: 'tests/e2e',
  // E2E_OUTPUT: a results folder of one's own when several people test in the same checkout.
  outputDir: process.env.E2E_OUTPUT ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  // No retries: a retry hides a flake instead of fixing it (issue 17).
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    colorScheme: 'light',
    // No service worker (issue 16) unless a spec asks for one (offline, search-offline-subpath: test.use({
    // serviceWorkers: 'allow' })): requests a worker answers bypass context.route, which the shared fixture's
    // guard against other hosts relies on, and each fresh context would precache the whole site.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  // Nothing here times the machine: the train island's long tasks and the islands' slider → paint are
  // figures printed by `npm run bench:islands`, Lighthouse's performance score by `npm run audit`. Lighthouse runs
  // last and alone (its own Chromium), for the scores that do not depend on the machine's speed.
  projects: [
    { name: 'site', testIgnore: /(lighthouse|subpath)\.spec\.ts/ },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${subPort}${SUBPATH}` } },
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['site', 'subpath'] },
  ],
  webServer: [
    {
      // --ignore-lock: Astro allows one tracked preview per project; several people may be testing at once.
      command: `npm run preview -- --host 127.0.0.1 --port ${port} --ignore-lock${outDir}`,
      url: `${baseURL}es/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `test -d ${subDist} || { echo "${subDist}/ is missing: run npm run build:subpath" >&2; exit 1; }; `
        + `npm run preview -- --host 127.0.0.1 --port ${subPort} --ignore-lock --outDir ${subDist} --base ${SUBPATH}`,
      url: `http://127.0.0.1:${subPort}${SUBPATH}es/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
