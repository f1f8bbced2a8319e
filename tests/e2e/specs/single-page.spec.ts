// Issue 19 (1, 2, 5): one app on one page. Moving between sections never reloads the document,
// "Undo" of a destructive step survives a visit to another section, Back and Forward restore
// the scroll position, a new section starts at its heading with the navigation in view,
// results of imports and exports appear where the user is, and narrow screens fold the
// navigation behind a "Menu" button.
import { expect, test, type Page } from '@playwright/test';
import { App } from '../support/app';

const SECTIONS = [
  'Dashboard',
  'Organisation',
  'Gap analysis',
  'Annex A',
  'Statement of Applicability',
  'AI systems',
  'Risks',
  'Impact assessments',
  'Action plan',
  'Records',
  'Report',
  'Data',
];

/** Follows a link of the main navigation and waits for the section's heading. */
async function goTo(app: App, section: string, heading: string | RegExp = section): Promise<void> {
  await app.navLink(section).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test('every section is reached without reloading the page or loading another module', async ({ page }) => {
  const app = new App(page);
  const modules: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) modules.push(request.url());
  });
  let documents = 0;
  page.on('load', () => documents++);
  await app.open();
  // A mark on the window survives only as long as the document does.
  await page.evaluate(() => ((window as unknown as { aimsMark: number }).aimsMark = 42));
  for (const section of [...SECTIONS].reverse()) {
    await app.navLink(section).click();
    await expect(app.navLink(section)).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(await page.evaluate(() => (window as unknown as { aimsMark?: number }).aimsMark)).toBe(42);
  expect(documents, 'one document load').toBe(1);
  expect(modules, 'one Wasm module').toHaveLength(1);
});

test('Undo of a deleted risk, AI system and own action survives moving to another section', async ({ page }) => {
  const app = new App(page);
  await app.open('#/risks');
  await page.getByText('Start from a typical AI risk', { exact: true }).click();
  await page.getByRole('button', { name: 'Add Biased outcomes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'R1 Biased outcomes' })).toBeVisible();
  await goTo(app, 'Risks');
  await page.getByRole('button', { name: 'Delete R1 Biased outcomes' }).click();
  await expect(page.getByRole('link', { name: 'R1 Biased outcomes', exact: true })).toHaveCount(0);
  // Focus moved to the offer to undo, since the pressed button is gone.
  await expect(page.getByRole('status').filter({ hasText: 'R1 Biased outcomes was deleted.' }).locator('[tabindex="-1"]')).toBeFocused();

  await goTo(app, 'AI systems');
  await app.field('Name of the new AI system').fill('CV screener');
  await page.getByRole('button', { name: 'Add AI system' }).click();
  await goTo(app, 'AI systems');
  await page.getByRole('button', { name: 'Delete CV screener' }).click();
  await expect(page.getByRole('link', { name: 'Edit CV screener' })).toHaveCount(0);

  await goTo(app, 'Action plan');
  await app.field('Your own action').fill('Brief the board');
  await page.getByRole('button', { name: 'Add action', exact: true }).click();
  await page.getByRole('button', { name: 'Delete A1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'A1 was deleted.' })).toBeVisible();

  // Away to the dashboard, then back to each section: every undo is still offered and works.
  await goTo(app, 'Dashboard');
  await goTo(app, 'Risks');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('link', { name: 'R1 Biased outcomes', exact: true })).toBeVisible();
  await goTo(app, 'AI systems');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Edit CV screener' })).toBeVisible();
  await goTo(app, 'Action plan');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title of A1' })).toHaveValue('Brief the board');
  await app.waitForStored(
    (d) => d.assessment.risks.length === 1 && d.assessment.systems.length === 1 && d.assessment.custom_actions.length === 1,
    'everything restored is saved',
  );
});

test('Undo of a deleted assessment survives moving to another section', async ({ page }) => {
  const app = new App(page);
  await app.saveFirstAnswer();
  await app.openData();
  await app.field('Assessment name').fill('Keep me');
  await page.getByRole('button', { name: 'Rename assessment' }).click();
  await page.getByRole('button', { name: 'Delete assessment' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted "Keep me".' })).toBeVisible();
  await goTo(app, 'Dashboard');
  await goTo(app, 'Data');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone. "Keep me" is open.' })).toBeVisible();
  await goTo(app, 'Gap analysis', /^Clause 4/);
  await expect(app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
});

/** The window's scroll position. */
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test('Back and Forward return to where the section was left; a new section starts at its heading', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/6');
  await expect(app.item('6.1.2').getByRole('radiogroup').first()).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 3260));
  await expect.poll(() => scrollY(page)).toBe(3260);

  // A new section: at its top, navigation in view, focus on its heading. The link is followed
  // where the user is, as a link in the content would be (a click by Playwright would first
  // scroll the navigation into view, and that is where the user would then have left the
  // page).
  await app.navLink('Dashboard').dispatchEvent('click');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  expect(await scrollY(page)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeInViewport();

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Clause 6/);
  await expect.poll(() => scrollY(page)).toBe(3260);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect.poll(() => scrollY(page)).toBe(0);

  // Scrolled and left within one frame, before the browser has told the app about the scroll:
  // the place is still kept.
  await page.goBack();
  await expect.poll(() => scrollY(page)).toBe(3260);
  await page.evaluate(() => {
    window.scrollTo(0, 1200);
    const nav = document.querySelector('nav[aria-label="Main"]');
    const dashboard = [...(nav?.querySelectorAll('a') ?? [])].find((a) => a.textContent?.trim() === 'Dashboard');
    dashboard?.click();
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Clause 6/);
  await expect.poll(() => scrollY(page)).toBe(1200);

  // A link far down a page (the next clause, at the end of clause 6) opens at the top.
  const next = page.getByRole('link', { name: /^Clause 7: / }).last();
  await next.scrollIntoViewIfNeeded();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Clause 7/);
  await expect.poll(() => scrollY(page)).toBe(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeInViewport();
});

test('on a phone the navigation folds behind a Menu button that keyboard users can close', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(app.navLink('Risks')).toBeHidden();
  // The current section's name stays in view beside the button.
  await expect(nav.getByText('Gap analysis', { exact: true }).first()).toBeVisible();
  // The navigation takes little of the first screen.
  const navBox = await nav.boundingBox();
  expect(navBox!.height).toBeLessThan(740 * 0.15);

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(app.navLink('Risks')).toBeVisible();
  await app.navLink('Risks').focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(app.navLink('Risks')).toBeHidden();

  // Following a link closes the menu and shows the section.
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await app.navLink('Risks').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Risks');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByText('Risks', { exact: true }).first()).toBeVisible();

  // On a wide screen every link shows and the button does not.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(menu).toBeHidden();
  await expect(app.navLink('Report')).toBeVisible();
});

test('the result of an import and of an export appears beside the control used, with focus on it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const app = new App(page);
  await app.saveFirstAnswer();
  await app.openData();
  const exported = await app.download('Export JSON');
  const exportSection = page.getByRole('region', { name: 'Export' });
  const exportedNotice = exportSection.getByRole('status').getByText(`Exported ${exported.name}.`);
  await expect(exportedNotice).toBeInViewport();
  await expect(exportSection.getByRole('status').locator('[tabindex="-1"]')).toBeFocused();

  await app.chooseImport(exported.name, exported.text);
  await page.getByRole('button', { name: 'Import as new assessment', exact: true }).click();
  const importSection = page.getByRole('region', { name: 'Import' });
  const done = importSection.getByRole('status').getByText(/^Imported ".*" as a new assessment\.$/);
  await expect(done).toBeInViewport();
  await expect(importSection.getByRole('status').filter({ hasText: 'as a new assessment.' }).locator('[tabindex="-1"]').first()).toBeFocused();
  // Nothing of it is at the top of the page, out of view.
  await expect(page.locator('.notice-area').getByText(/Imported/)).toHaveCount(0);

  await importSection.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(importSection.getByRole('status').getByText(/^Undone\./)).toBeInViewport();
});
