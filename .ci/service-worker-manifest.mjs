// Build step (run by .ci/build-pages for release builds): writes the list of the release's
// files and a version (a hash of their contents) into service-worker.js, so the worker caches
// exactly this release and a new release is a new worker. Fails when the placeholders are
// missing, rather than shipping a worker that caches nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2];
const workerFile = join(root, 'service-worker.js');

/** Every file below `dir`, as full paths. */
function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesBelow(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

// Paths relative to the build's root, made relative once (a path made relative twice pointed
// outside the app, `../../public/...`, and the worker's install failed under a sub-path).
const files = [...new Set(filesBelow(root).map((path) => relative(root, path).split('\\').join('/')))]
  .filter((path) => path !== 'service-worker.js')
  .sort();
const outside = files.filter((path) => path.startsWith('../') || path.startsWith('/'));
if (outside.length) {
  console.error(`${workerFile}: files outside the build in the list: ${outside.join(', ')}`);
  process.exit(1);
}
const hash = createHash('sha256');
for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
const version = hash.digest('hex').slice(0, 16);

let worker = readFileSync(workerFile, 'utf8');
const replacements = [
  ["const VERSION = 'development';", `const VERSION = '${version}';`],
  ['const APP_FILES = [];', `const APP_FILES = ${JSON.stringify(files)};`],
];
for (const [placeholder, value] of replacements) {
  if (!worker.includes(placeholder)) {
    console.error(`${workerFile}: placeholder not found: ${placeholder}`);
    process.exit(1);
  }
  worker = worker.replace(placeholder, value);
}
writeFileSync(workerFile, worker);
console.log(`service worker ${version}: ${files.length} files`);
