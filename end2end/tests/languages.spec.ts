import { expect, Page, test, TestInfo } from '@playwright/test';
import { DEMO_PASSWORD, open, switchTo } from './helpers';

// The main journeys in French and in Arabic (the other files run them in English): signing in
// through the form of the chosen language, the committee page, commenting on a draft, voting
// and registering to a meeting, each page checked for its language and direction, titles shown
// in the reader's language and dates written the language's way. With and without JavaScript.

type Words = {
  switcher: string;
  signInTitle: string;
  email: string;
  password: string;
  signIn: string;
  committee: string;
  draft: string;
  item: string;
  commentsOf: string;
  line: string;
  clause: string;
  type: string;
  comments: string;
  proposed: string;
  addComment: string;
  commentAdded: string;
  closes: string;
  position: string;
  approve: string;
  vote: string;
  voted: string;
  meetings: string;
  starts: string;
  delegate: string;
  register: string;
  registered: string;
};

const WORDS: Record<'fr' | 'ar', Words> = {
  fr: {
    switcher: 'Français',
    signInTitle: 'Connexion',
    email: 'Adresse électronique',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    committee: 'Cannabis et produits dérivés du cannabis',
    draft: 'DARS 77 Graines de chanvre — Spécification',
    item: 'Ouverture',
    commentsOf: 'Observations de EOS',
    line: 'Numéro de ligne',
    clause: 'Article/Paragraphe',
    type: "Type d'observation",
    comments: 'Observations',
    proposed: 'Modification proposée',
    addComment: "Ajouter l'observation",
    commentAdded: "L'observation est ajoutée.",
    closes: '1er mars 2099 à 15:00 (UTC+03:00)',
    position: 'La position de EOS',
    approve: 'Approuver',
    vote: 'Voter',
    voted: 'Votre vote pour EOS a été enregistré le',
    meetings: 'Réunions',
    starts: '10 juin 2099 à 09:00 (UTC+03:00)',
    delegate: 'Délégué',
    register: 'Inscrire',
    registered: 'Le délégué est inscrit.',
  },
  ar: {
    switcher: 'العربية',
    signInTitle: 'تسجيل الدخول',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    signIn: 'دخول',
    committee: 'القنب والمنتجات المشتقة من القنب',
    draft: 'DARS 77 بذور القنب — المواصفة',
    item: 'الافتتاح',
    commentsOf: 'تعليقات EOS',
    line: 'رقم السطر',
    clause: 'البند/البند الفرعي',
    type: 'نوع التعليق',
    comments: 'التعليقات',
    proposed: 'التغيير المقترح',
    addComment: 'أضف التعليق',
    commentAdded: 'أُضيف التعليق.',
    closes: '1 مارس 2099، 15:00 (UTC+03:00)',
    position: 'موقف EOS',
    approve: 'موافقة',
    vote: 'صوّت',
    voted: 'سُجّل تصويتك باسم EOS',
    meetings: 'الاجتماعات',
    starts: '10 يونيو 2099، 09:00 (UTC+03:00)',
    delegate: 'المندوب',
    register: 'تسجيل',
    registered: 'سُجّل المندوب.',
  },
};

/** The page is in `lang`, right to left in Arabic; in Arabic, a screenshot for review. */
async function inLanguage(page: Page, info: TestInfo, lang: string, name: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  if (lang === 'ar') {
    await page.screenshot({ path: `test-results/journey-ar-${name}-${info.project.name}.png`, fullPage: true });
  }
}

/** Signs in through the sign-in form of the language the visitor chose with the switcher. */
async function signInIn(page: Page, info: TestInfo, lang: 'fr' | 'ar', email: string) {
  const w = WORDS[lang];
  await page.context().clearCookies();
  await open(page, '/login', info);
  await page.getByRole('button', { name: w.switcher }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.signInTitle);
  await inLanguage(page, info, lang, 'sign-in');
  const form = page.locator('main form');
  await form.getByLabel(w.email).fill(email);
  await form.getByLabel(w.password).fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: w.signIn }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

for (const lang of ['fr', 'ar'] as const) {
  test(`sign-in, committee, commenting, voting and meetings in ${lang}`, async ({ page }, info) => {
    test.setTimeout(120_000);
    const w = WORDS[lang];
    const run = `${lang}-${info.project.name}`;

    // The IMANOR secretariat prepares, through the API: a DARS with its title in French and
    // Arabic, its enquiry ballot closing at 15:00 Nairobi time, and a meeting whose agenda
    // item has its titles in both languages.
    await switchTo(page, info, 'manager@comity.example');
    const arso = await (await page.request.get('/api/v1/bodies/ARSO')).json();
    const tc70 = arso.committees.find((c: { reference: string }) => c.reference === 'ARSO/TC 70').id;
    const upload = await page.request.post(`/api/v1/committees/${tc70}/documents`, {
      multipart: {
        title: `DARS 77 Hemp seed — Specification (${run})`,
        title_fr: `DARS 77 Graines de chanvre — Spécification (${run})`,
        title_ar: `DARS 77 بذور القنب — المواصفة (${run})`,
        kind: 'enquiry_draft',
        file: { name: 'DARS 77.txt', mimeType: 'text/plain', buffer: Buffer.from('Hemp seed - Specification') },
      },
    });
    expect(upload.status()).toBe(201);
    const documentId = (await upload.json()).id;
    const ballot = await page.request.post(`/api/v1/committees/${tc70}/ballots`, {
      data: { kind: 'DIS', title: `Enquiry on DARS 77 (${run})`, question: 'Approve DARS 77?', document_id: documentId, closes_at: '2099-03-01T12:00:00Z' },
    });
    expect(ballot.status()).toBe(201);
    const ballotId = (await ballot.json()).id;
    const meeting = await page.request.post(`/api/v1/committees/${tc70}/meetings`, {
      data: { title: `Working group on hemp (${run})`, kind: 'wg', mode: 'virtual', time_zone: 'Africa/Nairobi',
        starts_at: '2099-06-10T06:00:00Z', ends_at: '2099-06-10T09:00:00Z', join_url: 'https://meet.example/hemp' },
    });
    expect(meeting.status()).toBe(201);
    const meetingId = (await meeting.json()).id;
    expect((await page.request.put(`/api/v1/meetings/${meetingId}/agenda`, {
      data: [{ title: 'Opening', title_fr: 'Ouverture', title_ar: 'الافتتاح', outcome: 'information' }],
    })).ok()).toBeTruthy();
    expect((await page.request.post(`/api/v1/meetings/${meetingId}/agenda/publish`, { data: { confirm_late: true } })).status()).toBe(201);

    // EOS's delegate signs in in the language, finds the committee by its title in that
    // language and comments on the draft in the 8-column template.
    await signInIn(page, info, lang, 'delegate.eos@comity.example');
    await open(page, '/', info);
    await page.getByRole('link', { name: w.committee }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(w.committee);
    await inLanguage(page, info, lang, 'committee');
    await open(page, `/documents/${documentId}/comments`, info);
    await expect(page.getByRole('heading', { name: w.commentsOf, exact: true })).toBeVisible();
    await expect(page.getByText(`${w.draft} (${run})`).first()).toBeVisible();
    const form = page.locator('#comment-form');
    await form.getByLabel(w.line).fill('12');
    await form.getByLabel(w.clause).fill('4.1');
    await form.getByLabel(w.type).selectOption('te');
    await form.getByLabel(w.comments, { exact: true }).fill(`Teneur en THC : préciser la méthode (${run}).`);
    await form.getByLabel(w.proposed).fill('Citer ISO 750.');
    await form.getByRole('button', { name: w.addComment }).click();
    await expect(page.getByRole('status')).toHaveText(w.commentAdded);
    await expect(page.locator('tr', { hasText: `préciser la méthode (${run})` })).toHaveCount(1);
    await inLanguage(page, info, lang, 'comments');

    // EOS's officer votes; the closing time is written the language's way.
    await signInIn(page, info, lang, 'officer.eos@comity.example');
    await open(page, `/ballots/${ballotId}`, info);
    await expect(page.locator('main')).toContainText(w.closes);
    await page.getByRole('group', { name: w.position }).getByRole('radio', { name: w.approve, exact: true }).check();
    await page.getByRole('button', { name: w.vote }).click();
    await expect(page.getByRole('status')).toContainText(w.voted);
    await inLanguage(page, info, lang, 'ballot');
    const votes = await (await page.request.get(`/api/v1/ballots/${ballotId}/votes`)).json();
    expect(votes.map((v: { member_body: string; position: string }) => [v.member_body, v.position])).toEqual([['EOS', 'approve']]);

    // The meetings page, the meeting with its agenda in the language, and a registration.
    await open(page, `/committees/${tc70}/meetings`, info);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.meetings);
    await page.getByRole('link', { name: `Working group on hemp (${run})` }).click();
    await expect(page.locator('main')).toContainText(w.starts);
    await expect(page.locator('ol.agenda').first()).toContainText(w.item);
    await page.locator('.registration-form').getByLabel(w.delegate).selectOption({ label: 'Mona Farouk (EOS)' });
    await page.getByRole('button', { name: w.register, exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(w.registered);
    await inLanguage(page, info, lang, 'meeting');
    const detail = await (await page.request.get(`/api/v1/meetings/${meetingId}`)).json();
    expect(detail.registrations.map((r: { name: string }) => r.name)).toEqual(['Mona Farouk']);
  });
}
