import { expect, test } from '@playwright/test';
import { open, signIn } from './helpers';

test('the committee manager adds an O-member and makes an O-member a P-member, and the history records it', async ({ page }, info) => {
  // Each project changes different member bodies, so the two runs do not meet.
  const code = info.project.name === 'js' ? 'TBS' : 'GSA';
  const newcomer = info.project.name === 'js' ? 'UNBS' : 'ESA';
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cannabis and cannabis-derived products');
  await expect(page.locator('li[data-member="KEBS"]')).toContainText('Kenya Bureau of Standards');
  await page.getByRole('link', { name: 'Manage members and roles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Manage');
  await page.getByLabel('Member body code').fill(code);
  await page.getByLabel('Membership', { exact: true }).selectOption('P');
  await page.getByRole('button', { name: 'Save membership' }).click();
  await expect(page.getByRole('status')).toHaveText('The membership was saved.');
  const pMembers = page.locator('h3:has-text("P-members") + ul');
  await expect(pMembers.locator(`li[data-member="${code}"]`)).toBeVisible();
  // A member body of ARSO that is not yet in the committee joins as an O-member.
  await page.getByLabel('Member body code').fill(newcomer);
  await page.getByLabel('Membership', { exact: true }).selectOption('O');
  await page.getByRole('button', { name: 'Save membership' }).click();
  await expect(page.getByRole('status')).toHaveText('The membership was saved.');
  const oMembers = page.locator('h3:has-text("O-members") + ul');
  await expect(oMembers.locator(`li[data-member="${newcomer}"]`)).toBeVisible();
  await page.locator('.eyebrow a').click();
  await expect(page.getByRole('row', { name: new RegExp(`Salma Bennani Membership · ${code} O-member → P-member`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Salma Bennani Membership · ${newcomer} — → O-member`) })).toBeVisible();
});

test("a delegate sees the committee but no way to change it, and gets the 403 page on the manager's page", async ({ page }, info) => {
  await signIn(page, info, 'delegate.kebs@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  await expect(page.getByRole('heading', { name: 'Member bodies' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Manage members and roles' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /End membership/ })).toHaveCount(0);
  const response = await page.goto(page.url() + '/manage');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save membership' })).toHaveCount(0);
});

test('the ARSO body administrator creates a committee and assigns its secretariat', async ({ page }, info) => {
  const number = info.project.name === 'js' ? '81' : '82';
  await signIn(page, info, 'arso.admin@comity.example');
  await open(page, '/bodies/ARSO', info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('African Organisation for Standardisation');
  // A secretariat from outside ARSO is refused on its field, and what was typed stays.
  await page.getByLabel('Kind').selectOption('TC');
  await page.getByLabel('Number').fill(number);
  await page.getByLabel('Title in English').fill('Shea products');
  await page.getByLabel('Secretariat (member body code)').fill('TSE');
  await page.getByRole('button', { name: 'Create committee' }).click();
  await expect(page.getByText('TSE is not a member body of ARSO.')).toBeVisible();
  await expect(page.getByLabel('Title in English')).toHaveValue('Shea products');
  await page.getByLabel('Secretariat (member body code)').fill('GSA');
  await page.getByRole('button', { name: 'Create committee' }).click();
  await expect(page.getByRole('status')).toHaveText('The committee was created.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shea products');
  await expect(page.locator('.eyebrow')).toContainText(`ARSO/TC ${number}`);
  await expect(page.getByRole('definition').filter({ hasText: 'GSA' })).toBeVisible();
});

test('a member-body officer nominates a delegate, who then finds the committee under My committees', async ({ page, browser }, info) => {
  // The js run nominates to ARSO/TC 70, the no-js run to ARSO/TC 71 (KEBS is an O-member there).
  const title = info.project.name === 'js' ? 'Cannabis and cannabis-derived products' : 'Cosmetics and personal care products';
  await signIn(page, info, 'officer.kebs@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: 'Delegates of KEBS' })).toBeVisible();
  await page.getByLabel('Person').selectOption({ label: 'Wanjiru Kamau' });
  await page.getByRole('button', { name: 'Nominate as delegate' }).click();
  await expect(page.getByRole('status')).toHaveText('The delegate was nominated.');

  const context = await browser.newContext({ javaScriptEnabled: info.project.name === 'js' });
  const delegate = await context.newPage();
  await signIn(delegate, info, 'delegate.kebs@comity.example');
  await delegate.getByRole('link', { name: 'My committees' }).click();
  await expect(delegate.getByRole('heading', { name: 'My committees' })).toBeVisible();
  await expect(delegate.getByRole('link', { name: title })).toBeVisible();
  await context.close();
});
