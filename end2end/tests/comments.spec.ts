import { expect, Page, test, TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { open, signIn, switchTo, unzipEntry, xlsxOf } from './helpers';

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name, exact: true }).click(),
  ]);
  return fs.readFileSync((await file.path())!);
}

/** Delegates this file nominated, withdrawn after each test (the committee journey nominates
 * the same person to the same committee and expects her not to be a delegate yet). */
let nominated: { committeeId: string; userIds: string[] } | null = null;

test.afterEach(async ({ page }, info) => {
  if (!nominated) return;
  const { committeeId, userIds } = nominated;
  nominated = null;
  await switchTo(page, info, 'officer.kebs@comity.example');
  for (const id of userIds) {
    const reply = await page.request.post(`/committees/${committeeId}/delegates/${id}/withdraw`, { form: {} });
    expect(reply.ok()).toBeTruthy();
  }
});

/** The id of the person `email` (signed in as them). */
async function userId(page: Page, info: TestInfo, email: string) {
  await switchTo(page, info, email);
  const me = await (await page.request.get('/api/v1/me')).json();
  return me.id as string;
}

test('two KEBS experts comment on a DARS; the officer merges them and submits with the vote; the IMANOR secretariat compiles, decides, exports XLSX and DOCX and re-imports a filled XLSX', async ({ page }, info) => {
  const run = info.project.name;
  const draft = `DARS 31 Baobab fruit pulp (${run})`;

  // The IMANOR secretariat (the committee manager) registers the draft and opens its DARS ballot.
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  const committeeId = page.url().split('/').pop()!;
  const upload = await page.request.post(`/api/v1/committees/${committeeId}/documents`, {
    multipart: {
      title: draft,
      kind: 'enquiry_draft',
      file: { name: 'DARS 31.txt', mimeType: 'text/plain', buffer: Buffer.from('Baobab fruit pulp - Specification') },
    },
  });
  expect(upload.status()).toBe(201);
  const documentId = (await upload.json()).id;
  const ballot = await page.request.post(`/api/v1/committees/${committeeId}/ballots`, {
    data: { kind: 'DIS', title: `Enquiry on DARS 31 (${run})`, question: 'Approve DARS 31?', document_id: documentId, closes_at: '2099-03-01T12:00:00Z' },
  });
  expect(ballot.status()).toBe(201);
  const ballotId = (await ballot.json()).id;
  const commentsUrl = `/documents/${documentId}/comments`;

  // KEBS's officer nominates its two experts (the delegate and themself) to the committee.
  const expertIds = [
    await userId(page, info, 'delegate.kebs@comity.example'),
    await userId(page, info, 'officer.kebs@comity.example'),
  ];
  nominated = { committeeId, userIds: expertIds };
  for (const userId of expertIds) {
    const reply = await page.request.post(`/committees/${committeeId}/delegates`, { form: { user_id: userId } });
    expect(reply.ok()).toBeTruthy();
  }

  // Two experts comment in the template's columns.
  const experts: [string, string, string, string][] = [
    ['delegate.kebs@comity.example', '5.2', 'te', 'The acidity range of 2.5–4.5 is too wide.'],
    ['officer.kebs@comity.example', '5.2', 'te', 'Acidity: cite the method.'],
  ];
  for (const [email, clause, kind, text] of experts) {
    await switchTo(page, info, email);
    await open(page, commentsUrl, info);
    await expect(page.getByRole('heading', { name: 'Comments of KEBS', exact: true })).toBeVisible();
    await expect(page.getByText('This draft is under DARS ballot')).toBeVisible();
    const form = page.locator('#comment-form');
    await form.getByLabel('Line number').fill('42');
    await form.getByLabel('Clause/Subclause').fill(clause);
    await form.getByLabel('Type of comment').selectOption(kind);
    await form.getByLabel('Comments', { exact: true }).fill(text);
    await form.getByLabel('Proposed change').fill('Narrow the range to 3.0–4.0 and cite ISO 750.');
    await form.getByRole('button', { name: 'Add the comment' }).click();
    await expect(page.getByRole('status')).toHaveText('The comment is added.');
  }

  // The officer merges: the delegate's comment takes in the second, which is left out.
  const mine = page.locator('section', { has: page.getByRole('heading', { name: 'Comments of KEBS', exact: true }) });
  const first = mine.locator('tr', { hasText: 'is too wide' });
  await first.getByRole('link', { name: 'Change' }).click();
  await page.locator('#comment-form').getByLabel('Comments', { exact: true }).fill('The acidity range of 2.5–4.5 is too wide; cite the method.');
  await page.getByRole('button', { name: 'Save the comment' }).click();
  await expect(page.getByRole('status')).toHaveText('The comment is saved.');
  await mine.locator('tr', { hasText: 'cite the method.' }).filter({ hasNotText: 'too wide' }).getByRole('button', { name: 'Leave out' }).click();
  await expect(page.getByRole('status')).toHaveText('The comment is left out of the national position.');

  // The vote, then the national position, which goes with it.
  await open(page, `/ballots/${ballotId}`, info);
  await page.getByRole('group', { name: 'The position of KEBS' }).getByRole('radio', { name: 'Approve', exact: true }).check();
  await page.getByRole('button', { name: 'Cast the vote' }).click();
  await expect(page.getByRole('status')).toContainText('Your vote for KEBS was recorded');
  await expect(page.locator('.vote-comments')).toContainText('KEBS has one draft comment on the draft');
  await page.getByRole('link', { name: 'Review and submit the comments' }).click();
  await page.getByRole('button', { name: 'Submit the national position of KEBS' }).click();
  await expect(page.getByRole('status')).toContainText('The national position is submitted');
  await expect(page.getByRole('link', { name: 'Submitted with the vote of KEBS.' })).toBeVisible();
  await page.getByRole('link', { name: 'Submitted with the vote of KEBS.' }).click();
  await expect(page.locator('.vote-comments')).toContainText('One comment of KEBS on the draft was submitted with the national position.');

  // The secretariat compiles: one comment, no decision yet; it records one.
  await switchTo(page, info, 'manager@comity.example');
  await open(page, commentsUrl, info);
  await expect(page.locator('.progress')).toHaveText('0 of 1 comments resolved');
  const row = page.locator('table.compiled tr[data-comment]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('too wide; cite the method.');
  await expect(row).toContainText('Narrow the range to 3.0–4.0 and cite ISO 750.');
  await row.getByLabel('Decision').selectOption('accepted_in_principle');
  await row.getByLabel('Observations of the secretariat').fill('Range kept; method cited in 5.2.');
  await row.getByRole('button', { name: 'Record' }).click();
  await expect(page.getByRole('status')).toHaveText('The decision is recorded.');
  await expect(page.locator('.progress')).toHaveText('1 of 1 comments resolved');

  // The exports: the XLSX has the eight columns, the decision and the comment's ID; the DOCX a
  // landscape table whose header row repeats.
  const xlsx = await download(page, 'Excel (XLSX)');
  const strings = unzipEntry(xlsx, 'xl/sharedStrings.xml');
  for (const text of ['MB/NC', 'Observations of the secretariat', 'Comment ID', 'too wide; cite the method.', 'Accepted in principle', 'Range kept; method cited in 5.2.']) {
    expect(strings).toContain(text);
  }
  const commentId = strings.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/)![0];
  fs.writeFileSync(info.outputPath('compiled.xlsx'), xlsx);
  const docx = await download(page, 'Word (DOCX)');
  const document = unzipEntry(docx, 'word/document.xml');
  expect(document).toContain('w:orient="landscape"');
  expect(document).toContain('<w:tblHeader/>');
  expect(document).toContain('too wide; cite the method.');
  fs.writeFileSync(info.outputPath('compiled.docx'), docx);
  // LibreOffice opens both cleanly: converted headless, the comment is in the sheet's CSV and
  // in the document's text (once, in the JavaScript run: it takes seconds).
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));
  if (!soffice && process.env.CI === 'true') throw new Error('CI=true: LibreOffice is needed to check the exports (.ci/run installs it)');
  if (soffice && run === 'js') {
    const out = info.outputPath('converted');
    const convert = (file: string, to: string) => execFileSync(soffice, [
      '--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', to, '--outdir', out, info.outputPath(file),
    ], { timeout: 120_000 });
    convert('compiled.xlsx', 'csv');
    const csv = fs.readFileSync(`${out}/compiled.csv`, 'latin1');
    expect(csv).toContain('MB/NC');
    expect(csv).toContain('too wide; cite the method.');
    convert('compiled.docx', 'txt:Text');
    const text = fs.readFileSync(`${out}/compiled.txt`, 'utf8');
    expect(text).toContain('Observations of the secretariat');
    expect(text).toContain('too wide; cite the method.');
  }

  // Filled offline, the compilation comes back: a wrong decision is named with its row first.
  const filled = (decision: string) => xlsxOf([
    ['MB/NC', 'Clause/Subclause', 'Comments', 'Observations of the secretariat', 'Decision', 'Comment ID'],
    ['KEBS', '5.2', 'too wide', 'Agreed at the Nairobi meeting.', decision, commentId],
  ]);
  const importForm = page.locator('form.import-form', { hasText: 'Import decisions from a filled compilation' });
  await importForm.getByLabel('Filled template (.xlsx or .docx)').setInputFiles({ name: 'filled.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled('Maybe') });
  await importForm.getByRole('button', { name: 'Check and import' }).click();
  const problems = page.locator('.row-problems');
  await expect(problems).toContainText('Row 2, Decision:');
  await expect(problems).toContainText('“Maybe” is not a decision');
  await expect(page.locator('table.compiled')).toContainText('Range kept; method cited in 5.2.');
  const again = page.locator('form.import-form', { hasText: 'Import decisions from a filled compilation' });
  await again.getByLabel('Filled template (.xlsx or .docx)').setInputFiles({ name: 'filled.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled('Noted') });
  await again.getByRole('button', { name: 'Check and import' }).click();
  await expect(page.getByRole('status')).toHaveText('One decision recorded from the file.');
  await expect(page.locator('table.compiled')).toContainText('Agreed at the Nairobi meeting.');
  await expect(page.locator('table.compiled strong.disposition')).toHaveText('Noted');
  await expect(page.locator('ol.history')).toContainText('One decision imported from a file');
  await expect(page.locator('ol.history')).toContainText('KEBS: national position submitted');
  await page.screenshot({ path: `test-results/comments-en-${run}.png`, fullPage: true });
});

test('in Arabic, a KEBS expert uploads a template with a bad row and reads each problem, right to left', async ({ page }, info) => {
  const run = info.project.name;
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  const committeeId = page.url().split('/').pop()!;
  const upload = await page.request.post(`/api/v1/committees/${committeeId}/documents`, {
    multipart: {
      title: `DARS 32 مسحوق الباوباب (${run})`,
      kind: 'enquiry_draft',
      file: { name: 'DARS 32.txt', mimeType: 'text/plain', buffer: Buffer.from('Baobab powder') },
    },
  });
  expect(upload.status()).toBe(201);
  const documentId = (await upload.json()).id;
  const delegate = await userId(page, info, 'delegate.kebs@comity.example');
  await switchTo(page, info, 'officer.kebs@comity.example');
  nominated = { committeeId, userIds: [delegate] };
  expect((await page.request.post(`/committees/${committeeId}/delegates`, { form: { user_id: delegate } })).ok()).toBeTruthy();

  await switchTo(page, info, 'delegate.kebs@comity.example');
  const base = new URL(info.project.use.baseURL ?? 'http://127.0.0.1');
  await page.context().addCookies([{ name: 'comity_lang', value: 'ar', domain: base.hostname, path: '/' }]);
  await open(page, `/documents/${documentId}/comments`, info);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const form = page.locator('form.import-form').first();
  const file = xlsxOf([
    ['الهيئة العضو/اللجنة الوطنية', 'البند/البند الفرعي', 'نوع التعليق', 'التعليقات', 'التغيير المقترح'],
    ['KEBS', 'البند 4 — المتطلبات', 'te', 'حد الرطوبة غير مبرر.', 'اعتماد 10٪.'],
    ['KEBS', '5.1', 'xx', 'التوسيم غير واضح.', ''],
  ]);
  await form.locator('input[type=file]').setInputFiles({ name: 'kebs.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await form.getByRole('button', { name: 'فحص واستيراد' }).click();
  const problems = page.locator('.row-problems');
  await expect(problems).toContainText('السطر 3، نوع التعليق:');
  await expect(problems).toContainText('ليس نوع تعليق');
  await expect(page.locator('[role=alert]').first()).toContainText('لم يُستورد شيء');
  await page.screenshot({ path: `test-results/comments-ar-${run}.png`, fullPage: true });
  // Taking the valid row only: one draft, its right-to-left clause intact.
  const again = page.locator('form.import-form').first();
  await again.locator('input[type=file]').setInputFiles({ name: 'kebs.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await again.locator('input[name=valid_only]').check();
  await again.getByRole('button', { name: 'فحص واستيراد' }).click();
  await expect(page.getByRole('status')).toContainText('استُورد تعليق واحد كمسودة.');
  await expect(page.locator('table.comments-table')).toContainText('البند 4 — المتطلبات');
});
