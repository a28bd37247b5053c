import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { applyLanguage } from '../../localization.js';

/**
 * Keeps the page's locale in step with the `language` preference: on connect, after
 * every change (made here or in another tab), and, while it is `default`, whenever
 * the browser's languages change.
 */
export class LanguageController implements ReactiveController {
  private applied: string | undefined;

  /** `preference` returns undefined until the stored value is known. */
  constructor(
    host: ReactiveControllerHost,
    private readonly preference: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('languagechange', this.onBrowserLanguageChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('languagechange', this.onBrowserLanguageChange);
    this.applied = undefined;
  }

  hostUpdated(): void {
    const preference = this.preference();
    if (preference === undefined || preference === this.applied) return;
    this.applied = preference;
    void applyLanguage(preference);
  }

  private readonly onBrowserLanguageChange = (): void => {
    if (this.applied === 'default') void applyLanguage('default');
  };
}
