import { expect } from '@open-wc/testing';
import { sendRequest, type RequestOutcome } from '../../src/protocol/send-request.js';
import type { RequestError } from '../../src/protocol/request-error.js';
import { generateKeypairFiles } from '../../src/ssh/generate-keypair-files.js';
import { validateKeypair } from '../../src/ssh/validate-keypair.js';
import { keypairFromSshKeygen } from '../ssh/ssh-tools.js';
import { connect, createDemoManager, type Connection } from './demo-manager-fixture.js';

function failure<T>(outcome: RequestOutcome<T>): RequestError {
  if (outcome.ok || outcome.reason !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(outcome)}`);
  return outcome.error;
}

function registered<T>(outcome: RequestOutcome<T>): T {
  if (!outcome.ok) throw new Error(`request failed: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

describe('demo manager: validating an uploaded SSH keypair as the manager does', function () {
  this.timeout(60000);
  let connection: Connection;

  beforeEach(async () => {
    connection = connect(await createDemoManager());
  });

  afterEach(() => connection.remove());

  const register = (publicKey: string, privateKey: string) => sendRequest(connection.source, 'bai-ssh-keypair-register', { publicKey, privateKey });

  it('refuses an OpenSSH-format private key with the manager error, and keeps the old key', async () => {
    const old = await generateKeypairFiles('ed25519');
    registered(await register(old.publicKey, old.pkcs8PrivateKey));
    const { key, publicKey } = await keypairFromSshKeygen({ type: 'ed25519' });
    expect(key.startsWith('-----BEGIN OPENSSH PRIVATE KEY-----')).to.equal(true);
    expect(failure(await register(publicKey, key))).to.deep.include({
      status: 400,
      type: 'https://api.backend.ai/probs/invalid-api-params',
      title: 'Missing or invalid API parameters.',
      message: 'Invalid private key format',
    });
    const fetched = registered(await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {}));
    expect(fetched.publicKey?.trim()).to.equal(old.publicKey);
  });

  it('refuses the OpenSSH file of a browser-made key, and accepts its PEM', async () => {
    const pair = await generateKeypairFiles('rsa-2048');
    expect(failure(await register(pair.publicKey, pair.privateKey)).message).to.equal('Invalid private key format');
    registered(await register(pair.publicKey, pair.pkcs8PrivateKey));
  });

  it('refuses a passphrase-protected PEM key and a public key that is not an OpenSSH line', async () => {
    const encrypted = await keypairFromSshKeygen({ type: 'rsa', bits: 2048, pem: true, passphrase: 'secret words' });
    expect(failure(await register(encrypted.publicKey, encrypted.key)).message).to.equal('Invalid private key format');
    const plain = await keypairFromSshKeygen({ type: 'ecdsa', bits: 256, pem: true });
    expect(failure(await register('-----BEGIN PUBLIC KEY-----', plain.key)).message).to.equal('Invalid public key format');
  });

  it('checks the pair by signing: another key of the same type does not match, another type is unsupported', async () => {
    const one = await keypairFromSshKeygen({ type: 'ecdsa', bits: 384, pem: true });
    const other = await keypairFromSshKeygen({ type: 'ecdsa', bits: 384, pem: true });
    expect(failure(await register(one.publicKey, other.key)).message).to.equal('Keypair does not match');
    const ed25519 = await generateKeypairFiles('ed25519');
    expect(failure(await register(ed25519.publicKey, one.key)).message).to.match(/^Unsupported pair of keys: private=ec/);
  });

  for (const [name, options] of [
    ['Ed25519', { type: 'ed25519' }],
    ['RSA 2048', { type: 'rsa', bits: 2048 }],
    ['ECDSA P-521', { type: 'ecdsa', bits: 521 }],
  ] as const) {
    it(`accepts an entered OpenSSH ${name} key once the dialog's validation has rewritten it as PEM`, async () => {
      const { key, publicKey } = await keypairFromSshKeygen(options);
      const checked = await validateKeypair(publicKey, key);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      const stored = registered(await register(checked.publicKey, checked.privateKey));
      expect(stored.publicKey.trim()).to.equal(publicKey);
    });
  }
});
