// Issue 2 (d), issue 8 (4) and issue 19 (1): the release build works from a sub-path and from
// the root of a plain static file server (no rewrite rules), a reload on any section's address
// lands on the same screen, and the addresses of the old separate pages still work.
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

/** One address of every section and of the screens behind a hash route. */
const ADDRESSES = [
  '',
  '#/gap-analysis/6',
  '#/annex-a/A.6',
  '#/soa',
  '#/organisation',
  '#/risks/criteria',
  '#/data',
  '#/ai-systems',
  '#/impact',
  '#/risks',
  '#/actions',
  '#/checks',
  '#/report',
  '#/compare',
];

/**
 * Addresses from when each section was a page of its own, and where each must land: small
 * forwarding pages (no Wasm) keep the hash, or open the section the old page opened on.
 */
const OLD_ADDRESSES: [string, string, string | RegExp][] = [
  ['data.html', 'index.html#/data', 'Data'],
  ['systems.html', 'index.html#/ai-systems', 'AI systems'],
  ['systems.html#/impact', 'index.html#/impact', 'Impact assessments'],
  ['risks.html', 'index.html#/risks', 'Risks'],
  ['plan.html', 'index.html#/risks/print', 'AI risk treatment plan'],
  ['plan.html#/soa/A.6.2.4', 'index.html#/soa/A.6.2.4', 'Statement of Applicability'],
  ['plan.html#/organisation', 'index.html#/organisation', 'Your organisation'],
  ['actions.html', 'index.html#/actions', 'Action plan'],
  ['actions.html#/checks', 'index.html#/checks', 'Consistency check and readiness'],
  ['report.html', 'index.html#/report', /readiness report/],
  ['compare.html', 'index.html#/compare', 'Compare with a baseline'],
  ['index.html#/soa', 'index.html#/soa', 'Statement of Applicability'],
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

for (const [where, base] of [
  ['the root', '/'],
  ['/tools/aims/', SUBPATH_URL],
] as const) {
  test(`served from ${where}, old page addresses forward to the same section of the one page`, async ({ page, baseURL }) => {
    const root = new URL(base, baseURL).href;
    const wasm: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
    });
    for (const [old, target, heading] of OLD_ADDRESSES) {
      wasm.length = 0;
      await page.goto(root + old);
      await expect(page, old).toHaveURL(root + target);
      await expect(page.getByRole('heading', { level: 1 }), old).toHaveText(heading);
      expect(wasm.length, `${old} loads the one Wasm module once`).toBeLessThanOrEqual(1);
    }
  });
}

test('a forwarding page loads no Wasm and names its target for readers without JavaScript', async ({ request }) => {
  const html = await (await request.get('/risks.html')).text();
  expect(html).not.toContain('.wasm');
  expect(html).toContain('url=index.html#/risks');
  expect(html).toContain('href="index.html#/risks"');
});
