import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import '@material/web/button/filled-button.js';
import '@material/web/button/outlined-button.js';
import '@material/web/button/text-button.js';
import { askUser, prepareAskUser } from '../../internal/ask-user.js';
import { dialogSurfaceStyles } from '../../internal/dialog-surface-styles.js';
import { BaiNotificationEvent, type NotificationLevel } from '../../events/notification-event.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { KeypairFiles } from '../../ssh/generate-keypair-files.js';
import { copyText } from './copy-text.js';
import { downloadFile } from './download-file.js';
import { describeKeyProblem } from './key-problem-message.js';
import { readKeyFile } from './read-key-file.js';
import type { KeySource } from './ssh-keypair-actions.js';
import { sshKeypairDialogStyles } from './ssh-keypair-dialog.styles.js';
import { SshKeypairModel } from './ssh-keypair-model.js';
import { loadProgressIndicator } from '../../internal/load-progress-indicator.js';

interface ShownMessage {
  text: string;
  level: NotificationLevel;
}

/** The element focused across shadow roots, to give focus back to when the dialog closes. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * Shows the user's SSH public key with its fingerprint, makes a new keypair (in the
 * browser with WebCrypto, or by the manager) and offers the private key once, as an
 * OpenSSH file and a PuTTY (.ppk) file, or registers a keypair the user enters. The
 * private key is never stored and leaves the DOM and memory when the dialog closes.
 *
 * @summary Dialog that views, generates and registers the user's SSH keypair.
 *
 * @fires bai-ssh-keypair-fetch - Asks the host for the current public key (on open).
 * @fires bai-ssh-keypair-generate - Asks the manager to make a new keypair.
 * @fires bai-ssh-keypair-register - Sends a keypair made in the browser or entered by the user.
 * @fires bai-notification - Every message the dialog shows.
 *
 * @csspart dialog - The dialog box.
 *
 * @cssprop --bai-ssh-keypair-surface - Dialog background (falls back to --md-sys-color-surface-container-high).
 * @cssprop --bai-ssh-keypair-field - Background of the key text areas (falls back to --md-sys-color-surface).
 * @cssprop --bai-ssh-keypair-font-family - Monospace font of the keys.
 * @cssprop --bai-ssh-keypair-radius - Corner radius of the dialog (default 28px).
 */
@localized()
export class BaiSshKeypairDialog extends LitElement {
  static override styles = [dialogSurfaceStyles, sshKeypairDialogStyles];

  protected readonly locale = new LocaleController(this);

  @property({ type: Boolean, reflect: true }) open = false;

  @state() private message: ShownMessage | undefined;

  @query('dialog') private dialog!: HTMLDialogElement;

  readonly #model = new SshKeypairModel({
    source: this,
    changed: () => this.requestUpdate(),
    notify: (text, level) => this.#notify(text, level),
    confirmReplace: async () =>
      (await askUser(this, {
        headline: msg('Replace the SSH keypair?', { id: 'sshKeypair.ReplaceKeypair' }),
        message: msg('The current key stops working at once: sessions and servers that trust it will refuse it. This cannot be undone.', {
          id: 'sshKeypair.ReplaceKeypairMessage',
        }),
        actions: [{ value: 'replace', label: msg('Replace keypair', { id: 'sshKeypair.ReplaceKeypairConfirm' }) }],
      })) === 'replace',
  });

  #opener: HTMLElement | null = null;
  /** Set while the dialog closes because `open` turned false, to tell it from a browser's own close. */
  #closing = false;
  /** The pending "close without saving?" question, so a second Escape does not ask twice. */
  #question: Promise<string> | undefined;

  /** Opens the dialog and asks the host for the current key. */
  show(): void {
    this.open = true;
  }

  /**
   * Closes the dialog. While a new private key was neither copied nor downloaded, asks
   * first. Resolves with whether it closed.
   */
  async close(): Promise<boolean> {
    if (!this.open) return true;
    if (this.#model.busy === 'generating') {
      // The manager may already hold the new key: closing now would lose its only private copy.
      this.#notify(msg('Wait until the new keypair is ready: closing now would lose its private key.', { id: 'sshKeypair.WaitForKeypair' }), 'warning');
      return false;
    }
    if (this.#model.holdsUnsavedPrivateKey) {
      this.#question ??= askUser(this, {
        headline: msg('Private key not saved', { id: 'sshKeypair.PrivateKeyNotSaved' }),
        message: msg('The private key was neither copied nor downloaded. Once this dialog closes it cannot be shown again.', {
          id: 'sshKeypair.PrivateKeyNotSavedMessage',
        }),
        actions: [{ value: 'close', label: msg('Close anyway', { id: 'sshKeypair.CloseAnyway' }) }],
      }).finally(() => (this.#question = undefined));
      if ((await this.#question) !== 'close') return false;
    }
    this.open = false;
    return true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#forgetKeys();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && !this.open && changed.get('open') !== undefined) this.#forgetKeys();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open) {
      this.#opener = deepActiveElement();
      if (!this.dialog.open) this.dialog.showModal();
      prepareAskUser();
      loadProgressIndicator();
      // After this update, so that the loading state starts a new one.
      void Promise.resolve().then(() => this.#model.load());
    } else if (this.dialog.open) {
      this.#closing = true;
      this.dialog.close();
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
    }
  }

  /** Drops every key text the dialog holds: model state and text areas. */
  #forgetKeys(): void {
    this.#model.forget();
    this.message = undefined;
    for (const area of this.renderRoot.querySelectorAll('textarea')) area.value = '';
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="file"]')) input.value = '';
  }

  #notify(text: string, level: NotificationLevel): void {
    this.message = { text, level };
    this.dispatchEvent(new BaiNotificationEvent({ message: text, level }));
  }

  #onCancel(event: Event): void {
    // Closing goes through close(), which may ask first.
    event.preventDefault();
    void this.close();
  }

  #onNativeClose(event: Event): void {
    // A browser may close a modal dialog on its own (a second Escape); while open is true the
    // user has not been asked yet, so the dialog comes back and close() decides.
    if (event.target !== this.dialog) return;
    if (this.#closing) {
      this.#closing = false;
      return;
    }
    if (!this.open || this.dialog.open) return;
    this.dialog.showModal();
    void this.close();
  }

  #onKeydown(event: KeyboardEvent): void {
    // Browsers may ignore a cancelled `cancel` event and close anyway; stopping the key keeps
    // the dialog open until close() has asked about an unsaved private key.
    if (event.key !== 'Escape') return;
    event.preventDefault();
    void this.close();
  }

  async #copy(text: string, what: 'public' | 'private'): Promise<void> {
    const outcome = await copyText(text, this.renderRoot as ShadowRoot);
    if (outcome === 'unavailable') {
      this.#notify(msg('Copying is not available here: select the key and copy it by hand.', { id: 'sshKeypair.CopyByHand' }), 'warning');
      return;
    }
    if (what === 'private') {
      this.#model.markPrivateKeySaved();
      this.#notify(msg('The private key was copied to the clipboard.', { id: 'sshKeypair.PrivateKeyCopied' }), 'success');
    } else {
      this.#notify(msg('The public key was copied to the clipboard.', { id: 'userSettings.SSHKeyClipboardCopy' }), 'success');
    }
  }

  #download(kind: 'openssh' | 'ppk'): void {
    const pair = this.#model.newPair;
    if (!pair) return;
    const name = kind === 'ppk' ? `${pair.fileName}.ppk` : pair.fileName;
    downloadFile(name, kind === 'ppk' ? pair.ppk : pair.privateKey, this.renderRoot as ShadowRoot);
    this.#model.markPrivateKeySaved();
    this.#notify(msg(str`The private key was saved as ${name}.`, { id: 'sshKeypair.PrivateKeyDownloaded' }), 'success');
  }

  async #generate(): Promise<void> {
    this.message = undefined;
    if (!(await this.#model.generate())) return;
    await this.updateComplete;
    // The Generate button is gone; focus goes to the key the user must now save.
    this.renderRoot.querySelector<HTMLTextAreaElement>('#private-key')?.focus();
  }

  async #pickFile(event: Event, field: 'publicKey' | 'privateKey'): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readKeyFile(file);
    if (text === undefined) {
      this.#notify(msg(str`${file.name} is too large to be a key file.`, { id: 'sshKeypair.FileTooLarge' }), 'error');
      return;
    }
    this.#model.setEntered(field, text);
  }

  #register(): void {
    this.message = undefined;
    void this.#model.register();
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="title" @cancel=${this.#onCancel} @close=${this.#onNativeClose} @keydown=${this.#onKeydown}>
      <h2 id="title">${msg('SSH Keypair Management', { id: 'userSettings.SSHKeypairManagement' })}</h2>
      ${this.open ? this.#renderBody() : nothing}
      ${this.message ? html`<p class="message" role="status" data-level=${this.message.level}>${this.message.text}</p>` : nothing}
      ${this.#model.busy ? this.#renderBusy() : nothing}
      <div class="actions">${this.#renderActions()}</div>
    </dialog>`;
  }

  #renderBody(): TemplateResult {
    const model = this.#model;
    if (model.view === 'new-pair' && model.newPair) return this.#renderNewPair(model.newPair);
    if (model.view === 'manual') return this.#renderManual();
    return this.#renderCurrent();
  }

  #renderBusy(): TemplateResult {
    const text =
      this.#model.busy === 'generating'
        ? msg('Generating the keypair…', { id: 'sshKeypair.Generating' })
        : msg('Checking and registering the keypair…', { id: 'sshKeypair.Registering' });
    return html`<div class="busy" role="status"><md-circular-progress indeterminate aria-label=${text}></md-circular-progress><span>${text}</span></div>`;
  }

  #renderPublicKey(publicKey: string, fingerprint: string): TemplateResult {
    return html`<label for="public-key">${msg('Public Key', { id: 'userSettings.PublicKey' })}</label>
      <textarea id="public-key" readonly spellcheck="false" .value=${live(publicKey)}></textarea>
      ${fingerprint ? html`<p class="fingerprint">${msg(str`Fingerprint: ${fingerprint}`, { id: 'sshKeypair.Fingerprint' })}</p>` : nothing}
      <div class="row">
        <md-outlined-button @click=${() => this.#copy(publicKey, 'public')}>${msg('Copy public key', { id: 'sshKeypair.CopyPublicKey' })}</md-outlined-button>
      </div>`;
  }

  #renderCurrent(): TemplateResult {
    const model = this.#model;
    let key: TemplateResult | typeof nothing = nothing;
    if (model.loading) key = html`<p class="hint">${msg('Loading the current key…', { id: 'sshKeypair.Loading' })}</p>`;
    else if (model.publicKey) key = this.#renderPublicKey(model.publicKey, model.fingerprint);
    else if (model.publicKey === null) key = html`<p class="hint">${msg('No SSH keypair yet', { id: 'userSettings.NoExistingSSHKeypair' })}</p>`;
    const sources: [KeySource, string][] = [
      ['ed25519', msg('Ed25519, made in this browser (recommended)', { id: 'sshKeypair.SourceEd25519' })],
      ['rsa-4096', msg('RSA 4096, made in this browser', { id: 'sshKeypair.SourceRsa4096' })],
      ['manager', msg('Generated by the manager (RSA 2048)', { id: 'sshKeypair.SourceManager' })],
    ];
    return html`${key}
      <fieldset ?disabled=${model.busy !== undefined}>
        <legend>${msg('New keypair', { id: 'sshKeypair.NewKeypair' })}</legend>
        ${sources.map(
          ([value, label]) =>
            html`<div class="choice">
              <input
                type="radio"
                id=${`source-${value}`}
                name="source"
                .checked=${live(model.keySource === value)}
                @change=${() => (model.keySource = value)}
              /><label for=${`source-${value}`}>${label}</label>
            </div>`,
        )}
      </fieldset>`;
  }

  #renderNewPair(pair: KeypairFiles): TemplateResult {
    const downloads = this.#model.downloadsAvailable;
    return html`${this.#renderPublicKey(pair.publicKey, pair.fingerprint)}
      <label for="private-key">${msg('Private Key', { id: 'userSettings.PrivateKey' })}</label>
      <textarea id="private-key" class="private" readonly spellcheck="false" autocomplete="off" .value=${live(pair.privateKey)}></textarea>
      <p class="warning" role="note">
        ${msg('Save the private key now: copy it or download it. It is not kept anywhere and cannot be shown again.', {
          id: 'userSettings.SSHKeypairGenerationWarning',
        })}
      </p>
      <div class="row">
        <md-outlined-button @click=${() => this.#copy(pair.privateKey, 'private')}>${msg('Copy private key', { id: 'sshKeypair.CopyPrivateKey' })}</md-outlined-button>
        <md-outlined-button ?disabled=${!downloads} @click=${() => this.#download('openssh')}
          >${msg('Download private key', { id: 'sshKeypair.DownloadPrivateKey' })}</md-outlined-button
        >
        <md-outlined-button ?disabled=${!downloads || !pair.ppk} @click=${() => this.#download('ppk')}
          >${msg('Download PPK', { id: 'sshKeypair.DownloadPpk' })}</md-outlined-button
        >
      </div>
      <p class="hint">${msg('The PPK file is for PuTTY and WinSCP on Windows.', { id: 'sshKeypair.PpkHint' })}</p>`;
  }

  #renderKeyField(field: 'publicKey' | 'privateKey'): TemplateResult {
    const model = this.#model;
    const isPublic = field === 'publicKey';
    const problems = model.problemsOf(field);
    const id = isPublic ? 'entered-public-key' : 'entered-private-key';
    return html`<label for=${id}>${isPublic ? msg('Public Key', { id: 'userSettings.PublicKey' }) : msg('Private Key', { id: 'userSettings.PrivateKey' })}</label>
      <textarea
        id=${id}
        class=${isPublic ? '' : 'private'}
        spellcheck="false"
        autocomplete="off"
        aria-invalid=${problems.length > 0 ? 'true' : 'false'}
        aria-describedby=${`${id}-problem`}
        placeholder=${isPublic ? 'ssh-ed25519 AAAA…' : '-----BEGIN OPENSSH PRIVATE KEY-----'}
        .value=${live(isPublic ? model.enteredPublicKey : model.enteredPrivateKey)}
        @input=${(event: Event) => model.setEntered(field, (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <div id=${`${id}-problem`}>${problems.map((problem) => html`<p class="problem">${describeKeyProblem(problem)}</p>`)}</div>
      <div class="row">
        <input
          type="file"
          aria-label=${isPublic ? msg('Public key file', { id: 'sshKeypair.PublicKeyFile' }) : msg('Private key file', { id: 'sshKeypair.PrivateKeyFile' })}
          @change=${(event: Event) => this.#pickFile(event, field)}
        />
      </div>`;
  }

  #renderManual(): TemplateResult {
    return html`<p class="hint">
        ${msg('Paste an OpenSSH public key and its private key (OpenSSH or PEM, without passphrase), or pick their files.', {
          id: 'sshKeypair.EnterManuallyHint',
        })}
      </p>
      ${this.#renderKeyField('publicKey')} ${this.#renderKeyField('privateKey')}`;
  }

  #renderActions(): TemplateResult {
    const model = this.#model;
    const busy = model.busy !== undefined;
    const close = html`<md-text-button ?disabled=${model.busy === 'generating'} @click=${() => this.close()}>${msg('Close', { id: 'common.Close' })}</md-text-button>`;
    if (model.view === 'manual') {
      return html`<md-text-button ?disabled=${busy} @click=${() => this.#leaveManual()}>${msg('Back', { id: 'sshKeypair.Back' })}</md-text-button>
        ${close}
        <md-filled-button ?disabled=${busy} @click=${() => this.#register()}>${msg('Register keypair', { id: 'sshKeypair.RegisterKeypair' })}</md-filled-button>`;
    }
    if (model.view === 'new-pair') return close;
    return html`<md-outlined-button ?disabled=${busy || model.loading} @click=${() => this.#enterManually()}
        >${msg('Enter Manually', { id: 'userSettings.SSHKeypairEnterManually' })}</md-outlined-button
      >
      ${close}
      <md-filled-button ?disabled=${busy || model.loading} @click=${() => this.#generate()}>${msg('Generate', { id: 'userSettings.SSHKeypairGeneration' })}</md-filled-button>`;
  }

  #enterManually(): void {
    this.message = undefined;
    this.#model.enterManually();
  }

  #leaveManual(): void {
    this.message = undefined;
    this.#model.leaveManual();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bai-ssh-keypair-dialog': BaiSshKeypairDialog;
  }
}
