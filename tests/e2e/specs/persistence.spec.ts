// Issue 2 (b) and (c): answers and fields survive a reload; stored data that cannot be read is
// left untouched, reported, and offered for download; a full or missing storage is reported
// while the app keeps working.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App } from '../support/app';

test('answers, notes, evidence, owner and due date survive a reload', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/5');
  await app.answer('5.1', 0, 'Yes');
  await app.answer('5.1', 1, 'Partly');
  await app.answer('5.2', 0, 'No');
  await app.field('Notes for 5.1').fill('Board minutes from March mention the AI policy.');
  await app.field('Evidence for 5.1').fill('Minutes 2026-03\nPolicy v2 on the intranet');
  await app.field('Owner of 5.1').fill('Chief Operating Officer');
  await app.field('Due date for 5.1').fill('2027-01-31');
  await app.waitForStored(
    (document) => document.assessment.items['5.1']?.due_date === '2027-01-31',
    'the due date reaches storage',
  );
  const statusBefore = await app.statusBadge('5.1').innerText();

  await app.reload();
  await expect(app.question('5.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(app.question('5.1', 1).getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(app.question('5.2', 0).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(app.field('Notes for 5.1')).toHaveValue('Board minutes from March mention the AI policy.');
  await expect(app.field('Evidence for 5.1')).toHaveValue('Minutes 2026-03\nPolicy v2 on the intranet');
  await expect(app.field('Owner of 5.1')).toHaveValue('Chief Operating Officer');
  await expect(app.field('Due date for 5.1')).toHaveValue('2027-01-31');
  await expect(app.statusBadge('5.1')).toHaveText(statusBefore);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
});

test('typing right before closing is not lost (saved when the page is hidden)', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/7');
  await app.field('Notes for 7.2').fill('Typed just before reload');
  // No waiting for the debounced save: the page-hide handler must write it.
  await app.reload();
  await expect(app.field('Notes for 7.2')).toHaveValue('Typed just before reload');
});

test('unreadable stored data is left untouched, reported, and offered for download', async ({ page }) => {
  const app = new App(page);
  const key = await app.saveFirstAnswer();
  const corrupt = '{"format": "aims-assess", "schema_version": 1, "assessment": {"items": [oops';
  await app.putStored(key, corrupt);

  await app.reload();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not be read');
  await expect(alert).toContainText('kept exactly as it was');
  expect(await app.storedText(key)).toBe(corrupt);

  // The app works on a fresh assessment under another key...
  const newKey = await app.currentAssessmentKey();
  expect(newKey).not.toBe(key);
  await expect(app.statusBadge('4.1')).toHaveText('Not assessed');
  await app.answer('4.2', 0, 'Partly');
  await app.waitForStored((document) => document.assessment.items['4.2'] !== undefined, 'new save');
  // ...and the unreadable data is still exactly as it was.
  expect(await app.storedText(key)).toBe(corrupt);

  // The raw text can be downloaded as it is.
  const downloadPromise = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the unreadable data' }).click();
  const download = await downloadPromise;
  expect(await readFile(await download.path(), 'utf8')).toBe(corrupt);
});

test('data from a newer version of the app is not overwritten', async ({ page }) => {
  const app = new App(page);
  await app.open();
  const key = await app.currentAssessmentKey();
  const future = JSON.stringify({ format: 'aims-assess', schema_version: 99, assessment: {} });
  await app.putStored(key, future);
  await app.reload();
  await expect(page.getByRole('alert')).toContainText('newer version of AIMS Assess');
  expect(await app.storedText(key)).toBe(future);
});

test('when storage is full the user is told, the old copy stays, and the app keeps working', async ({ page }) => {
  const app = new App(page);
  const key = await app.saveFirstAnswer();
  const before = await app.storedText(key);

  // From now on every write fails as a full storage does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.answer('4.1', 1, 'No');
  await expect(page.getByRole('alert')).toContainText('could not be saved');
  await expect(page.getByText(/^Not saved: /)).toBeVisible();
  expect(await app.storedText(key)).toBe(before);
  // The answer is still there in the page.
  await expect(app.question('4.1', 1).getByRole('radio', { name: 'No', exact: true })).toBeChecked();
});

test('without any storage the app works in memory and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await expect(page.getByRole('alert')).toContainText('cannot be saved in this browser');
  await app.answer('4.1', 0, 'Yes');
  await expect(app.statusBadge('4.1')).not.toHaveText('Not assessed');
});

test('text that looks like HTML is shown as text and never run', async ({ page }) => {
  const app = new App(page);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  await app.open('#/gap-analysis/4');
  await app.field('Notes for 4.1').fill(payload);
  await app.reload();
  await expect(app.field('Notes for 4.1')).toHaveValue(payload);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('main img').count()).toBe(0);
});
