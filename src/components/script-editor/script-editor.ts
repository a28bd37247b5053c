import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import '@material/web/button/filled-button.js';
import '@material/web/button/outlined-button.js';
import '@material/web/button/text-button.js';
import { askUser, prepareAskUser } from '../../internal/ask-user.js';
import { dialogSurfaceStyles } from '../../internal/dialog-surface-styles.js';
import { fieldStyles } from '../../internal/field-styles.js';
import { formatByteCount, formatBytes, formatDateTime, formatNumber } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { plural } from '../../i18n/plural.js';
import { BaiNotificationEvent, type NotificationLevel } from '../../events/notification-event.js';
import { describeRequestFailure } from '../../protocol/request-failure-message.js';
import { canCreateDotfile, MAX_DOTFILES, MAX_SCRIPT_BYTES, NEAR_LIMIT_BYTES, utf8ByteLength } from '../../dotfiles/limits.js';
import { languageForPath, type ScriptLanguage } from '../../dotfiles/known-files.js';
import type { EditorHandle } from '../../editor/mount-editor.js';
import { ScriptEditorModel, type DeleteResult, type SaveResult, type ScriptEditorMode } from './script-editor-model.js';
import { pathProblemMessage } from './path-problem-message.js';
import { scriptEditorStyles } from './script-editor.styles.js';
import { loadProgressIndicator } from '../../internal/load-progress-indicator.js';

const NEW_FILE = '\u0000new-file';

interface ShownMessage {
  text: string;
  level: NotificationLevel;
}

/**
 * Edits the user's dotfiles (`.bashrc`, `.zshrc`, `.Renviron`, ...) or the bootstrap script
 * in CodeMirror, and saves them through request events the host answers. Unsaved text is
 * never dropped: it is kept as a local draft until the manager has it, and switching file
 * or closing with changes asks first.
 *
 * @summary Dialog that edits user config scripts and the bootstrap script.
 *
 * @fires bai-dotfiles-fetch - Asks the host for the user's dotfiles (dotfiles mode, on open).
 * @fires bai-dotfile-create - Saves a dotfile the manager does not have yet.
 * @fires bai-dotfile-update - Saves a dotfile the manager has.
 * @fires bai-dotfile-delete - Deletes the current dotfile, after the user confirms.
 * @fires bai-bootstrap-script-fetch - Asks the host for the bootstrap script (bootstrap mode, on open).
 * @fires bai-bootstrap-script-update - Saves the bootstrap script; an empty one deletes it.
 * @fires bai-notification - Every message the editor shows.
 *
 * @csspart dialog - The dialog box.
 * @csspart editor - The area CodeMirror renders into.
 *
 * @cssprop --bai-script-editor-height - Height of the editing area (default 22rem).
 * @cssprop --bai-script-editor-font-family - Monospace font of the editor.
 * @cssprop --bai-script-editor-font-size - Font size of the editor (default 14px).
 * @cssprop --bai-script-editor-surface - Dialog background (falls back to --md-sys-color-surface-container-high).
 * @cssprop --bai-script-editor-background - Editor background (falls back to --md-sys-color-surface).
 */
@localized()
export class BaiScriptEditor extends LitElement {
  static override styles = [fieldStyles, dialogSurfaceStyles, scriptEditorStyles];

  protected readonly locale = new LocaleController(this);

  /** `dotfiles` edits the user's config files; `bootstrap` edits the bootstrap script. */
  @property({ reflect: true }) mode: ScriptEditorMode = 'dotfiles';

  /** The dotfile being edited (dotfiles mode); follows the user's choice. */
  @property({ reflect: true }) path = '';

  /** Drafts are kept per namespace, for example the user's email. */
  @property({ reflect: true }) namespace = 'default';

  @property({ type: Boolean, reflect: true }) open = false;

  @state() private phase: 'idle' | 'loading' | 'ready' | 'load-failed' = 'idle';
  @state() private busy = false;
  @state() private message: ShownMessage | undefined;
  @state() private addingFile = false;
  @state() private pathError = '';
  @state() private bytes = 0;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part="editor"]') private editorHost!: HTMLElement;
  @query('#new-file-path') private newPathField?: HTMLInputElement;

  #model: ScriptEditorModel | undefined;
  #editor: EditorHandle | undefined;
  #editorLabel = '';
  #session = 0;

  /** Opens the editor and loads the manager's copy. */
  show(): void {
    this.open = true;
  }

  /**
   * Closes the editor; with unsaved changes the user chooses to save, discard or stay.
   * Resolves with whether it closed.
   */
  async close(): Promise<boolean> {
    if (!this.open) return true;
    if (this.phase === 'ready' && !(await this.#settleUnsaved())) return false;
    this.open = false;
    return true;
  }

  // A draft waits a moment after each keystroke; a closing page must not lose that moment.
  readonly #flushOnPageHide = () => void this.#model?.flushDrafts();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#flushOnPageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.#flushOnPageHide);
    this.#teardown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && !this.open && changed.get('open') !== undefined) this.#teardown();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) {
      if (this.open) {
        if (!this.dialog.open) this.dialog.showModal();
        prepareAskUser();
        loadProgressIndicator();
        // After this update, so that loading state changes start a new one.
        void Promise.resolve().then(() => this.#start());
      } else if (this.dialog.open) {
        this.dialog.close();
      }
    }
    if (changed.has('path') && this.phase === 'ready' && this.#model && this.path && this.path !== this.#model.path) {
      void this.#switchTo(this.path);
    }
    const label = msg('Script', { id: 'scriptEditor.Script' });
    if (this.#editor && label !== this.#editorLabel) {
      this.#editorLabel = label;
      this.#editor.setLabel(label);
    }
  }

  async #start(): Promise<void> {
    if (!this.open) return;
    const session = ++this.#session;
    const model = new ScriptEditorModel(this, this.mode, { namespace: this.namespace, path: this.path });
    this.#model = model;
    this.phase = 'loading';
    this.message = undefined;
    this.addingFile = false;
    const [editorModule, loaded] = await Promise.all([import('../../editor/mount-editor.js'), model.load()]);
    if (session !== this.#session) return;
    if (!loaded.ok) {
      this.phase = 'load-failed';
      this.#notify(describeRequestFailure(loaded.failure), 'error');
      return;
    }
    this.phase = 'ready';
    if (this.mode === 'dotfiles') this.path = model.path;
    await this.updateComplete;
    this.#editorLabel = msg('Script', { id: 'scriptEditor.Script' });
    this.#editor = editorModule.mountEditor(this.editorHost, {
      root: this.shadowRoot!,
      doc: model.text,
      language: this.#language(),
      label: this.#editorLabel,
      onChange: (text) => this.#onEdit(text),
    });
    this.#afterDocumentChange();
    await this.#offerDraft();
  }

  #teardown(): void {
    this.#session++;
    void this.#model?.flushDrafts();
    this.#editor?.destroy();
    this.#editor = undefined;
    this.phase = 'idle';
  }

  #language(): ScriptLanguage {
    return this.mode === 'bootstrap' ? 'bash' : languageForPath(this.#model?.path ?? '');
  }

  #onEdit(text: string): void {
    this.#model?.edit(text);
    this.#afterDocumentChange();
  }

  #afterDocumentChange(): void {
    this.bytes = utf8ByteLength(this.#model?.text ?? '');
    this.requestUpdate();
  }

  /** `detail` (such as the manager's own message) goes on a line of its own after `lead`. */
  #notify(lead: string, level: NotificationLevel, detail?: string): void {
    const text = detail ? `${lead}\n${detail}` : lead;
    this.message = { text, level };
    this.dispatchEvent(new BaiNotificationEvent({ message: text, level }));
  }

  #documentName(): string {
    return this.mode === 'bootstrap' ? msg('The bootstrap script', { id: 'scriptEditor.TheBootstrapScript' }) : (this.#model?.path ?? '');
  }

  async #offerDraft(): Promise<void> {
    const model = this.#model;
    const draft = await model?.pendingDraft();
    if (!model || !draft || !this.#editor) return;
    const when = formatDateTime(draft.updatedAt);
    const name = this.#documentName();
    const choice = await askUser(this, {
      headline: msg('Unsaved draft found', { id: 'scriptEditor.DraftFound' }),
      message: msg(str`${name} has changes from ${when} that were never saved. Restore them?`, { id: 'scriptEditor.DraftFoundMessage' }),
      actions: [
        { value: 'discard', label: msg('Discard draft', { id: 'scriptEditor.DiscardDraft' }) },
        { value: 'restore', label: msg('Restore draft', { id: 'scriptEditor.RestoreDraft' }) },
      ],
    });
    if (model !== this.#model || !this.#editor) return;
    if (choice === 'discard') {
      await model.discardChanges();
      this.#notify(msg('The draft was discarded.', { id: 'scriptEditor.DraftDiscarded' }), 'info');
      return;
    }
    // Cancel restores too: closing the question must not throw the user's text away.
    this.#editor.setText(draft.text);
    model.edit(draft.text);
    this.#afterDocumentChange();
    this.#notify(msg('The draft was restored. Save to keep it on the manager.', { id: 'scriptEditor.DraftRestored' }), 'info');
  }

  /** Asks what to do with unsaved changes; resolves true once it is safe to leave the document. */
  async #settleUnsaved(): Promise<boolean> {
    const model = this.#model;
    if (!model || !model.dirty) return true;
    const name = this.#documentName();
    const choice = await askUser(this, {
      headline: msg('Unsaved changes', { id: 'scriptEditor.UnsavedChanges' }),
      message: msg(str`${name} has changes that are not saved. Save them, or discard them?`, { id: 'userSettings.DialogDiscardOrSave' }),
      actions: [
        { value: 'discard', label: msg('Discard', { id: 'scriptEditor.Discard' }) },
        { value: 'save', label: msg('Save', { id: 'scriptEditor.Save' }) },
      ],
    });
    if (choice === 'save') return (await this.#save()).kind === 'saved';
    if (choice === 'discard') {
      await model.discardChanges();
      this.#editor?.setText(model.text);
      this.#afterDocumentChange();
      return true;
    }
    return false;
  }

  async #switchTo(path: string): Promise<void> {
    const model = this.#model;
    if (!model || path === model.path) return;
    if (!(await this.#settleUnsaved())) {
      this.path = model.path;
      this.requestUpdate();
      return;
    }
    model.select(path);
    this.path = path;
    this.message = undefined;
    this.#editor?.load(model.text, this.#language());
    this.#afterDocumentChange();
    await this.#offerDraft();
  }

  #onPick(event: Event): void {
    const select = event.target as HTMLSelectElement;
    if (select.localName !== 'select' || !this.#model) return;
    const value = select.value;
    if (value === NEW_FILE) {
      select.value = this.#model.path;
      this.addingFile = true;
      this.pathError = '';
      void this.updateComplete.then(() => this.newPathField?.focus());
      return;
    }
    void this.#switchTo(value);
  }

  async #addFile(): Promise<void> {
    const model = this.#model;
    const field = this.newPathField;
    if (!model || !field) return;
    const path = field.value;
    if (!model.choices.includes(path)) {
      if (!canCreateDotfile(model.serverFileCount)) {
        this.pathError = this.#tooManyFilesMessage();
        this.#notify(this.pathError, 'error');
        return;
      }
      const added = model.addPath(path);
      if (!added.ok) {
        this.pathError = pathProblemMessage(added.problem, path);
        this.#notify(this.pathError, 'error');
        return;
      }
    }
    this.pathError = '';
    this.addingFile = false;
    await this.#switchTo(path);
  }

  #onNewPathKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.#addFile();
    }
  }

  #tooManyFilesMessage(): string {
    const limit = formatNumber(MAX_DOTFILES);
    return plural(MAX_DOTFILES, {
      one: msg(str`You already have ${limit} config file, the most the manager keeps. Delete it before adding another.`, {
        id: 'scriptEditor.TooManyFilesOne',
      }),
      few: msg(str`You already have ${limit} config files, the most the manager keeps. Delete one before adding another.`, {
        id: 'scriptEditor.TooManyFilesFew',
      }),
      many: msg(str`You already have ${limit} config files, the most the manager keeps. Delete one before adding another.`, {
        id: 'scriptEditor.TooManyFilesMany',
      }),
      other: msg(str`You already have ${limit} config files, the most the manager keeps. Delete one before adding another.`, {
        id: 'scriptEditor.TooManyFilesOther',
      }),
    });
  }

  async #save(): Promise<SaveResult> {
    const model = this.#model;
    if (!model) return { kind: 'no-changes' };
    this.busy = true;
    const result = await model.save();
    this.busy = false;
    this.requestUpdate();
    this.#reportSave(result);
    return result;
  }

  #reportSave(result: SaveResult): void {
    const name = this.#documentName();
    switch (result.kind) {
      case 'saved': {
        const problem = this.#editor?.syntaxProblems()[0];
        if (problem) {
          const { line, message } = problem;
          this.#notify(
            msg(str`${name} was saved, but the shell reports a syntax error on line ${line}: ${message}`, { id: 'scriptEditor.SavedWithSyntaxError' }),
            'warning',
          );
          return;
        }
        if (result.action === 'created') this.#notify(msg(str`${name} was created.`, { id: 'userSettings.DescScriptCreated' }), 'success');
        else if (result.action === 'updated') this.#notify(msg(str`${name} was saved.`, { id: 'userSettings.DescScriptUpdated' }), 'success');
        else this.#notify(msg('The bootstrap script was saved.', { id: 'scriptEditor.BootstrapSaved' }), 'success');
        return;
      }
      case 'no-changes':
        this.#notify(msg('No changes to save.', { id: 'scriptEditor.NoChanges' }), 'info');
        return;
      case 'too-large': {
        const size = formatByteCount(result.bytes);
        const limit = formatByteCount(result.limit);
        const shortLimit = formatBytes(result.limit);
        this.#notify(
          msg(str`${name} is ${size}, over the manager's limit of ${limit} (${shortLimit}). Shorten it, then save again.`, {
            id: 'scriptEditor.TooLarge',
          }),
          'error',
        );
        return;
      }
      case 'too-many-files':
        this.#notify(this.#tooManyFilesMessage(), 'error');
        return;
      case 'invalid-path':
        this.#notify(pathProblemMessage(result.problem, name), 'error');
        return;
      case 'failed': {
        this.#notify(
          msg(str`Could not save ${name}. Your text is kept as a local draft.`, { id: 'scriptEditor.SaveFailed' }),
          'error',
          describeRequestFailure(result.failure),
        );
      }
    }
  }

  async #onSave(): Promise<void> {
    await this.#save();
  }

  async #onSaveAndClose(): Promise<void> {
    const result = await this.#save();
    if (result.kind === 'saved' || result.kind === 'no-changes') this.open = false;
  }

  async #onDelete(): Promise<void> {
    const model = this.#model;
    if (!model) return;
    const name = this.#documentName();
    const bootstrap = this.mode === 'bootstrap';
    const choice = await askUser(this, {
      headline: bootstrap
        ? msg('Delete the bootstrap script?', { id: 'scriptEditor.DeleteBootstrapHeadline' })
        : msg(str`Delete ${name}?`, { id: 'scriptEditor.DeleteHeadline' }),
      message: bootstrap
        ? msg('Sessions you start afterwards run no bootstrap script.', { id: 'scriptEditor.DeleteBootstrapMessage' })
        : msg('The manager removes this file; sessions you start afterwards will not have it.', { id: 'scriptEditor.DeleteMessage' }),
      actions: [{ value: 'delete', label: msg('Delete', { id: 'scriptEditor.Delete' }) }],
    });
    if (choice !== 'delete' || model !== this.#model) return;
    this.busy = true;
    const result: DeleteResult = await model.remove();
    this.busy = false;
    if (result.kind === 'failed') {
      this.#notify(msg(str`Could not delete ${name}.`, { id: 'scriptEditor.DeleteFailed' }), 'error', describeRequestFailure(result.failure));
      return;
    }
    if (result.kind === 'not-on-server') return;
    if (this.mode === 'dotfiles') this.path = model.path;
    this.#editor?.load(model.text, this.#language());
    this.#afterDocumentChange();
    this.#notify(
      bootstrap
        ? msg('The bootstrap script was deleted.', { id: 'scriptEditor.BootstrapDeleted' })
        : msg(str`${name} was deleted.`, { id: 'userSettings.DescScriptDeleted' }),
      'success',
    );
  }

  #onCancel(): void {
    void this.close();
  }

  #onDialogCancel(event: Event): void {
    // Escape asks about unsaved changes like the Cancel button instead of closing at once.
    event.preventDefault();
    void this.close();
  }

  protected override render() {
    const headline =
      this.mode === 'bootstrap'
        ? msg('Edit Bootstrap Script', { id: 'userSettings.EditBootstrapScript' })
        : msg('Edit User Config Script', { id: 'userSettings.EditUserConfigScript' });
    const ready = this.phase === 'ready';
    return html`<dialog part="dialog" aria-labelledby="headline" @cancel=${this.#onDialogCancel}>
      <h2 id="headline">${headline}</h2>
      ${this.mode === 'bootstrap' ? this.#renderBootstrapNote() : this.#renderPicker(ready)}
      <div class="editor-frame">
        <div part="editor"></div>
        ${this.phase === 'loading'
          ? html`<div class="loading"><md-circular-progress indeterminate aria-label=${msg('Loading the editor', { id: 'scriptEditor.Loading' })}></md-circular-progress></div>`
          : nothing}
        ${this.phase === 'load-failed'
          ? html`<div class="loading">
              <md-outlined-button @click=${() => void this.#start()}>${msg('Try again', { id: 'scriptEditor.TryAgain' })}</md-outlined-button>
            </div>`
          : nothing}
      </div>
      <div class="status">
        ${this.message
          ? html`<p class="message ${this.message.level}" role=${this.message.level === 'error' ? 'alert' : 'status'}>${this.message.text}</p>`
          : nothing}
        ${this.#renderByteCounter()}
      </div>
      <div class="actions">
        <md-text-button class="delete" ?disabled=${!ready || this.busy || !this.#model?.onServer} @click=${this.#onDelete}>
          ${msg('Delete', { id: 'scriptEditor.Delete' })}
        </md-text-button>
        <md-text-button @click=${this.#onCancel}>${msg('Cancel', { id: 'common.Cancel' })}</md-text-button>
        <md-outlined-button ?disabled=${!ready || this.busy} @click=${this.#onSave}>${msg('Save', { id: 'scriptEditor.Save' })}</md-outlined-button>
        <md-filled-button ?disabled=${!ready || this.busy} @click=${this.#onSaveAndClose}>
          ${msg('Save and Close', { id: 'scriptEditor.SaveAndClose' })}
        </md-filled-button>
      </div>
    </dialog>`;
  }

  #renderBootstrapNote() {
    return html`<p class="note">
        ${msg('This script runs once, right after each of your compute sessions starts.', { id: 'scriptEditor.BootstrapDescription' })}
      </p>
      <p class="note">
        ${msg(
          'The session stays PREPARING until the script finishes and cannot be used before it is RUNNING. Run long tasks from a terminal in the session instead.',
          { id: 'scriptEditor.BootstrapPreparingNote' },
        )}
      </p>`;
  }

  #renderPicker(ready: boolean) {
    const model = this.#model;
    const current = model?.path ?? this.path;
    return html`<div class="picker">
        <div class="field select-field file-name">
          <select id="config-file-name" .value=${live(current)} ?disabled=${!ready || this.busy} @change=${this.#onPick}>
            ${(model?.choices ?? []).map((path) => html`<option value=${path} ?selected=${path === current}>${path}</option>`)}
            <option value=${NEW_FILE}>${msg('New file…', { id: 'scriptEditor.NewFile' })}</option>
          </select>
          <label for="config-file-name">${msg('Config file name', { id: 'userSettings.ConfigFilename' })}</label>
        </div>
      </div>
      ${this.addingFile
        ? html`<div class="new-file">
            <div class="new-path">
              <div class="field">
                <input
                  id="new-file-path"
                  type="text"
                  autocomplete="off"
                  spellcheck="false"
                  aria-describedby="new-file-path-supporting"
                  aria-invalid=${this.pathError !== '' ? 'true' : 'false'}
                  @keydown=${this.#onNewPathKeydown}
                />
                <label for="new-file-path">${msg('New file path', { id: 'scriptEditor.NewFilePath' })}</label>
              </div>
              <p id="new-file-path-supporting" class="field-supporting ${this.pathError !== '' ? 'error' : ''}">
                ${this.pathError ||
                msg('Relative to your home folder, for example .config-local/app.conf', { id: 'scriptEditor.NewFilePathHint' })}
              </p>
            </div>
            <md-text-button @click=${this.#addFile}>${msg('Add file', { id: 'scriptEditor.AddFile' })}</md-text-button>
          </div>`
        : nothing}`;
  }

  #renderByteCounter() {
    if (this.bytes < NEAR_LIMIT_BYTES) return nothing;
    const size = formatNumber(this.bytes);
    const limit = formatByteCount(MAX_SCRIPT_BYTES);
    return html`<span class="bytes ${this.bytes > MAX_SCRIPT_BYTES ? 'over' : ''}">
      ${msg(str`${size} of ${limit}`, { id: 'scriptEditor.ByteCounter' })}
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bai-script-editor': BaiScriptEditor;
  }
}
