// Issue 25 §3: a report an auditor can work from. The full report prints every answer with its
// question and note, the evidence, the review comments, each AI system's description and
// impact level and the registers' entries, on numbered pages; the summary for the board is
// shorter; the Markdown export follows the choice; the top gaps name the failing questions.
import { expect, test, type Page } from '@playwright/test';
import { mkdir, writeFile } from 'node:fs/promises';
import { App } from '../support/app';
import { SAMPLE, sampleDocument } from '../support/sample-assessment';

/** The text of each page of a PDF, extracted with pdf.js. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item: any) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** Opens the app with the sample assessment stored as the current one. */
async function openSample(app: App): Promise<void> {
  const key = await app.saveFirstAnswer();
  await app.putStored(key, sampleDocument());
  await app.reload();
  await app.waitForStored((d) => d.assessment.profile.organisation === SAMPLE.organisation, 'the sample is loaded');
}

/** Text without spaces and with ligatures undone, since pdf.js splits words around "fi". */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Checks the printed contents against the printed pages: every section of the contents has a
 * page number, the numbers rise, and the page of each number holds the section's numbered
 * heading ("5 Statement of Applicability") and the page before it does not.
 */
async function expectContentsPages(page: Page, pages: string[]): Promise<void> {
  const contents = page.getByRole('navigation', { name: 'Contents of the report' }).getByRole('listitem');
  const entries = await contents.evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('a')?.textContent?.trim() ?? '',
      page: Number(item.querySelector('.contents-page')?.textContent ?? 'NaN'),
    })),
  );
  expect(entries.length).toBeGreaterThan(3);
  let previous = 1;
  entries.forEach(({ title, page: number }, index) => {
    const heading = flat(`${index + 1} ${title}`);
    expect(Number.isInteger(number), `"${title}" has a page number`).toBe(true);
    expect(number, `"${title}" comes after the section before it`).toBeGreaterThan(previous);
    expect(flat(pages[number - 1] ?? ''), `"${title}" starts on page ${number}`).toContain(heading);
    // The page before is the end of the section before, which does not hold this heading
    // (unless it is a page of the contents, which list every heading).
    const before = number - 1;
    if (before >= entries[0].page) expect(flat(pages[before - 1]), `page ${before} is before "${title}"`).not.toContain(heading);
    previous = number;
  });
}

async function printed(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  return pdf;
}

test('the full report for the auditor prints every answer, comment, system and register on numbered pages', async ({ page }, testInfo) => {
  const app = new App(page);
  await openSample(app);

  await app.open('#/report');
  const choice = page.getByRole('group', { name: 'Report for' });
  await expect(choice.getByRole('radio', { name: 'Summary for the board' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 2, name: 'Answers item by item' })).toHaveCount(0);
  const summaryPages = await pdfPages(await printed(page));
  await expectContentsPages(page, summaryPages);
  const summaryMarkdown = await app.download('Export report as Markdown');

  await choice.getByRole('radio', { name: 'Full report for the auditor' }).check();
  await expect(page).toHaveURL(/#\/report\/full$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Answers item by item' })).toBeVisible();
  // The question's wording is in once it is loaded.
  const policy = page.getByRole('group', { name: 'Answers to 5.2' });
  await expect(policy).toContainText(SAMPLE.partlyNote);
  await expect(policy.getByRole('row').nth(1)).not.toContainText('wording not loaded');

  const pdf = await printed(page);
  await mkdir(testInfo.outputDir, { recursive: true });
  await writeFile(testInfo.outputPath('full-report.pdf'), pdf);
  const pages = await pdfPages(pdf);
  const text = flat(pages.join('\n'));
  // The question text of a "Partly" answer, its note, the evidence and a review comment.
  const question = (await policy.getByRole('row').filter({ hasText: SAMPLE.partlyNote }).getByRole('cell').nth(1).innerText()).trim();
  expect(question.length).toBeGreaterThan(20);
  expect(text).toContain(flat(question));
  expect(text).toContain(flat(SAMPLE.partlyNote));
  expect(text).toContain(flat(SAMPLE.evidence));
  expect(text).toContain(flat(SAMPLE.comment));
  // A system's description and its impact level; a register entry; a risk's owner.
  expect(text).toContain(flat(SAMPLE.systemPurpose));
  expect(text).toMatch(/Impactlevelaftermeasures:?Level\d/);
  expect(text).toContain(flat(SAMPLE.registerEntry));
  expect(text).toContain(flat(SAMPLE.riskOwner));
  // Every page carries its number.
  pages.forEach((content, index) => expect(flat(content), `page ${index + 1}`).toContain(`Page${index + 1}of${pages.length}`));
  // The contents give each section's page, and the section's numbered heading is on it. A
  // heading is on its section's first page only, so a number one page out would fail here.
  await expectContentsPages(page, pages);
  // The summary is shorter and leaves the answers out.
  expect(summaryPages.length).toBeLessThan(pages.length);
  expect(flat(summaryPages.join('\n'))).not.toContain(flat(SAMPLE.comment));
  testInfo.annotations.push({ type: 'pages', description: `full ${pages.length}, summary ${summaryPages.length}` });
  console.log(`Full report: ${pages.length} pages; summary: ${summaryPages.length} pages.`);

  // The Markdown export follows the choice.
  const fullMarkdown = await app.download('Export report as Markdown');
  expect(fullMarkdown.name).toMatch(/full-report-.*\.md$/);
  expect(fullMarkdown.text).toContain('## Answers item by item');
  expect(fullMarkdown.text).toContain(SAMPLE.comment);
  expect(summaryMarkdown.text).not.toContain('## Answers item by item');
  expect(summaryMarkdown.text.length).toBeLessThan(fullMarkdown.text.length);

  // A reload keeps the choice.
  await app.reload();
  await expect(page.getByRole('group', { name: 'Report for' }).getByRole('radio', { name: 'Full report for the auditor' })).toBeChecked();
});

test('the top gaps on the dashboard and in the report name the questions answered No or Partly', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await app.answer('4.3', 0, 'No');
  await app.answer('4.3', 1, 'Partly');
  await app.answer('4.3', 2, 'Yes');
  const first = (await app.item('4.3').locator('.question-text').nth(0).innerText()).trim();
  const second = (await app.item('4.3').locator('.question-text').nth(1).innerText()).trim();
  await app.waitForStored((d) => d.assessment.items['4.3'] !== undefined, 'the answers are saved');

  await app.open('');
  const gaps = page.getByRole('region', { name: 'Most important gaps' });
  // The gap of the item's answers, not the one of its documented information.
  const itemLink = /^(Implement|Close the gaps in|Close the last gaps in) 4\.3 /;
  const gap = gaps.getByRole('listitem').filter({ has: page.getByRole('link', { name: itemLink }) });
  await expect(gap).toContainText(`No: ${first}`);
  await expect(gap).toContainText(`Partly: ${second}`);

  await app.open('#/report');
  const table = page.getByRole('group', { name: 'The five most important open actions' });
  const row = table.getByRole('row').filter({ hasText: /(Implement|Close the gaps in|Close the last gaps in) 4\.3 / });
  await expect(row).toContainText(`No: ${first}`);
  await expect(row).toContainText(`Partly: ${second}`);
});
