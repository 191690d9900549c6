// Takes screenshots of pages for a person to look at: node shot.mjs URL OUT.png [lang] [width]
import { chromium } from '@playwright/test';
const [url, out, lang = 'en', width = '1280'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ locale: lang, viewport: { width: Number(width), height: 900 }, extraHTTPHeaders: { 'Accept-Language': lang } });
const errors = [];
page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', e => errors.push(String(e)));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
console.log('console errors:', JSON.stringify(errors));
await browser.close();
