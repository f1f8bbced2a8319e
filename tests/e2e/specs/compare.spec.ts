// Issue 25 §4: a comparison that says what changed. Against a baseline file, the compare page
// names each changed answer by its question from what to what, each changed field of a risk,
// each AI system's impact level before and after, filters the items by part and direction,
// and exports every change as CSV.
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { App } from '../support/app';

/** The start of the wording of question 4.1.q1 (src/domain/catalog/clauses.json). */
const QUESTION_4_1_Q1 = 'Have you identified the part your company plays with AI';

/** Notes longer than the page shows whole: shortened there, whole in the CSV file. */
const LONG_NOTES =
  'Roles confirmed by the board in November after a workshop with product, legal and data teams; written down in the scope document, version 2, and shared with every team lead.';

/**
 * Two versions of one assessment, made from a real export so that they carry everything a
 * file needs: the baseline "Q3 review" of 2026-09-30 and the current "Q4 review".
 */
function versions(exported: string): { baseline: string; current: string } {
  const make = (name: string, answers: [string, string], owner: string, treatment: string, impact: object, notes: string) => {
    const document = JSON.parse(exported);
    document.exported_at = '2026-09-30T10:00:00.000Z';
    document.assessment.name = name;
    document.assessment.items = {
      '4.1': { answers: { '4.1.q1': answers[0] }, notes, evidence: '', owner: '' },
      '4.2': { answers: { '4.2.q1': answers[1] }, notes: '', evidence: '', owner: '' },
    };
    document.assessment.risks = [{ id: 'R1', title: 'Model drift', owner, treatment }];
    document.assessment.next_risk_number = 2;
    document.assessment.systems = [{ id: 'S1', name: 'Hiring assistant', impact }];
    document.assessment.next_system_number = 2;
    return JSON.stringify(document);
  };
  return {
    // 4.1.q1 Partly and 4.2.q1 Yes; the risk is Ana's and retained; no impact assessment yet.
    baseline: make('Q3 review', ['partly', 'yes'], 'Ana', 'retain', {}, 'First look'),
    // 4.1 got better (Partly to Yes), 4.2 worse (Yes to No); the risk moved to Ben and is
    // modified; the system is used for employment, which makes its level at least 3.
    current: make('Q4 review', ['yes', 'no'], 'Ben', 'modify', { annex_iii: 'employment' }, LONG_NOTES),
  };
}

test('the comparison names each change from what to what, filters it and exports it as CSV', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.answer('4.1', 0, 'Yes');
  await app.waitForStored((d) => d.assessment.items['4.1']?.answers?.['4.1.q1'] === 'yes', 'the answer is saved');
  await app.openData();
  const exported = await app.download('Export JSON');
  const { baseline, current } = versions(exported.text);
  await app.chooseImport('q4-review.json', current);
  await page.getByRole('button', { name: 'Import as new assessment', exact: true }).click();
  await app.waitForStored((d) => d.assessment.name === 'Q4 review', 'the current version is open');

  await page.goto('./#/compare');
  await page.getByLabel('Baseline file', { exact: true }).setInputFiles({
    name: 'q3-review.json',
    mimeType: 'application/json',
    buffer: Buffer.from(baseline, 'utf8'),
  });

  // Both assessments and the baseline's date are named.
  await expect(page.getByRole('heading', { level: 2, name: /^Changes since the file q3-review\.json/ })).toContainText(
    '“Q3 review”, saved 2026-09-30',
  );
  await expect(page.getByText(/^From the baseline “Q3 review” of 2026-09-30 to the open assessment “Q4 review”/)).toBeVisible();

  // The answer that changed, named by its question, from what to what.
  const items = page.getByRole('list', { name: 'Items that changed' });
  const answers41 = items.getByRole('list', { name: 'Answers changed in 4.1' });
  await expect(answers41.getByRole('listitem')).toHaveCount(1);
  await expect(answers41.getByRole('listitem')).toContainText(QUESTION_4_1_Q1);
  await expect(answers41.getByRole('listitem')).toContainText('Partly → Yes');
  // Same status, one point more: better by the app's own score.
  const card41 = items.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^4\.1 / }) });
  await expect(card41).toContainText('Improved: still Not implemented');
  const card42 = items.getByRole('listitem').filter({ has: page.getByRole('link', { name: /^4\.2 / }) });
  await expect(card42).toContainText('Worsened: Partially implemented → Not implemented');
  await expect(card42.getByRole('list', { name: 'Answers changed in 4.2' })).toContainText('Yes → No');

  // Long notes are shortened on the page, whole one click away.
  const details41 = items.getByRole('list', { name: 'Details changed in 4.1' });
  const notes = details41.getByRole('listitem').filter({ hasText: /^Notes:/ });
  await expect(notes).toContainText('First look → Roles confirmed by the board');
  await expect(notes).toContainText('…');
  await notes.getByText('Whole texts', { exact: true }).click();
  await expect(notes.getByText(LONG_NOTES, { exact: true })).toBeVisible();
  await expectAccessible(page);

  // A risk's changed fields, named, from what to what.
  const risk = page.getByRole('list', { name: 'Fields changed in R1' });
  await expect(risk.getByRole('listitem').filter({ hasText: /^Owner:/ })).toContainText('Ana → Ben');
  await expect(risk.getByRole('listitem').filter({ hasText: /^Treatment:/ })).toContainText('Retain (accept) → Modify (mitigate)');

  // The AI system's impact level before and after.
  const systems = page.getByRole('list', { name: 'AI systems changed' });
  await expect(systems.getByRole('listitem').filter({ hasText: 'S1 Hiring assistant' })).toContainText(
    'impact level Not assessed yet → Level 3 (high), provisional',
  );

  // Filters: only what got worse, then only what got better in clause 4.
  await expect(page.getByText('Showing all 2 changed items.')).toBeVisible();
  await page.getByLabel('Got better or worse', { exact: true }).selectOption({ label: 'Got worse' });
  await expect(page.getByText('Showing 1 of 2 changed items.')).toBeVisible();
  await expect(items.getByRole('link', { name: /^4\.2 / })).toBeVisible();
  await expect(items.getByRole('link', { name: /^4\.1 / })).toHaveCount(0);
  await page.getByLabel('Got better or worse', { exact: true }).selectOption({ label: 'Got better' });
  await page.getByLabel('Clause or Annex A area', { exact: true }).selectOption({ label: '4 Context of the organization' });
  await expect(items.getByRole('link', { name: /^4\.1 / })).toBeVisible();
  await expect(items.getByRole('link', { name: /^4\.2 / })).toHaveCount(0);
  await page.getByLabel('Clause or Annex A area', { exact: true }).selectOption({ label: 'A.2 Policies related to AI' });
  await expect(page.getByText('No changed item matches these filters.')).toBeVisible();

  // The CSV file: one row per change, whatever the filters show.
  const csv = await app.download('Export comparison CSV');
  expect(csv.name).toMatch(/^q4-review-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
  expect(lines[0]).toBe('Kind,ID,Title,Field,Question ID,Question,Before,After,Direction');
  const answerRow = lines.find((line) => line.includes(',Answer,4.1.q1,'));
  expect(answerRow).toContain(QUESTION_4_1_Q1);
  expect(answerRow).toMatch(/,Partly,Yes,Improved$/);
  expect(lines.find((line) => line.includes(',Answer,4.2.q1,'))).toMatch(/,Yes,No,Worsened$/);
  expect(lines.find((line) => line.includes(',Notes,'))).toContain(LONG_NOTES);
  expect(lines).toContain('Risk,R1,Model drift,Owner,,,Ana,Ben,');
  expect(lines).toContain('Risk,R1,Model drift,Treatment,,,Retain (accept),Modify (mitigate),');
  expect(lines).toContain('AI system,S1,Hiring assistant,Impact level,,,Not assessed yet,"Level 3 (high), provisional",');
});
