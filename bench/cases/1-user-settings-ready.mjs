// (a) A page with the bundle and <bai-user-settings>, preferences already stored: how long
// from navigation until the user sees the stored value (Desktop Notification on).
export default {
  id: 'user-settings-ready',
  title: 'usable <bai-user-settings>',
  requires: { elements: ['bai-user-settings'], exports: ['PreferencesStore'] },
  metrics: [{ key: 'ready', label: 'navigation → stored preference shown' }],

  async run({ context, newPage, origin, runIndex }) {
    const namespace = `bench-${process.pid}-${runIndex}@example.com`;
    // The stored value is "on": the element must not switch it off for want of permission.
    await context.overridePermissions(origin, ['notifications']);
    const seed = await newPage();
    await seed.goto(`${origin}/bench/pages/blank.html`);
    await seed.evaluate(async (ns) => {
      const { PreferencesStore } = await import('/dist/index.js');
      const store = new PreferencesStore(ns);
      await store.ready;
      await store.set('desktopNotification', true);
      store.dispose();
    }, namespace);
    await seed.close();

    const page = await newPage();
    await page.goto(`${origin}/bench/pages/user-settings.html?namespace=${encodeURIComponent(namespace)}`);
    return { ready: await page.evaluate(() => window.benchReady) };
  },
};
