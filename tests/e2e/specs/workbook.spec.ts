// The workbook export (issue 24): one .xlsx file with a sheet each for the answers, the SoA,
// the risks, the impact assessments, the action plan and the registers, opened here with an
// independent reader (ExcelJS) rather than with the app's own writer.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { App } from '../support/app';

const SHEETS = [
  'Answers',
  'Statement of Applicability',
  'Risks',
  'Impact assessments',
  'Action plan',
  'Documented information',
  'AI objectives and measures',
  'Competence and awareness',
  'Internal audits',
  'Management reviews',
  'Nonconformities and incidents',
  'Suppliers and third-party AI',
  'Objective measurements',
];

/** The headers of a sheet's first row, in order. */
function headers(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as ExcelJS.CellValue[];
  // ExcelJS counts columns from 1, so the first entry is empty.
  return values.slice(1).map((value) => String(value));
}

/** The cell under `header` in the first data row whose column `keyHeader` holds `key`. */
function cellOf(sheet: ExcelJS.Worksheet, keyHeader: string, key: string, header: string): ExcelJS.Cell {
  const names = headers(sheet);
  const keyColumn = names.indexOf(keyHeader) + 1;
  const column = names.indexOf(header) + 1;
  expect(keyColumn, `${sheet.name} has ${keyHeader}`).toBeGreaterThan(0);
  expect(column, `${sheet.name} has ${header}`).toBeGreaterThan(0);
  for (let row = 2; row <= sheet.rowCount; row++) {
    if (sheet.getRow(row).getCell(keyColumn).value === key) return sheet.getRow(row).getCell(column);
  }
  throw new Error(`${sheet.name} has no row with ${keyHeader} ${key}`);
}

async function fillSmallAssessment(page: Page, app: App): Promise<void> {
  await app.open('#/item/5.2');
  const policy = app.item('5.2');
  await policy.getByRole('radiogroup').first().getByRole('radio', { name: 'Partly' }).check();
  const note = policy.getByLabel('Note on this answer (5.2.q1)');
  await note.fill('=1+2');
  await note.blur();

  await page.goto('./#/risks');
  await page.getByLabel('Title of the new risk').fill('Chatbot quotes wrong prices');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'R1 Chatbot quotes wrong prices' })).toBeVisible();
  await page.getByLabel('Next review').fill('2027-05-10');
  await page.getByLabel('Next review').blur();

  await page.goto('./#/records/documents');
  await page.getByLabel('Title of the new document', { exact: true }).fill('AI policy');
  await page.getByRole('button', { name: 'Add document', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DOC1 AI policy');
}

test('the workbook opens in an independent reader with every sheet, frozen headers, filters, dates and text kept as text', async ({
  page,
}) => {
  const app = new App(page);
  await fillSmallAssessment(page, app);
  await app.openData();
  const button = page.getByRole('button', { name: 'Export workbook (.xlsx)', exact: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/-workbook-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(`Exported ${download.suggestedFilename()}.`, { exact: true })).toBeVisible();
  await expect(button).toBeEnabled();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
  for (const sheet of workbook.worksheets) {
    expect(headers(sheet).length, `${sheet.name} has headers`).toBeGreaterThan(0);
    expect(sheet.views[0], `${sheet.name} keeps its header row in view`).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter, `${sheet.name} has filters`).toBeTruthy();
    expect(sheet.getRow(1).getCell(1).font?.bold, `${sheet.name}'s header is bold`).toBe(true);
  }

  const answers = workbook.getWorksheet('Answers')!;
  expect(headers(answers)).toEqual([
    'Item ID',
    'Item title',
    'Question ID',
    'Question',
    'Kind',
    'Answer',
    'Answer note',
    'Notes',
    'Evidence',
    'Owner',
    'Due date',
  ]);
  expect(cellOf(answers, 'Question ID', '5.2.q1', 'Answer').value).toBe('Partly');
  // The question wording was loaded for the export.
  const question = cellOf(answers, 'Question ID', '5.2.q1', 'Question');
  expect(typeof question.value).toBe('string');
  expect(String(question.value).length).toBeGreaterThan(10);
  // Formula-like text stays a text: no formula, no apostrophe added.
  const note = cellOf(answers, 'Question ID', '5.2.q1', 'Answer note');
  expect(note.type).toBe(ExcelJS.ValueType.String);
  expect(note.value).toBe('=1+2');
  expect(note.formula).toBeUndefined();

  const risks = workbook.getWorksheet('Risks')!;
  expect(headers(risks).slice(0, 3)).toEqual(['ID', 'Title', 'Description']);
  expect(cellOf(risks, 'ID', 'R1', 'Title').value).toBe('Chatbot quotes wrong prices');
  const review = cellOf(risks, 'ID', 'R1', 'Next review');
  expect(review.type).toBe(ExcelJS.ValueType.Date);
  expect((review.value as Date).toISOString().slice(0, 10)).toBe('2027-05-10');
  expect(review.numFmt).toBe('yyyy-mm-dd');

  const plan = workbook.getWorksheet('Action plan')!;
  expect(headers(plan).slice(0, 5)).toEqual(['Key', 'Kind', 'Item', 'Risk', 'Action']);
  const planItems = plan.getColumn(3).values.slice(2);
  expect(planItems).toContain('5.2');

  const documents = workbook.getWorksheet('Documented information')!;
  expect(headers(documents)[0]).toBe('ID');
  expect(cellOf(documents, 'ID', 'DOC1', 'Title').value).toBe('AI policy');

  expect(headers(workbook.getWorksheet('Impact assessments')!).slice(0, 3)).toEqual(['System ID', 'System', 'Version']);
  expect(headers(workbook.getWorksheet('Objective measurements')!)).toEqual([
    'Objective ID',
    'Objective',
    'Date',
    'Value',
    'Comment',
  ]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first visit, the workbook is exported offline too', async ({ page, context }) => {
    const app = new App(page);
    await app.openData();
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    await app.reload();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export workbook (.xlsx)', exact: true }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    // The question wording came from the cache as well.
    const answers = workbook.getWorksheet('Answers')!;
    expect(String(cellOf(answers, 'Question ID', '4.1.q1', 'Question').value).length).toBeGreaterThan(10);
  });
});
