// Issue 6: risk criteria, the risk register with treatment and residual risk, its links to the
// Statement of Applicability, and the register as CSV.
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { App } from '../support/app';

/** Opens a route of the risk register (the register itself by default) and waits until it is
 * drawn. */
async function openRisks(page: Page, hash = '#/risks'): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The SoA entry of a control on the main page. */
function soaEntry(page: Page, controlId: string) {
  return page.getByRole('region', { name: new RegExp(`^${controlId.replace(/\./g, '\\.')} `) });
}

test('criteria, a library risk treated by two controls, SoA links, CSV round trip and reload', async ({ page }) => {
  const app = new App(page);

  // Criteria: a likelihood level gets the organisation's own name.
  await openRisks(page, '#/risks/criteria');
  await page.getByLabel('Likelihood level 3 name').fill('Plausible');

  // A typical risk from the library, rated 3 x 4 (High) on the default scales.
  await openRisks(page, '#/risks');
  await page.getByText('Start from a typical AI risk', { exact: true }).click();
  await page.getByRole('button', { name: 'Add Biased outcomes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'R1 Biased outcomes' })).toBeVisible();
  await expect(page.getByLabel('Likelihood before treatment')).toHaveValue('3');
  await expect(page.getByLabel('Likelihood before treatment').locator('option:checked')).toHaveText('3 Plausible');
  await expect(page.getByText('Level before treatment: High, above the acceptance limit')).toBeVisible();

  // Treated by exactly two controls: the library's third one is removed.
  const chips = page.getByRole('list', { name: 'Controls that treat this risk' }).getByRole('listitem');
  await page.getByRole('button', { name: 'Remove A.5.4' }).click();
  await expect(chips).toHaveCount(2);
  await expect(chips).toContainText(['A.7.4', 'A.6.2.4']);
  await page.getByLabel('Likelihood after treatment').selectOption('2');
  await page.getByLabel('Consequence after treatment').selectOption('2');
  await expect(page.getByText('Level after treatment: Low')).toBeVisible();
  await page.getByLabel('Risk owner').fill('Head of HR <b>ops</b>');

  // The SoA shows both controls as applicable for risk treatment, with the risk named.
  await app.open('#/soa');
  for (const control of ['A.7.4', 'A.6.2.4']) {
    await expect(soaEntry(page, control)).toContainText('Treats risk R1, so it applies with risk treatment as a reason.');
  }
  await expect(soaEntry(page, 'A.5.4')).not.toContainText('Treats risk');
  await app.open('#/soa/print');
  await expect(page.getByRole('row', { name: /A\.7\.4/ })).toContainText('Risk treatment (R1)');

  // Excluding one of them is a finding, on the SoA and in the register.
  await app.open('#/soa');
  await soaEntry(page, 'A.6.2.4').getByRole('radiogroup', { name: 'Applicable: A.6.2.4' }).getByRole('radio', { name: 'No' }).check();
  await expect(soaEntry(page, 'A.6.2.4')).toContainText('Finding: the treatment of risk R1 relies on this control.');
  await expect(page.getByRole('region', { name: /^Findings/ })).toContainText('is excluded, but the treatment of risk R1 relies on it.');
  await openRisks(page, '#/risks');
  await expect(page.getByRole('region', { name: /^Findings/ })).toContainText(
    'A.6.2.4 is excluded in the Statement of Applicability, but the treatment of risk R1 relies on it.',
  );

  // Export (on the Data page), delete, import the file back: the register is identical.
  await app.openData();
  const exported = await app.download('Export risk register CSV');
  const rows = parse(exported.text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  expect(rows[0]['ID']).toBe('R1');
  expect(rows[0]['Controls']).toBe('A.7.4; A.6.2.4');
  await openRisks(page, '#/risks');
  await page.getByRole('button', { name: 'Delete R1 Biased outcomes' }).click();
  await expect(page.getByRole('list', { name: 'Risk register' })).toHaveCount(0);
  await app.openData();
  await page
    .getByLabel('Import risk register CSV')
    .setInputFiles({ name: exported.name, mimeType: 'text/csv', buffer: Buffer.from(exported.text, 'utf8') });
  await page.getByRole('button', { name: 'Replace risk register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The risk register was replaced' })).toBeVisible();
  const again = await app.download('Export risk register CSV');
  expect(again.text).toBe(exported.text);

  // A reload keeps everything.
  await page.reload();
  await openRisks(page, '#/risks/R1');
  await expect(page.getByLabel('Risk owner')).toHaveValue('Head of HR <b>ops</b>');
  await expect(page.getByText('Level after treatment: Low')).toBeVisible();
  await expect(page.getByLabel('Likelihood before treatment').locator('option:checked')).toHaveText('3 Plausible');
});

test('a bad register CSV is refused with every bad cell named and nothing changed', async ({ page }) => {
  const app = new App(page);
  await openRisks(page, '#/risks');
  await page.getByLabel('Title of the new risk').fill('Chatbot quotes wrong prices');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await app.openData();
  const good = await app.download('Export risk register CSV');
  const lines = good.text.replace(/^\uFEFF/, '').split('\n');
  const header = lines[0];
  const bad = [
    header,
    'R1,Title,,,C.9.9,,,9,1,,,,,,,,,,,Open,,',
    'R1,Second,,,,,,,,,Sometimes,A.99,,,,,,,,Maybe,,',
    '',
  ].join('\n');
  await page
    .getByLabel('Import risk register CSV')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
  const alert = page.getByRole('alert').filter({ hasText: 'bad.csv' });
  await expect(alert).toContainText('"bad.csv" cannot be imported. Nothing has been changed.');
  // Every problem names its line; several problems of one file are all listed.
  const problems = alert.getByRole('listitem');
  expect(await problems.count()).toBeGreaterThanOrEqual(5);
  for (const text of await problems.allTextContents()) {
    expect(text).toMatch(/line \d+/);
  }
  await openRisks(page, '#/risks');
  await expect(page.getByRole('list', { name: 'Risk register' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Risk register' })).toContainText('Chatbot quotes wrong prices');
});

test('the control picker marks controls excluded in the SoA and warns at once when one is chosen', async ({ page }) => {
  const app = new App(page);
  await app.open('#/soa');
  await app.decide('A.10.3', 'No');
  await openRisks(page, '#/risks');
  await page.getByLabel('Title of the new risk').fill('Supplier model changes without notice');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await openRisks(page, '#/risks/R1');
  const picker = page.getByLabel('Control to add');
  await expect(picker.locator('option[value="A.10.3"]')).toHaveText('A.10.3 Suppliers (excluded in the SoA)');
  await expect(picker.locator('option[value="A.10.2"]')).toHaveText('A.10.2 Allocating responsibilities');

  await picker.selectOption('A.10.3');
  const warning = page.getByText('A.10.3 is excluded in the Statement of Applicability. Either include it there, or pick another control for this risk.');
  await expect(warning).toBeVisible();
  await expect(picker).toHaveAccessibleDescription(/A\.10\.3 is excluded in the Statement of Applicability/);
  await picker.selectOption('A.10.2');
  await expect(warning).toBeHidden();
  await picker.selectOption('A.10.3');
  await page.getByRole('link', { name: 'Open A.10.3 in the SoA' }).click();
  await expect(page).toHaveURL(/#\/soa\/A\.10\.3$/);
  await expect(app.item('A.10.3')).toBeFocused();
});

test('a risk past its next review date is a finding that links back to the risk', async ({ page }) => {
  await openRisks(page);
  await page.getByText('Start from a typical AI risk', { exact: true }).click();
  await page.getByRole('button', { name: 'Add Model drift' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'R1 Model drift' })).toBeVisible();
  await page.getByLabel('Assessed on').fill('2025-01-10');
  await page.getByLabel('Assessed on').blur();
  await page.getByLabel('Next review').fill('2025-07-10');
  await page.getByLabel('Next review').blur();
  await page.reload();
  await expect(page.getByLabel('Next review')).toHaveValue('2025-07-10');
  await openRisks(page, '#/checks');
  const finding = page.getByRole('region', { name: 'Findings', exact: true }).getByRole('link', { name: /^R1 Model drift was due for review on 2025-07-10\./ });
  await expect(finding).toBeVisible();
  await finding.click();
  await expect(page).toHaveURL(/#\/risks\/R1$/);
});
