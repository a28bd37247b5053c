import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { localized, msg, str } from '@lit/localize';
import '@material/web/tabs/tabs.js';
import '@material/web/tabs/primary-tab.js';
import '@material/web/switch/switch.js';
import '@material/web/button/outlined-button.js';
import type { MdSwitch } from '@material/web/switch/switch.js';
import type { MdTabs } from '@material/web/tabs/tabs.js';
import type { NotificationLevel } from '../../events/notification-event.js';
import { askUser, prepareAskUser } from '../../internal/ask-user.js';
import { PreferencesController } from '../../preferences/preferences-controller.js';
import type { PreferenceKey } from '../../preferences/schema.js';
import { isSupportedLocale, resolveLocale, type LanguagePreference } from '../../localization.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { setTranslatorMode } from '../../i18n/translator-mode.js';
import { enableDesktopNotification, notify } from '../../services/desktop-notification.js';
import { checkForUpdate } from '../../services/update-check.js';
import { fieldStyles } from '../../internal/field-styles.js';
import { userSettingsStyles } from './user-settings.styles.js';
import { settingRowTexts, SETTING_ROW_IDS, type SettingRowId } from './setting-rows.js';
import { renderSettingRow, type SettingRowView } from './setting-row.js';
import { languageOptions, NATIVE_LANGUAGE_NAMES } from './language-options.js';
import { SettingsFilterController } from './settings-filter-controller.js';
import { LanguageController } from './language-controller.js';
import { SnackbarController } from './snackbar-controller.js';
import { renderSnackbar } from './snackbar.js';
import { showPart, type PartTag } from './show-part.js';
import { syncSwitchInputs } from './switch-sync.js';

export type UserSettingsTab = 'general' | 'logs';

const TABS: readonly UserSettingsTab[] = ['general', 'logs'];

// Named, not imported: <bai-client-logs> is registered by its own module, which a page may leave out.
const CLIENT_LOGS = literal`bai-client-logs`;

const SWITCH_ROWS: Partial<Record<SettingRowId, PreferenceKey>> = {
  desktopNotification: 'desktopNotification',
  compactSidebar: 'compactSidebar',
  automaticUpdateCheck: 'automaticUpdateCheck',
  autoLogout: 'autoLogout',
  betaFeatures: 'betaFeatures',
};

/**
 * The Backend.AI WebUI "User Settings" page: the General tab with every preference and
 * the SSH keypair and script editors, and the Logs tab with the client request log.
 *
 * @summary The whole User Settings page as one element.
 * @tagname bai-user-settings
 *
 * @fires bai-preference-change - A preference of `namespace` changed, here or in another tab.
 * @fires bai-notification - A message shown to the user; the built-in snackbar shows it too unless `no-snackbar` is set.
 * @fires bai-update-available - The update check found a newer version.
 * @fires bai-ssh-keypair-fetch - Like every request event of the dialogs it opens, it bubbles out of this element for the host to answer.
 *
 * @slot beta - Beta features, shown while the Beta Features switch is on.
 *
 * @csspart row - One setting of the General tab.
 * @csspart snackbar - The live region that shows messages.
 *
 * @cssprop --bai-primary - Accent colour (switches, tabs, buttons); falls back to `--md-sys-color-primary`.
 * @cssprop --bai-surface - Page background; falls back to `--md-sys-color-surface`.
 * @cssprop --bai-on-surface - Text colour; falls back to `--md-sys-color-on-surface`.
 * @cssprop --bai-on-surface-variant - Description text colour; falls back to `--md-sys-color-on-surface-variant`.
 * @cssprop --bai-outline-variant - Row dividers; falls back to `--md-sys-color-outline-variant`.
 * @cssprop --bai-primary-container - Background of the "Changed" mark; falls back to `--md-sys-color-primary-container`.
 * @cssprop --bai-secondary-container - Background of notices; falls back to `--md-sys-color-secondary-container`.
 * @cssprop --bai-inverse-surface - Snackbar background; falls back to `--md-sys-color-inverse-surface`.
 * @cssprop --bai-font-family - Font of the page.
 */
@localized()
export class BaiUserSettings extends LitElement {
  static override styles = [fieldStyles, userSettingsStyles];

  /** Whose preferences to show, e.g. the user's email. */
  @property() namespace = 'default';

  /** The tab on show. */
  @property({ reflect: true }) tab: UserSettingsTab = 'general';

  /** The running WebUI version, compared with the update manifest. */
  @property({ attribute: 'current-version' }) currentVersion = '';

  /** Where the update check reads `{package, build, revision}`; empty turns the check off. */
  @property({ attribute: 'update-manifest-url' }) updateManifestUrl = '';

  /** Hides the built-in snackbar, for hosts that show `bai-notification` their own way. */
  @property({ type: Boolean, attribute: 'no-snackbar', reflect: true }) noSnackbar = false;

  /** Translator mode: messages without a translation show `__NOT_TRANSLATED__` on the whole page. */
  @property({ type: Boolean, attribute: 'show-untranslated' }) showUntranslated = false;

  @state() private hasBetaContent = false;

  private readonly preferences = new PreferencesController(this, {
    namespace: () => this.namespace || 'default',
    announce: true,
  });

  private readonly filter = new SettingsFilterController(this);
  private readonly snackbar = new SnackbarController(this, { enabled: () => !this.noSnackbar });
  private updateCheckedFor: string | undefined;
  private warnedNotPersistent = false;

  constructor() {
    super();
    // Controllers register themselves with the element and live as long as it does.
    new LanguageController(this, () => (this.preferences.ready ? this.preferences.get('language') : undefined));
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tab') && !TABS.includes(this.tab)) this.tab = 'general';
    // Only an explicit attribute switches the page-wide mode, so an element without it
    // does not turn off what another element turned on.
    if (changed.has('showUntranslated') && (this.showUntranslated || changed.get('showUntranslated') !== undefined)) {
      setTranslatorMode(this.showUntranslated);
    }
  }

  protected override firstUpdated(): void {
    prepareAskUser();
  }

  protected override updated(): void {
    void syncSwitchInputs(this.renderRoot);
    if (!this.preferences.ready) return;
    this.runUpdateCheckOnce();
    if (!this.preferences.persistent && !this.warnedNotPersistent) {
      this.warnedNotPersistent = true;
      // After this update, so the snackbar's own update is not nested in it.
      void this.updateComplete.then(() => this.notify(this.notPersistentMessage(), 'warning'));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.updateCheckedFor = undefined;
  }

  protected override render(): TemplateResult {
    const activeIndex = Math.max(0, TABS.indexOf(this.tab));
    return html`<div class="page">
      <md-tabs aria-label=${msg('User Settings', { id: 'userSettings.UserSettings' })} .autoActivate=${true} .activeTabIndex=${activeIndex} @change=${this.onTabChange}>
        <md-primary-tab id="tab-general" aria-controls="panel-general">${msg('General', { id: 'userSettings.General' })}</md-primary-tab>
        <md-primary-tab id="tab-logs" aria-controls="panel-logs">${msg('Logs', { id: 'userSettings.Logs' })}</md-primary-tab>
      </md-tabs>
      ${this.tab === 'logs'
        ? html`<section class="panel" role="tabpanel" id="panel-logs" aria-labelledby="tab-logs">
            ${staticHtml`<${CLIENT_LOGS}></${CLIENT_LOGS}>`}
          </section>`
        : html`<section class="panel" role="tabpanel" id="panel-general" aria-labelledby="tab-general">
            ${this.renderGeneral()}
          </section>`}
      <div class="parts"></div>
      ${renderSnackbar(this.snackbar, !this.noSnackbar)}
    </div>`;
  }

  private renderGeneral(): TemplateResult {
    const rows = this.rowViews();
    const shown = new Set(this.filter.apply(rows).map((row) => row.id));
    return html`
      ${this.preferences.ready && !this.preferences.persistent
        ? html`<p class="notice">${this.notPersistentMessage()}</p>`
        : nothing}
      <div class="toolbar">
        <div class="field search">
          <input
            id="settings-search"
            type="search"
            autocomplete="off"
            .value=${live(this.filter.query)}
            @input=${(event: Event) => (this.filter.query = (event.target as HTMLInputElement).value)}
          />
          <label for="settings-search">${msg('Search settings', { id: 'userSettings.SearchSettings' })}</label>
        </div>
        <label class="only-changed">
          <md-switch
            aria-label=${msg('Show only changed', { id: 'userSettings.ShowOnlyChanged' })}
            .selected=${live(this.filter.onlyChanged)}
            @change=${(event: Event) => (this.filter.onlyChanged = (event.target as MdSwitch).selected)}
          ></md-switch>
          <span aria-hidden="true">${msg('Show only changed', { id: 'userSettings.ShowOnlyChanged' })}</span>
        </label>
        <md-outlined-button @click=${this.onResetAll}>${msg('Reset to defaults', { id: 'userSettings.ResetToDefaults' })}</md-outlined-button>
      </div>
      <p class="empty" aria-live="polite" ?hidden=${shown.size > 0}>${shown.size > 0 ? nothing : this.emptyMessage()}</p>
      <div class="rows">
        ${rows.filter((row) => shown.has(row.id)).map((row) => renderSettingRow(row.view))}
      </div>
    `;
  }

  /** Every row with what the filter needs to know about it. */
  private rowViews(): { id: SettingRowId; searchText: string[]; changed: boolean; view: SettingRowView }[] {
    const texts = settingRowTexts();
    return SETTING_ROW_IDS.map((id) => {
      const text = texts[id];
      const key = this.preferenceOf(id);
      const changed = key !== undefined && this.preferences.ready && !this.preferences.isDefault(key);
      const view: SettingRowView = {
        id,
        text,
        onReset: changed && key ? () => void this.resetOne(id, key, text.label) : undefined,
        ...this.rowContent(id, text.label),
      };
      const searchText = [text.label, text.description];
      if (id === 'language') for (const option of languageOptions()) searchText.push(option.label, ...this.nativeNames(option.value));
      if (id === 'betaFeatures') searchText.push(this.noBetaMessage());
      return { id, searchText, changed, view };
    });
  }

  private preferenceOf(id: SettingRowId): PreferenceKey | undefined {
    return id === 'language' ? 'language' : SWITCH_ROWS[id];
  }

  private rowContent(id: SettingRowId, label: string): Pick<SettingRowView, 'control' | 'labelContent' | 'extra'> {
    switch (id) {
      case 'language':
        return { control: this.renderLanguageSelect(label) };
      case 'sshKeypair':
        return { labelContent: this.renderOpener(label, 'bai-ssh-keypair-dialog') };
      case 'userConfigScript':
        return { labelContent: this.renderOpener(label, 'bai-script-editor', 'dotfiles') };
      case 'bootstrapScript':
        return { labelContent: this.renderOpener(label, 'bai-script-editor', 'bootstrap') };
      case 'betaFeatures':
        return { control: this.renderSwitch('betaFeatures', label), extra: this.renderBeta() };
      default: {
        const key = SWITCH_ROWS[id];
        return key ? { control: this.renderSwitch(key, label) } : {};
      }
    }
  }

  private renderSwitch(key: PreferenceKey, label: string): TemplateResult {
    return html`<md-switch
      aria-label=${label}
      .selected=${live(Boolean(this.preferences.get(key)))}
      @change=${(event: Event) => void this.onSwitch(key, (event.target as MdSwitch).selected)}
    ></md-switch>`;
  }

  private renderLanguageSelect(label: string): TemplateResult {
    const current = this.preferences.get('language');
    return html`<div class="field select-field language">
      <select aria-label=${label} aria-describedby="language-description" .value=${live(current)} @change=${this.onLanguageChange}>
        ${languageOptions().map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === current}>${option.label}${this.renderNativeName(option.value)}</option>`,
        )}
      </select>
    </div>`;
  }

  /**
   * The language's own name after the translated one; for OS Default, the language it stands
   * for. An option holds text only, so the name cannot carry its own lang attribute.
   */
  private renderNativeName(value: LanguagePreference): string {
    const [native] = this.nativeNames(value);
    if (!native || native === languageOptions().find((option) => option.value === value)?.label) return '';
    return ` · ${native}`;
  }

  private nativeNames(value: LanguagePreference): string[] {
    if (value === 'default') return [NATIVE_LANGUAGE_NAMES[resolveLocale('default')]];
    return isSupportedLocale(value) ? [NATIVE_LANGUAGE_NAMES[value]] : [];
  }

  private renderOpener(label: string, tag: PartTag, mode?: string): TemplateResult {
    return html`<md-outlined-button class="row-opener" @click=${() => void this.open(tag, mode)}>${label}</md-outlined-button>`;
  }

  private renderBeta(): TemplateResult | typeof nothing {
    if (!this.preferences.get('betaFeatures')) return nothing;
    return html`<div class="row-extra beta">
      <slot name="beta" @slotchange=${this.onBetaSlotChange}></slot>
      ${this.hasBetaContent ? nothing : html`<p class="beta-empty">${this.noBetaMessage()}</p>`}
    </div>`;
  }

  private emptyMessage(): string {
    return this.filter.query.trim() === ''
      ? msg('No setting differs from its default.', { id: 'userSettings.NoChangedSettings' })
      : msg('No settings match your search.', { id: 'userSettings.NoSettingsMatch' });
  }

  private noBetaMessage(): string {
    return msg('No beta feature available now.', { id: 'userSettings.DescNoBetaFeatures' });
  }

  private notPersistentMessage(): string {
    return msg(
      'Settings will not be saved in this browser: its storage is not available. Changes last until the page is closed.',
      { id: 'userSettings.NotPersistent' },
    );
  }

  private onBetaSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasBetaContent = slot.assignedNodes({ flatten: true }).some(
      (node) => node.nodeType === Node.ELEMENT_NODE || (node.textContent ?? '').trim() !== '',
    );
  }

  private onTabChange(event: Event): void {
    const tabs = event.target as MdTabs;
    if (tabs.localName !== 'md-tabs') return;
    this.tab = TABS[tabs.activeTabIndex] ?? 'general';
  }

  private async onSwitch(key: PreferenceKey, selected: boolean): Promise<void> {
    if (key === 'desktopNotification' && selected) {
      await enableDesktopNotification(this.preferences.store, this);
      this.requestUpdate();
      return;
    }
    await this.preferences.set(key, selected);
    if (key === 'automaticUpdateCheck' && selected) {
      this.updateCheckedFor = undefined;
      this.runUpdateCheckOnce();
    }
  }

  private onLanguageChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (value === 'default' || isSupportedLocale(value)) void this.preferences.set('language', value);
  }

  private async onResetAll(): Promise<void> {
    const choice = await askUser(this, {
      headline: msg('Reset to defaults?', { id: 'userSettings.ResetToDefaultsHeadline' }),
      message: msg(
        'Every setting on this page goes back to its default value. Your SSH keypair and scripts are not changed.',
        { id: 'userSettings.ResetToDefaultsMessage' },
      ),
      actions: [{ value: 'reset', label: msg('Reset', { id: 'userSettings.Reset' }) }],
    });
    if (choice !== 'reset') return;
    await this.preferences.reset();
    this.notify(msg('Settings were reset to their defaults.', { id: 'userSettings.SettingsReset' }), 'success');
  }

  private async resetOne(row: SettingRowId, key: PreferenceKey, label: string): Promise<void> {
    await this.preferences.reset(key);
    await this.updateComplete;
    // The reset button is gone now; keyboard users continue from the row's own control.
    this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"] :is(md-switch, select)`)?.focus();
    this.notify(msg(str`${label} was reset to its default.`, { id: 'userSettings.SettingResetOne' }), 'success');
  }

  private async open(tag: PartTag, mode?: string): Promise<void> {
    const container = this.renderRoot.querySelector('.parts');
    if (!container || !(await showPart(container, tag, mode))) {
      this.notify(msg('This part of the settings is not available on this page.', { id: 'userSettings.PartUnavailable' }), 'error');
    }
  }

  private runUpdateCheckOnce(): void {
    if (!this.updateManifestUrl || !this.currentVersion) return;
    if (!this.preferences.get('automaticUpdateCheck')) return;
    const key = `${this.preferences.store.namespace}|${this.updateManifestUrl}|${this.currentVersion}`;
    if (this.updateCheckedFor === key) return;
    this.updateCheckedFor = key;
    void checkForUpdate({
      manifestUrl: this.updateManifestUrl,
      currentVersion: this.currentVersion,
      store: this.preferences.store,
      target: this,
    });
  }

  /** Shows a message in the page and, when the user turned them on, as a desktop notification. */
  private notify(message: string, level: NotificationLevel): void {
    notify(this, message, level, this.preferences.store);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bai-user-settings': BaiUserSettings;
  }
}
