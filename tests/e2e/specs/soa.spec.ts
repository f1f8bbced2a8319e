// Issue 3: the Statement of Applicability. An exclusion without a justification is a finding
// and still counts; a justified one leaves Annex A readiness. The CSV export has one row per
// control, neutralises formulas, and every decision survives a reload.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { App } from '../support/app';

const HEADER = [
  'ID', 'Title', 'Purpose', 'Area', 'Applicable', 'Inclusion reasons', 'Exclusion justification',
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
    'A.6.2.4', 'AI system verification and validation',
    'AI systems are checked against their specification and in real conditions before release.',
    'A.6 AI system life cycle', 'Yes',
    'Risk treatment; Contractual obligation', '', 'Fully implemented', 'QA lead',
    'Test plan, line one\nline two, with "quotes"',
  ]);
  const excluded = byId.get('A.10.4')!;
  expect(excluded[4]).toBe('No');
  // A cell starting with "=" is written with a leading apostrophe so no spreadsheet runs it.
  expect(excluded[6]).toBe(`'=HYPERLINK("http://example.invalid","x")`);
  expect(excluded[7]).toBe('Not applicable');
  expect(byId.get('A.2.2')![4]).toBe('Undecided');
  expect(byId.get('A.2.2')![7]).toBe('Not assessed');
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

test('an own control O1 is added, decided, used on a risk, and shows in the SoA, its CSV and the print view', async ({ page }) => {
  const app = new App(page);
  await app.open('#/soa');
  await app.field('Title of the new control').fill('Four-eyes release');
  await app.field('Description of the new control').fill('Two people approve every model release.');
  await page.getByRole('button', { name: 'Add own control' }).click();
  const own = app.item('O1');
  await expect(own).toBeFocused();
  await expect(own.getByRole('heading')).toHaveText('O1 Four-eyes release');
  await app.decide('O1', 'Yes');
  await own.getByRole('checkbox', { name: 'Legal or regulatory requirement' }).check();
  await expect(page.getByText('1 applicable, 0 excluded, 38 not decided yet, of 39 controls (38 of Annex A and 1 of your own).')).toBeVisible();

  // A risk uses it: the picker offers it, and O1's "Risk treatment" is ticked for that reason.
  await app.open('#/risks');
  await page.getByLabel('Title of the new risk').fill('Unreviewed model goes live');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await app.open('#/risks/R1');
  await page.getByLabel('Control to add').selectOption('O1');
  await page.getByRole('button', { name: 'Add control' }).click();
  await expect(page.getByRole('list', { name: 'Controls that treat this risk' })).toContainText('O1 Four-eyes release');

  await app.open('#/soa');
  const riskReason = own.getByRole('checkbox', { name: 'Risk treatment (because risk R1 uses it)' });
  await expect(riskReason).toBeChecked();
  await expect(riskReason).toBeDisabled();
  // A control a risk uses cannot be deleted; the refusal names the risk, beside the section.
  await own.getByRole('button', { name: 'Delete O1' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'O1 is used by the treatment of risk R1' })).toBeVisible();
  await expect(own).toBeVisible();

  const { text } = await app.download('Export SoA CSV');
  const rows: string[][] = parse(text.replace(/^\uFEFF/, ''));
  expect(rows).toHaveLength(1 + 39);
  expect(rows[39]).toEqual([
    'O1', 'Four-eyes release', 'Two people approve every model release.', 'Own controls', 'Yes',
    'Risk treatment (R1); Legal or regulatory requirement', '', 'Not assessed here (own control)', '', '',
  ]);
  await app.waitForStored(
    (doc) => doc.assessment?.soa?.own_controls?.[0]?.id === 'O1'
      && doc.assessment?.soa?.controls?.O1?.reasons?.includes('risk-treatment')
      && doc.assessment?.soa?.controls?.O1?.risk_treatment_derived === true,
    'the own control and its derived reason are saved',
  );

  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByRole('row', { name: /^O1 / })).toContainText('Risk treatment (R1); Legal or regulatory requirement');
});

test('an unused own control is deleted with Undo, and its ID is not given again', async ({ page }) => {
  const app = new App(page);
  await app.open('#/soa');
  for (const title of ['First', 'Second']) {
    await app.field('Title of the new control').fill(title);
    await page.getByRole('button', { name: 'Add own control' }).click();
  }
  await app.item('O2').getByRole('button', { name: 'Delete O2' }).click();
  await expect(app.item('O2')).toHaveCount(0);
  const undo = page.locator('#own-control-undo');
  await expect(undo).toContainText('Own control O2 Second was deleted.');
  await expect(undo).toBeFocused();
  await undo.getByRole('button', { name: 'Undo' }).click();
  await expect(app.item('O2').getByRole('heading')).toHaveText('O2 Second');
  await app.item('O2').getByRole('button', { name: 'Delete O2' }).click();
  await app.field('Title of the new control').fill('Third');
  await page.getByRole('button', { name: 'Add own control' }).click();
  await expect(app.item('O3').getByRole('heading')).toHaveText('O3 Third');
  await expect(app.item('O2')).toHaveCount(0);
});

test('undecided controls are set to applicable at once with the chosen reason, and Undo puts them back', async ({ page }) => {
  const app = new App(page);
  await app.open('#/soa');
  await app.decide('A.2.2', 'No');
  await app.field('Title of the new control').fill('Prompt review');
  await page.getByRole('button', { name: 'Add own control' }).click();
  await page.getByLabel('Reason for the undecided controls').selectOption({ label: 'Contractual obligation' });
  await page.getByRole('button', { name: 'Set undecided controls to applicable' }).click();
  const notice = page.locator('#soa-bulk-undo');
  await expect(notice).toContainText('38 undecided controls set to applicable, with the reason "Contractual obligation".');
  await expect(notice).toBeFocused();
  for (const id of ['A.3.2', 'A.10.4', 'O1']) {
    await expect(app.applicable(id).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: `Reasons for including it (${id})` })
      .getByRole('checkbox', { name: 'Contractual obligation' })).toBeChecked();
  }
  await expect(app.applicable('A.2.2').getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  // Regression: the reasons of an excluded control were shown although marked hidden.
  await expect(page.getByRole('group', { name: 'Reasons for including it (A.2.2)' })).toBeHidden();
  await expect(app.justification('A.2.2')).toBeVisible();
  await expect(page.getByText('38 applicable, 1 excluded, 0 not decided yet, of 39 controls (38 of Annex A and 1 of your own).')).toBeVisible();

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(app.applicable('A.3.2').getByRole('radio', { name: 'Undecided', exact: true })).toBeChecked();
  await expect(app.applicable('O1').getByRole('radio', { name: 'Undecided', exact: true })).toBeChecked();
  await expect(page.getByText('0 applicable, 1 excluded, 38 not decided yet, of 39 controls (38 of Annex A and 1 of your own).')).toBeVisible();
});

test('each Annex A entry shows the purpose of its control in one line', async ({ page }) => {
  const app = new App(page);
  await app.open('#/soa');
  await expect(app.item('A.10.3')).toContainText('AI bought from suppliers meets your own standards for responsible AI.');
});
