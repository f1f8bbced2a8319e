// Browser tests for AIMS Assess, run by `.ci/test` against the release build in `dist/`.
// They use the system Chromium (Playwright's own browser download is not reachable here) and
// serve the app with a plain static file server, the way any static host would.
import { defineConfig } from '@playwright/test';

const ROOT_PORT = 4173;
const SUBPATH_PORT = 4174;
const UPDATE_PORT = 4175;
const UPDATE_SUBPATH_PORT = 4176;
const dist = '../../dist';
const subpathRoot = '../../target/e2e-subpath';
const updateRoot = '../../target/e2e-update';
const updateSubpathRoot = '../../target/e2e-update-subpath';

export default defineConfig({
  testDir: './specs',
  outputDir: '../../target/playwright-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}`,
    viewport: { width: 1280, height: 900 },
    // Most tests are about the app itself, so the service worker (which caches every page's
    // files in the background) stays off; the offline and privacy tests turn it on.
    serviceWorkers: 'block',
    actionTimeout: 10_000,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      command: `python3 -m http.server ${ROOT_PORT} --bind 127.0.0.1 --directory ${dist}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // The same build under a sub-path, as on a shared host: /tools/aims/.
      command:
        `rm -rf ${subpathRoot} && mkdir -p ${subpathRoot}/tools && cp -r ${dist} ${subpathRoot}/tools/aims && ` +
        `python3 -m http.server ${SUBPATH_PORT} --bind 127.0.0.1 --directory ${subpathRoot}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/tools/aims/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // A copy of the build that the offline test changes into a "new version".
      command:
        `rm -rf ${updateRoot} && cp -r ${dist} ${updateRoot} && ` +
        `python3 -m http.server ${UPDATE_PORT} --bind 127.0.0.1 --directory ${updateRoot}`,
      url: `http://127.0.0.1:${UPDATE_PORT}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      // Another copy, under a sub-path, for the same walk through an update there.
      command:
        `rm -rf ${updateSubpathRoot} && mkdir -p ${updateSubpathRoot}/tools && cp -r ${dist} ${updateSubpathRoot}/tools/aims && ` +
        `python3 -m http.server ${UPDATE_SUBPATH_PORT} --bind 127.0.0.1 --directory ${updateSubpathRoot}`,
      url: `http://127.0.0.1:${UPDATE_SUBPATH_PORT}/tools/aims/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'ignore',
    },
  ],
});

export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}/tools/aims/`;
export const UPDATE_URL = `http://127.0.0.1:${UPDATE_PORT}/`;
/** Where the files served at UPDATE_URL are, relative to this folder. */
export const UPDATE_ROOT = updateRoot;
export const UPDATE_SUBPATH_URL = `http://127.0.0.1:${UPDATE_SUBPATH_PORT}/tools/aims/`;
/** Where the files served at UPDATE_SUBPATH_URL are, relative to this folder. */
export const UPDATE_SUBPATH_ROOT = `${updateSubpathRoot}/tools/aims`;
