// The demo manager's data: per access key, the SSH keypair, the dotfiles and the
// bootstrap script. Kept in a JSON file when given one (written atomically after each
// change, so a restart finds it again), in memory otherwise.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function emptyUser() {
  return { sshPublicKey: null, sshPrivateKey: null, dotfiles: [], bootstrapScript: '' };
}

export class DemoStore {
  #file;
  #users;

  constructor(file) {
    this.#file = file;
    this.#users = file ? DemoStore.#load(file) : {};
  }

  static #load(file) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      return data && typeof data.users === 'object' && data.users !== null ? data.users : {};
    } catch (error) {
      if (error.code !== 'ENOENT') console.warn(`demo manager: ignoring unreadable ${file}: ${error.message}`);
      return {};
    }
  }

  /** A copy of the user's data; change it and hand it to save(). */
  user(accessKey) {
    return structuredClone(this.#users[accessKey] ?? emptyUser());
  }

  save(accessKey, user) {
    this.#users[accessKey] = user;
    if (!this.#file) return;
    mkdirSync(dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify({ users: this.#users }, null, 2));
    renameSync(temporary, this.#file);
  }
}
