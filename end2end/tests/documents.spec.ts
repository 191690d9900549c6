import { expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import { open, pdfWithText, signIn, switchTo } from './helpers';

// Each project (with and without JavaScript) registers its own draft and project, with words
// of its own, so the two runs never find each other's.
const word = (info: { project: { name: string } }) => (info.project.name === 'js' ? 'quillwort' : 'fernbrake');

test('a manager uploads a draft; a P-member delegate downloads the same bytes; an observer of another committee gets 403; search respects it', async ({ page }, info) => {
  const phrase = `${word(info)} germination limits`;
  const pdf = pdfWithText(`Hemp seed ${phrase} for sowing`);
  const title = `DARS on hemp seed (${info.project.name}) — بذور القنب`;

  // The committee manager registers an enquiry draft in the register of ARSO/TC 70.
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  await page.getByRole('link', { name: 'Document register' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Document register');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Enquiry draft (DARS)' });
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'DARS hemp seed.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Register and upload' }).click();
  await expect(page.getByRole('status')).toHaveText('The document is registered.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ARSO/TC 70 N ');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const documentUrl = page.url();
  const number = (await page.locator('h1 .code').textContent()) ?? '';

  // A delegate of EOS (a P-member) finds it in the register and downloads exactly those bytes.
  await switchTo(page, info, 'delegate.eos@comity.example');
  await open(page, documentUrl, info);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.getByRole('button', { name: 'Upload the version' })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'DARS hemp seed.pdf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('DARS hemp seed.pdf');
  const saved = await download.path();
  expect(fs.readFileSync(saved!).equals(pdf)).toBe(true);

  // Search finds the phrase inside the PDF for the delegate.
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByLabel('Words to search for').fill(phrase);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'One document found' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(number) })).toBeVisible();
  await expect(page.locator('.snippet')).toContainText(word(info));

  // An observer of ARSO/TC 71 may not read it, nor download it, nor find it.
  await switchTo(page, info, 'observer.tc71@comity.example');
  const response = await page.goto(documentUrl);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  const file = await page.request.get(documentUrl.replace('/documents/', '/api/v1/documents/') + '/versions/1/file');
  expect(file.status()).toBe(403);
  await open(page, `/search?q=${encodeURIComponent(phrase)}`, info);
  await expect(page.getByText('No document you may read contains all these words.')).toBeVisible();
});

test('the manager registers a project at 30.99 and moves it to 40.00; the timeline shows both', async ({ page }, info) => {
  const title = `Hemp seed — Specification (${info.project.name})`;
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  await page.getByRole('link', { name: 'Work programme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Work programme');
  await page.getByLabel('Title in English').fill(title);
  await page.getByLabel('Stage it starts at').selectOption('30.99');
  await page.getByLabel('Target publication date').fill('2027-06-30');
  await page.getByRole('button', { name: 'Register the project' }).click();
  await expect(page.getByRole('status')).toHaveText('The project is registered.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);

  // Only the moves the stage model allows are offered; 40.00 is one of them from 30.99.
  await page.getByLabel('New stage').selectOption('40.00');
  await page.getByLabel('Why (decision, ballot result, meeting)').fill('CD consensus reached at the Nairobi meeting');
  await page.getByRole('button', { name: 'Move the project' }).click();
  await expect(page.getByRole('status')).toHaveText('The project has moved to its new stage.');
  const timeline = page.locator('ol.timeline li');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText('30.99');
  await expect(timeline.nth(1)).toContainText('30.99');
  await expect(timeline.nth(1)).toContainText('40.00');
  await expect(timeline.nth(1)).toContainText('CD consensus reached at the Nairobi meeting');
  await expect(timeline.nth(1)).toContainText('Salma Bennani');
  await expect(page.locator('.lead')).toContainText('Enquiry: registration');

  // The work programme shows the project at its new stage, with its target date.
  await page.getByRole('link', { name: 'Work programme' }).click();
  const row = page.getByRole('row', { name: new RegExp(title.replace(/[()]/g, '.')) });
  await expect(row).toContainText('40.00');
  await expect(row).toContainText('30 Jun 2027');
});
