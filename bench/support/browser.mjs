// Debian's Chromium, driven by puppeteer-core: the bench never downloads a browser.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';


export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    // The upstream log baseline runs for minutes inside one evaluate() call.
    protocolTimeout: 15 * 60 * 1000,
  });
}
