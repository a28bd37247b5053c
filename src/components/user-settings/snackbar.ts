import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg } from '@lit/localize';
import '@material/web/button/text-button.js';
import type { SnackbarController } from './snackbar-controller.js';

/**
 * The on-screen messages. The live region is always in the DOM so screen readers
 * announce each message as it is added.
 */
export function renderSnackbar(snackbar: SnackbarController, enabled: boolean): TemplateResult | typeof nothing {
  if (!enabled) return nothing;
  return html`<div
    class="snackbar"
    part="snackbar"
    role="status"
    @mouseenter=${() => snackbar.pause()}
    @mouseleave=${() => snackbar.resume()}
    @focusin=${() => snackbar.pause()}
    @focusout=${() => snackbar.resume()}
  >
    ${repeat(
      snackbar.messages,
      (item) => item.id,
      (item) =>
        html`<div class="snackbar-item" data-level=${item.level}>
          <span class="snackbar-text">${item.message}</span>
          <md-text-button
            class="snackbar-dismiss"
            aria-label=${msg('Dismiss message', { id: 'userSettings.DismissMessage' })}
            @click=${() => snackbar.dismiss(item.id)}
            >${msg('Dismiss', { id: 'userSettings.Dismiss' })}</md-text-button
          >
        </div>`,
    )}
  </div>`;
}
