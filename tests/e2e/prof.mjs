import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
const text = readFileSync('/work/main/target/bench/large-assessment.json', 'utf8');
const sequence = (process.argv[2] || 'Report,Dashboard').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4181/#/data');
await page.getByRole('heading', { level: 1, name: 'Data' }).waitFor();
await page.getByLabel('Import file', { exact: true }).setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
await page.getByRole('button', { name: 'Replace current assessment' }).click();
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const res = await page.evaluate(async (names) => {
  const all = [...document.querySelectorAll('nav[aria-label="Main"] a')];
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const out = [];
  for (let round = 0; round < 3; round++) for (const n of names) {
    const link = all.find((a) => a.textContent.trim() === n);
    await nextFrame();
    const start = performance.now();
    link.click();
    await new Promise((r) => setTimeout(r, 0));
    const p = await nextFrame();
    await new Promise((r) => setTimeout(r, 200));
    out.push([n, Math.round(p - start)]);
  }
  return out;
}, sequence);
const { profile } = await cdp.send('Profiler.stop');
console.log(res.map((r) => r.join(' ')).join(' | '));
// Self time per function.
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; const samples = profile.samples;
for (let i = 0; i < samples.length; i++) {
  const n = byId.get(samples[i]);
  const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`;
  self.set(name, (self.get(name) || 0) + (dt[i] || 0) / 1000);
}
const top = [...self.entries()].filter(([k]) => k !== '(idle)' && k !== '(program)').sort((a, b) => b[1] - a[1]).slice(0, 40);
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
// Inclusive time per function, approximately: sum over samples of each distinct ancestor.
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < samples.length; i++) {
  const seen = new Set();
  let id = samples[i];
  while (id !== undefined) {
    const n = byId.get(id); const name = n.callFrame.functionName;
    if (name && !seen.has(name)) { seen.add(name); incl.set(name, (incl.get(name) || 0) + (dt[i] || 0) / 1000); }
    id = parent.get(id);
  }
}
console.log('--- inclusive, aims_assess');
for (const [k, v] of [...incl.entries()].filter(([k]) => /aims_assess|report|action_plan|derive/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 160));
await browser.close();
