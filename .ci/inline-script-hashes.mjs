// Build step (run by .ci/build-pages on every page Trunk wrote): puts the sha256 of each inline
// script into the page's Content-Security-Policy, in place of the placeholder
// 'inline-script-hashes'. Trunk writes one inline module script per page (the loader of the
// Wasm module) whose text names hashed file names, so its hash changes with every build and
// cannot be written by hand. Fails when a page has inline scripts but no placeholder.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const PLACEHOLDER = "'inline-script-hashes'";
let failed = false;
for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, 'utf8');
  const hashes = [];
  // Scripts without a src attribute; the browser hashes their text exactly as written.
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  if (!html.includes(PLACEHOLDER)) {
    if (hashes.length > 0) {
      console.error(`${file}: inline scripts but no ${PLACEHOLDER} in its Content-Security-Policy`);
      failed = true;
    }
    continue;
  }
  writeFileSync(file, html.replaceAll(PLACEHOLDER, hashes.join(' ')));
}
process.exit(failed ? 1 : 0);
