import { msg } from '@lit/localize';
import type { NotificationLevel } from '../../events/notification-event.js';
import { describeRequestFailure } from '../../protocol/request-failure-message.js';
import type { KeypairFiles } from '../../ssh/generate-keypair-files.js';
import type { KeyField, KeyProblem } from '../../ssh/key-problem.js';
import { describeKeyProblem } from './key-problem-message.js';
import { createKeypair, fetchCurrentKey, registerKeypair, validateEnteredKeypair, type KeySource } from './ssh-keypair-actions.js';

export type KeypairView = 'current' | 'new-pair' | 'manual';

/** What the model needs from the element: where requests go, and how to talk to the user. */
export interface KeypairModelHost {
  /** Dispatches the request events (the element, so they bubble out of it). */
  readonly source: EventTarget;
  changed(): void;
  notify(text: string, level: NotificationLevel): void;
  /** Asks whether to replace the existing key; true to go on. */
  confirmReplace(): Promise<boolean>;
}

/**
 * The state and flows of the SSH keypair dialog, without any DOM: the current key, a new
 * pair shown once, and the keys a user enters. `forget()` drops every private key it holds.
 */
export class SshKeypairModel {
  view: KeypairView = 'current';
  loading = false;
  busy: 'generating' | 'registering' | undefined;
  /** Undefined until loaded (or when loading failed); null when the user has no key. */
  publicKey: string | null | undefined;
  fingerprint = '';
  keySource: KeySource = 'ed25519';
  newPair: KeypairFiles | undefined;
  downloadsAvailable = true;
  privateKeySaved = false;
  enteredPublicKey = '';
  enteredPrivateKey = '';
  problems: KeyProblem[] = [];

  readonly #host: KeypairModelHost;
  // Work started before forget() must not bring keys back.
  #session = 0;

  constructor(host: KeypairModelHost) {
    this.#host = host;
  }

  /** Whether closing now would lose a private key the user has not saved. */
  get holdsUnsavedPrivateKey(): boolean {
    return this.newPair !== undefined && !this.privateKeySaved;
  }

  problemsOf(field: KeyField): KeyProblem[] {
    return this.problems.filter((problem) => problem.field === field || (field === 'privateKey' && problem.field === 'pair'));
  }

  async load(): Promise<void> {
    const session = ++this.#session;
    this.loading = true;
    this.#host.changed();
    const current = await fetchCurrentKey(this.#host.source);
    if (session !== this.#session) return;
    this.loading = false;
    if (current.ok) {
      this.publicKey = current.publicKey;
      this.fingerprint = current.fingerprint;
      this.#host.changed();
    } else {
      this.publicKey = undefined;
      this.#host.notify(describeRequestFailure(current.failure), 'error');
    }
  }

  /** Makes a new keypair; resolves true when the new pair is on show. */
  async generate(): Promise<boolean> {
    if (this.publicKey && !(await this.#host.confirmReplace())) return false;
    const session = this.#session;
    this.busy = 'generating';
    this.#host.changed();
    const created = await createKeypair(this.#host.source, this.keySource);
    if (session !== this.#session) return false;
    this.busy = undefined;
    if (!created.ok) {
      this.#host.notify(created.message, 'error');
      return false;
    }
    this.newPair = created.files;
    this.downloadsAvailable = created.convertible;
    this.privateKeySaved = false;
    this.publicKey = created.files.publicKey;
    this.fingerprint = created.files.fingerprint;
    this.view = 'new-pair';
    if (created.convertible) {
      this.#host.notify(msg('A new SSH keypair was made. Copy or download the private key now.', { id: 'sshKeypair.KeypairCreated' }), 'success');
    } else {
      this.#host.notify(
        msg('A new SSH keypair was made, but its private key could not be turned into key files: copy it from the text area.', {
          id: 'sshKeypair.KeypairNotConvertible',
        }),
        'warning',
      );
    }
    return true;
  }

  markPrivateKeySaved(): void {
    this.privateKeySaved = true;
    this.#host.changed();
  }

  enterManually(): void {
    this.view = 'manual';
    this.#host.changed();
  }

  setEntered(field: 'publicKey' | 'privateKey', text: string): void {
    if (field === 'publicKey') this.enteredPublicKey = text;
    else this.enteredPrivateKey = text;
    this.problems = this.problems.filter((problem) => problem.field !== field);
    this.#host.changed();
  }

  leaveManual(): void {
    this.enteredPublicKey = '';
    this.enteredPrivateKey = '';
    this.problems = [];
    this.view = 'current';
    this.#host.changed();
  }

  /** Validates the entered pair and, only when it is valid, registers it. Input is kept on any failure. */
  async register(): Promise<void> {
    const session = this.#session;
    this.busy = 'registering';
    this.#host.changed();
    const checked = await validateEnteredKeypair(this.enteredPublicKey, this.enteredPrivateKey);
    if (session !== this.#session) return;
    if (!checked.ok) {
      this.busy = undefined;
      this.problems = checked.problems;
      for (const problem of checked.problems) this.#host.notify(describeKeyProblem(problem), 'error');
      return;
    }
    this.problems = [];
    const registered = await registerKeypair(this.#host.source, { publicKey: checked.publicKey, privateKey: checked.privateKey });
    if (session !== this.#session) return;
    this.busy = undefined;
    if (!registered.ok) {
      this.#host.notify(describeRequestFailure(registered.failure), 'error');
      return;
    }
    this.publicKey = registered.publicKey;
    this.fingerprint = registered.fingerprint;
    this.enteredPublicKey = '';
    this.enteredPrivateKey = '';
    this.view = 'current';
    this.#host.notify(msg('The SSH keypair was registered.', { id: 'sshKeypair.KeypairRegistered' }), 'success');
  }

  /** Drops every key text and all pending work; the public key is asked for again on the next load. */
  forget(): void {
    this.#session++;
    this.newPair = undefined;
    this.privateKeySaved = false;
    this.enteredPrivateKey = '';
    this.enteredPublicKey = '';
    this.problems = [];
    this.busy = undefined;
    this.loading = false;
    this.view = 'current';
  }
}
