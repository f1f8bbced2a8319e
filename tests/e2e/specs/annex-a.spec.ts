// Issue 3: the Annex A pages show all 9 areas and 38 controls with their guidance, questions
// and fields, and hints from the organisation profile.
import { expect, test } from '@playwright/test';
import { App } from '../support/app';

const CONTROLS_PER_AREA: Record<string, number> = {
  'A.2': 3, 'A.3': 2, 'A.4': 5, 'A.5': 4, 'A.6': 9, 'A.7': 5, 'A.8': 4, 'A.9': 3, 'A.10': 3,
};

test('every Annex A area has a page with its controls, questions, guidance and pitfalls', async ({ page }) => {
  const app = new App(page);
  let total = 0;
  for (const [area, controls] of Object.entries(CONTROLS_PER_AREA)) {
    await app.open(`#/annex-a/${area}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(area);
    const regions = page.getByRole('region', { name: new RegExp(`^${area.replace('.', '\\.')}\\.\\d`) });
    await expect(regions).toHaveCount(controls);
    for (const region of await regions.all()) {
      const questions = await region.getByRole('radiogroup').count();
      expect(questions).toBeGreaterThanOrEqual(1);
      expect(questions).toBeLessThanOrEqual(6);
      await expect(region.getByText('Common pitfalls')).toBeVisible();
      await expect(region.getByText('Examples of evidence')).toBeVisible();
    }
    total += controls;
  }
  expect(total).toBe(38);
  // Each area's objective is shown above its controls.
  await expect(page.getByText(/^Objective:/).first()).toBeVisible();
});

test('a control is answered like a clause item and gets the same fields', async ({ page }) => {
  const app = new App(page);
  await app.open('#/annex-a/A.6');
  const control = app.item('A.6.2.4');
  await expect(control).toHaveAccessibleName(/^A\.6\.2\.4 AI system verification and validation/);
  await expect(app.statusBadge('A.6.2.4')).toHaveText('Not assessed');
  await app.answerAll('A.6.2.4', 'Yes');
  await expect(app.statusBadge('A.6.2.4')).toHaveText('Fully implemented');
  await app.field('Owner of A.6.2.4').fill('Head of engineering');
  await app.field('Due date for A.6.2.4').fill('2027-03-31');
  await app.reload();
  await expect(app.statusBadge('A.6.2.4')).toHaveText('Fully implemented');
  await expect(app.field('Owner of A.6.2.4')).toHaveValue('Head of engineering');
  await expect(app.field('Due date for A.6.2.4')).toHaveValue('2027-03-31');
});

test('the AI roles in the organisation profile give hints without deciding anything', async ({ page }) => {
  const app = new App(page);
  await app.open('#/annex-a/A.9');
  await expect(page.getByText(/^As an AI user/)).toHaveCount(0);

  await app.open('#/organisation');
  await app.field('Organisation name').fill('Acme Analytics <b>Ltd</b>');
  await page.getByRole('checkbox', { name: /^AI user/ }).check();

  await app.navLink('Annex A').click();
  await app.open('#/annex-a/A.9');
  await expect(page.getByText(/As an AI user/).first()).toBeVisible();
  // The hint decides nothing: the control is still undecided in the SoA.
  await app.navLink('Statement of Applicability').click();
  await expect(app.applicable('A.9.2').getByRole('radio', { name: 'Undecided', exact: true })).toBeChecked();
  // The organisation name is shown as text, never as markup.
  await expect(page.getByText('Acme Analytics <b>Ltd</b>')).toBeVisible();
});
