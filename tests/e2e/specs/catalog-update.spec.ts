// Issue 22: an assessment answered against the previous catalog (2026.11) opens with its
// answers and a list of what changed; a changed question is flagged until checked; a control
// question answered once with a clause question shows the same answer in both places; a note
// on an answer travels with it.
import { expect, test } from '@playwright/test';
import { App } from '../support/app';

/** A file written by the previous release: schema 7, catalog 2026.11. */
const PREVIOUS_CATALOG_FILE = JSON.stringify({
  format: 'aims-assess',
  schema_version: 7,
  catalog_version: '2026.11',
  exported_at: '2026-11-30T09:00:00.000Z',
  app_version: '0.1.0',
  assessment: {
    name: 'Answered with catalog 2026.11',
    items: {
      '4.1': { answers: { '4.1.q1': 'yes', '4.1.q2': 'partly' }, notes: '', evidence: '', owner: '' },
      // 4.2.q3 changed its meaning in 2026.12.
      '4.2': { answers: { '4.2.q3': 'yes' }, notes: '', evidence: '', owner: '' },
      // A.2.2.q1 is now answered under 5.2.q1; the two answers differ.
      '5.2': { answers: { '5.2.q1': 'partly' }, notes: '', evidence: '', owner: '' },
      'A.2.2': { answers: { 'A.2.2.q1': 'yes' }, notes: '', evidence: '', owner: '' },
    },
  },
});

test('an assessment from the previous catalog opens with its answers and a list of changes', async ({ page }) => {
  const app = new App(page);
  await app.openData();
  await app.chooseImport('previous-catalog.json', PREVIOUS_CATALOG_FILE);
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();

  await app.open('#/');
  const list = page.getByRole('region', { name: 'The questions changed since these answers were given' });
  await expect(list).toBeVisible();
  await expect(list).toContainText('catalog 2026.11');
  await expect(list.getByText('Answers to check (2)')).toBeVisible();
  await expect(list.getByRole('link', { name: /^4\.2\.q3 / })).toBeVisible();
  await expect(list.getByRole('link', { name: /^A\.2\.2\.q1 / })).toBeVisible();

  // Answers whose meaning is the same are kept as they were.
  await app.open('#/gap-analysis/4');
  const context = app.item('4.1');
  await expect(
    context.getByRole('radiogroup', { name: /part your company plays with AI/ }).getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  // The changed question keeps its answer, flagged until the user confirms it.
  const parties = app.item('4.2');
  const changed = parties.getByRole('radiogroup', { name: /requirements your AI management system will address/ });
  await expect(changed.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(parties).toContainText('This question changed since you answered it');
  await parties.getByRole('button', { name: 'Answer still right' }).click();
  await expect(parties).not.toContainText('This question changed since you answered it');

  // The merged pair: one answer (the clause question's), shown under the control too.
  await app.open('#/item/A.2.2');
  const policy = app.item('A.2.2');
  await expect(policy).toContainText('Answered once, under 5.2 AI policy');
  await expect(policy.getByRole('radiogroup').first().getByRole('radio', { name: 'Partly' })).toBeChecked();

  // Closing the list keeps the remaining flag on its question, and the choice survives a reload.
  await app.open('#/');
  await list.getByRole('button', { name: 'Close this list' }).click();
  await expect(list).toHaveCount(0);
  await app.reload();
  await expect(page.getByRole('region', { name: 'The questions changed since these answers were given' })).toHaveCount(0);
  await app.open('#/item/5.2');
  await expect(app.item('5.2')).toContainText('had \"Yes\"');
});

test('a note on a "Partly" answer is kept, exported and shown where the answer is shared', async ({ page }) => {
  const app = new App(page);
  await app.open('#/item/5.2');
  const policy = app.item('5.2');
  const approved = policy.getByRole('radiogroup').first();
  await expect(policy.getByLabel(/^Note on this answer/)).toHaveCount(0);
  await approved.getByRole('radio', { name: 'Partly' }).check();
  const note = policy.getByLabel('Note on this answer (5.2.q1)');
  await note.fill('Drafted; the board signs it');
  // Typing goes on without the field being redrawn under the cursor.
  await note.pressSequentially(' in January.');
  await expect(note).toBeFocused();
  await expect(note).toHaveValue('Drafted; the board signs it in January.');
  await expect(policy.getByText('Requirement', { exact: true }).first()).toBeVisible();
  await expect(policy).toContainText('Also asked under A.2.2 AI policy');

  await app.open('#/item/A.2.2');
  const control = app.item('A.2.2');
  await expect(control.getByRole('radiogroup').first().getByRole('radio', { name: 'Partly' })).toBeChecked();
  await expect(control.getByLabel('Note on this answer (A.2.2.q1)')).toHaveValue('Drafted; the board signs it in January.');

  await app.openData();
  const file = await app.download('Export JSON');
  const exported = JSON.parse(file.text);
  expect(exported.schema_version).toBe(10);
  expect(exported.assessment.items['5.2'].question_notes['5.2.q1']).toBe('Drafted; the board signs it in January.');
  expect(exported.assessment.items['A.2.2']).toBeUndefined();
});

test('7.5.1 lists the documents the standard asks to keep, with whether evidence is recorded', async ({ page }) => {
  const app = new App(page);
  await app.open('#/item/7.5.1');
  const list = page.getByRole('list', { name: 'Documents the standard asks you to keep' });
  const policy = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: '5.2 AI policy' }) });
  await expect(policy).toContainText('No evidence recorded yet');
  // The list does not point at 7.5.1 itself.
  await expect(list.getByRole('link', { name: /^7\.5\.1 / })).toHaveCount(0);
  await policy.getByRole('link', { name: '5.2 AI policy' }).click();
  await app.field('Evidence for 5.2').fill('AI policy v1.0, signed 2026-11-30 (SharePoint / AIMS / Policy)');
  await app.open('#/item/7.5.1');
  await expect(policy).toContainText('Evidence recorded');
});
