import { expect, Page, TestInfo } from '@playwright/test';

export const DEMO_PASSWORD = 'comity-demo-2026';

/** Every demo account with the name the header shows (README lists the same). */
export const DEMO_ACCOUNTS: [string, string][] = [
  ['admin@comity.example', 'Nadia Haddad'],
  ['arso.admin@comity.example', 'Joseph Mwangi'],
  ['manager@comity.example', 'Salma Bennani'],
  ['chair@comity.example', 'Youssef El Amrani'],
  ['convenor@comity.example', 'Grace Achieng'],
  ['officer.kebs@comity.example', 'Peter Otieno'],
  ['delegate.kebs@comity.example', 'Wanjiru Kamau'],
  ['officer.tse@comity.example', 'Ayşe Yılmaz'],
  ['observer@comity.example', 'Fatou Ndiaye'],
];

/** Errors the browser logged on each page (hydration mismatches, panics in the WASM). */
const browserErrors = new WeakMap<Page, string[]>();

function watchErrors(page: Page): string[] {
  let errors = browserErrors.get(page);
  if (!errors) {
    const list: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') list.push(m.text()); });
    page.on('pageerror', (e) => list.push(String(e)));
    browserErrors.set(page, list);
    errors = list;
  }
  return errors;
}

/** Opens a page; with JavaScript on, waits until the WASM has hydrated it, and fails if the
 * browser logged an error on the way (a hydration mismatch shows the wrong page). */
export async function open(page: Page, path: string, info: TestInfo) {
  const errors = watchErrors(page);
  errors.length = 0;
  await page.goto(path);
  if (info.project.name === 'js') {
    await expect(page.locator('body[data-hydrated="true"]')).toHaveCount(1, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    expect(errors, `browser errors on ${path}`).toEqual([]);
  }
}

/** Signs in through the form on /login. */
export async function signIn(page: Page, info: TestInfo, email: string, password = DEMO_PASSWORD) {
  await open(page, '/login', info);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
