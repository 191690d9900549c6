import { defineConfig } from '@playwright/test';

// The server is started by Playwright on a port and data folder chosen by scripts/test.sh,
// with a fresh SQLite database and the demo data.
const port = process.env.COMITY_E2E_PORT ?? '3100';
const baseURL = process.env.COMITY_BASE_URL ?? `http://127.0.0.1:${port}`;

const chromium = {
  executablePath: process.env.COMITY_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

export default defineConfig({
  testDir: './tests',
  // Journeys take up to ~25 s on an idle 2-core machine; CI machines may be busier.
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: { baseURL, launchOptions: chromium, trace: 'off' },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    // axe-core runs inside the page, so the accessibility and weight checks (reach.spec.ts)
    // run once, in the js project; the weight itself is measured without JavaScript.
    { name: 'no-js', use: { javaScriptEnabled: false }, testIgnore: /reach\.spec\.ts/ },
  ],
  webServer: process.env.COMITY_BASE_URL ? undefined : {
    command: `${process.env.COMITY_E2E_BIN ?? '../target/release/comity'} serve --demo`,
    url: `${baseURL}/healthz`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: {
      COMITY_ADDR: `127.0.0.1:${port}`,
      COMITY_PUBLIC_URL: baseURL,
      COMITY_DATA_DIR: process.env.COMITY_E2E_DATA_DIR ?? './e2e-data',
      LEPTOS_SITE_ROOT: process.env.COMITY_E2E_SITE ?? '../target/site',
      COMITY_LOG: 'warn',
    },
  },
});
