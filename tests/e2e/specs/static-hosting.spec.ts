// Issue 2 (d) and issue 8 (4): the release build works from a sub-path and from the root of a
// plain static file server (no rewrite rules), and a reload on any page's address lands on
// the same screen.
import { expect, test, type Page } from '@playwright/test';
import { SUBPATH_URL } from '../playwright.config';
import { App } from '../support/app';

test('served from /tools/aims/, a clause page survives a reload', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  const app = new App(page);
  await page.goto(`${SUBPATH_URL}#/gap-analysis/7`);
  await app.ready();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clause 7: Support');
  await app.answer('7.1', 0, 'Yes');

  await page.getByRole('link', { name: /^Clause 8: / }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clause 8: Operation');
  expect(page.url()).toBe(`${SUBPATH_URL}#/gap-analysis/8`);

  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clause 8: Operation');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clause 7: Support');
  await expect(app.question('7.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  expect(failed, 'every file loads from the sub-path').toEqual([]);
});

/** One address of every page and of the screens behind a hash route. */
const ADDRESSES = [
  '',
  'index.html#/gap-analysis/6',
  'index.html#/annex-a/A.6',
  'plan.html#/soa',
  'plan.html#/organisation',
  'plan.html#/risks/criteria',
  'data.html',
  'systems.html',
  'systems.html#/impact',
  'risks.html',
  'actions.html#/actions',
  'actions.html#/checks',
  'report.html',
  'compare.html',
];

/** Loads an address, reloads it, and checks that the same screen came back with every file. */
async function survivesReload(page: Page, base: string, address: string): Promise<void> {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(base + address);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  const title = await heading.innerText();
  expect(title, address).not.toBe('Page not found');
  await page.reload();
  await expect(heading, address).toHaveText(title);
  expect(page.url()).toBe(new URL(address, base).href);
  expect(failed, `every file of ${address || 'the start page'} loads`).toEqual([]);
}

for (const [where, base] of [
  ['the root', '/'],
  ['/tools/aims/', SUBPATH_URL],
] as const) {
  test(`served from ${where}, every page's address survives a reload`, async ({ page, baseURL }) => {
    const root = new URL(base, baseURL).href;
    for (const address of ADDRESSES) await survivesReload(page, root, address);
  });
}
