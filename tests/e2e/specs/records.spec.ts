// The records of the management system: registers with add, edit, delete and Undo, CSV, the
// document fingerprint against sha256sum, objectives with measurements and their findings,
// review decisions in the action plan, templates and the road to certification.
import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from '../support/app';

/** Adds an entry on a register page and waits for its own page. */
async function addEntry(page: Page, register: string, nameLabel: string, name: string, button: string) {
  await page.goto(`./#/records/${register}`);
  await page.getByLabel(nameLabel, { exact: true }).fill(name);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
}

test('a document: serves an item, covers it in the list of required documents, is deleted and brought back with Undo', async ({ page }) => {
  const app = new App(page);
  await app.open('#/records');
  await page.getByRole('link', { name: 'Documented information', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documented information');
  const required = page.getByRole('region', { name: 'Documents the standard asks for' });
  await expect(required.getByRole('row', { name: /^5\.2 / })).toContainText('Not recorded');

  await page.getByLabel('Title of the new document', { exact: true }).fill('AI policy');
  await page.getByRole('button', { name: 'Add document', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DOC1 AI policy');
  await page.getByLabel('Add to Serves').selectOption('5.2');
  await page.getByRole('button', { name: 'Add to Serves', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Serves' })).toContainText('5.2 AI policy');
  await app.field('Approved by').fill('Managing director');
  await app.field('Approved on').fill('2026-11-02');
  await app.field('Next review').fill('2027-11-01');

  await page.getByRole('link', { name: 'Documented information', exact: true }).click();
  await expect(required.getByRole('row', { name: /^5\.2 / })).toContainText('Recorded in DOC1');
  await page.getByRole('button', { name: 'Delete DOC1 AI policy', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'DOC1 "AI policy" was deleted.' })).toBeVisible();
  await expect(required.getByRole('row', { name: /^5\.2 / })).toContainText('Not recorded');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('link', { name: 'AI policy', exact: true })).toBeVisible();
  await expect(required.getByRole('row', { name: /^5\.2 / })).toContainText('Recorded in DOC1');

  // Every change was stored: after a reload the entry is still there with its fields.
  await app.reload();
  await page.goto('./#/records/documents/DOC1');
  await expect(app.field('Approved by')).toHaveValue('Managing director');
  await expect(app.field('Next review')).toHaveValue('2027-11-01');
});

test("a file's fingerprint is the one sha256sum prints, and a changed file is told apart", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await addEntry(page, 'documents', 'Title of the new document', 'AI policy', 'Add document');
  const folder = mkdtempSync(join(tmpdir(), 'aims-fingerprint-'));
  const path = join(folder, 'ai-policy.pdf');
  writeFileSync(path, Buffer.from('%PDF-1.7\nAI policy, version 1.2\n\u00e9\u0000\u00ff'.repeat(500), 'latin1'));
  const expected = execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0];
  expect(expected).toMatch(/^[0-9a-f]{64}$/);

  await page.getByLabel('Take the fingerprint of a file').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Fingerprint of ai-policy.pdf recorded. The file itself was not kept.' })).toBeVisible();
  await expect(app.field('SHA-256 fingerprint')).toHaveValue(expected);
  await expect(app.field('Fingerprint taken of')).toHaveValue('ai-policy.pdf');

  await page.getByLabel('Check a file against the recorded fingerprint').setInputFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'ai-policy.pdf matches the fingerprint recorded for DOC1' })).toBeVisible();
  await page
    .getByLabel('Check a file against the recorded fingerprint')
    .setInputFiles({ name: 'ai-policy-v2.pdf', mimeType: 'application/pdf', buffer: Buffer.from('a different version') });
  await expect(page.getByRole('alert').filter({ hasText: 'ai-policy-v2.pdf does not match the fingerprint recorded for DOC1' })).toBeVisible();
});

test('an objective with measurements: a bad value is refused in plain words, an off-target one is a finding, both CSVs carry them', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await addEntry(page, 'objectives', 'The new objective', 'Screening decisions reviewed by a person', 'Add objective');
  await app.field('Target').fill('95');
  await app.field('Target').press('Tab');
  await app.field('Target is met when the value is').selectOption('at-least');
  await app.field('How often').selectOption('quarterly');
  await app.field('Unit').fill('%');
  await app.field('Owner').fill('Head of HR');

  await app.field('Date of the measurement').fill('2026-10-01');
  await app.field('Value').fill('lots');
  await page.getByRole('button', { name: 'Add measurement', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Value of the measurement: "lots" is not a number' })).toBeVisible();
  await expect(page.getByRole('table')).not.toContainText('2026-10-01');

  await app.field('Value').fill('88.5');
  await app.field('Comment').fill('Q3 sample of 40 decisions');
  await page.getByRole('button', { name: 'Add measurement', exact: true }).click();
  await expect(page.getByRole('row', { name: /2026-10-01/ })).toContainText('88.5');
  await expect(page.getByRole('img', { name: /latest is 88\.5 % on 2026-10-01; the target is 95 %/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What the consistency check says' })).toContainText('misses the target');

  await page.getByRole('link', { name: 'AI objectives and measures', exact: true }).click();
  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await page.getByRole('button', { name: 'Export AI objectives and measures as CSV', exact: true }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const [first, second] = downloads;
  const { readFile } = await import('node:fs/promises');
  const register = await readFile(await first.path(), 'utf8');
  const measurements = await readFile(await second.path(), 'utf8');
  expect(first.suggestedFilename()).toMatch(/-objectives-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(register.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toContain('ID,Objective,How it is measured,Target');
  expect(register).toContain('OBJ1,Screening decisions reviewed by a person');
  expect(measurements).toContain('OBJ1,Screening decisions reviewed by a person,2026-10-01,88.5,Q3 sample of 40 decisions');
});

test('the decisions of a held management review become actions in the action plan', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await addEntry(page, 'reviews', 'Name of the new review', 'Management review Q4 2026', 'Add review');
  await app.field('Held on').fill('2026-11-20');
  await page.getByRole('checkbox', { name: 'Results of audits' }).check();
  await app.field('Decisions').fill('Retrain the screening model on 2026 data\nAdd a second reviewer for rejected candidates');
  await app.field('Decisions').press('Tab');
  await expect(page.getByRole('region', { name: 'What the consistency check says' })).toContainText('Changes in external and internal issues');
  await page.goto('./#/actions');
  await expect(page.getByText('Retrain the screening model on 2026 data').first()).toBeVisible();
  await expect(page.getByText('Add a second reviewer for rejected candidates').first()).toBeVisible();
});

test('the road to certification warns when stage 1 comes before any internal audit or review', async ({ page }) => {
  const app = new App(page);
  await app.open('#/certification');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Road to certification');
  await app.field('Target date of stage 1').fill('2027-03-01');
  await app.field('Target date of stage 2').fill('2027-02-01');
  const warnings = page.getByRole('region', { name: 'What stands in the way' });
  await expect(warnings).toContainText('No internal audit is held or planned by the stage 1 target (2027-03-01)');
  await expect(warnings).toContainText('No management review is held or planned by the stage 1 target (2027-03-01)');
  await expect(warnings).toContainText('is not after the stage 1 target');
  await expect(page.getByRole('list').filter({ hasText: 'Stage 1 audit' })).toContainText('Stage 2 audit');

  await addEntry(page, 'audits', 'Name of the new audit', 'Internal audit 2027', 'Add audit');
  await app.field('Planned for').fill('2027-01-15');
  await app.field('Planned for').press('Tab');
  await page.goto('./#/certification');
  await expect(warnings).not.toContainText('No internal audit');
  await expect(warnings).toContainText('No management review');
});

test('a template fills in what is recorded, keeps edits, downloads as Markdown and is recorded in the documents register', async ({ page }) => {
  const app = new App(page);
  await app.open('#/organisation');
  await app.field('Organisation name').fill('Hireright Recruiting Ltd');
  await page.goto('./#/templates');
  await page.getByRole('link', { name: 'AI policy', exact: true }).click();
  const text = app.field('Text of the template (Markdown)');
  await expect(text).toHaveValue(/Hireright Recruiting Ltd/);
  await expect(text).toHaveValue(/\[to be completed: /);
  await expect(page.getByText(/places still to complete/)).toBeVisible();

  await text.fill('# AI policy of Hireright\n\nOur own words.');
  await app.reload();
  await expect(app.field('Text of the template (Markdown)')).toHaveValue('# AI policy of Hireright\n\nOur own words.');
  const file = await app.download('Download as Markdown');
  expect(file.name).toMatch(/-ai-policy-\d{4}-\d{2}-\d{2}\.md$/);
  expect(file.text).toBe('# AI policy of Hireright\n\nOur own words.');

  await page.getByRole('button', { name: 'Start again from the generated text', exact: true }).click();
  await expect(app.field('Text of the template (Markdown)')).toHaveValue(/Hireright Recruiting Ltd/);
  await page.getByRole('button', { name: 'Record in the documents register', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DOC1 AI policy');
  await expect(page.getByRole('group', { name: 'Serves' })).toContainText('5.2 AI policy');
});

test('text from the user is shown as text, and an entry can be added with the keyboard alone', async ({ page }) => {
  const app = new App(page);
  await app.open('#/records/suppliers');
  await page.getByLabel('Name of the new supplier', { exact: true }).focus();
  await page.keyboard.type('<b>Model Co</b> & "Friends"');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SUP1 <b>Model Co</b> & "Friends"');
  expect(await page.locator('h1 b').count()).toBe(0);
  await page.goto('./#/records/suppliers');
  await expect(page.getByRole('link', { name: '<b>Model Co</b> & "Friends"', exact: true })).toBeVisible();
});

test("an incident's corrective action gets an owner and a due date in the action plan; a competence gap is a finding; an item lists its documents", async ({ page }) => {
  const app = new App(page);
  await app.open();
  await addEntry(page, 'incidents', 'What happened, in one line', 'Qualified candidates rejected by the screening model', 'Add incident or nonconformity');
  await app.field('Kind').selectOption('incident');
  await app.field('Status').selectOption('open');
  await app.field('Corrective action').fill('Retrain the model with a balanced data set and recheck the rejection rates');
  await app.field('Corrective action').press('Tab');
  await page.goto('./#/actions');
  const action = page.getByRole('table', { name: 'Actions' }).getByRole('row').filter({ hasText: 'Retrain the model with a balanced data set' });
  await expect(action).toBeVisible();
  await action.getByLabel(/^Owner of /).fill('Head of data science');
  await action.getByLabel(/^Due date for /).fill('2027-01-31');
  await app.reload();
  await page.goto('./#/actions');
  await expect(action.getByLabel(/^Owner of /)).toHaveValue('Head of data science');
  await expect(action.getByLabel(/^Due date for /)).toHaveValue('2027-01-31');

  await addEntry(page, 'competence', 'Name of the new role', 'Recruiter using the screening tool', 'Add role');
  await app.field('Competence').selectOption('gap');
  await expect(page.getByRole('region', { name: 'What the consistency check says' })).toContainText('Recruiter using the screening tool');

  await addEntry(page, 'documents', 'Title of the new document', 'Competence matrix', 'Add document');
  await page.getByLabel('Add to Serves').selectOption('7.2');
  await page.getByRole('button', { name: 'Add to Serves', exact: true }).click();
  await app.field('Version').fill('2.0');
  await app.field('Version').press('Tab');
  await page.goto('./#/item/7.2');
  await expect(app.item('7.2')).toContainText('DOC1 Competence matrix (version 2.0, not approved)');
});
