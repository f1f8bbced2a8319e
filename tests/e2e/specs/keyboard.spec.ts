// Issue 8 (5): the whole round trip without a mouse: answer a question, export the assessment,
// choose it for import, read the preview and cancel it, all with Tab, Space and Enter, with a
// visible focus ring on every control on the way.
import { expect, test, type FileChooser, type Locator, type Page } from '@playwright/test';
import { App } from '../support/app';

/** Presses Tab until `target` has focus, checking that each control passed shows its focus. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      return { outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0, boxShadow: style.boxShadow !== 'none', tag: element.outerHTML.slice(0, 80) };
    });
    if (focus) expect(focus.outline || focus.boxShadow, `focus is visible on ${focus.tag}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target} in ${limit} presses`);
}

test('keyboard alone answers, exports, previews an import and cancels it', async ({ page }) => {
  const app = new App(page);
  await app.open('#/gap-analysis/4');
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  const yes = app.question('4.1', 0).getByRole('radio', { name: 'Yes', exact: true });
  await tabTo(page, yes);
  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  await app.waitForStored((d) => d.assessment.items['4.1'] !== undefined, 'the answer is saved');

  await app.openData();
  // Playwright turns on its interception of file choosers only after a listener is added, and
  // does so asynchronously; listening from here on means the Space below cannot win that race.
  const choosers: FileChooser[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser));
  const exportButton = page.getByRole('button', { name: 'Export JSON', exact: true });
  await tabTo(page, exportButton);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const path = await download.path();
  expect(path).toBeTruthy();

  const fileInput = page.getByLabel('Import file', { exact: true });
  await tabTo(page, fileInput);
  await page.keyboard.press('Space');
  await expect.poll(() => choosers.length, { message: 'Space opens the file chooser' }).toBe(1);
  await choosers[0].setFiles(path!);
  const preview = page.getByRole('region', { name: /^Preview of/ });
  await expect(preview).toBeVisible();
  // Focus moves to the preview, so the next Tabs walk through its choices.
  await expect(preview.getByRole('heading').first()).toBeFocused();
  await tabTo(page, preview.getByRole('button', { name: 'Cancel', exact: true }), 10);
  await page.keyboard.press('Enter');
  await expect(preview).toHaveCount(0);
  await expect(page.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
});
