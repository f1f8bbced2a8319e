// Build step (run by .ci/build-pages on every page Trunk wrote): gives each page its
// Content-Security-Policy, written here once for all pages. Only the app's own files may load
// and nothing may be sent anywhere (see ARCHITECTURE.md, "Privacy and offline use"). Trunk
// writes one inline module script per page (the loader of the Wasm module) whose text names
// hashed file names, so the policy allows it by its sha256, computed here, rather than with
// 'unsafe-inline'. Fails when a page has no <meta charset> to put the policy after.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** The policy, with the place for the inline scripts' hashes. */
function policy(scriptHashes) {
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trimEnd(),
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const html = readFileSync(file, 'utf8');
  const hashes = [];
  // Scripts without a src attribute; the browser hashes their text exactly as written.
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
  }
  // Right after the character set, before anything the policy governs.
  const charset = html.match(/<meta charset="?utf-8"?\s*\/?>/i);
  if (!charset) {
    console.error(`${file}: no <meta charset> to put the Content-Security-Policy after`);
    failed = true;
    continue;
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}">`;
  const at = charset.index + charset[0].length;
  writeFileSync(file, html.slice(0, at) + meta + html.slice(at));
}
process.exit(failed ? 1 : 0);
