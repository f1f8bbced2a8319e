// Issue 24, part 1: the EU AI Act classification of an AI system. The CV-screening tool of the
// impact example is classified high-risk under Annex III point 4(a), with its obligations and
// the ISO/IEC 42001 items that support them; an obligation's status is kept across a reload.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/accessibility';

/** Adds a system from the inventory page; the app opens its record. */
async function addSystem(page: Page, name: string): Promise<void> {
  await page.goto('./#/ai-systems');
  await page.getByLabel('Name of the new AI system').fill(name);
  await page.getByRole('button', { name: 'Add AI system' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Answers one question of the path, found by a part of its wording. */
async function answer(page: Page, question: RegExp, choice: string | RegExp): Promise<void> {
  const group = page.getByRole('radiogroup', { name: question });
  await group.getByRole('radio', { name: choice, exact: typeof choice === 'string' }).check();
}

const NOT_PROHIBITED = [
  /subliminal/, /exploit the vulnerabilities/, /social behaviour/, /commit a crime/, /scraping/,
  /infer the emotions/, /biometric data to deduce/, /real-time remote/,
];
const NO_TRANSPARENCY_OR_GPAI = [
  /interact directly/, /generate synthetic/, /recognise emotions or to categorise/, /deep fakes/,
  /general-purpose AI model that you provide/,
];

const verdict = (page: Page) => page.getByRole('region', { name: 'Verdict' });

test('the CV-screening tool is high-risk under Annex III point 4(a) and its obligations are tracked', async ({ page }) => {
  await addSystem(page, 'CV screening');
  // The impact assessment already names the employment area: it is offered, never answered.
  await page.goto('./#/impact/S1');
  await page.getByRole('radio', { name: /^Employment and managing workers/ }).check();
  await page.goto('./#/ai-systems/S1');
  await page.getByRole('link', { name: 'EU AI Act classification' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'EU AI Act classification: CV screening' })).toBeVisible();
  await expect(verdict(page)).toContainText('Not classified yet');

  await answer(page, /under your own name or trademark/, 'Yes');
  await answer(page, /professional activity/, 'Yes');
  for (const role of [/first to place on the EU market/, /reseller/, /built in as a part/]) await answer(page, role, 'No');
  for (const practice of NOT_PROHIBITED) await answer(page, practice, 'No');
  await answer(page, /Annex I\?/, 'No');
  // Questions off the path are not shown.
  await expect(page.getByRole('radiogroup', { name: /profile people/ })).toBeHidden();
  await expect(page.getByRole('radiogroup', { name: /third-party conformity assessment/ })).toBeHidden();
  const area = page.getByRole('radiogroup', { name: /areas Annex III lists as high-risk/ });
  await expect(area.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: "Use the impact assessment's answer" }).click();
  await expect(area.getByRole('radio', { name: /^Employment, workers' management/ })).toBeChecked();
  await answer(page, /Which use in employment is it/, /^Recruiting or selecting people/);
  await answer(page, /profile people/, 'Yes');
  // Profiling rules the Art. 6(3) exceptions out, so that question is not asked.
  await expect(page.getByRole('radiogroup', { name: /no significant risk of harm/ })).toBeHidden();
  await answer(page, /governed by public law/, 'No');
  for (const duty of NO_TRANSPARENCY_OR_GPAI) await answer(page, duty, 'No');

  await expect(verdict(page)).toContainText('High-risk: Annex III point 4(a), employment (Art. 6(2))');
  await expect(verdict(page)).toContainText('Art. 6(3), last subparagraph');
  await expect(verdict(page)).not.toContainText('still open');

  const obligations = page.getByRole('region', { name: 'Obligations' });
  const risk = obligations.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Risk management' }) });
  await expect(risk).toContainText('Art. 9 (provider)');
  await expect(risk.getByRole('link', { name: '6.1.2 AI risk assessment' })).toHaveAttribute('href', '#/item/6.1.2');
  const oversight = obligations.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Human oversight' }) });
  await expect(oversight).toContainText('Art. 14 (provider); Art. 26(2) (deployer)');
  await expect(obligations.getByRole('heading', { name: 'Fundamental rights impact assessment' })).toHaveCount(0);
  await obligations.getByLabel('Status of Risk management').selectOption({ label: 'In progress' });
  await obligations.getByLabel('Note on Risk management').fill('Bias tests <b>planned</b> for January');

  // The dates carry their source and the proposal is shown as a proposal.
  const dates = page.getByRole('region', { name: 'When the Act applies' });
  await expect(dates).toContainText('2026-08-02');
  await expect(dates).toContainText('Article 113');
  await expect(dates).toContainText('last checked 2026-12-07');
  await expect(dates).toContainText('Proposal: not confirmed as law');

  await page.getByLabel('Reviewed by').fill('Head of Legal');
  await page.getByLabel('Reviewed on').fill('2026-12-07');
  await page.getByLabel('Reviewed on').blur();

  await page.reload();
  await expect(verdict(page)).toContainText('High-risk: Annex III point 4(a), employment (Art. 6(2))');
  await expect(page.getByLabel('Status of Risk management')).toHaveValue('in_progress');
  await expect(page.getByLabel('Note on Risk management')).toHaveValue('Bias tests <b>planned</b> for January');
  await expect(page.getByLabel('Reviewed by')).toHaveValue('Head of Legal');
  await expect(page.getByLabel('Reviewed on')).toHaveValue('2026-12-07');

  // An answer can be changed at any time: a narrow procedural task without profiling is the
  // Art. 6(3) exception, and the class follows.
  await answer(page, /profile people/, 'No');
  await answer(page, /no significant risk of harm/, /^It performs a narrow procedural task/);
  await expect(verdict(page)).toContainText('Not high-risk by an exception: Art. 6(3)(a), for Annex III point 4(a), employment');

  // The inventory shows each system's class.
  await page.goto('./#/ai-systems');
  await expect(page.getByRole('listitem').filter({ hasText: 'CV screening' })).toContainText('Not high-risk by an exception');
});

test('a spam filter is none of these', async ({ page }) => {
  await addSystem(page, 'Spam filter');
  await page.goto('./#/ai-systems/S1/eu-ai-act');
  await answer(page, /under your own name or trademark/, 'No');
  await answer(page, /professional activity/, 'Yes');
  for (const role of [/first to place on the EU market/, /reseller/, /built in as a part/]) await answer(page, role, 'No');
  for (const practice of NOT_PROHIBITED) await answer(page, practice, 'No');
  await answer(page, /Annex I\?/, 'No');
  await answer(page, /areas Annex III lists as high-risk/, 'None of these areas');
  for (const duty of NO_TRANSPARENCY_OR_GPAI) await answer(page, duty, 'No');
  await expect(verdict(page)).toContainText('None of these');
  const obligations = page.getByRole('region', { name: 'Obligations' });
  await expect(obligations.getByRole('heading', { level: 3 })).toHaveText(['AI literacy']);
});

for (const width of [360, 1280]) {
  test(`the classification page at ${width} px has no WCAG 2.2 AA violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await addSystem(page, 'Support chatbot');
    await page.goto('./#/ai-systems/S1/eu-ai-act');
    await answer(page, /under your own name or trademark/, 'Yes');
    await answer(page, /interact directly/, 'Yes');
    await expect(page.getByRole('region', { name: 'Obligations' })).toBeVisible();
    await expect(page.getByText('Loading the EU AI Act questions…')).toHaveCount(0);
    await expectAccessible(page);
  });
}
