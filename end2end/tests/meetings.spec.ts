import { expect, Page, test, TestInfo } from '@playwright/test';
import { open, signIn, switchTo } from './helpers';

/** `2027-03-16T09:00` (a datetime-local value) or `20270316T090000` (iCalendar) for an instant in a zone. */
function wallClock(ms: number, zone: string, ics = false): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return ics
    ? `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`
    : `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function userId(page: Page, info: TestInfo, email: string) {
  await switchTo(page, info, email);
  return (await (await page.request.get('/api/v1/me')).json()).id as string;
}

/** Delegates this file nominated, withdrawn after the test (other journeys nominate them too). */
let nominated: { committeeId: string; userIds: string[] } | null = null;
test.afterEach(async ({ page }, info) => {
  if (!nominated) return;
  const { committeeId, userIds } = nominated;
  nominated = null;
  await switchTo(page, info, 'officer.kebs@comity.example');
  for (const id of userIds) {
    expect((await page.request.post(`/committees/${committeeId}/delegates/${id}/withdraw`, { form: {} })).ok()).toBeTruthy();
  }
});

test('the IMANOR manager schedules a hybrid plenary in Rabat, publishes the agenda late after the warning; KEBS registers two delegates; attendance is marked; minutes and two resolutions are approved and locked; the ICS feed has the right instant', async ({ page }, info) => {
  // The longest journey (about 25 s on an idle 2-core machine): room for a busy one.
  test.setTimeout(120_000);
  const run = info.project.name;
  const title = `12th plenary meeting (${run})`;
  const zone = 'Africa/Casablanca';
  // Held now: it began a minute ago (whole minutes, as the form takes them) and lasts a day.
  const start = Math.floor((Date.now() - 60_000) / 60_000) * 60_000;

  await signIn(page, info, 'manager@comity.example');
  await open(page, '/', info);
  await page.getByRole('link', { name: 'Cannabis and cannabis-derived products' }).click();
  const committeeId = page.url().split('/').pop()!;
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meetings');

  // A bad schedule first: the end before the start is named, nothing kept but what was typed.
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Kind of meeting').selectOption('plenary');
  await page.getByLabel('Mode').selectOption('hybrid');
  await page.getByLabel("Host's time zone").fill(zone);
  await page.getByLabel('Starts').fill(wallClock(start, zone));
  await page.getByLabel('Ends').fill(wallClock(start - 3_600_000, zone));
  await page.getByLabel('Venue').fill('IMANOR, Rabat');
  await page.getByLabel('Join link').fill('https://meet.example/tc70-12');
  await page.getByLabel('Host member body').fill('IMANOR');
  await page.getByRole('button', { name: 'Schedule the meeting' }).click();
  await expect(page.getByText('The end must come after the start.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await page.getByLabel('Ends').fill(wallClock(start + 24 * 3_600_000, zone));
  await page.getByRole('button', { name: 'Schedule the meeting' }).click();
  await expect(page.getByRole('status')).toHaveText('The meeting is scheduled.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const meetingUrl = page.url();
  const meetingId = meetingUrl.split('/').pop()!;

  // The draft agenda: three items, one a sub-item; the opening, added last, is moved to the
  // top (past the item and its sub-item) and renamed in place; the late warning shows before
  // publishing.
  const addForm = page.locator('.agenda-item-form');
  for (const [itemTitle, outcome, sub] of [
    ['Approval of the agenda', 'decision', false],
    ['Adoption of the Rabat resolutions', 'decision', true],
    ['Opening', 'information', false],
  ] as [string, string, boolean][]) {
    await addForm.getByLabel('Item title').fill(itemTitle);
    await addForm.getByLabel('Expected outcome').selectOption(outcome);
    if (sub) await addForm.getByLabel('Sub-item of the item before').check();
    await addForm.getByRole('button', { name: 'Add the item' }).click();
    await expect(page.getByRole('status')).toHaveText('The item is added to the draft.');
  }
  await page.getByRole('button', { name: 'Move item 2 up' }).click();
  await expect(page.getByRole('status')).toHaveText('The item is moved.');
  await page.getByText('Change item 1', { exact: true }).click();
  const opening = page.locator('li.item', { hasText: 'Opening' }).first();
  await opening.getByLabel('Item title').fill('');
  await opening.getByRole('button', { name: 'Save the item' }).click();
  await expect(page.locator('li.item', { hasText: 'Opening' }).first().locator('.field-error')).toHaveText('Give this agenda item a title.');
  await page.locator('li.item', { hasText: 'Opening' }).first().getByLabel('Item title').fill('Opening of the meeting');
  await page.locator('li.item', { hasText: 'Opening' }).first().getByRole('button', { name: 'Save the item' }).click();
  await expect(page.getByRole('status')).toHaveText('The item is changed.');
  await expect(page.locator('ol.agenda > li > strong')).toHaveText(['Opening of the meeting', 'Approval of the agenda', 'Adoption of the Rabat resolutions']);
  const warning = 'Late agenda: the draft agenda of a committee meeting in person or hybrid is due 16 weeks before it; this one is published 0 days before.';
  await expect(page.locator('.publish-form [role=alert]')).toHaveText(warning);
  await page.getByRole('button', { name: 'Publish the agenda' }).click();
  await expect(page.locator('.publish-form .notice.error')).toHaveText(warning);
  await expect(page.getByText('The agenda is not published yet.')).toBeVisible();
  await page.getByLabel('Publish it anyway').check();
  await page.getByRole('button', { name: 'Publish the agenda' }).click();
  await expect(page.getByRole('status')).toHaveText('The agenda is published.');
  await expect(page.getByRole('heading', { name: 'Agenda v1' })).toBeVisible();
  await expect(page.locator('.late-agenda')).toHaveText(warning);
  await expect(page.locator('ol.agenda').first().locator('li.sub-item')).toContainText('2.1 Adoption of the Rabat resolutions');

  // KEBS's officer nominates two delegates; registration closed when the meeting began, the
  // manager reopens it for on-site registration.
  const delegates = [await userId(page, info, 'delegate.kebs@comity.example'), await userId(page, info, 'officer.kebs@comity.example')];
  nominated = { committeeId, userIds: delegates };
  for (const id of delegates) {
    expect((await page.request.post(`/committees/${committeeId}/delegates`, { form: { user_id: id } })).ok()).toBeTruthy();
  }
  await open(page, meetingUrl, info);
  await page.getByLabel('Delegate').selectOption({ label: 'Wanjiru Kamau (KEBS)' });
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.locator('.registration-form .notice.error')).toHaveText('Registration closed at the deadline: ask the committee manager to reopen it.');
  await switchTo(page, info, 'manager@comity.example');
  await open(page, meetingUrl, info);
  await page.getByRole('button', { name: 'Reopen registration' }).click();
  await expect(page.getByRole('status')).toHaveText('Registration is open again.');

  // KEBS's officer was notified of the publication: the bell counts it, the list says it and
  // leads to the meeting.
  await switchTo(page, info, 'officer.kebs@comity.example');
  await open(page, '/', info);
  await expect(page.getByTestId('bell').locator('.badge-count')).toBeVisible();
  await page.getByTestId('bell').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications');
  await page.getByRole('button', { name: `ARSO/TC 70: the agenda of “${title}” is published.` }).click();
  await expect(page).toHaveURL(meetingUrl);
  await page.getByLabel('Delegate').selectOption({ label: 'Wanjiru Kamau (KEBS)' });
  await page.getByLabel('Head of delegation').check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('The delegate is registered.');
  await page.getByLabel('Delegate').selectOption({ label: 'Peter Otieno (KEBS)' });
  await page.getByLabel('Takes part').selectOption('remote');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('The delegate is registered.');
  // Twice is refused with the reason.
  await page.getByLabel('Delegate').selectOption({ label: 'Peter Otieno (KEBS)' });
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.locator('.registration-form .notice.error')).toHaveText('This delegate is already registered to the meeting.');
  await expect(page.locator('table.registrations tbody tr')).toHaveCount(2);

  // The manager marks attendance.
  await switchTo(page, info, 'manager@comity.example');
  await open(page, meetingUrl, info);
  const wanjiru = page.locator('table.registrations tr', { hasText: 'Wanjiru Kamau' });
  await expect(wanjiru).toContainText('Head of delegation');
  await wanjiru.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('status')).toHaveText('Attendance is marked.');
  await expect(page.locator('table.registrations tr', { hasText: 'Wanjiru Kamau' }).locator('.attendance')).toHaveText('Present');
  await page.locator('table.registrations tr', { hasText: 'Peter Otieno' }).getByRole('button', { name: 'Absent' }).click();
  await expect(page.locator('table.registrations tr', { hasText: 'Peter Otieno' }).locator('.attendance')).toHaveText('Absent');

  // Minutes (headings, a list; typed markup stays text) and two resolutions, each circulated,
  // approved and locked.
  const minutes = page.locator('section[aria-labelledby="minutes-title"]');
  await page.getByLabel('Text of the minutes').fill('# Minutes of the 12th plenary\n\n## Attendance\n- KEBS: two delegates\n\nNoted: </textarea><b>not bold</b>');
  await page.getByRole('button', { name: 'Save the minutes' }).click();
  await expect(page.getByRole('status')).toHaveText('The minutes are saved.');
  await expect(minutes.locator('.record-text h4')).toHaveText('Attendance');
  await expect(minutes.locator('.record-text')).toContainText('Noted: </textarea><b>not bold</b>');
  await expect(minutes.locator('.record-text b')).toHaveCount(0);
  for (const step of ['Circulate for review', 'Record the approval', 'Lock']) {
    await minutes.getByRole('button', { name: step }).click();
    await expect(page.getByRole('status')).toHaveText('The record moved on.');
  }
  await expect(minutes.locator('.record-status')).toHaveText('Locked');
  // The attendance list goes with the minutes: the one delegate marked present.
  await expect(minutes.locator('table.attendance-list tbody tr')).toHaveCount(1);
  await expect(minutes.locator('table.attendance-list')).toContainText('Wanjiru Kamau');
  await expect(minutes.getByRole('button', { name: 'Save the minutes' })).toHaveCount(0);
  const resolutions = page.locator('section[aria-labelledby="resolutions-title"]');
  for (const resolution of ['Approval of the agenda of the 12th plenary', 'Thanks to IMANOR']) {
    await page.getByLabel('Title of the resolution').fill(resolution);
    await page.getByLabel('Agenda item:').selectOption({ label: '2 Approval of the agenda' });
    await page.getByLabel('Text of the resolution').fill('The committee resolves accordingly.');
    await page.getByRole('button', { name: 'Add the resolution' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Resolution \d+\/2026 is added\.$/);
  }
  for (const n of [0, 1]) {
    for (const step of ['Circulate for review', 'Record the approval', 'Lock']) {
      await resolutions.locator('article').nth(n).getByRole('button', { name: step }).click();
      await expect(page.getByRole('status')).toHaveText('The record moved on.');
    }
  }
  await expect(resolutions.locator('.record-status')).toHaveText(['Locked', 'Locked']);
  await expect(resolutions.locator('article').first()).toContainText('Agenda item: 2 Approval of the agenda');

  // A new room: the same meeting, rescheduled in place.
  const reschedule = page.locator('section[aria-labelledby="reschedule-title"]');
  await reschedule.getByText('Change the date, place or link').click();
  await expect(reschedule.getByLabel('Starts')).toHaveValue(wallClock(start, zone));
  await reschedule.getByLabel('Venue').fill('IMANOR, Rabat (Hall B)');
  await reschedule.getByRole('button', { name: 'Save the new schedule' }).click();
  await expect(page.getByRole('status')).toHaveText("The meeting is rescheduled; calendars update the same event and the committee's people are notified.");
  await expect(page.locator('.facts')).toContainText('IMANOR, Rabat (Hall B)');
  await page.screenshot({ path: `test-results/meeting-en-${run}.png`, fullPage: true });

  // The delegate's own calendar feed shows the meeting at the scheduled instant, in Rabat's zone.
  await switchTo(page, info, 'delegate.kebs@comity.example');
  const meeting = await (await page.request.get(`/api/v1/meetings/${meetingId}`)).json();
  expect(meeting.meeting.starts_at).toBe(start);
  const url = (await (await page.request.get('/api/v1/me/calendar')).json()).url as string;
  const feed = await page.request.get(`/calendar/${url.split('/calendar/')[1]}`);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const ics = (await feed.text()).replace(/\r\n /g, '');
  const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${meetingId}@comity`))!;
  expect(event).toBeTruthy();
  expect(event).toContain(`DTSTART;TZID=${zone}:${wallClock(start, zone, true)}`);
  expect(event).toContain('LOCATION:IMANOR\\, Rabat (Hall B)');
  expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);

  // In Arabic, right to left, the late agenda names its rule.
  await switchTo(page, info, 'manager@comity.example');
  const base = new URL(info.project.use.baseURL ?? 'http://127.0.0.1');
  await page.context().addCookies([{ name: 'comity_lang', value: 'ar', domain: base.hostname, path: '/' }]);
  await open(page, meetingUrl, info);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.late-agenda')).toContainText('جدول أعمال متأخر');
  await expect(page.getByRole('heading', { name: 'جدول الأعمال، النسخة 1' })).toBeVisible();
  await page.screenshot({ path: `test-results/meeting-ar-${run}.png`, fullPage: true });
});
