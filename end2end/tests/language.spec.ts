import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('the language switcher works and Arabic is right to left', async ({ page }, info) => {
  await open(page, '/', info);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('هيئات التقييس ولجانها');
  await expect(page.getByText('ARSO/TC 70', { exact: true })).toBeVisible();
  await page.screenshot({ path: `test-results/home-ar-${info.project.name}.png`, fullPage: true });
  // Remembered on the next page.
  await open(page, '/login', info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تسجيل الدخول');
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the browser language is used when nothing was chosen', async ({ browser }, info) => {
  const context = await browser.newContext({ locale: 'fr-FR', extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' }, javaScriptEnabled: info.project.name === 'js' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations de normalisation et leurs comités');
  await context.close();
});
