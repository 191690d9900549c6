import { expect, test } from '@playwright/test';
import { DEMO_ACCOUNTS, open, signIn } from './helpers';

test('every demo account signs in, sees their name and signs out', async ({ page }, info) => {
  for (const [email, name] of DEMO_ACCOUNTS) {
    await signIn(page, info, email);
    await expect(page.getByTestId('user-name')).toHaveText(name);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('user-name')).toHaveCount(0);
  }
});

test('a wrong password shows the error and keeps the address', async ({ page }, info) => {
  await signIn(page, info, 'officer.kebs@comity.example', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('The e-mail address or the password is wrong');
  await expect(page.getByLabel('E-mail address')).toHaveValue('officer.kebs@comity.example');
  await expect(page.getByTestId('user-name')).toHaveCount(0);
});

test('an empty form names each field', async ({ page }, info) => {
  await open(page, '/login', info);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter an e-mail address.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
  await expect(page.getByLabel('E-mail address')).toHaveAttribute('aria-invalid', 'true');
});

test('a page that needs sign-in sends to sign-in and back', async ({ page }, info) => {
  await open(page, '/account', info);
  await expect(page).toHaveURL(/\/login\?next=\/account$/);
  await page.getByLabel('E-mail address').fill('delegate.kebs@comity.example');
  await page.getByLabel('Password').fill('comity-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'My account' })).toBeVisible();
});

test('unknown pages show a 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page.getByRole('heading', { name: 'Standards bodies and their committees' })).toBeVisible();
});
