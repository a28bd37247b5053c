import { expect } from '@open-wc/testing';
import { PreferencesStore } from '../../src/preferences/preferences-store.js';
import { shouldLogOut, type AutoLogoutFacts } from '../../src/services/auto-logout-decision.js';
import { watchAutoLogout, type AutoLogoutOptions } from '../../src/services/auto-logout.js';
import type { OpenPages } from '../../src/services/open-pages.js';
import { PAGE_CLOSED_KEY, type PageCloseTime } from '../../src/services/page-close-time.js';
import { freshStore } from './support.js';

const START = Date.UTC(2026, 5, 1, 9, 0, 0);

interface FakePages extends OpenPages {
  steps: string[];
}

function fakePages(others: number | Error): FakePages {
  const steps: string[] = [];
  return {
    steps,
    countOthers: async () => {
      steps.push('count');
      if (others instanceof Error) throw others;
      return others;
    },
    join: () => {
      steps.push('join');
      return () => steps.push('leave');
    },
  };
}

function fakeCloseTime(initial: number | undefined): PageCloseTime & { writes: number[] } {
  let time = initial;
  const writes: number[] = [];
  return {
    writes,
    read: () => time,
    write: (value) => {
      writes.push(value);
      time = value;
    },
  };
}

describe('auto logout', () => {
  describe('shouldLogOut', () => {
    const base: AutoLogoutFacts = {
      enabled: true,
      navigationType: 'navigate',
      otherPages: 0,
      lastClosedAt: START - 10_000,
      startedAt: START,
      graceMs: 3000,
    };
    it('logs out a new visit after every page had been closed for longer than the grace time', () => {
      expect(shouldLogOut(base)).to.equal(true);
      expect(shouldLogOut({ ...base, navigationType: undefined })).to.equal(true);
      expect(shouldLogOut({ ...base, navigationType: 'back_forward' })).to.equal(true);
    });
    it('keeps the user logged in in every other case', () => {
      expect(shouldLogOut({ ...base, enabled: false })).to.equal(false);
      expect(shouldLogOut({ ...base, navigationType: 'reload' })).to.equal(false);
      expect(shouldLogOut({ ...base, otherPages: 1 })).to.equal(false);
      expect(shouldLogOut({ ...base, lastClosedAt: undefined })).to.equal(false);
      expect(shouldLogOut({ ...base, lastClosedAt: START - 3000 })).to.equal(false);
      expect(shouldLogOut({ ...base, lastClosedAt: START - 3001 })).to.equal(true);
    });
  });

  describe('watchAutoLogout', () => {
    let store: PreferencesStore;
    let target: HTMLElement;
    let logouts: number;
    let pageWindow: EventTarget;
    const stops: (() => void)[] = [];

    beforeEach(async () => {
      store = await freshStore('auto-logout');
      await store.set('autoLogout', true);
      target = document.createElement('div');
      logouts = 0;
      target.addEventListener('bai-auto-logout', () => (logouts += 1));
      pageWindow = new EventTarget();
    });
    afterEach(() => {
      stops.splice(0).forEach((stop) => stop());
      store.dispose();
    });

    function watch(overrides: Partial<AutoLogoutOptions> = {}) {
      const stop = watchAutoLogout({
        store,
        target,
        now: () => START,
        navigationType: () => 'navigate',
        pages: fakePages(0),
        closeTime: fakeCloseTime(START - 60_000),
        window: pageWindow,
        ...overrides,
      });
      stops.push(stop);
      return stop;
    }

    it('fires bai-auto-logout when the last page closed a minute ago and none is open', async () => {
      expect(await watch().decided).to.equal(true);
      expect(logouts).to.equal(1);
    });

    it('does not fire when the setting is off', async () => {
      await store.set('autoLogout', false);
      expect(await watch().decided).to.equal(false);
      expect(logouts).to.equal(0);
    });

    it('does not fire on a reload', async () => {
      expect(await watch({ navigationType: () => 'reload' }).decided).to.equal(false);
      expect(logouts).to.equal(0);
    });

    it('does not fire while another WebUI page is open', async () => {
      expect(await watch({ pages: fakePages(2) }).decided).to.equal(false);
      expect(logouts).to.equal(0);
    });

    it('does not fire when the last page closed within the grace time (a navigation)', async () => {
      expect(await watch({ closeTime: fakeCloseTime(START - 2000) }).decided).to.equal(false);
      expect(await watch({ closeTime: fakeCloseTime(START - 2000), graceMs: 1000 }).decided).to.equal(true);
      expect(logouts).to.equal(1);
    });

    it('does not fire on the first visit, when no page ever closed', async () => {
      expect(await watch({ closeTime: fakeCloseTime(undefined) }).decided).to.equal(false);
    });

    it('does not fire when the open pages cannot be counted', async () => {
      expect(await watch({ pages: fakePages(new Error('locks unavailable')) }).decided).to.equal(false);
      expect(logouts).to.equal(0);
    });

    it('counts the other pages before joining, and leaves when stopped', async () => {
      const pages = fakePages(0);
      const stop = watch({ pages });
      await stop.decided;
      expect(pages.steps).to.deep.equal(['count', 'join']);
      stop();
      expect(pages.steps).to.deep.equal(['count', 'join', 'leave']);
    });

    it('remembers when the page is hidden for good, until stopped', async () => {
      let clock = START;
      const closeTime = fakeCloseTime(undefined);
      const stop = watch({ closeTime, now: () => clock });
      await stop.decided;
      clock += 5000;
      pageWindow.dispatchEvent(new Event('pagehide'));
      expect(closeTime.writes).to.deep.equal([START + 5000]);
      stop();
      pageWindow.dispatchEvent(new Event('pagehide'));
      expect(closeTime.writes).to.have.length(1);
    });

    it('leaves app pages out: they neither count, nor remember closing, nor log out', async () => {
      const pages = fakePages(0);
      const closeTime = fakeCloseTime(START - 60_000);
      const stop = watch({ appPage: true, pages, closeTime });
      expect(await stop.decided).to.equal(false);
      pageWindow.dispatchEvent(new Event('pagehide'));
      expect(pages.steps).to.deep.equal([]);
      expect(closeTime.writes).to.deep.equal([]);
      expect(logouts).to.equal(0);
    });

    it('waits for the stored setting before deciding', async () => {
      const namespace = `auto-logout-stored-${crypto.randomUUID()}`;
      const writer = new PreferencesStore(namespace, { channelName: null, legacySource: null });
      await writer.set('autoLogout', true);
      writer.dispose();
      const loading = new PreferencesStore(namespace, { channelName: null, legacySource: null });
      try {
        expect(await watch({ store: loading }).decided).to.equal(true);
      } finally {
        loading.dispose();
      }
    });

    it('decides nothing once stopped before it could', async () => {
      const stop = watch();
      stop();
      expect(await stop.decided).to.equal(false);
      expect(logouts).to.equal(0);
    });

    it('keeps the close time in localStorage and reads this page’s navigation type by default', async () => {
      localStorage.setItem(PAGE_CLOSED_KEY, String(Date.now() - 60_000));
      const stop = watchAutoLogout({ store, target, pages: fakePages(0), window: pageWindow });
      stops.push(stop);
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      expect(await stop.decided).to.equal(entry?.type !== 'reload');
      pageWindow.dispatchEvent(new Event('pagehide'));
      expect(Number(localStorage.getItem(PAGE_CLOSED_KEY))).to.be.closeTo(Date.now(), 5000);
      localStorage.removeItem(PAGE_CLOSED_KEY);
    });
  });
});
