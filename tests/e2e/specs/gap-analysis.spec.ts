// Issue 2 (a): answering questions changes the item status, the clause readiness and the
// overall readiness, as the user sees them.
import { expect, test } from '@playwright/test';
import { App } from '../support/app';

test('answering 4.1 updates its status, clause 4 readiness and overall readiness', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clause 4: Context of the organization');

  await expect(app.statusBadge('4.1')).toHaveText('Not assessed');
  await expect(app.clauseReadiness('4')).toContainText('0%');
  await expect(app.overallReadiness()).toContainText('0%');

  const questions = app.item('4.1').getByRole('radiogroup');
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(2);

  // One "No": the item is assessed but not implemented.
  await app.answer('4.1', 0, 'No');
  await expect(app.statusBadge('4.1')).toHaveText('Not implemented');

  // Every question "Yes": fully implemented, and readiness rises above zero.
  for (let index = 0; index < count; index++) {
    await app.answer('4.1', index, 'Yes');
  }
  await expect(app.statusBadge('4.1')).toHaveText('Fully implemented');
  const clausePercent = await app.clauseReadiness('4').innerText();
  expect(clausePercent).not.toContain(' 0%');
  expect(clausePercent).toMatch(/[1-9]\d*%/);
  await expect(app.overallReadiness()).toContainText(/[1-9]\d*%/);

  // One "Partly" drops it from fully to largely (or partially, for a short item).
  await app.answer('4.1', 0, 'Partly');
  await expect(app.statusBadge('4.1')).toHaveText(/Largely implemented|Partially implemented/);

  // Clearing every answer returns the item to "Not assessed" and readiness to 0%.
  const clearButtons = app.item('4.1').getByRole('button', { name: 'Clear answer' });
  for (let index = 0; index < count; index++) {
    await clearButtons.nth(index).click();
  }
  await expect(app.statusBadge('4.1')).toHaveText('Not assessed');
  await expect(app.clauseReadiness('4')).toContainText('0%');

  // One fully implemented item of the 32 clause items is 3% of the clauses (rounded down),
  // and 1% overall, where the 38 Annex A controls count too (1 of 70). The dashboard shows
  // the same figures and a row per clause.
  for (let index = 0; index < count; index++) {
    await app.answer('4.1', index, 'Yes');
  }
  await expect(page.getByRole('region', { name: 'Clauses 4 to 10', exact: true })).toContainText('3%');
  await expect(app.overallReadiness()).toContainText('1%');
  await app.navLink('Dashboard').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(app.overallReadiness()).toContainText('1%');
  await expect(page.getByRole('region', { name: 'Readiness by part' })).toContainText(/Clauses 4 to 10\s*3%/);
  const table = page.getByRole('table', { name: 'Readiness per clause' });
  await expect(table.getByRole('row')).toHaveCount(1 + 7);
});

test('every clause 4 to 10 has a page with its items and questions', async ({ page }) => {
  const app = new App(page);
  const expectedItems: Record<string, number> = { '4': 4, '5': 3, '6': 6, '7': 7, '8': 4, '9': 6, '10': 2 };
  let total = 0;
  for (const [clause, items] of Object.entries(expectedItems)) {
    await app.open(`#/gap-analysis/${clause}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Clause ${clause}: `));
    const regions = page.getByRole('region', { name: new RegExp(`^${clause}\\.\\d`) });
    await expect(regions).toHaveCount(items);
    total += items;
    for (const region of await regions.all()) {
      expect(await region.getByRole('radiogroup').count()).toBeGreaterThanOrEqual(2);
    }
  }
  expect(total).toBe(32);
});

test('the scoring method is explained behind "How is this calculated?"', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/5');
  const disclosure = page.getByText('How is this calculated?');
  await disclosure.click();
  await expect(page.getByText(/Yes 1, Partly 0\.5, No 0/)).toBeVisible();
});

test('keyboard alone can reach and answer a question', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  const firstYes = app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true });
  // Tab from the top of the page until the first radio of 4.1 has focus.
  await page.keyboard.press('Tab');
  let reached = false;
  for (let presses = 0; presses < 60 && !reached; presses++) {
    reached = await firstYes.evaluate((element) => element === document.activeElement);
    if (!reached) await page.keyboard.press('Tab');
  }
  expect(reached, 'Tab reaches the first answer of 4.1').toBe(true);
  await page.keyboard.press('Space');
  await expect(firstYes).toBeChecked();
  // Arrow keys move within the group and change the answer.
  await page.keyboard.press('ArrowRight');
  await expect(app.question('4.1', 0).getByRole('radio', { name: 'Partly', exact: true })).toBeChecked();
  await expect(app.statusBadge('4.1')).not.toHaveText('Not assessed');
});

test('an unknown clause shows a page-not-found message with a way back', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
});

// Every file the app loads on first use shows a failure the same way (ui::components::
// load_failed): what could not be loaded and why, and a "Try again" that loads it.
test('questions that cannot be loaded say so, and "Try again" loads them', async ({ page }) => {
  const app = new App(page);
  await page.route('**/clauses.json*', (route) => route.abort());
  await app.open('#/gap-analysis/4');
  const alert = page.getByRole('alert').filter({ hasText: 'The questions could not be loaded' });
  await expect(alert).toContainText('clauses.json could not be loaded');
  await expect(app.item('4.1').getByRole('radiogroup')).toHaveCount(0);

  await page.unroute('**/clauses.json*');
  await alert.getByRole('button', { name: 'Try again', exact: true }).click();
  await expect(app.item('4.1').getByRole('radiogroup').first()).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toHaveCount(0);
});
