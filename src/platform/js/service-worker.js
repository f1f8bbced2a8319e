// AIMS Assess service worker: keeps the app's own files in a cache after the first visit, so
// the app opens and works without a network. It never sees user data (that lives in
// localStorage) and never fetches anything but the app's own files.
//
// The build (.ci/service-worker-manifest.mjs) fills in APP_FILES, every file of the release,
// and VERSION, a hash of their contents: a new release is a new worker with a new cache.
// The new worker waits until the user chooses "Reload" in the page (register-service-worker.js),
// so a tab never runs half old, half new code. Development builds keep VERSION
// 'development' and cache nothing, so every rebuild shows at once.

const VERSION = 'development';
const APP_FILES = [];
const CACHE = `aims-assess-${VERSION}`;
const CACHING = VERSION !== 'development';

self.addEventListener('install', (event) => {
  if (!CACHING) return;
  // './' is the address most people open; it is the same file as index.html.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['./', ...APP_FILES])));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key.startsWith('aims-assess-') && key !== CACHE).map((key) => caches.delete(key))),
      )
      // Takes charge of the pages already open on the first visit, so they work offline too.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!CACHING || request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // The app's files of this version come from the cache; anything else (a development build,
  // a file added later) from the network. ignoreSearch: a page opened as index.html?x is
  // still index.html.
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)),
  );
});
