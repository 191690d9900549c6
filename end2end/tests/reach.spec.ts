import { AxeBuilder } from '@axe-core/playwright';
import { expect, Page, test, TestInfo } from '@playwright/test';
import * as http from 'node:http';
import { open, switchTo } from './helpers';

// Reach (issue 8): every main page (31) passes axe-core with zero violations in English, French
// and Arabic (right to left, with a screenshot of each in Arabic); the vote form works by
// keyboard alone and announces its result; the first page weighs at most 60 KB on the wire
// without JavaScript. Axe runs inside the page, so this file runs in the `js` project only
// (see playwright.config.ts); the weight is measured with JavaScript off.

const LANGUAGES = ['en', 'fr', 'ar'] as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function setLanguage(page: Page, info: TestInfo, lang: string) {
  const base = new URL(info.project.use.baseURL ?? 'http://127.0.0.1');
  await page.context().addCookies([{ name: 'comity_lang', value: lang, domain: base.hostname, path: '/' }]);
}

async function json(page: Page, path: string) {
  const reply = await page.request.get(path);
  expect(reply.ok(), path).toBeTruthy();
  return reply.json();
}

async function committeeId(page: Page, body: string, reference: string): Promise<string> {
  const found = (await json(page, `/api/v1/bodies/${body}`)).committees.find((c: { reference: string }) => c.reference === reference);
  return found.id;
}

/** Checks one page: its language and direction, zero axe violations; in Arabic, a screenshot. */
async function check(page: Page, info: TestInfo, lang: string, name: string, path: string) {
  if (name === 'not-found') {
    // Its own 404 status is logged by the browser as an error: open it without that check.
    await page.goto(path);
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1, { timeout: 15_000 });
  } else {
    await open(page, path, info);
  }
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(found, `axe on ${path} in ${lang}`).toEqual([]);
  if (lang === 'ar') await page.screenshot({ path: `test-results/ar-${name}.png`, fullPage: true });
}

for (const lang of LANGUAGES) {
  test(`every main page passes axe-core in ${lang}`, async ({ page }, info) => {
    test.setTimeout(180_000);
    // What the pages are about: the demo's committees, SMIIC/TC 1's draft, project and ballot,
    // and a meeting of ARSO/TC 70 with a draft agenda.
    await switchTo(page, info, 'manager@comity.example');
    const tc70 = await committeeId(page, 'ARSO', 'ARSO/TC 70');
    const tc1 = await committeeId(page, 'SMIIC', 'SMIIC/TC 1');
    const start = Date.now() + 120 * 24 * 3_600_000;
    const meeting = await page.request.post(`/api/v1/committees/${tc70}/meetings`, {
      data: { title: `Accessibility check (${lang})`, kind: 'wg', mode: 'virtual', starts_at: new Date(start).toISOString(),
        ends_at: new Date(start + 3 * 3_600_000).toISOString(), join_url: 'https://meet.example/a11y' },
    });
    expect(meeting.status()).toBe(201);
    const meetingId = (await meeting.json()).id;
    expect((await page.request.put(`/api/v1/meetings/${meetingId}/agenda`, {
      data: [{ title: 'Opening', outcome: 'information' }, { level: 1, title: 'Roll call', outcome: 'information' }],
    })).ok()).toBeTruthy();
    // Published (late, confirmed) so that the printable agenda has something to show; the
    // draft stays for the manager's forms.
    expect((await page.request.post(`/api/v1/meetings/${meetingId}/agenda/publish`, { data: { confirm_late: true } })).status()).toBe(201);

    // An invitation to accept (its page is opened signed out).
    await switchTo(page, info, 'admin@comity.example');
    const invited = await page.request.post('/api/v1/users', { data: { email: `reach-${lang}@kebs.example`, name: 'Reach Check' } });
    expect(invited.status()).toBe(201);
    const invitation = (await invited.json()).invitation_token as string;
    await switchTo(page, info, 'manager@comity.example');

    const pages: [string, string, string][] = [
      ['', 'home', '/'],
      ['', 'sign-in', '/login'],
      ['', 'body', '/bodies/ARSO'],
      ['', 'member-bodies', '/member-bodies'],
      ['', 'committee', `/committees/${tc70}`],
      ['', 'search', '/search?q=halal'],
      ['', 'not-found', '/nowhere'],
      ['manager@comity.example', 'manage', `/committees/${tc70}/manage`],
      ['manager@comity.example', 'register', `/committees/${tc70}/documents`],
      ['manager@comity.example', 'programme', `/committees/${tc70}/projects`],
      ['manager@comity.example', 'ballots', `/committees/${tc70}/ballots`],
      ['manager@comity.example', 'participation', `/committees/${tc70}/participation`],
      ['manager@comity.example', 'meetings', `/committees/${tc70}/meetings`],
      ['manager@comity.example', 'meeting', `/meetings/${meetingId}`],
      ['manager@comity.example', 'printable-agenda', `/meetings/${meetingId}/agenda`],
      ['manager@comity.example', 'account', '/account'],
      ['manager@comity.example', 'my-committees', '/my/committees'],
      ['manager@comity.example', 'committee-audit', `/committees/${tc70}/audit`],
      ['manager@comity.example', 'dashboard', '/dashboard'],
      ['officer.kebs@comity.example', 'notifications', '/notifications'],
      ['officer.kebs@comity.example', 'member-body', '/member-bodies/KEBS'],
      ['admin@comity.example', 'invite', '/admin/invitations'],
      ['admin@comity.example', 'audit', '/admin/audit'],
      ['', 'accept-invitation', `/invitations/${invitation}`],
      ['arso.admin@comity.example', 'body-rules', '/bodies/ARSO'],
    ];
    // SMIIC/TC 1's pages as TSE's officer (a delegate there): its ballot with the vote form,
    // a draft with its comments, a project.
    await switchTo(page, info, 'officer.tse@comity.example');
    const ballot = (await json(page, `/api/v1/committees/${tc1}/ballots`)).ballots[0].ballot.id;
    const document = (await json(page, `/api/v1/committees/${tc1}/documents`)).documents.find((d: { kind: string }) => d.kind === 'enquiry_draft').id;
    const project = (await json(page, `/api/v1/committees/${tc1}/projects`)).projects[0].id;
    // TSE's national position on it, so that the secretariat's compilation has a row. A
    // member body submits once: the first language's run makes it; after it, drafting is
    // refused (409) and the others find it made.
    const drafted = await page.request.post(`/api/v1/documents/${document}/comments`, {
      data: { member_body: 'TSE', line: '7', clause: '4.2', kind: 'te', comment: 'Stunning conditions: clarify.', proposed_change: 'Refer to annex B.' },
    });
    expect([201, 409]).toContain(drafted.status());
    if (drafted.status() === 201) {
      const comment = await drafted.json();
      const submitted = await page.request.post(`/api/v1/documents/${document}/comments/submit`, {
        data: { member_body: 'TSE', seen: [{ id: comment.id, version: comment.version }] },
      });
      expect(submitted.status()).toBe(200);
    }
    pages.push(
      ['officer.tse@comity.example', 'ballot', `/ballots/${ballot}`],
      ['officer.tse@comity.example', 'document', `/documents/${document}`],
      ['officer.tse@comity.example', 'comments', `/documents/${document}/comments`],
      ['officer.tse@comity.example', 'project', `/projects/${project}`],
      // The secretariat's views (SMIIC/TC 1 has no manager: the portal administrator runs it):
      // the ballot with its tally and the manager's forms, and the compiled comments.
      ['admin@comity.example', 'ballot-manager', `/ballots/${ballot}`],
      ['admin@comity.example', 'compiled-comments', `/documents/${document}/comments`],
    );

    let who = 'officer.tse@comity.example';
    for (const [person, name, path] of pages) {
      if (person !== who) {
        if (person) await switchTo(page, info, person); else await page.context().clearCookies();
        who = person;
      }
      await setLanguage(page, info, lang);
      await check(page, info, lang, name, path);
    }
  });
}

test('the vote form works with the keyboard alone and announces the vote', async ({ page }, info) => {
  await switchTo(page, info, 'manager@comity.example');
  const tc70 = await committeeId(page, 'ARSO', 'ARSO/TC 70');
  const created = await page.request.post(`/api/v1/committees/${tc70}/ballots`, {
    data: { kind: 'CIB', title: 'Keyboard check', question: 'Shall the committee meet in Nairobi?', closes_at: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString() },
  });
  expect(created.status()).toBe(201);
  const ballotId = (await created.json()).id;

  await switchTo(page, info, 'officer.kebs@comity.example');
  await open(page, `/ballots/${ballotId}`, info);
  // From the top of the page, Tab reaches the first position, the arrow keys choose among
  // them, and Tab then Enter submit.
  await page.locator('body').focus();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'position')) break;
  }
  await expect(page.locator('input[name=position]:focus')).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(page.locator('input[name=position][value=approve]')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name=position][value=disapprove]')).toBeChecked();
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('type') === 'submit')) break;
  }
  await page.keyboard.press('Enter');
  // The outcome is in a live region, so a screen reader reads it out.
  await expect(page.getByRole('status')).toContainText('Your vote for KEBS was recorded');
  const votes = await json(page, `/api/v1/ballots/${ballotId}/votes`);
  expect(votes.map((v: { member_body: string; position: string }) => [v.member_body, v.position])).toEqual([['KEBS', 'disapprove']]);
});

/** The bytes a path costs on the wire (compressed as a browser asks), without JavaScript. */
function wireBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': 'br, gzip', accept: 'text/html,*/*' } }, (res) => {
      let total = 0;
      res.on('data', (chunk: Buffer) => { total += chunk.length; });
      res.on('end', () => resolve(total));
    }).on('error', reject);
  });
}

test('the first page a delegate opens weighs at most 60 KB on the wire without JavaScript', async ({ page }, info) => {
  const base = info.project.use.baseURL ?? 'http://127.0.0.1';
  for (const path of ['/', '/login']) {
    const html = await (await page.request.get(path)).text();
    // What a browser without JavaScript fetches: the page, its stylesheets and icon; the
    // script and WASM are not even hinted for preloading.
    expect(html).not.toContain('rel="preload"');
    expect(html).not.toContain('rel="modulepreload"');
    const assets = [...html.matchAll(/<link rel="(?:stylesheet|icon)" href="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    let total = await wireBytes(new URL(path, base).toString());
    for (const asset of assets) total += await wireBytes(new URL(asset, base).toString());
    console.log(`${path}: ${total} bytes on the wire without JavaScript`);
    expect(total).toBeLessThanOrEqual(60 * 1024);
  }
});
