// What the build offers, so that cases whose code has not landed say so instead of failing.
// The bundle and the API build each bring their own copy of the Material components, so
// they are looked at in separate pages.
const TAGS = ['bai-user-settings', 'bai-ssh-keypair-dialog', 'bai-script-editor', 'bai-client-logs'];

export async function probeLibrary(browser, origin) {
  const context = await browser.createBrowserContext();
  try {
    const bundlePage = await context.newPage();
    await bundlePage.goto(`${origin}/bench/pages/bundle.html`);
    const elements = await bundlePage.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), TAGS);
    const apiPage = await context.newPage();
    await apiPage.goto(`${origin}/bench/pages/blank.html`);
    const exports = await apiPage.evaluate(async () => Object.keys(await import('/dist/index.js')));
    return { elements, exports };
  } finally {
    await context.close();
  }
}
