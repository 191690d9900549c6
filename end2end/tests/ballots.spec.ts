import { expect, test } from '@playwright/test';
import * as fs from 'node:fs';
import { DEMO_PASSWORD, open, signIn, switchTo, unzipEntry } from './helpers';

test('the manager opens a DARS ballot on a draft; officers vote, one disapproves with reasons; closed, the result shows the outcome and its numbers; the XLSX opens', async ({ page }, info) => {
  const run = info.project.name;
  const draft = `DARS 9 Shea butter — Specification (${run})`;
  const title = `Enquiry on DARS 9 (${run})`;

  // The committee manager registers the draft and opens the ballot from the committee's pages.
  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  const committeeUrl = page.url();
  const committeeId = committeeUrl.split('/').pop();
  const upload = await page.request.post(`/api/v1/committees/${committeeId}/documents`, {
    multipart: {
      title: draft,
      kind: 'enquiry_draft',
      file: { name: 'DARS 9.txt', mimeType: 'text/plain', buffer: Buffer.from('Shea butter - Specification') },
    },
  });
  expect(upload.status()).toBe(201);
  const documentId = (await upload.json()).id;
  // The P-members are the demo's five, whose officers vote below (another journey may have made
  // an O-member a P-member: it goes back to O for this ballot's electorate).
  const committee = await (await page.request.get(`/api/v1/committees/${committeeId}`)).json();
  const five = ['IMANOR', 'KEBS', 'SON', 'EOS', 'ASN'];
  for (const m of committee.members.filter((m: { status: string; member_body: string }) => m.status === 'P' && !five.includes(m.member_body))) {
    const reply = await page.request.put(`/api/v1/committees/${committeeId}/members/${m.member_body}`, { data: { status: 'O' } });
    expect(reply.status()).toBe(204);
  }
  await open(page, committeeUrl, info);
  await page.getByRole('link', { name: 'Ballots', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ballots');
  await page.getByLabel('Type').selectOption('DIS');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Question').fill('Do you approve DARS 9 for publication as an African Standard?');
  await page.getByLabel('Document voted on').selectOption(documentId);
  // The closing time proposed is ARSO's default for an enquiry: 12 weeks, in Nairobi time.
  await expect(page.getByText('Default lengths in weeks: NP 12 · CD 8 · DARS 12 · FDARS 8 · SR 20 · CIB 4')).toBeVisible();
  await expect(page.getByLabel('Closes')).not.toHaveValue('');
  await page.getByRole('button', { name: 'Open the ballot' }).click();
  await expect(page.getByRole('status')).toContainText('The ballot is open');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`DARS ballot ${title}`);
  await expect(page.getByRole('link', { name: new RegExp('DARS 9 Shea butter') })).toBeVisible();
  const ballotUrl = page.url();

  // Five P-members vote; EOS disapproves with technical reasons, after being told they are needed.
  const votes: [string, string, string, string][] = [
    ['officer.kebs@comity.example', 'KEBS', 'Approve', ''],
    ['officer.son@comity.example', 'SON', 'Approve', ''],
    ['officer.eos@comity.example', 'EOS', 'Disapprove', 'Clause 5.2: the free fatty acid limit contradicts CXS 329.'],
    ['officer.imanor@comity.example', 'IMANOR', 'Approve', ''],
    ['officer.asn@comity.example', 'ASN', 'Abstain', ''],
  ];
  for (const [email, code, position, reasons] of votes) {
    await switchTo(page, info, email);
    if (code === 'KEBS') {
      // The ballot waits on the officer's home page, with the time left.
      await open(page, '/', info);
      const pending = page.locator('.needing-vote li', { hasText: title });
      await expect(pending).toContainText('days left');
      await pending.getByRole('link').click();
    } else {
      await open(page, ballotUrl, info);
    }
    const form = page.getByRole('group', { name: `The position of ${code}` });
    if (code === 'EOS') {
      await expect(page.getByText('Required to disapprove: give the technical reasons.')).toBeVisible();
      await form.getByRole('radio', { name: position, exact: true }).check();
      await page.getByRole('button', { name: 'Cast the vote' }).click();
      await expect(page.getByText('A disapproval of this draft needs technical reasons: write them.')).toBeVisible();
      await page.getByRole('group', { name: `The position of ${code}` }).getByRole('radio', { name: position, exact: true }).check();
      await page.getByLabel('Reasons and comments').fill(reasons);
    } else {
      await form.getByRole('radio', { name: position, exact: true }).check();
    }
    await page.getByRole('button', { name: 'Cast the vote' }).click();
    await expect(page.getByRole('status')).toContainText(`Your vote for ${code} was recorded at`);
    await expect(page.getByRole('status')).toContainText('you can change it until');
    await expect(page.locator('.current-vote')).toContainText(position);
    // Until it closes, an officer sees no one else's vote.
    await expect(page.getByText('The votes and the tally are shown when the ballot closes.')).toBeVisible();
  }

  // Every P-member has voted: the manager closes it early.
  await switchTo(page, info, 'manager@comity.example');
  await open(page, ballotUrl, info);
  await page.getByRole('button', { name: 'Close the ballot now' }).click();
  await expect(page.getByRole('status')).toHaveText('The ballot is closed and its outcome recorded.');
  await expect(page.locator('.outcome')).toContainText('Approved');
  await expect(page.locator('[data-criterion="criterion-p-approval"]')).toContainText('Approvals among P-member votes cast: 3 of 4 = 75.0% ≥ 66.7% (2/3): met');
  await expect(page.locator('[data-criterion="criterion-negative-votes"]')).toContainText('Negative votes among all votes cast: 1 of 4 = 25.0% ≤ 25.0% (1/4): met');
  const eos = page.locator('table.votes tr[data-member-body="EOS"]');
  await expect(eos).toContainText('Disapprove');
  await expect(eos).toContainText('CXS 329');
  await expect(eos).toContainText('Ahmed Mansour');
  // O-members may vote on an enquiry: GSA and TBS (at least) did not.
  await expect(page.locator('.not-voted')).toContainText('GSA, TBS');

  // The XLSX opens: a workbook whose sheet holds the outcome, the criteria and the votes.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Excel (XLSX)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const xlsx = fs.readFileSync((await download.path())!);
  const strings = unzipEntry(xlsx, 'xl/sharedStrings.xml');
  for (const text of ['Approved', title, 'Ahmed Mansour', 'Clause 5.2', '3 of 4 = 75.0%']) {
    expect(strings).toContain(text);
  }
  expect(unzipEntry(xlsx, 'xl/workbook.xml')).toContain('<sheet name="Result"');
});

test('in Arabic, the officer of TSE finds the DS enquiry and its vote form, right to left', async ({ page }, info) => {
  const base = new URL(info.project.use.baseURL ?? 'http://127.0.0.1');
  await page.context().addCookies([{ name: 'comity_lang', value: 'ar', domain: base.hostname, path: '/' }]);
  await open(page, '/login', info);
  await page.locator('#field-email').fill('officer.tse@comity.example');
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await open(page, '/', info);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const pending = page.locator('.needing-vote li', { hasText: 'Enquiry on OIC/SMIIC 1' });
  await expect(pending).toContainText('يومًا');
  await pending.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('اقتراع DS');
  await expect(page.getByRole('group', { name: 'موقف TSE' })).toBeVisible();
  await expect(page.getByText('Europe/Istanbul').first()).toBeVisible();
  await page.screenshot({ path: `test-results/ballot-ar-${info.project.name}.png`, fullPage: true });
});
