// Page object for AIMS Assess: the steps the specs repeat, written against roles and
// accessible names (docs/ui-names.md), never against CSS classes.
import { expect, type Locator, type Page } from '@playwright/test';

export const STORAGE_PREFIX = 'aims-assess/v1/';
export const CURRENT_KEY = `${STORAGE_PREFIX}current`;
export const STATUSES = [
  'Not assessed',
  'Not implemented',
  'Partially implemented',
  'Largely implemented',
  'Fully implemented',
  'Not applicable',
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class App {
  constructor(readonly page: Page) {}

  /** Opens the app at a hash route (relative to the base URL) and waits until it is drawn. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(hash ? `./${hash}` : './');
    await this.ready();
  }

  /** Waits until the Wasm app has rendered a page heading. */
  async ready(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Opens the Data page and waits until it is drawn. */
  async openData(): Promise<void> {
    await this.page.goto('./#/data');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Data' })).toBeVisible();
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(buttonName: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName, exact: true }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
  }

  /** Chooses a file in the Data page's "Import file" input. */
  async chooseImport(name: string, text: string | Buffer): Promise<void> {
    const mimeType = name.endsWith('.csv') ? 'text/csv' : 'application/json';
    await this.page
      .getByLabel('Import file', { exact: true })
      .setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') });
  }

  /** The stored documents of every assessment, by key. */
  async storedAssessments(): Promise<Record<string, string>> {
    return this.page.evaluate((prefix) => {
      const result: Record<string, string> = {};
      for (let index = 0; index < localStorage.length; index++) {
        const key = localStorage.key(index)!;
        if (key.startsWith(`${prefix}assessment/`)) result[key] = localStorage.getItem(key)!;
      }
      return result;
    }, STORAGE_PREFIX);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  navLink(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  }

  /** The region of a clause item or control, found by its ID at the start of its name. */
  item(id: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${escapeRegExp(id)} `) });
  }

  /** The n-th question (from 0) of an item, as its radio group. */
  question(itemId: string, index: number): Locator {
    return this.item(itemId).getByRole('radiogroup').nth(index);
  }

  async answer(itemId: string, index: number, choice: 'Yes' | 'Partly' | 'No'): Promise<void> {
    await this.unfold(this.item(itemId), itemId);
    await this.question(itemId, index).getByRole('radio', { name: choice, exact: true }).check();
  }

  /**
   * Opens a folded group (an item card, an SoA area) by its heading's button, named by the
   * group's ID and title; on narrow screens most groups start folded.
   */
  async unfold(group: Locator, id: string): Promise<void> {
    const toggle = group.getByRole('button', { name: new RegExp(`^${escapeRegExp(id)} `) }).first();
    await expect(toggle).toBeVisible();
    if ((await toggle.getAttribute('aria-expanded')) === 'false') {
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    }
  }

  /** The status shown on an item: exactly one of the fixed status texts. */
  statusBadge(itemId: string): Locator {
    return this.item(itemId).getByText(new RegExp(`^(${STATUSES.join('|')})$`));
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  overallReadiness(): Locator {
    return this.page.getByRole('region', { name: 'Overall readiness' });
  }

  clauseReadiness(clause: string): Locator {
    return this.page.getByRole('region', { name: `Clause ${clause} readiness` });
  }

  /** Answers every question of an item with the same choice. */
  async answerAll(itemId: string, choice: 'Yes' | 'Partly' | 'No'): Promise<void> {
    // Item cards appear once the catalog prose has loaded; count the questions after that.
    await this.unfold(this.item(itemId), itemId);
    await expect(this.item(itemId).getByRole('radiogroup').first()).toBeVisible();
    const count = await this.item(itemId).getByRole('radiogroup').count();
    expect(count, `${itemId} has questions`).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      await this.answer(itemId, index, choice);
    }
  }

  /** The "Applicable: <ID>" radio group of a control in the Statement of Applicability. */
  applicable(controlId: string): Locator {
    return this.page.getByRole('radiogroup', { name: `Applicable: ${controlId}`, exact: true });
  }

  async decide(controlId: string, choice: 'Yes' | 'No' | 'Undecided'): Promise<void> {
    // An Annex A control sits in its area, which may be folded; own controls never are.
    const area = /^(A\.\d+)\./.exec(controlId)?.[1];
    if (area && (await this.applicable(controlId).count()) === 0) {
      await this.unfold(this.page.getByRole('region', { name: new RegExp(`^${escapeRegExp(area)} `) }), area);
    }
    await this.applicable(controlId).getByRole('radio', { name: choice, exact: true }).check();
  }

  /**
   * A small assessment with something to report: 4.1 answered Yes throughout, 4.2 with one
   * Partly (gaps and findings follow) and control A.10.4 excluded, saved.
   */
  async answerWithGapsAndAnExclusion(): Promise<void> {
    await this.open('#/gap-analysis/4');
    await this.answerAll('4.1', 'Yes');
    await this.answer('4.2', 0, 'Partly');
    await this.open('#/soa');
    await this.decide('A.10.4', 'No');
    await this.waitForStored((d) => d.assessment.soa.controls['A.10.4'] !== undefined, 'the exclusion is saved');
  }

  justification(controlId: string): Locator {
    return this.page.getByRole('textbox', { name: `Justification for ${controlId}`, exact: true });
  }

  /** The region "Annex A readiness" on an Annex A page. */
  annexAReadiness(): Locator {
    return this.page.getByRole('region', { name: 'Annex A readiness', exact: true });
  }

  /** The key of the assessment this tab works on. */
  async currentAssessmentKey(): Promise<string> {
    const id = await this.page.evaluate((key) => localStorage.getItem(key), CURRENT_KEY);
    expect(id, 'the app names its current assessment in storage').toBeTruthy();
    return `${STORAGE_PREFIX}assessment/${id}`;
  }

  async storedText(key: string): Promise<string | null> {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }

  /** Writes text under a storage key, as another program or tab might. */
  async putStored(key: string, text: string): Promise<void> {
    await this.page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, text]);
  }

  /** Answers the first question of 4.1 Yes, waits until it is saved, and returns the key. */
  async saveFirstAnswer(): Promise<string> {
    await this.open('#/gap-analysis/4');
    await this.answer('4.1', 0, 'Yes');
    await this.waitForStored((document) => document.assessment.items['4.1'] !== undefined, 'first save');
    return this.currentAssessmentKey();
  }

  /** Waits until the stored copy of the current assessment satisfies a check. */
  async waitForStored(check: (document: any) => boolean, message: string): Promise<void> {
    const key = await this.currentAssessmentKey();
    await expect
      .poll(async () => {
        const text = await this.storedText(key);
        if (!text) return false;
        return check(JSON.parse(text));
      }, { message })
      .toBe(true);
  }
}
