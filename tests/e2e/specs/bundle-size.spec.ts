// The app at first load (html + js + wasm + css + icon) must stay within 200 KB gzip, whichever
// of its pages is opened first: the main page (index.html), the Data page (data.html), the
// AI systems page (systems.html), the risks page (risks.html), the scope and planning page
// (plan.html), the action plan page (actions.html), the report (report.html) or the
// comparison with a baseline (compare.html), each a Wasm build of its own. Measured on what the browser
// really loads, each file gzipped at level 9.
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { App } from '../support/app';

const BUDGET_BYTES = 200 * 1024;

for (const entry of ['index.html', 'data.html', 'systems.html', 'risks.html', 'plan.html', 'actions.html', 'report.html', 'compare.html']) {
test(`first load of ${entry} is at most 200 KB gzip`, async ({ page }) => {
  const bodies: Promise<{ url: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length })),
    );
  });
  const app = new App(page);
  if (entry === 'index.html') await app.open();
  else await app.open(entry);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  console.log(files.map((file) => `${file.gzip}\t${file.url}`).join('\n') + `\n${total}\ttotal`);
  expect(files.some((file) => file.url.endsWith('.wasm'))).toBe(true);
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
}
