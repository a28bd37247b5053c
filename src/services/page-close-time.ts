/** Remembers when a WebUI page of the origin last closed. */
export interface PageCloseTime {
  read(): number | undefined;
  write(time: number): void;
}

export const PAGE_CLOSED_KEY = 'bai-user-settings:last-page-closed';

/** The close time in localStorage, shared by every tab of the origin. Unusable storage: no time known. */
export const localStorageCloseTime: PageCloseTime = {
  read() {
    try {
      const time = Number(globalThis.localStorage.getItem(PAGE_CLOSED_KEY));
      return Number.isFinite(time) && time > 0 ? time : undefined;
    } catch {
      return undefined;
    }
  },
  write(time) {
    try {
      globalThis.localStorage.setItem(PAGE_CLOSED_KEY, String(time));
    } catch {
      // Without storage the next page cannot tell; it then does not log out.
    }
  },
};
