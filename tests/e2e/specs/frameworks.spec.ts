// Other frameworks: the ISO/IEC 27001 hints follow the profile's box on clause items and
// Annex A controls; the NIST AI RMF crosswalk's coverage follows the answers, its CSV carries
// the pairs with statuses; the crosswalk page passes an accessibility scan at both widths.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { App } from '../support/app';

const HINT = 'If you hold ISO/IEC 27001';

/** Ticks or unticks the profile's ISO/IEC 27001 box. */
async function holdIso27001(page: Page, holds: boolean): Promise<void> {
  await page.goto('./#/organisation');
  const box = page.getByRole('checkbox', { name: 'We hold ISO/IEC 27001 certification', exact: true });
  await box.setChecked(holds);
  await expect(box).toBeChecked({ checked: holds });
}

/** A subcategory of the crosswalk page, as its list entry. */
function subcategory(page: Page, id: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByText(id, { exact: true }) })
    .first();
}

test('with ISO/IEC 27001 held, clauses 7.5 and 9.2 show their hints; unticked, they are gone', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/7');
  await expect(app.item('7.5.1').getByRole('radiogroup').first()).toBeVisible();
  await expect(page.getByRole('group', { name: HINT })).toHaveCount(0);

  await holdIso27001(page, true);
  await page.goto('./#/gap-analysis/7');
  for (const id of ['7.5.1', '7.5.2', '7.5.3']) {
    const hint = app.item(id).getByRole('group', { name: HINT, exact: true });
    await expect(hint).toContainText('Usually already in place from your ISMS');
    await expect(hint).toContainText('What the AI management system adds');
    await expect(hint).toContainText('Where to look for evidence');
  }
  await expect(app.item('7.5.3').getByRole('group', { name: HINT })).toContainText('document control procedure');
  // The hint answers nothing: the item is still not assessed.
  await expect(app.statusBadge('7.5.1')).toHaveText('Not assessed');

  await page.goto('./#/gap-analysis/9');
  for (const id of ['9.2.1', '9.2.2']) {
    await expect(app.item(id).getByRole('group', { name: HINT, exact: true })).toContainText('Where to look for evidence');
  }
  await expect(app.item('9.2.2').getByRole('group', { name: HINT })).toContainText('audit programme');

  // Annex A controls list related ISO/IEC 27001:2022 controls by ID.
  await page.goto('./#/annex-a/A.10');
  await expect(app.item('A.10.3').getByRole('group', { name: HINT })).toContainText(
    'Related ISO/IEC 27001:2022 controls: A.5.19, A.5.20, A.5.21, A.5.22, A.5.23',
  );

  await holdIso27001(page, false);
  await page.goto('./#/gap-analysis/9');
  await expect(app.item('9.2.1').getByRole('radiogroup').first()).toBeVisible();
  await expect(page.getByRole('group', { name: HINT })).toHaveCount(0);
  await page.goto('./#/gap-analysis/7');
  await expect(app.item('7.5.1').getByRole('radiogroup').first()).toBeVisible();
  await expect(page.getByRole('group', { name: HINT })).toHaveCount(0);
});

test('the crosswalk page is reached from the dashboard and its coverage follows the answers', async ({ page }) => {
  const app = new App(page);
  await app.open();
  await page.getByRole('link', { name: 'Other frameworks', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Other frameworks');
  await page.getByRole('link', { name: 'Open the NIST AI RMF crosswalk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NIST AI RMF crosswalk');

  const govern = page.getByRole('region', { name: 'GOVERN (Govern)' });
  await expect(govern).toContainText('GOVERN coverage: 0%');
  // GOVERN 2 opens to its subcategories; GOVERN 2.2 maps to clause 7.2 alone.
  await govern.getByText('GOVERN 2', { exact: true }).click();
  await expect(subcategory(page, 'GOVERN 2.2')).toContainText('Coverage: 0%');
  await expect(subcategory(page, 'GOVERN 2.2').getByRole('link', { name: '7.2 Competence' })).toBeVisible();
  await expect(subcategory(page, 'GOVERN 2.2')).toContainText('(Not assessed)');

  // Following the item's link and answering it moves the coverage.
  await subcategory(page, 'GOVERN 2.2').getByRole('link', { name: '7.2 Competence' }).click();
  await app.answerAll('7.2', 'Yes');
  await page.goto('./#/frameworks/nist-ai-rmf');
  await govern.getByText('GOVERN 2', { exact: true }).click();
  await expect(subcategory(page, 'GOVERN 2.2')).toContainText('Coverage: 100%');
  await expect(subcategory(page, 'GOVERN 2.2')).toContainText('(Fully implemented)');
  await expect(govern).not.toContainText('GOVERN coverage: 0%');
  await expect(page.getByRole('region', { name: 'Source of the mapping' })).toContainText('airc.nist.gov');
});

test('the crosswalk CSV has its header and a row per pair with coverage and status', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/7');
  await app.answerAll('7.2', 'Yes');
  await page.goto('./#/frameworks/nist-ai-rmf');
  const file = await app.download('Export NIST AI RMF crosswalk CSV');
  expect(file.name).toMatch(/^nist-ai-rmf-crosswalk-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = file.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe(
    'Function,Category,Subcategory,Subcategory in brief (our words),Subcategory coverage,ISO/IEC 42001 ID,ISO/IEC 42001 title,Status,Mapping source',
  );
  expect(lines.find((line) => line.startsWith('Govern,GOVERN 2,GOVERN 2.2,'))).toContain(
    ',100%,7.2,Competence,Fully implemented,',
  );
  expect(lines.find((line) => line.startsWith('Govern,GOVERN 1,GOVERN 1.1,') && line.includes(',A.2.2,'))).toContain(
    ',0%,A.2.2,AI policy,Not assessed,',
  );
  expect(lines.filter((line) => line.startsWith('Manage,MANAGE 4,MANAGE 4.3,'))).toHaveLength(3);
  await expect(page.getByRole('status').filter({ hasText: /^Exported nist-ai-rmf-crosswalk-/ })).toBeVisible();
});

for (const width of [360, 1280]) {
  test(`the crosswalk page, opened, at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    await app.open('#/frameworks/nist-ai-rmf');
    await expect(page.getByRole('region', { name: 'MANAGE (Manage)' })).toBeVisible();
    await page.getByText('GOVERN 1', { exact: true }).click();
    await expect(subcategory(page, 'GOVERN 1.1')).toBeVisible();
    await expectAccessible(page);
    await app.open('#/frameworks');
    await expectAccessible(page);
  });
}
