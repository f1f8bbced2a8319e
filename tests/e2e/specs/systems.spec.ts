// Issue 5: the AI system inventory and its scored impact assessment.
import { expect, test, type Page } from '@playwright/test';
import { App } from '../support/app';

/** Opens a route of the AI systems page and waits until it is drawn. */
async function openSystems(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash || '#/ai-systems'}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Adds a system from the inventory page and returns to the inventory. */
async function addSystem(page: Page, name: string): Promise<void> {
  await openSystems(page);
  await page.getByLabel('Name of the new AI system').fill(name);
  await page.getByRole('button', { name: 'Add AI system' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** The radio groups of one part of the questionnaire that are shown now. */
function visibleGroups(page: Page, part: string) {
  return page.getByRole('region', { name: part, exact: true }).getByRole('radiogroup');
}

const liveLevel = (page: Page) => page.getByRole('status').filter({ hasText: 'Impact level:' });

test('a level 3 impact drops to 2 when one measure improves, survives a reload, and delete can be undone', async ({ page }) => {
  await addSystem(page, 'Support chatbot');
  await page.getByLabel('Purpose and intended use').fill('Answers customer questions <b>in chat</b>');
  await page.getByRole('checkbox', { name: /^AI customer/ }).check();
  await page.getByRole('link', { name: 'Go to the impact assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact assessment: Support chatbot' })).toBeVisible();
  await expect(liveLevel(page)).toHaveText('Impact level: Not assessed yet');

  // Screening questions "No" (their follow-ups disappear), impact questions alternately
  // minor (1 point) and serious (2 points): 34 of 69 points, 49 %, level 3 before measures.
  let impactIndex = 0;
  for (const part of ['Individuals', 'Groups', 'Society']) {
    const groups = visibleGroups(page, part);
    for (let index = 0; index < (await groups.count()); index++) {
      const group = groups.nth(index);
      if (!(await group.isVisible())) continue;
      const no = group.getByRole('radio', { name: 'No', exact: true });
      if ((await no.count()) === 1) {
        await no.check();
      } else {
        await group.getByRole('radio').nth(impactIndex % 2 === 0 ? 1 : 2).check();
        impactIndex++;
      }
    }
  }
  expect(impactIndex).toBe(23);
  // Measures: 9 of 13 fully in place is 18 of 26 points, just under the 70 % threshold (19).
  const measures = visibleGroups(page, 'Measures in place');
  await expect(measures).toHaveCount(13);
  for (let index = 0; index < 13; index++) {
    await measures.nth(index).getByRole('radio').nth(index < 9 ? 2 : 0).check();
  }
  await expect(liveLevel(page)).toHaveText('Impact level: Level 3 (high)');
  await expect(page.getByText('Impact points: 34 of 69 points (49%)')).toBeVisible();

  // What if one more measure were partly in place? 19 points: the level drops by one.
  await measures.nth(9).getByRole('radio').nth(1).check();
  await expect(liveLevel(page)).toHaveText('Impact level: Level 2 (moderate)');

  // Clearing an answer makes the result provisional and names the open question.
  // The button sits beside the radio group, in the question's container.
  await measures.nth(12).locator('xpath=..').getByRole('button', { name: 'Clear answer' }).click();
  await expect(liveLevel(page)).toHaveText(/provisional/);
  await expect(page.getByText(/Provisional: 1 question is unanswered/)).toBeVisible();
  await measures.nth(12).getByRole('radio').nth(0).check();

  // Everything is stored: a reload shows the same level and the record.
  await page.reload();
  await expect(liveLevel(page)).toHaveText('Impact level: Level 2 (moderate)');
  await openSystems(page);
  const card = page.getByRole('listitem').filter({ hasText: 'Support chatbot' });
  await expect(card).toContainText('Level 2 (moderate)');
  await expect(card).toContainText('AI customer');

  // The dashboard of the main page lists the level too.
  const app = new App(page);
  await app.open('#/');
  await expect(page.getByRole('region', { name: 'AI systems' })).toContainText('Support chatbot');
  await expect(page.getByRole('region', { name: 'AI systems' })).toContainText('Level 2 (moderate)');

  // Delete, then undo: the system comes back with its answers.
  await openSystems(page);
  await page.getByRole('button', { name: 'Delete Support chatbot' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Support chatbot' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Support chatbot' })).toContainText('Level 2 (moderate)');
});

test('text from the user is shown as text and the print view carries the method', async ({ page }) => {
  await addSystem(page, '<img src=x onerror=alert(1)>');
  await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await openSystems(page, '#/impact/S1/print');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI system impact assessment: <img src=x onerror=alert(1)>');
  await expect(page.getByText('How the impact level is computed')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

/** Presses Tab until the element has focus (at most `limit` times); fails otherwise. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target}`);
}

test('keyboard alone adds a system and answers its impact questions', async ({ page }) => {
  await openSystems(page);
  await tabTo(page, page.getByLabel('Name of the new AI system'));
  await page.keyboard.type('Route planner');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Route planner' })).toBeVisible();
  await tabTo(page, page.getByRole('link', { name: 'Go to the impact assessment' }), 120);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Impact assessment: Route planner' })).toBeVisible();
  const first = visibleGroups(page, 'Individuals').first();
  await tabTo(page, first.getByRole('radio').first());
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio').first()).toBeChecked();
  // Arrow keys move within the group and change the answer; the live level follows.
  await page.keyboard.press('ArrowDown');
  await expect(first.getByRole('radio').nth(1)).toBeChecked();
  await expect(liveLevel(page)).toHaveText(/provisional/);
});

test('a suggested risk goes into the risk register with one click, linked to its system', async ({ page }) => {
  await addSystem(page, 'CV screening assistant');
  await openSystems(page, '#/impact/S1');
  // The most severe answer to every visible impact question of the first part suggests risks.
  const groups = visibleGroups(page, 'Individuals');
  for (let index = 0; index < (await groups.count()); index++) {
    const group = groups.nth(index);
    if (await group.isVisible()) await group.getByRole('radio').last().check();
  }
  const suggestions = page.getByRole('region', { name: 'Suggested risks' });
  const add = suggestions.getByRole('button', { name: /^Add .+ to the risk register$/ }).first();
  const title = (await add.textContent())!.replace(/^Add /, '').replace(/ to the risk register$/, '');
  await add.click();
  await suggestions.getByRole('link', { name: 'Added as R1: open it in the risk register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `R1 ${title}` })).toBeVisible();
  await expect(page.getByLabel('AI system', { exact: true })).toHaveValue('S1');
  await expect(page.getByLabel('AI system', { exact: true }).locator('option:checked')).toHaveText('S1 CV screening assistant');
});
