import { expect, test } from '@playwright/test';
import { open, switchTo } from './helpers';

// Issue 9: the bell shows a new ballot. The manager opens a ballot; KEBS's officer sees the
// bell's count go up, reads the notification with the closing time in the committee's zone,
// and opening it leads to the ballot and marks it read. With and without JavaScript.

test('the bell shows a new ballot and leads to it', async ({ page }, info) => {
  const title = `Bell check (${info.project.name})`;
  await switchTo(page, info, 'officer.kebs@comity.example');
  const before = (await (await page.request.get('/api/v1/me/notifications')).json()).unread as number;

  await switchTo(page, info, 'manager@comity.example');
  const arso = await (await page.request.get('/api/v1/bodies/ARSO')).json();
  const tc70 = arso.committees.find((c: { reference: string }) => c.reference === 'ARSO/TC 70').id;
  const created = await page.request.post(`/api/v1/committees/${tc70}/ballots`, {
    data: { kind: 'CIB', title, question: 'Meet in Nairobi?', closes_at: '2099-03-01T12:00:00Z' },
  });
  expect(created.status()).toBe(201);
  const ballotId = (await created.json()).id;

  await switchTo(page, info, 'officer.kebs@comity.example');
  await open(page, '/', info);
  const bell = page.getByTestId('bell');
  await expect(bell.locator('.badge-count')).toHaveText(String(before + 1));
  const label = before + 1 === 1 ? 'Notifications, one unread' : `Notifications, ${before + 1} unread`;
  await expect(bell).toHaveAttribute('aria-label', label);
  await bell.click();
  const notice = page.getByRole('button', { name: `ARSO/TC 70: the ballot “${title}” is open until 1 Mar 2099, 15:00 (UTC+03:00).` });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(`/ballots/${ballotId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  const after = (await (await page.request.get('/api/v1/me/notifications')).json()).unread as number;
  expect(after).toBe(before);
});

// Issue 9: the digest setting holds. An officer chooses a daily summary for ballots opening and
// no e-mail for documents circulated on their account page; after saving and reloading the
// page the choices are still checked, and the API reports the same. With and without
// JavaScript (each project its own officer, so the two runs do not meet).
test('the digest setting holds', async ({ page }, info) => {
  const who = info.project.name === 'js' ? 'officer.son@comity.example' : 'officer.asn@comity.example';
  await switchTo(page, info, who);
  await open(page, '/account', info);
  const opens = page.getByRole('group', { name: 'A ballot opens', exact: true });
  const circulated = page.getByRole('group', { name: 'A document is circulated', exact: true });
  await expect(opens.getByLabel('E-mail at once', { exact: true })).toBeChecked();
  await opens.getByLabel('Daily summary', { exact: true }).check();
  await circulated.getByLabel('No e-mail', { exact: true }).check();
  await page.getByRole('button', { name: 'Save e-mail settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your e-mail settings are saved.' })).toBeVisible();

  await open(page, '/account', info);
  await expect(page.getByRole('group', { name: 'A ballot opens', exact: true }).getByLabel('Daily summary', { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'A document is circulated', exact: true }).getByLabel('No e-mail', { exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'A ballot closes, with its outcome', exact: true }).getByLabel('E-mail at once', { exact: true })).toBeChecked();
  const settings = await (await page.request.get('/api/v1/me/notification-settings')).json();
  const mode = (kind: string) => settings.settings.find((s: { kind: string }) => s.kind === kind).mode;
  expect(mode('ballot_opened')).toBe('digest');
  expect(mode('document_registered')).toBe('off');
  expect(mode('ballot_closed')).toBe('immediate');
  await page.screenshot({ path: `test-results/account-mail-${info.project.name}.png`, fullPage: true });
});
