// Issue 20: nothing a user does can make their work unreadable or lose it. Unreadable stored
// data stays reachable until the user deletes it; tabs opened on a fresh browser converge on
// one assessment; a save that failed for lack of space is kept from being lost on leaving and
// is saved once there is room; a tab whose assessment another tab removed says so; AI systems
// with IDs of any form have a page.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App, STORAGE_PREFIX } from '../support/app';

test('unreadable stored data is offered on every start until it is deleted, and the delete can be undone', async ({ page }) => {
  const app = new App(page);
  const key = await app.saveFirstAnswer();
  const id = key.slice(`${STORAGE_PREFIX}assessment/`.length);
  const corrupt = '{"format": "aims-assess", "schema_version": 6, "assessment": {"items": [oops';
  await app.putStored(key, corrupt);

  await app.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // A new start repeats it: the data is still there and still needs the user's decision.
  await app.reload();
  const again = page.getByRole('alert').filter({ hasText: `stored as ${id}` });
  await expect(again).toContainText('cannot be read');
  await expect(again.getByRole('button', { name: 'Download the unreadable data' })).toBeVisible();

  // The Data page lists it with a download and a delete, not an "Open" that fails.
  await app.openData();
  const list = page.getByRole('list', { name: 'Stored in this browser' });
  await expect(list).toContainText('Cannot be read');
  const downloadButton = list.getByRole('button', { name: /^Download / });
  const downloadPromise = page.waitForEvent('download');
  await downloadButton.click();
  expect(await readFile(await (await downloadPromise).path(), 'utf8')).toBe(corrupt);

  await list.getByRole('button', { name: /^Delete / }).click();
  expect(await app.storedText(key)).toBeNull();
  await page.getByRole('region', { name: 'Your assessments' }).getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await app.storedText(key)).toBe(corrupt);
  await expect(list).toContainText('Cannot be read');

  await list.getByRole('button', { name: /^Delete / }).click();
  expect(await app.storedText(key)).toBeNull();
  await app.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be read' })).toHaveCount(0);
});

test('two tabs opened on a fresh browser work on one assessment, and nothing typed is lost', async ({ context }) => {
  const first = new App(await context.newPage());
  const second = new App(await context.newPage());
  // Both open before anything is saved.
  await first.open('#/gap-analysis/4');
  await second.open('#/gap-analysis/4');
  expect(await first.currentAssessmentKey()).toBe(await second.currentAssessmentKey());

  await first.field('Notes for 4.1').fill('Typed in the first tab');
  await first.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Typed in the first tab', 'first save');
  // The second tab, without edits of its own, takes the stored copy and says so.
  await expect(second.page.getByRole('status').filter({ hasText: 'updated with changes made in another tab' })).toBeVisible();
  await expect(second.field('Notes for 4.1')).toHaveValue('Typed in the first tab');
  await second.field('Notes for 4.2').fill('Typed in the second tab');
  await second.waitForStored((d) => d.assessment.items['4.2']?.notes === 'Typed in the second tab', 'second save');

  await first.reload();
  await expect(first.field('Notes for 4.1')).toHaveValue('Typed in the first tab');
  await expect(first.field('Notes for 4.2')).toHaveValue('Typed in the second tab');
  expect(Object.keys(await first.storedAssessments())).toHaveLength(1);
});

// Regression: two tabs that saved at the same moment each took the other's copy in, and the
// change of the tab whose save came first was lost with both tabs saying "Saved".
test("a copy another tab saves without this tab's saved change is not taken in: the tab asks and keeps its change", async ({ page, context }) => {
  const first = new App(page);
  const key = await first.saveFirstAnswer();
  const before = (await first.storedText(key))!;
  await first.field('Notes for 4.1').fill('Saved in this tab');
  await first.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Saved in this tab', 'the note is saved');

  // Another tab that never saw that save stores its own change, made on the copy before it.
  const racing = JSON.parse(before);
  racing.assessment.items['4.1'].evidence = 'Recorded in another tab';
  const other = new App(await context.newPage());
  await other.open('#/data');
  await other.putStored(key, JSON.stringify(racing));

  const conflict = page.getByRole('alert').filter({ hasText: 'at the same moment as this tab saved' });
  await expect(conflict).toBeVisible();
  await expect(first.field('Notes for 4.1')).toHaveValue('Saved in this tab');
  await expect(page.getByRole('status').filter({ hasText: 'updated with changes made in another tab' })).toHaveCount(0);
  await conflict.getByRole('button', { name: "Keep this tab's version", exact: true }).click();
  await first.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Saved in this tab', "this tab's version is stored");
});

test('when storage is full, leaving asks first, and the change is saved once there is room', async ({ page }) => {
  const app = new App(page);
  const key = await app.saveFirstAnswer();
  await page.evaluate(() => {
    const realSetItem = Storage.prototype.setItem;
    (window as unknown as { restoreStorage: () => void }).restoreStorage = () => {
      Storage.prototype.setItem = realSetItem;
    };
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await app.field('Notes for 4.1').fill('Written while storage is full');
  await expect(page.getByText(/^Not saved: /)).toBeVisible();

  // Leaving now would lose the note: the browser asks first.
  const asked = page.waitForEvent('dialog');
  void page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();

  // Space is freed (here, the failing storage is given back): the note is saved without
  // another edit, and the page says so.
  await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'saved again' })).toBeVisible();
  expect(JSON.parse((await app.storedText(key))!).assessment.items['4.1'].notes).toBe('Written while storage is full');
});

test('a tab whose assessment another tab removed says so, and an edit does not leave it "Saving…"', async ({ page, context }) => {
  const app = new App(page);
  const key = await app.saveFirstAnswer();
  const other = await context.newPage();
  await other.goto('./#/data');
  await expect(other.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  await other.evaluate((k) => localStorage.removeItem(k), key);

  const removed = page.getByRole('alert').filter({ hasText: 'removed from storage by another tab' });
  await expect(removed).toBeVisible();
  // This tab had no unsaved changes, and the message does not claim it had.
  await expect(removed).not.toContainText('unsaved changes');
  await app.field('Notes for 4.1').fill('Still typing here');
  await expect(page.getByText('Not saved: changed in another tab')).toBeVisible();
  await expect(page.getByText('Saving…')).toHaveCount(0);
  await removed.getByRole('button', { name: "Keep this tab's version", exact: true }).click();
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Still typing here', 'stored again');
});

test('AI systems whose IDs have spaces, slashes or accents have their pages', async ({ page }) => {
  const app = new App(page);
  await app.open('#/ai-systems');
  await app.field('Name of the new AI system').fill('CV screener');
  await page.getByRole('button', { name: 'Add AI system' }).click();
  await app.openData();
  const exported = JSON.parse((await app.download('Export JSON')).text);
  for (const id of ['HR bot', 'S/1', 'Bot-é']) {
    exported.assessment.systems[0].id = id;
    await app.chooseImport('odd-ids.json', JSON.stringify(exported));
    await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
    await app.open('#/ai-systems');
    await page.getByRole('link', { name: 'Edit CV screener' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CV screener');
    await page.getByRole('link', { name: 'Go to the impact assessment' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Impact assessment: CV screener');
    await app.openData();
  }
});

test('a file that is not all UTF-8 is read with a warning naming where', async ({ page }) => {
  const app = new App(page);
  await app.saveFirstAnswer();
  await app.field('Notes for 4.1').fill('Cafe');
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Cafe', 'the note is saved');
  await app.openData();
  const exported = (await app.download('Export JSON')).text;
  // "Café" as a Latin-1 editor would save it: é is the single byte 0xE9.
  const at = exported.indexOf('"Cafe"');
  const bytes = Buffer.concat([
    Buffer.from(exported.slice(0, at + 4), 'utf8'),
    Buffer.from([0xe9]),
    Buffer.from(exported.slice(at + 5), 'utf8'),
  ]);
  const lines = exported.slice(0, at).split('\n');
  const place = `line ${lines.length}, column ${lines.at(-1)!.length + 5}`;
  await app.chooseImport('latin1.json', bytes);
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview).toContainText(`${place}: the file is not all UTF-8 text`);
});

test('a text stops at 100,000 characters where it is typed, and what the app saved always loads again', async ({ page }) => {
  const app = new App(page);
  await app.saveFirstAnswer();
  // Pasting 100,001 characters into a note: the field keeps 100,000.
  await app.field('Notes for 4.1').fill('x'.repeat(100_001));
  await expect(app.field('Notes for 4.1')).toHaveJSProperty('value.length', 100_000);
  await expect(app.item('4.1').getByRole('status').filter({ hasText: 'at most 100,000 characters' })).toBeVisible();
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes.length === 100_000, 'the note is saved');
  // A field of the organisation profile says so as well.
  await app.open('#/organisation');
  await app.field('Organisation name').fill('y'.repeat(100_001));
  await expect(page.getByRole('status').filter({ hasText: 'at most 100,000 characters' })).toBeVisible();
  await app.waitForStored((d) => d.assessment.profile.organisation.length === 100_000, 'the name is saved');

  // Everything the app saved loads again, with nothing refused.
  await app.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  await app.open('#/gap-analysis/4');
  await expect(app.field('Notes for 4.1')).toHaveJSProperty('value.length', 100_000);

  // A file with a longer text (from elsewhere) is read with a warning naming the place, and
  // once stored it loads again with the same warning rather than being refused.
  await app.openData();
  const exported = JSON.parse((await app.download('Export JSON')).text);
  exported.assessment.items['4.1'].notes = 'z'.repeat(100_001);
  await app.chooseImport('long-note.json', JSON.stringify(exported));
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview).toContainText('assessment.items["4.1"].notes');
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes.length === 100_001, 'the import is saved');
  await app.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '100,001 characters long' })).toBeVisible();
});
