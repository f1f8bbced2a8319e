// Issue 8 (3): after the first visit the app works offline, with every answer intact, and a
// new release takes over only when the user chooses to reload.
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UPDATE_ROOT, UPDATE_URL } from '../playwright.config';
import { App } from '../support/app';

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page and has cached the release. */
async function waitForOfflineReady(page: Page): Promise<string> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
    timeout: 30_000,
  });
  return page.evaluate(async () => {
    const keys = await caches.keys();
    return keys.find((key) => key.startsWith('aims-assess-')) ?? '';
  });
}

test('after the first visit every page opens offline with the data intact', async ({ page, context }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  const cache = await waitForOfflineReady(page);
  expect(cache, 'the release is cached under its version').toMatch(/^aims-assess-[0-9a-f]{16}$/);
  await app.answer('4.1', 0, 'Yes');
  await app.field('Notes for 4.1').fill('Written before going offline');
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Written before going offline', 'the note is saved');

  await context.setOffline(true);
  await app.reload();
  await expect(app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(app.field('Notes for 4.1')).toHaveValue('Written before going offline');
  // Still offline: other pages, and pages never opened before, come from the cache too.
  for (const [address, heading] of [
    ['./data.html', 'Data'],
    ['./actions.html', 'Action plan'],
    ['./report.html', /readiness report/],
    ['./index.html#/annex-a/A.5', /^A\.5 /],
  ] as const) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  // Answering offline is saved as always.
  await app.open('#/gap-analysis/5');
  await app.answer('5.1', 0, 'Partly');
  await app.waitForStored((d) => d.assessment.items['5.1'] !== undefined, 'the offline answer is saved');
  await context.setOffline(false);
});

test('a new release waits until the user chooses Reload, then takes over', async ({ page }, testInfo) => {
  const root = join(dirname(testInfo.config.configFile ?? '.'), UPDATE_ROOT);
  const workerFile = join(root, 'service-worker.js');
  const original = await readFile(workerFile, 'utf8');
  const app = new App(page);
  try {
    await page.goto(`${UPDATE_URL}#/gap-analysis/4`);
    await app.ready();
    const first = await waitForOfflineReady(page);
    await app.answer('4.1', 0, 'Yes');
    await app.waitForStored((d) => d.assessment.items['4.1'] !== undefined, 'the answer is saved');

    // The host now serves a new release: another version of the worker.
    const next = original.replace(/const VERSION = '([0-9a-f]+)';/, "const VERSION = '$1next';");
    expect(next).not.toBe(original);
    await writeFile(workerFile, next);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const banner = page.getByRole('status').filter({ hasText: 'A new version of AIMS Assess is ready.' });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // Until the user chooses, the old version stays in charge.
    expect(await page.evaluate(() => caches.keys())).toContain(first);

    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(
      (expected) => caches.keys().then((keys) => keys.includes(expected) && keys.length === 1),
      `${first}next`,
      { timeout: 30_000 },
    );
    await app.ready();
    await expect(banner).toHaveCount(0);
    await expect(app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  } finally {
    await writeFile(workerFile, original);
  }
});
