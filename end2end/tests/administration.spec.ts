import { expect, test } from '@playwright/test';
import { open, signIn } from './helpers';

test('the portal administrator registers a member body and makes it an affiliate of ARSO', async ({ page }, info) => {
  // Each project registers its own member body, so the two runs do not meet.
  const [code, name, country] = info.project.name === 'js'
    ? ['MBS', 'Malawi Bureau of Standards', 'MW']
    : ['BOBS', 'Botswana Bureau of Standards', 'BW'];
  await signIn(page, info, 'admin@comity.example');
  await open(page, '/member-bodies', info);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Member bodies');
  // A country name instead of its code is refused on its field; what was typed stays.
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Country').fill('Malawi');
  await page.getByRole('button', { name: 'Register the member body' }).click();
  await expect(page.getByText("Enter the country's two-letter ISO 3166 code")).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await page.getByLabel('Country').fill(country);
  await page.getByRole('button', { name: 'Register the member body' }).click();
  await expect(page.getByRole('status')).toHaveText('The member body was registered.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  await open(page, '/bodies/ARSO', info);
  await page.getByLabel('Member body code', { exact: true }).fill(code);
  await page.getByLabel('Category').selectOption('affiliate');
  await page.getByRole('button', { name: 'Save membership' }).click();
  await expect(page.getByRole('status')).toHaveText('The membership was saved.');
  await expect(page.locator(`li[data-member="${code}"]`)).toContainText('Affiliate');
});

test('the ARSO body administrator moves a secretariat and disbands a committee; the history keeps both', async ({ page }, info) => {
  const [reference, title] = info.project.name === 'js'
    ? ['ARSO/TC 70/WG 2', 'Cannabis for medical use']
    : ['ARSO/TC 4', 'Food products and processes'];
  await signIn(page, info, 'arso.admin@comity.example');
  await open(page, '/bodies/ARSO', info);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Manage members and roles' }).click();
  await expect(page.getByRole('heading', { name: 'Details, secretariat and status' })).toBeVisible();
  await page.getByLabel('Secretariat (member body code)').fill('GSA');
  await page.getByLabel('Status', { exact: true }).selectOption('disbanded');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText('The committee was updated.');
  await expect(page.getByRole('note')).toContainText('This committee is disbanded.');

  await page.locator('.eyebrow a').click();
  await expect(page.getByRole('row', { name: new RegExp(`Joseph Mwangi Status · ${reference} Active → Disbanded`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`Joseph Mwangi Secretariat · ${reference} \\w+ → GSA`) })).toBeVisible();
  await open(page, '/bodies/ARSO', info);
  await expect(page.locator('li.committee.disbanded', { hasText: title })).toContainText('Disbanded');
});

test("a member-body officer gives a person a role in their member body and takes it back", async ({ page }, info) => {
  const [email, person] = info.project.name === 'js'
    ? ['observer@comity.example', 'Fatou Ndiaye']
    : ['convenor@comity.example', 'Grace Achieng'];
  await signIn(page, info, 'officer.kebs@comity.example');
  await open(page, '/member-bodies/KEBS', info);
  const people = page.locator('section[aria-labelledby="mb-people"]');
  await page.getByLabel('E-mail address').fill('nobody@kebs.example');
  await page.getByRole('button', { name: 'Give the role' }).click();
  await expect(page.getByText('There is no such person. Invite them first.')).toBeVisible();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('expert');
  await page.getByRole('button', { name: 'Give the role' }).click();
  await expect(page.getByRole('status')).toHaveText('The role was given.');
  await expect(people.getByRole('listitem').filter({ hasText: person })).toContainText('Expert');
  await people.getByRole('button', { name: `Remove ${person}` }).click();
  await expect(page.getByRole('status')).toHaveText('The role was removed.');
  await expect(people.getByRole('listitem').filter({ hasText: person })).toHaveCount(0);
});
