import { LOCALE_STATUS_EVENT } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getLocale } from '../localization.js';

type LocaleStatusEvent = WindowEventMap[typeof LOCALE_STATUS_EVENT];

/**
 * Keeps an element's `lang` attribute equal to the page's current locale, so that
 * screen readers, hyphenation and `:lang()` styles follow a live language switch while
 * the host page keeps its own `<html lang>`. It also re-renders the element when the
 * locale (or translator mode) changes, like `@localized()`.
 *
 * One line in the element's class body adds it (`protected`, not `private`: the field is
 * never read, which `noUnusedLocals` would report for a private one):
 * ```ts
 * protected readonly locale = new LocaleController(this);
 * ```
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
    this.syncLang();
  }

  hostDisconnected(): void {
    window.removeEventListener(LOCALE_STATUS_EVENT, this.onLocaleStatus);
  }

  private readonly onLocaleStatus = (event: LocaleStatusEvent): void => {
    if (event.detail.status !== 'ready') return;
    this.syncLang();
    this.host.requestUpdate();
  };

  private syncLang(): void {
    const locale = getLocale();
    if (this.host.lang !== locale) this.host.lang = locale;
  }
}
