/**
 * Firefox with the built extension, for the real-browser tests of the Firefox build. Playwright's Firefox is a
 * patched build that can't be downloaded here, so this drives Debian's Firefox ESR through WebDriver BiDi
 * (puppeteer-core) and installs the unpacked add-on with BiDi's `webExtension.install` (a temporary add-on).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserPath } from './extension-browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
/** The Firefox build (`npm run build:firefox`); QUOTEMARK_OUT_DIR as for the Chrome build. */
export const firefoxExtensionDir = resolve(ROOT, process.env.QUOTEMARK_OUT_DIR ?? '.output', 'firefox-mv2');

/** Where Firefox is: FIREFOX_PATH, else Debian's firefox-esr. */
export function firefoxPath() {
  return browserPath('Firefox', 'FIREFOX_PATH', 'firefox-esr', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** Launches headless Firefox with the Firefox build installed; `close()` ends it (the profile is temporary). */
export async function launchFirefoxWithExtension() {
  if (!existsSync(resolve(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${firefoxExtensionDir}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      // Nothing leaves the machine: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.proxy.type': 0,
    },
  });
  const id = await browser.installExtension(firefoxExtensionDir);
  return { browser, id, close: () => browser.close() };
}
