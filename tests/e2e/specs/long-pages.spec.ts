// Issue 25 §2: long pages fold into groups that show their progress, so a phone user scrolls
// far less, and "Next unanswered question" takes the user and keyboard focus to the next open
// question of the whole assessment.
import { expect, test, type Page } from '@playwright/test';
import { App } from '../support/app';

const NEXT = 'Next unanswered question';

/** Moves to another section inside the running app, keeping what it holds in memory. */
async function goInApp(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
  await expect(page).toHaveURL(new RegExp(`${hash.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
}

test('on a phone the item cards start folded but for the first open one, and fold by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  const first = app.item('4.1').getByRole('button', { name: /^4\.1 / });
  const second = app.item('4.2').getByRole('button', { name: /^4\.2 / });
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(second).toHaveAttribute('aria-expanded', 'false');
  await expect(app.item('4.2').getByRole('radiogroup')).toHaveCount(0);
  const body = page.locator(`[id="${await second.getAttribute('aria-controls')}"]`);
  await expect(body).toBeHidden();
  // The folded card still says how far it is.
  await expect(app.item('4.2')).toContainText(/0 of \d+ requirement questions answered/);

  await second.focus();
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('aria-expanded', 'true');
  await expect(body).toBeVisible();
  await expect(app.item('4.2').getByRole('radiogroup').first()).toBeVisible();
  await page.keyboard.press('Space');
  await expect(second).toHaveAttribute('aria-expanded', 'false');
  await expect(body).toBeHidden();

  // A card the user opened stays open when they come back in the same session.
  await page.keyboard.press('Enter');
  await expect(second).toHaveAttribute('aria-expanded', 'true');
  await goInApp(page, '#/gap-analysis/5');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Clause 5/);
  await goInApp(page, '#/gap-analysis/4');
  await expect(app.item('4.2').getByRole('button', { name: /^4\.2 / })).toHaveAttribute('aria-expanded', 'true');

  // On a wide screen every card starts open, as before.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.reload();
  await app.ready();
  await expect(app.item('4.3').getByRole('button', { name: /^4\.3 / })).toHaveAttribute('aria-expanded', 'true');
});

test('groups show their progress: a heading such as 6.1, SoA areas and impact sections', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new App(page);
  await app.open('#/gap-analysis/6');
  const group = page.getByText(/^\d+ of \d+ questions answered in this group$/).first();
  const before = await group.innerText();
  expect(before).toMatch(/^0 of /);
  await app.answer('6.1.1', 0, 'Yes');
  await expect(group).toHaveText(/^1 of \d+ questions answered in this group$/);

  await app.open('#/soa');
  const area = page.getByRole('region', { name: /^A\.2 / });
  await expect(area.getByRole('button', { name: /^A\.2 / })).toHaveAttribute('aria-expanded', 'true');
  await expect(area).toContainText('0 of 3 controls decided');
  await expect(page.getByRole('region', { name: /^A\.3 / }).getByRole('button', { name: /^A\.3 / })).toHaveAttribute('aria-expanded', 'false');
  await app.decide('A.2.2', 'Yes');
  await expect(area).toContainText('1 of 3 controls decided');

  await app.open('#/ai-systems');
  await page.getByLabel('Name of the new AI system').fill('CV screening');
  await page.getByRole('button', { name: 'Add AI system' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'CV screening' })).toBeVisible();
  await app.open('#/impact/S1');
  const fairness = page.getByRole('region', { name: 'Fairness and discrimination', exact: true });
  const fairnessToggle = fairness.getByRole('button', { name: 'Fairness and discrimination', exact: true });
  await expect(fairnessToggle).toHaveAttribute('aria-expanded', 'true');
  const privacyToggle = page.getByRole('region', { name: 'Privacy', exact: true }).getByRole('button', { name: 'Privacy', exact: true });
  await expect(privacyToggle).toHaveAttribute('aria-expanded', 'false');
  await expect(fairness).toContainText('0 of 2 answered');
  await fairness.getByRole('radiogroup').first().getByRole('radio').first().check();
  await expect(fairness).toContainText('1 of 2 answered');
});

test('Next unanswered question moves focus to the next open question, opening its card and changing page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  const next = page.getByRole('button', { name: NEXT });
  await next.click();
  await expect(app.question('4.1', 0).getByRole('radio').first()).toBeFocused();
  // Answering by keyboard, then the next press goes on from there.
  await page.keyboard.press('Space');
  await expect(app.question('4.1', 0).getByRole('radio', { name: 'Yes' })).toBeChecked();
  await next.click();
  await expect(app.question('4.1', 1).getByRole('radio').first()).toBeFocused();

  // After the last question of 4.1 the next one is in 4.2, whose folded card opens.
  const count = await app.item('4.1').getByRole('radiogroup').count();
  for (let index = 0; index < count; index++) {
    await app.answer('4.1', index, 'Yes');
  }
  await expect(app.item('4.2').getByRole('button', { name: /^4\.2 / })).toHaveAttribute('aria-expanded', 'false');
  await next.click();
  await expect(app.item('4.2').getByRole('button', { name: /^4\.2 / })).toHaveAttribute('aria-expanded', 'true');
  await expect(app.question('4.2', 0).getByRole('radio').first()).toBeFocused();
  await expect(app.question('4.2', 0).getByRole('radio').first()).toBeInViewport();

  // From the last question of clause 10 it moves on to Annex A, skipping the A.2.2 questions
  // answered under clause 5.2.
  await page.setViewportSize({ width: 1280, height: 900 });
  await app.open('#/gap-analysis/10');
  await page.getByRole('radiogroup').last().getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: NEXT }).click();
  await expect(page).toHaveURL(/#\/annex-a\/A\.2$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/A\.2/);
  await expect(app.question('A.2.3', 0).getByRole('radio').first()).toBeFocused();
});

test('Next unanswered question says so when every question is answered', async ({ page }) => {
  const app = new App(page);
  await app.openData();
  const exported = await app.download('Export JSON');
  const document = JSON.parse(exported.text);
  const clauses = await (await page.request.get('./clauses.json')).json();
  const annex = await (await page.request.get('./annex_a.json')).json();
  const items: Record<string, unknown> = {};
  const answerAll = (item: { id: string; questions: { id: string; same_as?: string }[] }) => {
    const answers: Record<string, string> = {};
    for (const question of item.questions) {
      if (!question.same_as) answers[question.id] = 'yes';
    }
    items[item.id] = { answers, notes: '', evidence: '', owner: '' };
  };
  for (const clause of clauses.clauses) clause.items.forEach(answerAll);
  for (const area of annex.areas) for (const section of area.sections) section.controls.forEach(answerAll);
  document.assessment.items = items;
  await app.chooseImport('all-answered.json', JSON.stringify(document));
  await page.getByRole('button', { name: 'Replace current assessment', exact: true }).click();

  await goInApp(page, '#/annex-a/A.6');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/A\.6/);
  await page.getByRole('button', { name: NEXT }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Every question is answered: nothing is left open.' })).toBeVisible();
  await expect(page).toHaveURL(/#\/annex-a\/A\.6$/);
});
