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

/** The harm radio groups (not their follow-ups) and the measure radio groups of the page. */
const harmGroups = (page: Page) => page.locator('.impact-harm > .impact-question').getByRole('radiogroup');
const measureGroups = (page: Page) => page.locator('.impact-measure > .impact-question').getByRole('radiogroup');

/** The element ID the app gives a question (dots become dashes). */
const questionId = (id: string) => `#impact-question-${id.replace(/\./g, '-')}`;

/** Answers a harm with its severity (0 none to 3 severe), likelihood and reversibility. */
async function answerHarm(page: Page, id: string, severity: number, likely: RegExp, undo: RegExp): Promise<void> {
  await page.locator(questionId(id)).getByRole('radio').nth(severity).check();
  await page.locator(`${questionId(id)}-likelihood`).getByRole('radio', { name: likely }).check();
  await page.locator(`${questionId(id)}-reversibility`).getByRole('radio', { name: undo }).check();
}

/** Opens the impact assessment of S1 and waits for its questionnaire. */
async function openImpact(page: Page): Promise<void> {
  await openSystems(page, '#/impact/S1');
  await expect(page.getByRole('radiogroup', { name: /used in one of the areas the EU AI Act lists/ })).toBeVisible();
}

test('the CV-screening walk-through: level 4 with the Annex III flag, 3 once its measures are in place, reasons quoted, a reassessment keeps version 1, its critical risk leads the plan', async ({ page }) => {
  await addSystem(page, 'CV screening');
  await page.getByRole('checkbox', { name: 'Classifies or scores' }).check();
  await page.getByRole('checkbox', { name: 'Ranks or recommends' }).check();
  await page.getByRole('link', { name: 'Go to the impact assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impact assessment: CV screening' })).toBeVisible();
  await expect(liveLevel(page)).toHaveText('Impact level: Not assessed yet (before measures: not assessed yet)');
  await openImpact(page);

  await page.getByRole('radio', { name: /^Employment and managing workers/ }).check();
  await page.getByRole('radio', { name: '100 to 10,000 people a year' }).check();
  // Every harm "no harm" and every measure "not in place" first, then the tool's real harms.
  const harms = harmGroups(page);
  await expect(harms).toHaveCount(33);
  for (let index = 0; index < 33; index++) await harms.nth(index).getByRole('radio').first().check();
  const measures = measureGroups(page);
  await expect(measures).toHaveCount(25);
  for (let index = 0; index < 25; index++) await measures.nth(index).getByRole('radio').first().check();
  for (const id of ['fairness.1', 'protected.1', 'transparency.2', 'redress.1', 'redress.2', 'work.2']) {
    await answerHarm(page, id, 3, /^Likely/, /^Hardly or not at all/);
  }
  await answerHarm(page, 'autonomy.1', 3, /^Likely/, /^With effort/);
  // Apprentices are under 18: saying so honestly can only keep or raise the level.
  await answerHarm(page, 'children.4', 2, /^Possible/, /^Hardly or not at all/);
  await answerHarm(page, 'privacy.2', 2, /^Possible/, /^Hardly or not at all/);
  await expect(liveLevel(page)).toHaveText('Impact level: Level 4 (very high) (before measures: Level 4 (very high))');
  const result = page.getByRole('region', { name: 'Impact level' });
  await expect(result.getByText('EU AI Act Annex III:')).toBeVisible();
  await expect(result).toContainText('used for employment');
  await expect(result.getByRole('listitem').filter({ hasText: /^Before measures: Level 4 \(very high\), the level of the worst harm: .Could the system treat some people less well/ })).toBeVisible();

  // Bias testing, a person reviewing every rejection, explanations and a way to object.
  for (const id of ['bias_testing.1', 'bias_testing.2', 'oversight.1', 'oversight.3', 'explanation.1', 'explanation.2', 'user_information.2', 'documentation.2']) {
    await page.locator(questionId(id)).getByRole('radio').nth(2).check();
  }
  await expect(liveLevel(page)).toHaveText('Impact level: Level 3 (high) (before measures: Level 4 (very high))');
  await result.getByText(/^Could the system treat some people less well.*Level 4 \(very high\) before measures, Level 3 \(high\) after$/).click();
  await expect(result.getByText('All of them are in place, so it is one level lower: Level 3 (high).').first()).toBeVisible();

  // Risks the answers suggest fit a tool that scores and ranks; nothing about generated text.
  const suggestions = page.getByRole('region', { name: 'Suggested risks' });
  await expect(suggestions).toContainText('Biased outcomes');
  await expect(suggestions).not.toContainText('Hallucinated outputs');

  // Sign off, then start a reassessment: version 1 stays readable under "Earlier versions".
  await page.getByLabel('Approved by').fill('Managing director');
  await page.getByLabel('Approved on').fill('2026-11-30');
  await page.getByLabel('Approved on').blur();
  await expect(page.getByText(/^Version 1, approved by Managing director on 2026-11-30/)).toBeVisible();
  await page.getByRole('button', { name: 'Start a reassessment' }).click();
  await expect(page.getByText(/^Version 2, draft/)).toBeVisible();
  const versions = page.getByRole('region', { name: 'Earlier versions' });
  await expect(versions.getByText(/^Version 1, approved by Managing director/)).toBeVisible();
  await page.locator(questionId('oversight.1')).getByRole('radio').nth(0).check();
  await versions.getByText(/^Version 1, approved/).click();
  await expect(versions.getByRole('table')).toContainText('Does a named person with the right training review');

  // Everything is stored.
  await page.reload();
  await expect(liveLevel(page)).toHaveText(/^Impact level: Level 4 \(very high\)/);
  await openSystems(page, '#/impact');
  await expect(page.getByRole('table')).toContainText('employment');

  // Its critical risk: added from the suggestion, rated critical before treatment, with the
  // action that switches off automatic rejection planned and a low rating expected after it.
  await openImpact(page);
  await page.getByRole('region', { name: 'Suggested risks' }).getByRole('button', { name: 'Add Biased outcomes to the risk register' }).click();
  await page.getByRole('region', { name: 'Suggested risks' }).getByRole('link', { name: 'In the register as R1: open it' }).click();
  await expect(page.getByText('Proposed rating, check it.')).toBeVisible();
  await page.getByLabel('Likelihood before treatment').selectOption('5');
  await page.getByLabel('Consequence before treatment').selectOption('5');
  await page.getByRole('button', { name: 'Add treatment action' }).click();
  await page.getByLabel('Action 1', { exact: true }).fill('Switch off automatic rejection');
  await page.getByLabel('Likelihood after treatment').selectOption('1');
  await page.getByLabel('Consequence after treatment').selectOption('1');
  await expect(page.getByText('Level after treatment: Low')).toBeVisible();
  const app = new App(page);
  await app.open('');
  await expect(page.getByRole('region', { name: 'Most important gaps' }).getByRole('listitem').first()).toContainText('Switch off automatic rejection · High priority');
  await app.open('#/actions');
  await expect(page.getByRole('table', { name: 'Actions' }).getByRole('rowheader').first()).toContainText('Switch off automatic rejection');
  // The stage 1 verdict lists each blocker once, as many as it counts.
  await app.open('#/checks');
  const stageOne = page.getByRole('region', { name: /^Stage 1:/ });
  const count = Number((await stageOne.locator('.verdict-headline').innerText()).match(/: (\d+) blockers?$/)![1]);
  const entries = await stageOne.getByRole('list', { name: 'Blockers for stage 1' }).getByRole('listitem').allInnerTexts();
  expect(entries).toHaveLength(count);
  expect(new Set(entries).size).toBe(count);
});

test('a section that does not apply asks for a reason and never lowers the level', async ({ page }) => {
  await addSystem(page, 'Spam filter');
  await openImpact(page);
  await answerHarm(page, 'children.2', 1, /^Unlikely/, /^Easily/);
  const children = page.getByRole('region', { name: 'Children', exact: true });
  await children.getByRole('checkbox', { name: 'Children does not apply to this system' }).check();
  await expect(children.getByRole('radiogroup').first()).toBeHidden();
  const result = page.getByRole('region', { name: 'Impact level' });
  // A new assessment has many open points; their list starts folded.
  await result.getByText(/^What is still open \(\d+\)$/).click();
  await expect(result.getByRole('button', { name: 'Why \u201cChildren\u201d does not apply' })).toBeVisible();
  await result.getByRole('button', { name: 'Why \u201cChildren\u201d does not apply' }).click();
  await expect(children.getByLabel('Why it does not apply')).toBeFocused();
  await children.getByLabel('Why it does not apply').fill('Staff mailboxes only; no one under 18 works here.');
  await expect(result.getByRole('button', { name: 'Why \u201cChildren\u201d does not apply' })).toHaveCount(0);
  await expect(result).toContainText('Sections marked as not applicable');
});

test('text from the user is shown as text and the print view carries the method', async ({ page }) => {
  await addSystem(page, '<img src=x onerror=alert(1)>');
  await expect(page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await openSystems(page, '#/impact/S1/print');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI system impact assessment: <img src=x onerror=alert(1)>');
  await expect(page.getByText('How the impact level is worked out')).toBeVisible();
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
  const first = visibleGroups(page, 'Harms to individuals').first();
  await tabTo(page, first.getByRole('radio').first(), 160);
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
  // The most severe answer to every visible harm question of the first part suggests risks.
  await openImpact(page);
  const groups = visibleGroups(page, 'Harms to individuals');
  for (let index = 0; index < (await groups.count()); index++) {
    const group = groups.nth(index);
    if (await group.isVisible()) await group.getByRole('radio').last().check();
  }
  const suggestions = page.getByRole('region', { name: 'Suggested risks' });
  const add = suggestions.getByRole('button', { name: /^Add .+ to the risk register$/ }).first();
  const title = (await add.textContent())!.replace(/^Add /, '').replace(/ to the risk register$/, '');
  await add.click();
  // Once added, the suggestion opens the risk instead of adding a copy.
  await expect(suggestions.getByRole('button', { name: `Add ${title} to the risk register` })).toHaveCount(0);
  await suggestions.getByRole('link', { name: 'In the register as R1: open it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `R1 ${title}` })).toBeVisible();
  await expect(page.getByLabel('AI system', { exact: true })).toHaveValue('S1');
  await expect(page.getByLabel('AI system', { exact: true }).locator('option:checked')).toHaveText('S1 CV screening assistant');
});
