// A ceiling on the whole first load (HTML, JavaScript, Wasm, CSS and logo, each file gzipped
// at level 9, as the browser really loads them), to catch a runaway dependency. The budget
// itself, 600 KB, is the benchmark's (.ci/bench); this ceiling is generous on purpose, since
// timings and budgets belong in the benchmark, not in tests. It was raised from 750 to 800 KB
// when the records of the management system (seven registers, templates, the road to
// certification) came in at 796 KB, and from 800 to 900 KB when the EU AI Act classification,
// the NIST AI RMF crosswalk, the ISO/IEC 27001 hints, the OSCAL export and the action plan's
// table came in at about 890 KB (their wording and data are loaded on demand), and to 1,150 KB
// when the .xlsx writer (rust_xlsxwriter, about 222 KB gzip) moved into the one Wasm module the
// app is, and to 1,250 KB when the merge of a consultant's file, the named comparison, the full
// report and the folding of long pages added 51 KB to the module (1,178 KB in all). The first load is over its budget, and cutting it back is its own piece of work (see
// CHANGELOG and the benchmark's table), not a reason to drop features.
import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { App } from '../support/app';

const CEILING_BYTES = 1250 * 1024;

test('the whole first load stays under the 1,250 KB gzip ceiling', async ({ page }) => {
  const bodies: Promise<{ url: string; gzip: number }>[] = [];
  page.on('response', (response) => {
    bodies.push(
      response.body().then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length })),
    );
  });
  const app = new App(page);
  await app.open();
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  console.log(files.map((file) => `${file.gzip}\t${file.url}`).join('\n') + `\n${total}\ttotal`);
  // One Wasm module serves every section.
  expect(files.filter((file) => file.url.endsWith('.wasm'))).toHaveLength(1);
  expect(total).toBeLessThanOrEqual(CEILING_BYTES);
});
