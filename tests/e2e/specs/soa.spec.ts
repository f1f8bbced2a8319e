// Issue 3: the Statement of Applicability. An exclusion without a justification is a finding
// and still counts; a justified one leaves Annex A readiness. The CSV export has one row per
// control, neutralises formulas, and every decision survives a reload.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { App } from '../support/app';

const HEADER = [
  'ID', 'Title', 'Area', 'Applicable', 'Inclusion reasons', 'Exclusion justification',
  'Implementation status', 'Owner', 'Notes',
];

test('an unjustified exclusion is a finding; justifying it changes Annex A readiness', async ({ page }) => {
  const app = new App(page);
  // Three fully implemented controls of 38 in scope: 3/38 = 7.9%, shown as 7%.
  await app.open('#/annex-a/A.2');
  for (const control of ['A.2.2', 'A.2.3', 'A.2.4']) {
    await app.answerAll(control, 'Yes');
    await expect(app.statusBadge(control)).toHaveText('Fully implemented');
  }
  await expect(app.annexAReadiness()).toContainText('7%');
  await expect(app.annexAReadiness()).toContainText('38 items in scope');

  // Excluding A.3.2 without a justification: a finding, and it still counts.
  await app.navLink('Statement of Applicability').click();
  await app.decide('A.3.2', 'No');
  const findings = page.getByRole('region', { name: /^Findings/ });
  await expect(findings).toContainText('A.3.2 AI roles and responsibilities is excluded without a justification');
  await expect(findings.getByRole('heading')).toHaveText('Findings: 1 to fix, 37 to finish');
  const missing = app.item('A.3.2').getByText(/^Finding: an excluded control needs a written justification/);
  await expect(missing).toBeVisible();
  await app.open('#/annex-a/A.3');
  await expect(app.statusBadge('A.3.2')).toHaveText('Not assessed');
  await expect(app.annexAReadiness()).toContainText('7%');
  await expect(app.annexAReadiness()).toContainText('38 items in scope');

  // With a justification the control is out of scope: 3/37 = 8.1%, shown as 8%.
  await app.open('#/soa');
  await app.justification('A.3.2').fill('We are a two-person company; both founders share every AI duty.');
  await expect(findings).not.toContainText('A.3.2 AI roles and responsibilities is excluded');
  await expect(findings.getByRole('heading')).toHaveText('Findings: 0 to fix, 37 to finish');
  await expect(missing).toBeHidden();
  await app.open('#/annex-a/A.3');
  await expect(app.statusBadge('A.3.2')).toHaveText('Not applicable');
  await expect(app.annexAReadiness()).toContainText('8%');
  await expect(app.annexAReadiness()).toContainText('37 items in scope');
  await app.navLink('Dashboard').click();
  await expect(page.getByRole('table', { name: 'Readiness per Annex A area' }).getByRole('row')).toHaveCount(1 + 9);
});

test('the SoA exports as CSV with one parsed row per control', async ({ page }) => {
  const app = new App(page);
  await app.open('#/annex-a/A.6');
  await app.answerAll('A.6.2.4', 'Yes');
  await app.field('Owner of A.6.2.4').fill('QA lead');
  await app.field('Notes for A.6.2.4').fill('Test plan, line one\nline two, with "quotes"');
  await app.open('#/soa');
  await app.decide('A.6.2.4', 'Yes');
  const reasons = page.getByRole('group', { name: 'Reasons for including it (A.6.2.4)' });
  await reasons.getByRole('checkbox', { name: 'Risk treatment' }).check();
  await reasons.getByRole('checkbox', { name: 'Contractual obligation' }).check();
  await app.decide('A.10.4', 'No');
  await app.justification('A.10.4').fill('=HYPERLINK("http://example.invalid","x")');

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export SoA CSV' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^statement-of-applicability-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  const rows: string[][] = parse(text, { relax_column_count: false });

  expect(rows[0]).toEqual(HEADER);
  expect(rows).toHaveLength(1 + 38);
  const byId = new Map(rows.slice(1).map((row) => [row[0], row]));
  expect(byId.size).toBe(38);
  expect(byId.get('A.6.2.4')).toEqual([
    'A.6.2.4', 'AI system verification and validation', 'A.6 AI system life cycle', 'Yes',
    'Risk treatment; Contractual obligation', '', 'Fully implemented', 'QA lead',
    'Test plan, line one\nline two, with "quotes"',
  ]);
  const excluded = byId.get('A.10.4')!;
  expect(excluded[3]).toBe('No');
  // A cell starting with "=" is written with a leading apostrophe so no spreadsheet runs it.
  expect(excluded[5]).toBe(`'=HYPERLINK("http://example.invalid","x")`);
  expect(excluded[6]).toBe('Not applicable');
  expect(byId.get('A.2.2')![3]).toBe('Undecided');
  expect(byId.get('A.2.2')![6]).toBe('Not assessed');
});

test('every SoA decision and the document details survive a reload', async ({ page }) => {
  const app = new App(page);
  await app.open('#/soa');
  await app.decide('A.5.2', 'Yes');
  await page.getByRole('group', { name: 'Reasons for including it (A.5.2)' })
    .getByRole('checkbox', { name: 'Legal or regulatory requirement' }).check();
  await app.decide('A.7.2', 'No');
  await app.justification('A.7.2').fill('No AI system of ours is trained on data we hold.');
  await app.decide('A.8.3', 'No');
  await app.field('Document version').fill('1.2');
  await app.field('Approved by').fill('Managing director');
  await app.waitForStored(
    (doc) => doc.assessment?.soa?.controls?.['A.7.2']?.justification?.startsWith('No AI system')
      && doc.assessment?.soa?.approved_by === 'Managing director',
    'the SoA is saved',
  );

  await app.reload();
  await expect(app.applicable('A.5.2').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Reasons for including it (A.5.2)' })
    .getByRole('checkbox', { name: 'Legal or regulatory requirement' })).toBeChecked();
  await expect(app.applicable('A.7.2').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(app.justification('A.7.2')).toHaveValue('No AI system of ours is trained on data we hold.');
  await expect(app.applicable('A.8.3').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  await expect(app.justification('A.8.3')).toHaveValue('');
  await expect(app.applicable('A.2.2').getByRole('radio', { name: 'Undecided', exact: true })).toBeChecked();
  await expect(app.field('Document version')).toHaveValue('1.2');
  await expect(app.field('Approved by')).toHaveValue('Managing director');
});

test('the print view is a clean document with the header and one row per control', async ({ page }) => {
  const app = new App(page);
  await app.open('#/organisation');
  await app.field('Organisation name').fill('Northwind Robotics');
  await app.field('Scope of the AI management system').fill('Design and sale of the route planner.');
  await app.open('#/soa');
  await app.field('Document version').fill('2.0');
  await app.decide('A.4.4', 'No');
  await app.justification('A.4.4').fill('We hold no tooling of our own.');
  await page.getByRole('link', { name: 'Print view' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statement of Applicability');
  const document = page.getByRole('article');
  await expect(document).toContainText('Northwind Robotics');
  await expect(document).toContainText('Design and sale of the route planner.');
  await expect(document).toContainText(/Date\s*\d{4}-\d{2}-\d{2}/);
  await expect(document).toContainText(/Version\s*2\.0/);
  const table = document.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(1 + 38);
  await expect(table.getByRole('row', { name: /^A\.4\.4 / })).toContainText('Excluded: We hold no tooling of our own.');

  // Printed, the page carries no navigation chrome and no buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(table).toBeVisible();
});
