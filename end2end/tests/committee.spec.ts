import { expect, test } from '@playwright/test';
import { open, signIn } from './helpers';

test('the committee manager makes an O-member a P-member, and the history records it', async ({ page }, info) => {
  // Each project changes a different member body, so the two runs do not meet.
  const code = info.project.name === 'js' ? 'TBS' : 'GSA';
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cannabis and cannabis-derived products');
  await expect(page.locator('li[data-member="KEBS"]')).toContainText('Kenya Bureau of Standards');
  await page.getByLabel('Member body code').fill(code);
  await page.getByLabel('Membership', { exact: true }).selectOption('P');
  await page.getByRole('button', { name: 'Save membership' }).click();
  await expect(page.getByRole('status')).toHaveText('The membership was saved.');
  const pMembers = page.locator('h3:has-text("P-members") + ul');
  await expect(pMembers.locator(`li[data-member="${code}"]`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Salma Bennani ${code} O-member → P-member`) })).toBeVisible();
});

test('a delegate sees the committee but no way to change it', async ({ page }, info) => {
  await signIn(page, info, 'delegate.kebs@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  await expect(page.getByRole('heading', { name: 'Member bodies' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save membership' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /End membership/ })).toHaveCount(0);
});
