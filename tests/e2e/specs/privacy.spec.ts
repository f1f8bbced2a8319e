// Issue 8 (2): privacy anyone can verify. Every page carries a Content-Security-Policy that
// allows only the app's own files and sends nothing anywhere; using every feature requests
// nothing from any other origin, and once a page has loaded, nothing at all.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { App } from '../support/app';

// The real conditions: the service worker is on and caches the release in the background.
test.use({ serviceWorkers: 'allow' });

/** The catalog prose and the impact questionnaire's wording, the parts of the app a page loads
 *  when first needed (a gap analysis or impact page, an answers CSV) rather than at start, to
 *  keep first loads small. After the first
 *  visit it comes from the service worker's copy, never from the network: checked below. */
const CATALOG_PROSE = /\/(clauses|annex_a|impact)\.json$/;

/** The small pages that forward the addresses of the old separate pages to the one page. */
const FORWARDING_PAGES = ['data.html', 'systems.html', 'risks.html', 'plan.html', 'actions.html', 'report.html', 'compare.html'];

/** Checks a page's policy: only the app's own files, no inline code but hashed scripts. */
function expectStrictPolicy(policy: string, file: string): void {
  expect(policy, file).toContain("default-src 'none'");
  expect(policy, file).toContain("script-src 'self'");
  expect(policy, file).toContain("connect-src 'self'");
  expect(policy, file).toContain("form-action 'none'");
  expect(policy, file).not.toContain('unsafe-inline');
}

/** Every request the browser makes for the pages and the service worker, and every report of
 *  a Content-Security-Policy violation. */
class NetworkLog {
  readonly requests: string[] = [];
  readonly iconRefreshes: string[] = [];
  readonly proseResponses: { url: string; fromWorker: boolean }[] = [];
  readonly violations: string[] = [];

  constructor(context: BrowserContext, page: Page) {
    context.on('request', (request) => {
      // Chromium itself reads the tab's icon again after every in-page navigation (a request
      // of type "other" for the <link rel="icon"> file, which the network panel does not show).
      // That is the browser, not the page, and it never leaves the origin (checked below).
      const browserIconRefresh =
        request.resourceType() === 'other' && new URL(request.url()).pathname.endsWith('/public/logo.svg');
      if (browserIconRefresh) this.iconRefreshes.push(request.url());
      else this.requests.push(request.url());
    });
    context.on('response', (response) => {
      // The page's own reads, not the worker's download of its copy.
      if (CATALOG_PROSE.test(new URL(response.url()).pathname) && !response.request().serviceWorker()) {
        this.proseResponses.push({ url: response.url(), fromWorker: response.fromServiceWorker() });
      }
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) this.violations.push(message.text());
    });
  }

  /** The requests made while `action` runs, but for the catalog prose (see below). */
  async during(action: () => Promise<void>): Promise<string[]> {
    const start = this.requests.length;
    await action();
    // Anything the action set off would have started by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return this.requests.slice(start).filter((url) => !CATALOG_PROSE.test(new URL(url).pathname));
  }
}

test('every page declares a policy that allows only its own files and no inline code', async ({ page, request }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expectStrictPolicy(policy, 'index.html');
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  for (const file of FORWARDING_PAGES) {
    const html = await (await request.get(`./${file}`)).text();
    const policies = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
    expect(policies, file).toHaveLength(1);
    expectStrictPolicy(policies[0][1], file);
  }
});

test('using every feature sends no request anywhere, and none at all once a page is loaded', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const log = new NetworkLog(context, page);
  const app = new App(page);
  const quiet = async (what: string, action: () => Promise<void>) =>
    expect(await log.during(action), `${what} makes no request`).toEqual([]);
  // Moves within the page, as its own links do: a new URL fragment is not a request.
  const within = (hash: string) => page.evaluate((next) => (location.hash = next), hash);

  // Gap analysis and Annex A (the catalog prose loads with the first such page). The service
  // worker's one download of the release, in the background after the first visit, is done
  // before anything is counted.
  await app.open('#/gap-analysis/4');
  await expect(page.getByRole('radiogroup').first()).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, { timeout: 30_000 });
  await quiet('answering, writing notes and moving between pages', async () => {
    await app.answer('4.1', 0, 'Yes');
    await app.field('Notes for 4.1').fill('Scope agreed');
    await app.field('Evidence for 4.1').fill('Board minutes');
    await app.waitForStored((d) => d.assessment.items['4.1']?.notes === 'Scope agreed', 'the note is saved');
    await within('#/annex-a/A.5');
    await app.answer('A.5.2', 0, 'Partly');
    await within('#/dashboard');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  });

  // Scope and planning: organisation, SoA.
  await page.goto('./#/organisation');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await quiet('the organisation profile and the SoA', async () => {
    await app.field('Organisation name').fill('Example Ltd');
    await within('#/soa');
    await app.decide('A.10.4', 'No');
    await app.justification('A.10.4').fill('We supply no AI to customers.');
  });

  // AI systems and impact assessment.
  await page.goto('./#/ai-systems');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await quiet('the inventory and an impact assessment', async () => {
    await page.getByLabel('Name of the new AI system').fill('Support chatbot');
    await page.getByRole('button', { name: 'Add AI system' }).click();
    await page.getByRole('link', { name: 'Go to the impact assessment' }).click();
    await page.getByRole('radiogroup').first().getByRole('radio').first().check();
  });

  // Risks.
  await page.goto('./#/risks');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await quiet('the risk register', async () => {
    await page.getByText('Start from a typical AI risk', { exact: true }).click();
    await page.getByRole('button', { name: 'Add Biased outcomes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'R1 Biased outcomes' })).toBeVisible();
  });

  // Action plan, checks, report (printed and exported).
  await page.goto('./#/actions');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await quiet('the action plan and its export', async () => {
    await app.field('Your own action').fill('Brief the board');
    await page.getByRole('button', { name: 'Add action', exact: true }).click();
    await app.download('Export action plan CSV');
    await within('#/checks');
    await expect(page.getByRole('heading', { level: 1, name: 'Consistency check and readiness' })).toBeVisible();
  });
  await page.goto('./#/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await quiet('printing and exporting the report', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
    await app.download('Export report as Markdown');
  });

  // Data: export and import, and a comparison with the export.
  await app.openData();
  let exported = { name: '', text: '' };
  await quiet('exporting and importing', async () => {
    exported = await app.download('Export JSON');
    await app.download('Export CSV');
    await app.chooseImport(exported.name, exported.text);
    await page.getByRole('button', { name: 'Import as new assessment', exact: true }).click();
  });
  await page.goto('./#/compare');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await quiet('comparing with a baseline file', async () => {
    await page.getByLabel('Baseline file', { exact: true }).setInputFiles({
      name: exported.name,
      mimeType: 'application/json',
      buffer: Buffer.from(exported.text, 'utf8'),
    });
    await expect(page.getByRole('heading', { name: /^Changes since/ })).toBeVisible();
  });

  // A later visit reads the prose again, now from the service worker's copy.
  await page.reload();
  await app.ready();
  await within('#/gap-analysis/5');
  await expect(page.getByRole('radiogroup').first()).toBeVisible();

  const origin = new URL(baseURL ?? '').origin;
  const elsewhere = [...log.requests, ...log.iconRefreshes].filter((url) => new URL(url).origin !== origin);
  expect(elsewhere, 'requests to any other origin').toEqual([]);
  expect(log.requests.length, 'the pages did load their own files').toBeGreaterThan(10);
  expect(log.violations, 'nothing the page does is refused by its policy').toEqual([]);
  // The first gap analysis page read the prose from the network (before the worker had its
  // copy); every later read came from the worker.
  expect(log.proseResponses.slice(2).length, 'the prose was read again later').toBeGreaterThan(0);
  expect(log.proseResponses.slice(2).filter((r) => !r.fromWorker), 'prose read from the network after the first visit').toEqual([]);
});
