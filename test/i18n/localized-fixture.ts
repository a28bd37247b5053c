// Small localized elements for the i18n tests. Their own message is outside the build's
// sources, so no locale has a translation of it.
import { localized, msg } from '@lit/localize';
import { LitElement, html } from 'lit';
import { LocaleController } from '../../src/i18n/locale-controller.js';

export const FIXTURE_ENGLISH = 'Only the tests say this.';
export const NOT_CONNECTED_ENGLISH = 'The manager is not connected. Nothing was lost: try again once it is.';

function notConnected() {
  return msg('The manager is not connected. Nothing was lost: try again once it is.', { id: 'request.NotConnected' });
}

@localized()
export class TestLocalizedFixture extends LitElement {
  protected readonly locale = new LocaleController(this);

  render() {
    return html`
      <p id="shared">${notConnected()}</p>
      <p id="fixture">${msg('Only the tests say this.', { id: 'test.UntranslatedFixture' })}</p>
    `;
  }
}
customElements.define('test-localized-fixture', TestLocalizedFixture);

/** Uses LocaleController alone, without @localized(): the one line must be enough. */
export class TestControllerOnlyFixture extends LitElement {
  protected readonly locale = new LocaleController(this);

  render() {
    return html`<p id="shared">${notConnected()}</p>`;
  }
}
customElements.define('test-controller-only-fixture', TestControllerOnlyFixture);

export function paragraph(element: HTMLElement, id: string): string {
  return element.shadowRoot?.getElementById(id)?.textContent?.trim() ?? '';
}
