// Build step (run by .ci/post-build): writes a small page, without Wasm, for each address the
// app had when its sections were pages of their own. Each sends the visitor on to the same
// section of index.html: the hash is kept (risks.html#/risks/R1 -> index.html#/risks/R1), and
// an address without one goes to the section that page used to open on. The forwarding is
// done by forward-old-address.js (an inline script would need its own hash in the
// Content-Security-Policy); without JavaScript, a refresh and a link do it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The old page files and the section each opened on when its address had no hash. */
const OLD_PAGES = {
  'data.html': '#/data',
  'systems.html': '#/ai-systems',
  'risks.html': '#/risks',
  'plan.html': '#/risks/print',
  'actions.html': '#/actions',
  'report.html': '#/report',
  'compare.html': '#/compare',
};

const root = process.argv[2];
for (const [file, home] of Object.entries(OLD_PAGES)) {
  const target = `index.html${home}`;
  writeFileSync(
    join(root, file),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="aims-assess-home" content="${home}">
    <title>AIMS Assess</title>
    <script src="forward-old-address.js"></script>
    <noscript><meta http-equiv="refresh" content="0; url=${target}"></noscript>
  </head>
  <body>
    <p>AIMS Assess is now one page. <a href="${target}">Open AIMS Assess</a></p>
  </body>
</html>
`,
  );
}
