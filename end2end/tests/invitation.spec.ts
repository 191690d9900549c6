import { expect, test } from '@playwright/test';
import { open, signIn } from './helpers';

test('an administrator invites someone, who sets a password and is signed in', async ({ page, browser }, info) => {
  const email = `invitee-${info.project.name}@kebs.example`;
  await signIn(page, info, 'admin@comity.example');
  await page.getByRole('link', { name: 'Invite someone' }).click();
  await page.getByLabel('Name').fill('Achieng Odhiambo');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.getByRole('status')).toHaveText('The invitation was created.');
  const link = (await page.getByTestId('invitation-link').textContent()) ?? '';
  expect(link).toContain('/invitations/inv_');

  const context = await browser.newContext({ javaScriptEnabled: info.project.name === 'js' });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText('Achieng Odhiambo, choose a password')).toBeVisible();
  await invitee.getByLabel('New password', { exact: true }).fill('jacaranda in bloom');
  await invitee.getByLabel('Repeat the new password').fill('jacaranda in bloom');
  await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(invitee.getByTestId('user-name')).toHaveText('Achieng Odhiambo');
  await expect(invitee.getByRole('status')).toContainText('Your password is set');
  // The link works once.
  const again = await invitee.goto(link);
  expect(again?.status()).toBe(404);
  await context.close();
});

test('someone who is not an administrator gets the 403 page', async ({ page }, info) => {
  await signIn(page, info, 'delegate.kebs@comity.example');
  const response = await page.goto('/admin/invitations');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('a signed-in person changes their password', async ({ page }, info) => {
  await signIn(page, info, 'observer@comity.example');
  await open(page, '/account', info);
  await page.getByLabel('Current password').fill('wrong one');
  await page.getByLabel('New password', { exact: true }).fill('harmattan wind 2027');
  await page.getByLabel('Repeat the new password').fill('harmattan wind 2027');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is wrong.')).toBeVisible();
  await page.getByLabel('Current password').fill('comity-demo-2026');
  await page.getByLabel('New password', { exact: true }).fill('harmattan wind 2027');
  await page.getByLabel('Repeat the new password').fill('harmattan wind 2027');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password was changed.');
  // Put it back, so the other project's run finds the demo password.
  await page.getByLabel('Current password').fill('harmattan wind 2027');
  await page.getByLabel('New password', { exact: true }).fill('comity-demo-2026');
  await page.getByLabel('Repeat the new password').fill('comity-demo-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password was changed.');
});
