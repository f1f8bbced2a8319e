// Every page passes an automated WCAG 2.2 AA scan (axe-core) at phone and desktop widths.
// Automated checks find only part of the problems; keyboard use is covered by its own tests.
import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';
import { App } from '../support/app';

// The empty risk register among them: its "no findings" sentence once sat inside a list.
const PAGES = ['', '#/gap-analysis/6', '#/annex-a/A.6', '#/soa', '#/soa/print', '#/organisation', '#/risks', '#/data', '#/checks'];
const WIDTHS = [360, 1280];

for (const width of WIDTHS) {
  for (const hash of PAGES) {
    test(`${hash || 'dashboard'} at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const app = new App(page);
      await app.open(hash);
      if (hash.includes('gap-analysis') || hash.includes('annex-a')) {
        await expect(page.getByRole('radiogroup').first()).toBeVisible();
      }
      await expectAccessible(page);
    });
  }
}

for (const width of WIDTHS) {
  test(`the Data page with an import preview at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    await app.openData();
    const file = await app.download('Export JSON');
    await app.chooseImport('preview.json', file.text.replace('"name": "', '"name": "Reviewed '));
    await expect(page.getByRole('region', { name: /^Preview of/ })).toBeVisible();
    await expectAccessible(page);
  });
}

const SYSTEM_PAGES = ['', '#/ai-systems/S1', '#/impact', '#/impact/S1', '#/impact/S1/print'];

for (const width of WIDTHS) {
  test(`the AI systems pages with one system at ${width} px have no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#/ai-systems');
    await page.getByLabel('Name of the new AI system').fill('Support chatbot');
    await page.getByRole('button', { name: 'Add AI system' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Support chatbot' })).toBeVisible();
    for (const hash of SYSTEM_PAGES) {
      await page.goto(`./${hash || "#/ai-systems"}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The questionnaire's wording loads on demand; check the page once it is there.
      await expect(page.getByText('Loading the questionnaire…')).toHaveCount(0);
      await expectAccessible(page);
    }
    // The dashboard card that lists the system's impact level.
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'AI systems' })).toContainText('Support chatbot');
    await expectAccessible(page);
  });
}

const RISK_PAGES = ['#/risks', '#/risks/R1', '#/risks/criteria', '#/risks/print'];

for (const width of WIDTHS) {
  test(`the risks pages with one risk at ${width} px have no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#/risks');
    await page.getByText('Start from a typical AI risk', { exact: true }).click();
    await page.getByRole('button', { name: 'Add Biased outcomes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'R1 Biased outcomes' })).toBeVisible();
    for (const address of RISK_PAGES) {
      await page.goto(`./${address}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
}

const DECISION_PAGES = ['#/actions', '#/checks', '#/compare', '#/report'];

for (const width of WIDTHS) {
  test(`the action plan, checks, comparison and report with findings at ${width} px have no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    // A little of everything, so each page draws its lists, tables and charts rather than
    // its empty state: answers that leave gaps, an exclusion and a rated risk.
    await app.answerWithGapsAndAnExclusion();
    await page.goto('./#/risks');
    await page.getByText('Start from a typical AI risk', { exact: true }).click();
    await page.getByRole('button', { name: 'Add Biased outcomes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'R1 Biased outcomes' })).toBeVisible();
    // The dashboard now shows its gaps, radar and risk overview.
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Most important gaps' })).toBeVisible();
    await expectAccessible(page);
    for (const address of DECISION_PAGES) {
      await page.goto(`./${address}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
  });
}

for (const width of WIDTHS) {
  test(`a comparison with a baseline, an import error and page-not-found at ${width} px have no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    await app.open('#/gap-analysis/4');
    await app.answer('4.1', 0, 'No');
    await app.openData();
    const baseline = await app.download('Export JSON');
    await app.open('#/gap-analysis/4');
    await app.answer('4.1', 0, 'Yes');
    await app.waitForStored((d) => d.assessment.items['4.1']?.answers['4.1.q1'] === 'yes', 'the change is saved');

    await page.goto('./#/compare');
    await page.getByLabel('Baseline file', { exact: true }).setInputFiles({
      name: baseline.name,
      mimeType: 'application/json',
      buffer: Buffer.from(baseline.text, 'utf8'),
    });
    await expect(page.getByRole('list', { name: 'Items that changed' })).toBeVisible();
    await expectAccessible(page);

    await app.openData();
    await app.chooseImport('broken.json', '{"format": "aims-assess", "version": 6, "assessment": [');
    await expect(page.getByRole('alert').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expectAccessible(page);

    await app.open('#/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
  });
}

test('the phone menu, open, has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await expect(app.navLink('Data')).toBeVisible();
  await expectAccessible(page);
});

for (const width of WIDTHS) {
  test(`the SoA with an own control used by a risk and the bulk notice at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    await app.open('#/soa');
    await app.field('Title of the new control').fill('Four-eyes release');
    await page.getByRole('button', { name: 'Add own control' }).click();
    await app.decide('A.10.3', 'No');
    await app.open('#/risks');
    await page.getByLabel('Title of the new risk').fill('Unreviewed model goes live');
    await page.getByRole('button', { name: 'Add risk' }).click();
    await app.open('#/risks/R1');
    await page.getByLabel('Control to add').selectOption('O1');
    await page.getByRole('button', { name: 'Add control' }).click();
    await page.getByLabel('Control to add').selectOption('A.10.3');
    await expect(page.getByRole('link', { name: 'Open A.10.3 in the SoA' })).toBeVisible();
    await expectAccessible(page);
    await app.open('#/soa');
    await page.getByRole('button', { name: 'Set undecided controls to applicable' }).click();
    await expect(page.locator('#soa-bulk-undo')).toBeVisible();
    await expectAccessible(page);
    await app.open('#/soa/print');
    await expectAccessible(page);
  });
}

for (const width of WIDTHS) {
  test(`the list of catalog changes, a flagged question and a note on an answer at ${width} px have no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    await app.openData();
    const previous = {
      format: 'aims-assess',
      schema_version: 7,
      catalog_version: '2026.11',
      exported_at: '2026-11-30T09:00:00.000Z',
      app_version: '0.1.0',
      assessment: { name: 'Previous catalog', items: { '4.2': { answers: { '4.2.q3': 'partly' }, notes: '', evidence: '', owner: '' } } },
    };
    await app.chooseImport('previous.json', JSON.stringify(previous));
    await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();
    await app.open('#/');
    await expect(page.getByRole('region', { name: 'The questions changed since these answers were given' })).toBeVisible();
    await expectAccessible(page);
    // 4.2.q3 is flagged and answered "Partly", so its note field shows too.
    await app.open('#/item/4.2');
    await expect(app.item('4.2').getByRole('button', { name: 'Answer still right' })).toBeVisible();
    await expect(app.item('4.2').getByLabel('Note on this answer (4.2.q3)')).toBeVisible();
    await expectAccessible(page);
    await app.open('#/item/7.5.1');
    await expect(page.getByRole('list', { name: 'Documents the standard asks you to keep' })).toBeVisible();
    await expectAccessible(page);
  });
}

// The records: the hub, every register with one entry and its entry page (fields of every
// kind, the measurements chart and table, the fingerprint inputs), the templates and the road
// to certification with its warnings.
for (const width of WIDTHS) {
  test(`the records, templates and road to certification at ${width} px have no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const app = new App(page);
    await app.open('#/records');
    await expectAccessible(page);
    const registers: [string, string, string][] = [
      ['documents', 'Title of the new document', 'Add document'],
      ['objectives', 'The new objective', 'Add objective'],
      ['competence', 'Name of the new role', 'Add role'],
      ['audits', 'Name of the new audit', 'Add audit'],
      ['reviews', 'Name of the new review', 'Add review'],
      ['incidents', 'What happened, in one line', 'Add incident or nonconformity'],
      ['suppliers', 'Name of the new supplier', 'Add supplier'],
    ];
    for (const [slug, label, button] of registers) {
      await page.goto(`./#/records/${slug}`);
      await page.getByLabel(label, { exact: true }).fill(`First ${slug}`);
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`First ${slug}`);
      if (slug === 'objectives') {
        await app.field('Target').fill('90');
        await app.field('Target').press('Tab');
        await app.field('Date of the measurement').fill('2026-06-30');
        await app.field('Value').fill('80');
        await page.getByRole('button', { name: 'Add measurement', exact: true }).click();
        await expect(page.getByRole('img', { name: /latest is 80/ })).toBeVisible();
      }
      await expectAccessible(page);
      await page.goto(`./#/records/${slug}`);
      await expect(page.getByRole('link', { name: `First ${slug}`, exact: true })).toBeVisible();
      await expectAccessible(page);
    }
    for (const hash of ['#/templates', '#/templates/ai-policy']) {
      await page.goto(`./${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
    }
    await page.goto('./#/certification');
    await app.field('Target date of stage 1').fill('2027-03-01');
    await expect(page.getByRole('region', { name: 'What stands in the way' })).toBeVisible();
    await expectAccessible(page);
  });
}
