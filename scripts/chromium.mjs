// Debian's Chromium as the tests and benchmarks start it: never a downloaded browser.
// As root it needs --no-sandbox; the rest keeps it off a network this machine does not have.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
