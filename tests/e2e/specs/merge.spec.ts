// Issue 25 §5: bring a consultant's file back without losing your own work. A JSON export is
// kept as the "last export"; merging a file tells, part by part, which side changed what since
// then, lets the user choose, changes nothing until "Merge N changes", and can be undone.
import { expect, test, type Page } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';
import { expectAccessible } from '../support/accessibility';
import { App } from '../support/app';

function mergePreview(page: Page) {
  return page.getByRole('region', { name: /^Merge "/ });
}

/** The radio group of one difference, named by its part. */
function difference(page: Page, name: string) {
  return mergePreview(page).getByRole('radiogroup', { name, exact: true });
}

/** Answers 4.1 and 4.2, exports the assessment and returns the file as exported. */
async function answerAndExport(app: App): Promise<{ name: string; json: any }> {
  await app.open('#/gap-analysis/4');
  await app.answer('4.1', 0, 'Yes');
  await app.answer('4.2', 0, 'Partly');
  await app.waitForStored(
    (document) => document.assessment.items['4.2']?.answers['4.2.q1'] === 'partly',
    'the answers reach storage',
  );
  await app.openData();
  const file = await app.download('Export JSON');
  return { name: file.name, json: JSON.parse(file.text) };
}

/** The consultant's copy: 4.1 and 4.2 answered differently, a review comment, exported later. */
function consultantsCopy(exported: any): string {
  const file = structuredClone(exported);
  file.assessment.items['4.1'].answers['4.1.q1'] = 'partly';
  file.assessment.items['4.2'].answers['4.2.q1'] = 'yes';
  file.assessment.review_comments = [{ id: 'C1', item: '4.2', author: 'Consultant', text: 'Name the sources.' }];
  file.assessment.next_comment_number = 2;
  file.exported_at = new Date(Date.parse(exported.exported_at) + 60_000).toISOString();
  return JSON.stringify(file, null, 2);
}

test('merge a file changed on both sides: sides, choices, merge and undo', async ({ page }) => {
  const app = new App(page);
  const exported = await answerAndExport(app);

  // Here, after the export: 4.1 changes.
  await app.open('#/gap-analysis/4');
  await app.answer('4.1', 0, 'No');
  await app.waitForStored(
    (document) => document.assessment.items['4.1']?.answers['4.1.q1'] === 'no',
    'the change here is stored',
  );
  const key = await app.currentAssessmentKey();
  const beforeMerge = JSON.parse((await app.storedText(key))!).assessment;

  await app.openData();
  await app.chooseImport('consultant.json', consultantsCopy(exported.json));
  await page.getByRole('button', { name: 'Merge into current assessment', exact: true }).click();
  const preview = mergePreview(page);
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('told against your last JSON export');
  await expect(preview).toContainText('3 parts differ');

  // 4.1 changed on both sides: a conflict, mine kept by default.
  const conflict = difference(page, 'Answer to 4.1.q1');
  await expect(conflict).toContainText('Changed on both sides');
  // The row also names what the question asks, once the wording is loaded.
  await expect(conflict.locator('.merge-question')).toHaveText(/\?$/);
  await expect(conflict.getByRole('definition')).toHaveText(['No', 'Partly']);
  await expect(conflict.getByRole('radio', { name: 'Keep mine', exact: true })).toBeChecked();
  // 4.2 changed in the file only: the file's taken by default.
  const theirs = difference(page, 'Answer to 4.2.q1');
  await expect(theirs).toContainText('Changed in the file');
  await expect(theirs.getByRole('definition')).toHaveText(['Partly', 'Yes']);
  await expect(theirs.getByRole('radio', { name: "Take the file's", exact: true })).toBeChecked();
  // The consultant's new review comment: taken.
  const comment = difference(page, 'Review comment C1');
  await expect(comment).toContainText('Changed in the file');
  await expect(comment.getByRole('radio', { name: "Take the file's", exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Merge 2 changes', exact: true })).toBeVisible();

  // Choices: all of one kind at once, then one by one with the keyboard.
  await preview.getByRole('button', { name: "Take all the file's answers", exact: true }).click();
  await expect(conflict.getByRole('radio', { name: "Take the file's", exact: true })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Merge 3 changes', exact: true })).toBeVisible();
  await preview.getByRole('button', { name: 'Keep all my answers', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Merge 1 change', exact: true })).toBeVisible();
  await theirs.getByRole('radio', { name: "Take the file's", exact: true }).focus();
  await page.keyboard.press('Space');
  await expect(theirs.getByRole('radio', { name: "Take the file's", exact: true })).toBeChecked();

  // Nothing has changed yet.
  expect(JSON.parse((await app.storedText(key))!).assessment).toEqual(beforeMerge);
  await page.getByRole('button', { name: 'Merge 2 changes', exact: true }).click();
  await expect(preview).toHaveCount(0);
  await app.waitForStored(
    (document) =>
      document.assessment.items['4.1'].answers['4.1.q1'] === 'no' &&
      document.assessment.items['4.2'].answers['4.2.q1'] === 'yes' &&
      document.assessment.review_comments?.[0]?.text === 'Name the sources.',
    'the merge keeps mine for 4.1 and takes the file for 4.2 and the comment',
  );
  await expect(page.getByText('Merged 2 changes from "consultant.json".', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await app.waitForStored(
    (document) => isDeepStrictEqual(document.assessment, beforeMerge),
    'Undo restores the assessment exactly as before the merge',
  );
});

test('without a kept export, which side changed cannot be told and mine is kept', async ({ page }) => {
  const app = new App(page);
  const exported = await answerAndExport(app);
  // A file exported by an older version, or in another browser: no last export is kept here.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const kept = keys.filter((key) => key.startsWith('aims-assess/v1/last-export/'));
  expect(kept, 'the export kept a copy').toHaveLength(1);
  await page.evaluate((key) => localStorage.removeItem(key), kept[0]);

  await app.chooseImport('consultant.json', consultantsCopy(exported.json));
  await page.getByRole('button', { name: 'Merge into current assessment', exact: true }).click();
  await expect(mergePreview(page)).toContainText("which side changed can't be told");
  const answer = difference(page, 'Answer to 4.2.q1');
  await expect(answer).toContainText("Which side changed can't be told");
  await expect(answer.getByRole('radio', { name: 'Keep mine', exact: true })).toBeChecked();
  // Review comments the file has are still taken by default.
  await expect(
    difference(page, 'Review comment C1').getByRole('radio', { name: "Take the file's", exact: true }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(mergePreview(page)).toHaveCount(0);
  await expect(page.getByText('Import cancelled. Nothing was changed.', { exact: true })).toBeVisible();
});

for (const width of [360, 1280]) {
  test(`the merge preview at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    const exported = await answerAndExport(app);
    await app.chooseImport('consultant.json', consultantsCopy(exported.json));
    await page.getByRole('button', { name: 'Merge into current assessment', exact: true }).click();
    await expect(mergePreview(page)).toBeVisible();
    // Focus lands on the preview's heading, so keyboard users start at what to decide.
    await expect(mergePreview(page).getByRole('heading', { level: 3 })).toBeFocused();
    await expectAccessible(page);
  });
}

test('when the copy of an export cannot be kept, the user is told and the assessment is untouched', async ({ page }) => {
  const app = new App(page);
  const key = await app.saveFirstAnswer();
  const before = await app.storedText(key);
  await page.evaluate(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name.startsWith('aims-assess/v1/last-export/')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realSetItem.call(this, name, value);
    };
  });
  await app.openData();
  await app.download('Export JSON');
  await expect(
    page.getByText(/A copy of this export could not be kept in this browser \(the browser's storage for this page is full\)/),
  ).toBeVisible();
  await expect(page.getByText(/Your assessment is not affected\./)).toBeVisible();
  expect(await app.storedText(key)).toBe(before);
});

test('when storage is full, the kept copies of exports give way to the assessment', async ({ page }) => {
  const app = new App(page);
  await answerAndExport(app);
  // Storage has room for the assessment only once the kept copy is gone.
  await page.evaluate(() => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      const copies = Object.keys(localStorage).filter((k) => k.startsWith('aims-assess/v1/last-export/'));
      if (name.includes('/assessment/') && copies.length > 0) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return realSetItem.call(this, name, value);
    };
  });
  await app.open('#/gap-analysis/4');
  await app.answer('4.1', 0, 'No');
  await app.waitForStored(
    (document) => document.assessment.items['4.1']?.answers['4.1.q1'] === 'no',
    'the change is saved once the kept copy made room',
  );
  await expect(page.getByText(/copies of your last exports kept for merging were removed/)).toBeVisible();
  const copies = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('aims-assess/v1/last-export/')),
  );
  expect(copies).toEqual([]);
});
