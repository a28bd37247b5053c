import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import '@material/web/button/filled-button.js';
import '@material/web/button/outlined-button.js';
import '@material/web/button/text-button.js';
import '@material/web/progress/circular-progress.js';
import { askUser } from '../../internal/ask-user.js';
import { BaiNotificationEvent, type NotificationLevel } from '../../events/notification-event.js';
import { describeRequestFailure } from '../../protocol/request-failure-message.js';
import type { KeypairFiles } from '../../ssh/generate-keypair-files.js';
import type { KeyProblem } from '../../ssh/key-problem.js';
import { copyText } from './copy-text.js';
import { downloadFile } from './download-file.js';
import { describeKeyProblem } from './key-problem-message.js';
import { readKeyFile } from './read-key-file.js';
import { createKeypair, fetchCurrentKey, registerKeypair, validateEnteredKeypair, type KeySource } from './ssh-keypair-actions.js';
import { sshKeypairDialogStyles } from './ssh-keypair-dialog.styles.js';

type View = 'current' | 'new-pair' | 'manual';

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
  static override styles = sshKeypairDialogStyles;

  @property({ type: Boolean, reflect: true }) open = false;

  @state() private view: View = 'current';
  @state() private loading = false;
  @state() private busy: 'generating' | 'registering' | undefined;
  @state() private publicKey: string | null | undefined;
  @state() private fingerprint = '';
  @state() private keySource: KeySource = 'ed25519';
  @state() private newPair: KeypairFiles | undefined;
  @state() private downloadsAvailable = true;
  @state() private privateKeySaved = false;
  @state() private enteredPublicKey = '';
  @state() private enteredPrivateKey = '';
  @state() private problems: KeyProblem[] = [];
  @state() private message: ShownMessage | undefined;

  @query('dialog') private dialog!: HTMLDialogElement;

  #opener: HTMLElement | null = null;
  #session = 0;
  /** Set while the dialog closes because `open` turned false, to tell it from a browser's own close. */
  #closing = false;

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
    if (this.newPair && !this.privateKeySaved) {
      const choice = await askUser(this, {
        headline: msg('Private key not saved', { id: 'sshKeypair.PrivateKeyNotSaved' }),
        message: msg('The private key was neither copied nor downloaded. Once this dialog closes it cannot be shown again.', {
          id: 'sshKeypair.PrivateKeyNotSavedMessage',
        }),
        actions: [{ value: 'close', label: msg('Close anyway', { id: 'sshKeypair.CloseAnyway' }) }],
      });
      if (choice !== 'close') return false;
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
      // After this update, so that the loading state starts a new one.
      void Promise.resolve().then(() => this.#load());
    } else if (this.dialog.open) {
      this.#closing = true;
      this.dialog.close();
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
    }
  }

  /** Drops every key text the dialog holds: state, text areas and pending work. */
  #forgetKeys(): void {
    this.#session++;
    this.newPair = undefined;
    this.privateKeySaved = false;
    this.enteredPrivateKey = '';
    this.enteredPublicKey = '';
    this.problems = [];
    this.message = undefined;
    this.busy = undefined;
    this.view = 'current';
    for (const area of this.renderRoot.querySelectorAll('textarea')) area.value = '';
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="file"]')) input.value = '';
  }

  async #load(): Promise<void> {
    const session = ++this.#session;
    this.loading = true;
    const current = await fetchCurrentKey(this);
    if (session !== this.#session) return;
    this.loading = false;
    if (!current.ok) {
      this.publicKey = undefined;
      this.#notify(describeRequestFailure(current.failure), 'error');
      return;
    }
    this.publicKey = current.publicKey;
    this.fingerprint = current.fingerprint;
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
      this.privateKeySaved = true;
      this.#notify(msg('The private key was copied to the clipboard.', { id: 'sshKeypair.PrivateKeyCopied' }), 'success');
    } else {
      this.#notify(msg('The public key was copied to the clipboard.', { id: 'userSettings.SSHKeyClipboardCopy' }), 'success');
    }
  }

  #download(kind: 'openssh' | 'ppk'): void {
    const pair = this.newPair;
    if (!pair) return;
    const name = kind === 'ppk' ? `${pair.fileName}.ppk` : pair.fileName;
    downloadFile(name, kind === 'ppk' ? pair.ppk : pair.privateKey, this.renderRoot as ShadowRoot);
    this.privateKeySaved = true;
    this.#notify(msg(str`The private key was saved as ${name}.`, { id: 'sshKeypair.PrivateKeyDownloaded' }), 'success');
  }

  async #generate(): Promise<void> {
    if (this.publicKey) {
      const choice = await askUser(this, {
        headline: msg('Replace the SSH keypair?', { id: 'sshKeypair.ReplaceKeypair' }),
        message: msg('The current key stops working at once: sessions and servers that trust it will refuse it. This cannot be undone.', {
          id: 'sshKeypair.ReplaceKeypairMessage',
        }),
        actions: [{ value: 'replace', label: msg('Replace keypair', { id: 'sshKeypair.ReplaceKeypairConfirm' }) }],
      });
      if (choice !== 'replace') return;
    }
    const session = this.#session;
    this.busy = 'generating';
    this.message = undefined;
    let created;
    try {
      created = await createKeypair(this, this.keySource);
    } catch (error) {
      created = { ok: false as const, failure: { ok: false as const, reason: 'failed' as const, error: { name: 'Error', message: String((error as Error)?.message ?? error) } } };
    }
    if (session !== this.#session) return;
    this.busy = undefined;
    if (!created.ok) {
      this.#notify(describeRequestFailure(created.failure), 'error');
      return;
    }
    this.newPair = created.files;
    this.downloadsAvailable = created.convertible;
    this.privateKeySaved = false;
    this.publicKey = created.files.publicKey;
    this.fingerprint = created.files.fingerprint;
    this.view = 'new-pair';
    await this.updateComplete;
    // The Generate button is gone; focus goes to the key the user must now save.
    this.renderRoot.querySelector<HTMLTextAreaElement>('#private-key')?.focus();
    if (created.convertible) {
      this.#notify(msg('A new SSH keypair was made. Copy or download the private key now.', { id: 'sshKeypair.KeypairCreated' }), 'success');
    } else {
      this.#notify(msg('A new SSH keypair was made, but its private key could not be turned into key files: copy it from the text area.', { id: 'sshKeypair.KeypairNotConvertible' }), 'warning');
    }
  }

  async #pickFile(event: Event, field: 'public' | 'private'): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await readKeyFile(file);
    if (text === undefined) {
      this.#notify(msg(str`${file.name} is too large to be a key file.`, { id: 'sshKeypair.FileTooLarge' }), 'error');
      return;
    }
    if (field === 'public') this.enteredPublicKey = text;
    else this.enteredPrivateKey = text;
    this.problems = this.problems.filter((problem) => problem.field !== (field === 'public' ? 'publicKey' : 'privateKey'));
  }

  async #register(): Promise<void> {
    const session = this.#session;
    this.busy = 'registering';
    this.message = undefined;
    const checked = await validateEnteredKeypair(this.enteredPublicKey, this.enteredPrivateKey);
    if (session !== this.#session) return;
    if (!checked.ok) {
      this.busy = undefined;
      this.problems = checked.problems;
      for (const problem of checked.problems) this.#notify(describeKeyProblem(problem), 'error');
      return;
    }
    this.problems = [];
    const registered = await registerKeypair(this, { publicKey: checked.publicKey, privateKey: checked.privateKey });
    if (session !== this.#session) return;
    this.busy = undefined;
    if (!registered.ok) {
      this.#notify(describeRequestFailure(registered.failure), 'error');
      return;
    }
    this.publicKey = registered.publicKey;
    this.fingerprint = registered.fingerprint;
    this.enteredPrivateKey = '';
    this.enteredPublicKey = '';
    this.view = 'current';
    this.#notify(msg('The SSH keypair was registered.', { id: 'sshKeypair.KeypairRegistered' }), 'success');
  }

  #problemFor(field: KeyProblem['field']): KeyProblem[] {
    return this.problems.filter((problem) => problem.field === field || (field === 'privateKey' && problem.field === 'pair'));
  }

  protected override render(): TemplateResult {
    return html`<dialog part="dialog" aria-labelledby="title" @cancel=${this.#onCancel} @close=${this.#onNativeClose} @keydown=${this.#onKeydown}>
      <h2 id="title">${msg('SSH Keypair Management', { id: 'userSettings.SSHKeypairManagement' })}</h2>
      ${this.open ? this.#renderBody() : nothing}
      ${this.message ? html`<p class="message" role="status" data-level=${this.message.level}>${this.message.text}</p>` : nothing}
      ${this.busy ? this.#renderBusy() : nothing}
      <div class="actions">${this.#renderActions()}</div>
    </dialog>`;
  }

  #renderBody(): TemplateResult | typeof nothing {
    if (this.view === 'new-pair' && this.newPair) return this.#renderNewPair(this.newPair);
    if (this.view === 'manual') return this.#renderManual();
    return this.#renderCurrent();
  }

  #renderBusy(): TemplateResult {
    const text =
      this.busy === 'generating'
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
    let key: TemplateResult | typeof nothing = nothing;
    if (this.loading) key = html`<p class="hint">${msg('Loading the current key…', { id: 'sshKeypair.Loading' })}</p>`;
    else if (this.publicKey) key = this.#renderPublicKey(this.publicKey, this.fingerprint);
    else if (this.publicKey === null) key = html`<p class="hint">${msg('No SSH keypair yet', { id: 'userSettings.NoExistingSSHKeypair' })}</p>`;
    const sources: [KeySource, string][] = [
      ['ed25519', msg('Ed25519, made in this browser (recommended)', { id: 'sshKeypair.SourceEd25519' })],
      ['rsa-4096', msg('RSA 4096, made in this browser', { id: 'sshKeypair.SourceRsa4096' })],
      ['manager', msg('Generated by the manager (RSA 2048)', { id: 'sshKeypair.SourceManager' })],
    ];
    return html`${key}
      <fieldset ?disabled=${this.busy !== undefined}>
        <legend>${msg('New keypair', { id: 'sshKeypair.NewKeypair' })}</legend>
        ${sources.map(
          ([value, label]) =>
            html`<div class="choice">
              <input
                type="radio"
                id=${`source-${value}`}
                name="source"
                .checked=${live(this.keySource === value)}
                @change=${() => (this.keySource = value)}
              /><label for=${`source-${value}`}>${label}</label>
            </div>`,
        )}
      </fieldset>`;
  }

  #renderNewPair(pair: KeypairFiles): TemplateResult {
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
        <md-outlined-button ?disabled=${!this.downloadsAvailable} @click=${() => this.#download('openssh')}
          >${msg('Download private key', { id: 'sshKeypair.DownloadPrivateKey' })}</md-outlined-button
        >
        <md-outlined-button ?disabled=${!this.downloadsAvailable || !pair.ppk} @click=${() => this.#download('ppk')}
          >${msg('Download PPK', { id: 'sshKeypair.DownloadPpk' })}</md-outlined-button
        >
      </div>
      <p class="hint">${msg('The PPK file is for PuTTY and WinSCP on Windows.', { id: 'sshKeypair.PpkHint' })}</p>`;
  }

  #renderKeyField(field: 'publicKey' | 'privateKey'): TemplateResult {
    const isPublic = field === 'publicKey';
    const problems = this.#problemFor(field);
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
        .value=${live(isPublic ? this.enteredPublicKey : this.enteredPrivateKey)}
        @input=${(event: Event) => {
          const value = (event.target as HTMLTextAreaElement).value;
          if (isPublic) this.enteredPublicKey = value;
          else this.enteredPrivateKey = value;
        }}
      ></textarea>
      <div id=${`${id}-problem`}>${problems.map((problem) => html`<p class="problem">${describeKeyProblem(problem)}</p>`)}</div>
      <div class="row">
        <input
          type="file"
          aria-label=${isPublic ? msg('Public key file', { id: 'sshKeypair.PublicKeyFile' }) : msg('Private key file', { id: 'sshKeypair.PrivateKeyFile' })}
          @change=${(event: Event) => this.#pickFile(event, isPublic ? 'public' : 'private')}
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
    const busy = this.busy !== undefined;
    const close = html`<md-text-button @click=${() => this.close()}>${msg('Close', { id: 'common.Close' })}</md-text-button>`;
    if (this.view === 'manual') {
      return html`<md-text-button ?disabled=${busy} @click=${() => this.#leaveManual()}>${msg('Back', { id: 'sshKeypair.Back' })}</md-text-button>
        ${close}
        <md-filled-button ?disabled=${busy} @click=${() => this.#register()}>${msg('Register keypair', { id: 'sshKeypair.RegisterKeypair' })}</md-filled-button>`;
    }
    if (this.view === 'new-pair') return close;
    return html`<md-outlined-button ?disabled=${busy || this.loading} @click=${() => this.#enterManually()}
        >${msg('Enter Manually', { id: 'userSettings.SSHKeypairEnterManually' })}</md-outlined-button
      >
      ${close}
      <md-filled-button ?disabled=${busy || this.loading} @click=${() => this.#generate()}>${msg('Generate', { id: 'userSettings.SSHKeypairGeneration' })}</md-filled-button>`;
  }

  #enterManually(): void {
    this.message = undefined;
    this.view = 'manual';
  }

  #leaveManual(): void {
    this.enteredPrivateKey = '';
    this.enteredPublicKey = '';
    this.problems = [];
    this.message = undefined;
    this.view = 'current';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bai-ssh-keypair-dialog': BaiSshKeypairDialog;
  }
}
