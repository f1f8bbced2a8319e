// Registers the service worker (service-worker.js) that lets the app work offline, and tells
// the user when a new version is ready. Loaded as a plain file by every page; the page's
// Content-Security-Policy allows only the app's own scripts. Changes only what it adds to the
// page: one banner, built from text nodes.

/** Shows "A new version is ready" with a Reload button, once. */
function offerReload(activate) {
  if (document.getElementById('update-banner')) return;
  const banner = document.createElement('div');
  banner.id = 'update-banner';
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = 'A new version of AIMS Assess is ready. ';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', activate);
  banner.append(text, button);
  document.body.append(banner);
  // The banner stays on screen above the page, so the page gets room below its end and
  // scrolls a focused control above the banner rather than under it (WCAG 2.4.11).
  const root = document.documentElement;
  const makeRoom = () => root.style.setProperty('--update-banner-space', `${banner.offsetHeight + 24}px`);
  makeRoom();
  window.addEventListener('resize', makeRoom);
  root.classList.add('has-update-banner');
}

if ('serviceWorker' in navigator) {
  // Whether a version was already in charge when this page opened (not the first visit).
  const hadController = Boolean(navigator.serviceWorker.controller);
  let reloadWanted = false;
  const reload = () => {
    reloadWanted = true;
    location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // The new version took over: this tab reloads if its user asked for it; another open tab
    // is told, since its code is still the old version's.
    if (reloadWanted) location.reload();
    else if (navigator.serviceWorker.controller && hadController) offerReload(reload);
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('service-worker.js')
      .then((registration) => {
        const offer = (worker) =>
          offerReload(() => {
            reloadWanted = true;
            worker.postMessage('skip-waiting');
          });
        // A new version only waits when an older one controls the page.
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          if (!worker) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
          });
        });
      })
      .catch(() => {
        // Without a service worker the app still works; it only needs the network to open.
      });
  });
}
