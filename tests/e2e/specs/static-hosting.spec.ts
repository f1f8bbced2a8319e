// Issue 2 (d): the release build works from a sub-path on a plain static file server, and a
// reload on a clause page lands on the same clause.
import { expect, test } from '@playwright/test';
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
