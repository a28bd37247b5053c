import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import '@material/web/button/text-button.js';
import type { SettingRowId, SettingRowText } from './setting-rows.js';

export interface SettingRowView {
  id: SettingRowId;
  text: SettingRowText;
  /** The switch or combobox at the row's end; action rows have none. */
  control?: TemplateResult;
  /** Replaces the plain label, for rows whose label is itself the button. */
  labelContent?: TemplateResult;
  /** Present when the row's preference differs from its default. */
  onReset?: () => void;
  /** Shown under the description, e.g. the beta features. */
  extra?: TemplateResult | typeof nothing;
}

/**
 * One line of the General tab: label and description on the start side, the control on
 * the end side (below them on narrow screens). A changed row says so in words and offers
 * its own reset.
 */
export function renderSettingRow(row: SettingRowView): TemplateResult {
  const changed = row.onReset !== undefined;
  return html`<div class="row" part="row" data-row=${row.id} ?data-changed=${changed}>
    <div class="row-text">
      <div class="row-label-line">
        ${row.labelContent ?? html`<span class="row-label" id="${row.id}-label">${row.text.label}</span>`}
        ${changed ? html`<span class="changed-badge">${msg('Changed', { id: 'userSettings.Changed' })}</span>` : nothing}
      </div>
      <p class="row-description" id="${row.id}-description">${row.text.description}</p>
    </div>
    <div class="row-control">
      ${changed
        ? html`<md-text-button
            class="row-reset"
            aria-label=${msg(str`Reset ${row.text.label}`, { id: 'userSettings.ResetOneSetting' })}
            @click=${row.onReset}
            >${msg('Reset', { id: 'userSettings.Reset' })}</md-text-button
          >`
        : nothing}
      ${row.control ?? nothing}
    </div>
    ${row.extra ?? nothing}
  </div>`;
}
