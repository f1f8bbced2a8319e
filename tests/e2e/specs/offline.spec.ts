// Issue 8 (3): after the first visit the app works offline, with every answer intact, and a
// new release takes over only when the user chooses to reload.
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SUBPATH_URL, UPDATE_ROOT, UPDATE_SUBPATH_ROOT, UPDATE_SUBPATH_URL, UPDATE_URL } from '../playwright.config';
import { expectAccessible } from '../support/accessibility';
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

for (const [where, base] of [
  ['the root', './'],
  ['/tools/aims/', SUBPATH_URL],
] as const) {
  test(`served from ${where}, after the first visit every section opens offline with the data intact`, async ({ page, context }) => {
    const app = new App(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${base}#/gap-analysis/4`);
    await app.ready();
    const cache = await waitForOfflineReady(page);
    expect(cache, 'the release is cached under its version').toMatch(/^aims-assess-[0-9a-f]{16}$/);
    // The worker cached only the app's own files, each at its place under the app.
    const cached = await page.evaluate(async (name) => {
      const keys = await (await caches.open(name)).keys();
      return keys.map((request) => new URL(request.url).pathname);
    }, cache);
    const prefix = new URL(base, page.url()).pathname;
    expect(cached.length).toBeGreaterThan(10);
    expect(cached.filter((path) => !path.startsWith(prefix))).toEqual([]);
    await app.answer('4.1', 0, 'Yes');
    await app.field('Notes for 4.1').fill('Written before going offline');
    await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Written before going offline', 'the note is saved');

    await context.setOffline(true);
    await app.reload();
    await expect(app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    await expect(app.field('Notes for 4.1')).toHaveValue('Written before going offline');
    // Still offline: other sections, and an old page's address, come from the cache too.
    for (const [address, heading] of [
      ['#/data', 'Data'],
      ['#/actions', 'Action plan'],
      ['#/report', /readiness report/],
      ['#/annex-a/A.5', /^A\.5 /],
      // An old page's address loads its forwarding page, also from the cache.
      ['risks.html', 'Risks'],
    ] as const) {
      await page.goto(`${base}${address}`);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
    // Answering offline is saved as always.
    await page.goto(`${base}#/gap-analysis/5`);
    await app.ready();
    await app.answer('5.1', 0, 'Partly');
    await app.waitForStored((d) => d.assessment.items['5.1'] !== undefined, 'the offline answer is saved');
    await context.setOffline(false);
    // Once installed, a later load does not try to install the worker again.
    requests.length = 0;
    await app.reload();
    expect(requests.filter((path) => path.endsWith('service-worker.js')).length).toBeLessThanOrEqual(1);
  });
}

/**
 * Presses Tab through every control of the page and lists those that ended up entirely under
 * the update banner (WCAG 2.4.11 asks that a focused control is never wholly hidden).
 */
async function hiddenUnderBanner(page: Page): Promise<{ checked: number; covered: string[] }> {
  const covered: string[] = [];
  let checked = 0;
  for (let step = 0; step < 1000; step++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement;
      const banner = document.getElementById('update-banner');
      if (!element || element === document.body || !banner) return 'none';
      // Tab moves through the parts of a date field (day, month, year) within one element.
      const seen: Element[] = ((window as unknown as { __tabbed?: Element[] }).__tabbed ??= []);
      if (seen.at(-1) === element) return 'same';
      // Stop once the focus comes round to a control already seen.
      if (seen.includes(element)) return 'round';
      seen.push(element);
      const box = element.getBoundingClientRect();
      const bar = banner.getBoundingClientRect();
      const wholly = box.top >= bar.top && box.bottom <= bar.bottom && box.left >= bar.left && box.right <= bar.right;
      if (banner.contains(element) || !wholly) return 'clear';
      return `${element.tagName}#${element.id} "${element.textContent?.trim().slice(0, 40)}"`;
    });
    if (focus === 'round') break;
    if (focus === 'none' || focus === 'same') continue;
    checked += 1;
    if (focus !== 'clear') covered.push(focus);
  }
  return { checked, covered };
}

for (const [where, base, files] of [
  ['the root', UPDATE_URL, UPDATE_ROOT],
  ['/tools/aims/', UPDATE_SUBPATH_URL, UPDATE_SUBPATH_ROOT],
] as const) {
  test(`served from ${where}, a new release waits until the user chooses Reload, then takes over`, async ({ page }, testInfo) => {
    const root = join(dirname(testInfo.config.configFile ?? '.'), files);
    const workerFile = join(root, 'service-worker.js');
    const original = await readFile(workerFile, 'utf8');
    const app = new App(page);
    try {
      await page.goto(`${base}#/gap-analysis/4`);
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

      // The banner passes the accessibility scan, at a phone's width too, and never hides the
      // control that has the keyboard focus (WCAG 2.4.11): Tab through the whole page.
      await expectAccessible(page);
      await page.setViewportSize({ width: 360, height: 640 });
      await expectAccessible(page);
      const hidden = await hiddenUnderBanner(page);
      expect(hidden.checked).toBeGreaterThan(20);
      expect(hidden.covered).toEqual([]);

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
}
