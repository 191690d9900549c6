// Screenshots for a person to look at (not a test): node shot.mjs
import { chromium } from '@playwright/test';
const base = process.env.BASE ?? 'http://127.0.0.1:3000';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
for (const lang of ['en', 'ar']) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, extraHTTPHeaders: { 'Accept-Language': lang } });
    await page.goto(base + '/login');
    await page.locator('button.primary').click();
    await page.screenshot({ path: `/tmp/shot-login-${lang}-${width}.png`, fullPage: true });
    await page.locator('#field-email').fill('admin@comity.example');
    await page.locator('#field-password').fill('comity-demo-2026');
    await page.locator('button.primary').click();
    await page.goto(base + '/account');
    await page.locator('#field-name').fill('script');
    await page.locator('form[action="/account/tokens"] button').click();
    await page.screenshot({ path: `/tmp/shot-account-${lang}-${width}.png`, fullPage: true });
    await page.goto(base + '/admin/invitations');
    await page.screenshot({ path: `/tmp/shot-invite-${lang}-${width}.png`, fullPage: true });
    await page.goto(base + '/nowhere');
    await page.screenshot({ path: `/tmp/shot-404-${lang}-${width}.png`, fullPage: true });
    await page.close();
  }
}
await browser.close();
