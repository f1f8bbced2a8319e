// Issue 7: from answers to decisions. The consistency check links to the place to fix each
// finding, the action plan follows the answers, the report prints to a PDF with every
// section, a baseline shows what changed, and reviewer comments travel in the JSON file.
import { expect, test } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { App } from '../support/app';

const REPORT_SECTIONS = [
  'Executive summary',
  'Readiness',
  'Readiness verdict',
  'Statement of Applicability',
  'Risk register and treatment plan',
  'AI systems and impact assessments',
  'Action plan',
  'Findings',
  'Method',
];

/** The text of every page of a PDF, extracted with pdf.js. */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item: any) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages.join('\n');
}

test('each finding links to the place where it is fixed', async ({ page }) => {
  const app = new App(page);
  await app.answerWithGapsAndAnExclusion();

  await page.goto('./#/checks');
  await expect(page.getByRole('heading', { level: 1, name: 'Consistency check and readiness' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stage 1: documents and design' })).toContainText('Not ready for a stage 1 audit yet');
  const findings = page.getByRole('region', { name: 'Findings', exact: true });
  const evidence = findings.getByRole('link', { name: /^4\.1 .* fully implemented, but no evidence/ });
  await expect(evidence).toBeVisible();
  const exclusion = findings.getByRole('link', { name: /A\.10\.4/ }).first();
  await expect(exclusion).toBeVisible();

  await evidence.click();
  await expect(page).toHaveURL(/#\/item\/4\.1$/);
  await expect(app.item('4.1').getByRole('heading').first()).toBeFocused();
  await expect(app.field('Evidence for 4.1')).toBeVisible();

  await page.goto('./#/checks');
  await page.getByRole('region', { name: 'Findings', exact: true }).getByRole('link', { name: /A\.10\.4/ }).first().click();
  await expect(page).toHaveURL(/#\/soa\/A\.10\.4$/);
  await expect(app.justification('A.10.4')).toBeVisible();
  await expect(page.locator('#soa-A-10-4')).toBeFocused();
});

test('the action plan follows the answers and exports what it lists', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.answer('4.2', 0, 'Partly');
  await app.waitForStored((d) => d.assessment.items['4.2'] !== undefined, 'the answer is saved');

  await page.goto('./#/actions');
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan' })).toBeVisible();
  // At 1280 px the plan opens as a table.
  const actions = page.getByRole('table', { name: 'Actions' });
  await expect(actions.getByRole('link', { name: /4\.2/ })).toBeVisible();
  await app.field('Owner of 4.2').fill('Dana');
  await app.field('Owner of 4.2').press('Tab');
  await app.field('Status of 4.2').selectOption({ label: 'In progress' });
  await app.field('Your own action').fill('Brief the board on the AI policy');
  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title of A1', exact: true })).toHaveValue('Brief the board on the AI policy');
  await expect(page.getByRole('textbox', { name: 'Title of A1', exact: true })).toBeFocused();

  const file = await app.download('Export action plan CSV');
  expect(file.name).toMatch(/action-plan-.*\.csv$/);
  expect(file.text).toContain('Brief the board on the AI policy');
  expect(file.text).toMatch(/4\.2.*Dana.*In progress/);

  // The owner is the item's owner: the gap analysis shows it.
  await app.open('#/gap-analysis/4');
  await expect(app.field('Owner of 4.2')).toHaveValue('Dana');
  // Closing the gap removes the action; the stored status waits under its key.
  await app.answerAll('4.2', 'Yes');
  await app.waitForStored((d) => Object.values(d.assessment.items['4.2'].answers).every((a) => a === 'yes'), 'the gap is closed');
  await page.goto('./#/actions');
  await expect(page.getByRole('table', { name: 'Actions' }).getByRole('link', { name: /^Close the gap in 4\.2|4\.2 / })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Title of A1', exact: true })).toBeVisible();
});

test('the action plan is a sortable table on wide screens that names the failing questions, and cards on a phone', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.answer('4.3', 0, 'No');
  await app.answer('4.3', 1, 'Partly');
  await app.answer('4.3', 2, 'Yes');
  await app.answer('4.1', 0, 'No');
  // The wording of the first two questions of 4.3, as the gap analysis shows them.
  const first = (await app.item('4.3').locator('.question-text').nth(0).innerText()).trim();
  const second = (await app.item('4.3').locator('.question-text').nth(1).innerText()).trim();
  await app.waitForStored((d) => d.assessment.items['4.3'] !== undefined && d.assessment.items['4.1'] !== undefined, 'the answers are saved');

  await page.goto('./#/actions');
  const table = page.getByRole('table', { name: 'Actions' });
  const itemLink = /^(Implement|Close the gaps in|Close the last gaps in) 4\.3 /;
  const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: itemLink }) });
  await expect(row.getByRole('cell').first()).toContainText(`No: ${first}`);
  await expect(row.getByRole('cell').first()).toContainText(`Partly: ${second}`);
  await expect(row.getByRole('cell').first()).not.toContainText('Yes:');

  // Editing in place saves like the card does.
  await app.field('Due date for 4.1').fill('2027-02-01');
  await app.field('Due date for 4.1').press('Tab');
  await app.field('Due date for 4.3').fill('2027-01-15');
  await app.field('Due date for 4.3').press('Tab');
  await app.waitForStored((d) => d.assessment.items['4.3'].due_date === '2027-01-15', 'the due date is saved');

  // Sorting by a column header: earliest due date first, and the header says so.
  await table.getByRole('button', { name: 'Due date' }).click();
  await expect(table.getByRole('columnheader', { name: 'Due date' })).toHaveAttribute('aria-sort', 'ascending');
  // (By priority, 4.1, not implemented at all, came first.)
  const headers = table.getByRole('rowheader');
  await expect(headers.nth(0)).toContainText('4.3');
  const texts = await headers.allInnerTexts();
  const last43 = texts.map((t) => t.startsWith('4.3')).lastIndexOf(true);
  expect(texts.findIndex((t) => t.startsWith('4.1'))).toBe(last43 + 1);
  await expect(page.getByLabel('Sort by')).toHaveValue('due');

  // On a phone the same plan opens as cards, with what is missing under each title.
  await page.setViewportSize({ width: 360, height: 800 });
  await app.open('');
  await app.open('#/actions');
  await expect(page.getByRole('table', { name: 'Actions' })).toHaveCount(0);
  const card = page.getByRole('list', { name: 'Actions' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: itemLink }) });
  await expect(card).toContainText(`No: ${first}`);
  await expect(page.getByRole('radio', { name: 'Cards' })).toBeChecked();
  // There the fields fold away behind "Edit ...", their values read in one line.
  const edit = card.getByRole('button', { name: /^Edit / });
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  await expect(card.getByLabel(/^Owner of /)).toBeHidden();
  await expect(card).toContainText(/priority( \(proposed\))? · (No owner|Owner: .+) · (no due date|Due \d{4}-\d{2}-\d{2}) · /);
  await edit.press('Enter');
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  await card.getByLabel(/^Owner of /).fill('Quality lead');
  await card.getByLabel(/^Owner of /).press('Tab');
  await expect(card).toContainText('Owner: Quality lead');
});

test('the report prints to an A4 PDF with every section', async ({ page }, testInfo) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.answerAll('4.1', 'Yes');
  await app.answer('4.2', 0, 'No');
  await page.goto('./#/organisation');
  await app.field('Organisation name').fill('Example Health Ltd');
  await app.field('Assessor').fill('Quality team');
  await app.waitForStored((d) => d.assessment.profile.assessor === 'Quality team', 'the profile is saved');

  await page.goto('./#/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const title of REPORT_SECTIONS) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const output = testInfo.outputPath('report.pdf');
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(output, pdf);
  const text = await pdfText(pdf);
  for (const title of REPORT_SECTIONS) expect(text, `the PDF has "${title}"`).toContain(title);
  expect(text).toContain('Example Health Ltd');
  expect(text).toContain('Quality team');
  // The navigation and the buttons stay off the paper.
  expect(text).not.toContain('Print or save as PDF');
  expect(text).not.toContain('Gap analysis Annex A');

  // Back on screen, where the buttons are.
  await page.emulateMedia({ media: 'screen' });
  const markdown = await app.download('Export report as Markdown');
  expect(markdown.name).toMatch(/report-.*\.md$/);
  for (const title of REPORT_SECTIONS) expect(markdown.text).toContain(`## ${title}`);
});

test('a baseline shows what changed, item by item, and how readiness moved', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.answer('4.1', 0, 'No');
  await app.field('Notes for 4.1').fill('First look');
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'First look', 'the baseline is saved');
  await app.openData();
  const baseline = await app.download('Export JSON');

  await app.open('#/gap-analysis/4');
  await app.answerAll('4.1', 'Yes');
  await app.field('Notes for 4.1').fill('Policy approved in May');
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Policy approved in May', 'the change is saved');

  await page.goto('./#/compare');
  await page.getByLabel('Baseline file', { exact: true }).setInputFiles({
    name: baseline.name,
    mimeType: 'application/json',
    buffer: Buffer.from(baseline.text, 'utf8'),
  });
  const changed = page.getByRole('list', { name: 'Items that changed' });
  const item = changed.getByRole('listitem').filter({ hasText: '4.1' });
  await expect(item).toContainText('Improved');
  await expect(item).toContainText('Not implemented → Fully implemented');
  await expect(item).toContainText('First look');
  await expect(item).toContainText('Policy approved in May');
  const clauses = page.getByRole('table', { name: 'Readiness per clause' });
  await expect(clauses.getByRole('row').filter({ hasText: '4 Context' })).toContainText('points');
  // Nothing was replaced: the open assessment keeps its own answers.
  await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Policy approved in May', 'the assessment is unchanged');
});

test('a reviewer comment travels in the JSON file and can be resolved', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.item('4.1').getByText(/^Review comments/).click();
  await app.field('Review comment on 4.1').fill('Which document sets the scope? <b>not bold</b>');
  await app.field('Reviewer').first().fill('C. Onsultant');
  await page.getByRole('button', { name: 'Add comment on 4.1', exact: true }).click();
  await expect(app.item('4.1').getByText('1 open review comment')).toBeVisible();
  await app.waitForStored((d) => d.assessment.review_comments?.length === 1 || JSON.stringify(d).includes('C. Onsultant'), 'the comment is saved');

  await app.openData();
  const file = await app.download('Export JSON');
  expect(file.text).toContain('Which document sets the scope?');
  await app.chooseImport(file.name, file.text);
  await page.getByRole('button', { name: 'Import as new assessment', exact: true }).click();

  await app.open('#/gap-analysis/4');
  const card = app.item('4.1');
  await expect(card.getByText('1 open review comment')).toBeVisible();
  await card.getByText(/^Review comments/).click();
  await expect(card.getByText('Which document sets the scope? <b>not bold</b>')).toBeVisible();
  await expect(card.getByText(/C\. Onsultant/)).toBeVisible();
  await page.getByRole('button', { name: 'Resolve comment C1', exact: true }).click();
  await expect(card.getByText('1 open review comment')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reopen comment C1', exact: true })).toBeVisible();
});
