// Debian's Chromium, driven by puppeteer-core: the bench never downloads a browser.
import puppeteer from 'puppeteer-core';

const ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    // The upstream log baseline runs for minutes inside one evaluate() call.
    protocolTimeout: 15 * 60 * 1000,
  });
}
