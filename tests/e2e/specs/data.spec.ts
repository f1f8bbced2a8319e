// Issue 4: several assessments, JSON and CSV export and import with a preview, undo, and no
// way to lose work.
import { expect, test, type Page } from '@playwright/test';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'csv-parse/sync';
import { App } from '../support/app';

/** Fills an assessment with answers, notes and an SoA exclusion, and returns it as stored. */
async function fillSample(app: App): Promise<any> {
  await app.open('#/gap-analysis/4');
  await app.answer('4.1', 0, 'Yes');
  await app.answer('4.2', 0, 'Partly');
  await app.field('Notes for 4.1').fill('Context: ünïcode, "quotes", commas; and <tags>');
  await app.field('Owner of 4.1').fill('=HYPERLINK("http://example.com")');
  await app.open('#/soa');
  await app.decide('A.10.4', 'No');
  await app.justification('A.10.4').fill('We supply no AI system to customers.');
  await app.waitForStored(
    (document) => document.assessment.soa.controls['A.10.4']?.justification === 'We supply no AI system to customers.',
    'the sample reaches storage',
  );
  const key = await app.currentAssessmentKey();
  return JSON.parse((await app.storedText(key))!).assessment;
}

/** The list of assessments stored in this browser. */
function stored(page: Page) {
  return page.getByRole('list', { name: 'Stored in this browser' }).getByRole('listitem');
}

function preview(page: Page) {
  return page.getByRole('region', { name: /^Preview of/ });
}

test('export JSON, clear the browser, import it: the same assessment comes back', async ({ page }) => {
  const app = new App(page);
  const before = await fillSample(app);
  await app.openData();
  const file = await app.download('Export JSON');
  expect(file.name).toMatch(/\.json$/);
  const exported = JSON.parse(file.text);
  expect(exported.format).toBe('aims-assess');
  expect(exported.assessment).toEqual(before);

  // A clean browser: nothing stored, and a fresh start of the app.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await app.openData();
  await app.chooseImport(file.name, file.text);
  await expect(preview(page)).toContainText('A complete assessment');
  await expect(preview(page).getByRole('list', { name: 'Differences' }).getByRole('listitem')).toHaveText([
    '2 answers',
    "1 item's notes, evidence, owner or due date",
    '1 SoA decision',
  ]);
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
  await expect(preview(page)).toHaveCount(0);
  await app.waitForStored((document) => isDeepStrictEqual(document.assessment, before), 'the import is stored');

  await app.open('#/gap-analysis/4');
  await expect(app.field('Notes for 4.1')).toHaveValue('Context: ünïcode, "quotes", commas; and <tags>');
  await expect(app.question('4.2', 0).getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
});

test('a broken file is refused with the place of the problem, and nothing changes', async ({ page }) => {
  const app = new App(page);
  await fillSample(app);
  await app.openData();
  const file = await app.download('Export JSON');
  const storedBefore = await app.storedAssessments();

  const wrongValue = JSON.parse(file.text);
  wrongValue.assessment.items['4.1'].answers['4.1.q1'] = 'maybe';
  await app.chooseImport('wrong-value.json', JSON.stringify(wrongValue, null, 2));
  // In plain words: what is wrong, what is accepted, and where (issue 19).
  await expect(
    page.getByText(
      '"wrong-value.json" cannot be imported: at assessment.items["4.1"].answers["4.1.q1"]: "maybe" is not an answer; use yes, partly or no. Nothing has been changed.',
      { exact: true },
    ),
  ).toBeVisible();

  await app.chooseImport('broken.json', '{\n  "format": "aims-assess",\n  "schema_version": 3,\n  oops\n}');
  await expect(page.getByText(/"broken\.json" cannot be imported: .*line 4, column 3/)).toBeVisible();
  await expect(preview(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Replace current assessment' })).toHaveCount(0);
  expect(await app.storedAssessments()).toEqual(storedBefore);
});

test('an imported file with HTML and script in its texts shows them as plain text', async ({ page }) => {
  const app = new App(page);
  await fillSample(app);
  await app.openData();
  const file = JSON.parse((await app.download('Export JSON')).text);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  file.assessment.name = payload;
  file.assessment.items['4.1'].notes = payload;
  file.assessment.items['4.1'].owner = '<b onmouseover="window.__pwned=3">owner</b>';
  file.assessment.profile.organisation = payload;
  await app.chooseImport('payload.json', JSON.stringify(file));
  await expect(preview(page)).toContainText(payload);
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
  await expect(stored(page).getByText(payload, { exact: true })).toBeVisible();
  await app.open('#/gap-analysis/4');
  await expect(app.field('Notes for 4.1')).toHaveValue(payload);
  await app.open('#/soa');
  await expect(page.getByText(payload, { exact: true }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0);
});

test('several assessments: rename, create, duplicate, open, delete and undo the delete', async ({ page }) => {
  const app = new App(page);
  await app.saveFirstAnswer();
  const firstKey = await app.currentAssessmentKey();
  await app.openData();
  await app.field('Assessment name').fill('2026 baseline');
  await page.getByRole('button', { name: 'Rename assessment', exact: true }).click();
  await app.waitForStored((document) => document.assessment.name === '2026 baseline', 'the new name is stored');

  await page.getByRole('button', { name: 'Duplicate assessment', exact: true }).click();
  await expect(app.field('Assessment name')).toHaveValue('Copy of 2026 baseline');
  const copyKey = await app.currentAssessmentKey();
  expect(copyKey).not.toBe(firstKey);
  const copy = JSON.parse((await app.storedText(copyKey))!);
  expect(copy.assessment.items['4.1'].answers['4.1.q1']).toBe('yes');

  await page.getByRole('button', { name: 'New assessment', exact: true }).click();
  await expect(app.field('Assessment name')).toHaveValue('New assessment');
  await expect(stored(page)).toHaveCount(3);

  await page.getByRole('button', { name: 'Open 2026 baseline', exact: true }).click();
  await expect(app.field('Assessment name')).toHaveValue('2026 baseline');
  const baselineText = await app.storedText(firstKey);

  await page.getByRole('button', { name: 'Delete assessment', exact: true }).click();
  await expect(page.getByRole('status').getByText('Deleted "2026 baseline"')).toBeVisible();
  expect(await app.storedText(firstKey)).toBeNull();
  await expect(stored(page)).toHaveCount(2);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.field('Assessment name')).toHaveValue('2026 baseline');
  // The delete saved the latest version first, so only its time stamp may differ.
  expect(JSON.parse((await app.storedText(firstKey))!).assessment).toEqual(JSON.parse(baselineText!).assessment);
  await expect(stored(page)).toHaveCount(3);

  // The main page opens the assessment chosen on the Data page.
  await app.navLink('Gap analysis').click();
  await expect(app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
});

test('import as a new assessment keeps the open one, and undo removes the new one', async ({ page }) => {
  const app = new App(page);
  await fillSample(app);
  await app.openData();
  const file = JSON.parse((await app.download('Export JSON')).text);
  const originalKey = await app.currentAssessmentKey();
  const originalText = await app.storedText(originalKey);
  file.assessment.name = 'Reviewed by consultant';
  file.assessment.items['4.1'].answers['4.1.q1'] = 'no';
  await app.chooseImport('reviewed.json', JSON.stringify(file));
  await expect(preview(page).getByRole('list', { name: 'Differences' }).getByRole('listitem')).toHaveText(['1 answer']);
  await expect(preview(page)).toContainText('Items that would change: 4.1');
  await page.getByRole('button', { name: 'Import as new assessment', exact: true }).click();
  await expect(app.field('Assessment name')).toHaveValue('Reviewed by consultant');
  const newKey = await app.currentAssessmentKey();
  expect(newKey).not.toBe(originalKey);
  expect(await app.storedText(originalKey)).toBe(originalText);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(app.field('Assessment name')).not.toHaveValue('Reviewed by consultant');
  expect(await app.storedText(newKey)).toBeNull();
  expect(await app.currentAssessmentKey()).toBe(originalKey);
});

test('a file imported as new under the open assessment\'s name is named with the day of the import', async ({ page }) => {
  const app = new App(page);
  await fillSample(app);
  await app.openData();
  const name = await app.field('Assessment name').inputValue();
  const exported = await app.download('Export JSON');
  await app.chooseImport('returned.json', exported.text);
  await page.getByRole('button', { name: 'Import as new assessment', exact: true }).click();
  // The app names the day in the user's own time zone, as the page's clock gives it.
  const today = await page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  await expect(app.field('Assessment name')).toHaveValue(`${name} (imported ${today})`);
});

test('replacing by an import can be undone', async ({ page }) => {
  const app = new App(page);
  const before = await fillSample(app);
  await app.openData();
  const file = JSON.parse((await app.download('Export JSON')).text);
  file.assessment.items['4.1'].answers['4.1.q1'] = 'no';
  await app.chooseImport('changed.json', JSON.stringify(file));
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(preview(page)).toHaveCount(0);
  await app.chooseImport('changed.json', JSON.stringify(file));
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
  await app.waitForStored((document) => document.assessment.items['4.1'].answers['4.1.q1'] === 'no', 'replaced');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await app.waitForStored((document) => isDeepStrictEqual(document.assessment, before), 'restored');
});

test('two tabs editing the same assessment: neither edit is lost silently', async ({ page, context }) => {
  const first = new App(page);
  await first.saveFirstAnswer();
  const key = await first.currentAssessmentKey();
  const second = new App(await context.newPage());
  await second.open('#/gap-analysis/4');
  // Both tabs type at once, well inside the 400 ms autosave waits after an edit.
  const edits = [
    { app: first, item: '4.1', text: 'Edit from the first tab' },
    { app: second, item: '4.2', text: 'Edit from the second tab' },
  ];
  await Promise.all(edits.map(({ app, item, text }) => app.field(`Notes for ${item}`).fill(text)));
  const conflict = /changed in another tab or window/;
  const asks = (app: App) => app.page.getByRole('alert').filter({ hasText: conflict });
  const isStored = async (item: string, text: string) =>
    JSON.parse((await first.storedText(key))!).assessment.items[item]?.notes === text;
  // Each edit ends up stored, or its tab asks which version to keep; never is one dropped
  // with both tabs saying "Saved". Which happens depends on the order of the saves: the tab
  // that saves second finds the other's copy and asks; tabs that save at the same moment
  // both find a copy without their own change, and both ask (persistence::
  // copy_drops_changes_made_here); a tab that saves after taking the other's save in
  // stores both.
  await expect
    .poll(async () => {
      const settled = await Promise.all(edits.map(async ({ app, item, text }) => (await isStored(item, text)) || (await asks(app).count()) > 0));
      return settled.every(Boolean);
    }, { message: 'every edit is stored or its tab asks' })
    .toBe(true);
  const asking = [];
  for (const edit of edits) if ((await asks(edit.app).count()) > 0) asking.push(edit);
  if (asking.length === 0) {
    for (const { item, text } of edits) expect(await isStored(item, text)).toBe(true);
    return;
  }
  // A tab that asks keeps its version when told to.
  const { app, item, text } = asking[0];
  await expect(app.page.getByText('Not saved: changed in another tab')).toBeVisible();
  await app.page.getByRole('button', { name: "Keep this tab's version", exact: true }).click();
  await app.waitForStored((document) => document.assessment.items[item]?.notes === text, 'kept');
});

test('the answers CSV, edited in a spreadsheet, imports back', async ({ page }) => {
  const app = new App(page);
  await fillSample(app);
  await app.openData();
  const file = await app.download('Export CSV');
  expect(file.name).toMatch(/-answers-.*\.csv$/);
  expect(file.text.startsWith('\ufeff')).toBe(true);
  const rows: string[][] = parse(file.text, { bom: true });
  expect(rows[0]).toEqual([
    'Item ID', 'Item title', 'Question ID', 'Question', 'Kind', 'Answer', 'Answer note', 'Notes', 'Evidence', 'Owner', 'Due date',
  ]);
  const first = rows.find((row) => row[2] === '4.1.q1')!;
  expect(first[3].length).toBeGreaterThan(10); // the question wording
  expect(first[4]).toBe('Requirement');
  expect(first[5]).toBe('Yes');
  expect(first[9]).toBe(`'=HYPERLINK("http://example.com")`); // neutralised
  for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

  // A spreadsheet in a European locale saves with semicolons and CRLF.
  first[5] = 'No';
  first[6] = 'Not for our second product line yet.';
  const edited = rows
    .map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';'))
    .join('\r\n');
  await app.chooseImport('edited.csv', edited);
  await expect(preview(page)).toContainText('Answers from a CSV file');
  // The answer and the note on it: the note counts among the item's details.
  await expect(preview(page).getByRole('list', { name: 'Differences' }).getByRole('listitem')).toHaveText([
    '1 answer',
    "1 item's notes, evidence, owner or due date",
  ]);
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
  await app.waitForStored((document) => document.assessment.items['4.1'].answers['4.1.q1'] === 'no', 'the CSV edit is stored');
  const stored = JSON.parse((await app.storedText(await app.currentAssessmentKey()))!);
  expect(stored.assessment.items['4.1'].owner).toBe('=HYPERLINK("http://example.com")');
  expect(stored.assessment.items['4.1'].question_notes['4.1.q1']).toBe('Not for our second product line yet.');

  const broken = edited.replace('"No"', '"Nope"');
  await app.chooseImport('broken.csv', broken);
  await expect(page.getByText(/"broken\.csv" cannot be imported: line 2, column 6 \(Answer\)/)).toBeVisible();
});
