import { expect } from '@open-wc/testing';
import { describeKeyProblem } from '../../src/components/ssh-keypair-dialog/key-problem-message.js';
import { generateKeyMaterial } from '../../src/ssh/generate-keypair.js';
import { encodeOpenSshPrivateKey } from '../../src/ssh/openssh-private-key.js';
import { encodePpk } from '../../src/ssh/ppk.js';
import { openSshPublicKeyLine } from '../../src/ssh/public-key.js';
import { validateKeypair, type KeypairValidation } from '../../src/ssh/validate-keypair.js';
import type { KeyProblem } from '../../src/ssh/key-problem.js';
import { pkcs8Keypair } from './key-texts.js';
import { keypairFromSshKeygen } from './ssh-tools.js';

function problems(result: KeypairValidation): KeyProblem[] {
  return result.ok ? [] : result.problems;
}

async function ed25519Texts(comment = '') {
  const material = await generateKeyMaterial('ed25519');
  return { material, publicKey: openSshPublicKeyLine(material, comment), privateKey: encodeOpenSshPrivateKey(material, comment) };
}

describe('validateKeypair', () => {
  describe('accepts', () => {
    it('an OpenSSH Ed25519 pair, handing back the trimmed public key and the private key as PEM for the manager', async () => {
      const { publicKey, privateKey } = await ed25519Texts('me@laptop');
      const result = await validateKeypair(`\n  ${publicKey}  \n`, `\n${privateKey}\n\n`);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.publicKey).to.equal(publicKey);
      expect(result.privateKey).to.match(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    });

    for (const [name, options] of [
      ['an OpenSSH RSA 3072 pair from ssh-keygen', { type: 'rsa', bits: 3072 }],
      ['a PEM (PKCS#1) RSA 2048 pair from ssh-keygen -m PEM', { type: 'rsa', bits: 2048, pem: true }],
      ['an OpenSSH ECDSA P-384 pair from ssh-keygen', { type: 'ecdsa', bits: 384 }],
      ['a PEM ECDSA P-256 pair from ssh-keygen -m PEM', { type: 'ecdsa', bits: 256, pem: true }],
      ['an OpenSSH Ed25519 pair from ssh-keygen', { type: 'ed25519' }],
    ] as const) {
      it(name, async () => {
        const { key, publicKey } = await keypairFromSshKeygen({ ...options, comment: 'user@host' });
        const result = await validateKeypair(publicKey, key);
        expect(problems(result)).to.deep.equal([]);
      });
    }

    for (const type of ['rsa-2048', 'ed25519', 'ecdsa-p256'] as const) {
      it(`a PKCS#8 PEM ${type} private key`, async () => {
        const { publicKey, privateKey } = await pkcs8Keypair(type);
        expect(problems(await validateKeypair(publicKey, privateKey))).to.deep.equal([]);
      });
    }
  });

  describe('refuses, naming the problem', () => {
    it('two empty fields', async () => {
      expect(problems(await validateKeypair('', '  \n'))).to.deep.equal([
        { field: 'publicKey', code: 'missing' },
        { field: 'privateKey', code: 'missing' },
      ]);
    });

    it('a private key that belongs to another public key', async () => {
      const one = await ed25519Texts();
      const other = await ed25519Texts();
      const result = await validateKeypair(one.publicKey, other.privateKey);
      expect(problems(result)).to.deep.equal([{ field: 'pair', code: 'mismatch' }]);
      expect(describeKeyProblem(problems(result)[0]!)).to.equal('The private key does not match the public key.');
    });

    it('an OpenSSH key protected by a passphrase', async () => {
      const { key, publicKey } = await keypairFromSshKeygen({ type: 'ed25519', passphrase: 'secret words' });
      expect(problems(await validateKeypair(publicKey, key))).to.deep.equal([{ field: 'privateKey', code: 'encrypted' }]);
    });

    it('a PEM key protected by a passphrase', async () => {
      const { key, publicKey } = await keypairFromSshKeygen({ type: 'rsa', bits: 2048, pem: true, passphrase: 'secret words' });
      expect(problems(await validateKeypair(publicKey, key))).to.deep.equal([{ field: 'privateKey', code: 'encrypted' }]);
    });

    it('an RSA key under 2048 bits, in both fields', async () => {
      const { key, publicKey } = await keypairFromSshKeygen({ type: 'rsa', bits: 1024 });
      const result = problems(await validateKeypair(publicKey, key));
      expect(result).to.deep.equal([
        { field: 'publicKey', code: 'rsa-too-short', bits: 1024 },
        { field: 'privateKey', code: 'rsa-too-short', bits: 1024 },
      ]);
      expect(describeKeyProblem(result[0]!)).to.equal('Public Key: this RSA key has 1024 bits; at least 2048 bits are required.');
    });

    it('a DSA key', async () => {
      const { key, publicKey } = await keypairFromSshKeygen({ type: 'dsa' });
      expect(problems(await validateKeypair(publicKey, key))).to.deep.equal([
        { field: 'publicKey', code: 'unsupported-type', keyType: 'DSA' },
        { field: 'privateKey', code: 'unsupported-type', keyType: 'DSA' },
      ]);
    });

    it('keys pasted into the wrong fields', async () => {
      const { publicKey, privateKey } = await ed25519Texts();
      expect(problems(await validateKeypair(privateKey, publicKey))).to.deep.equal([
        { field: 'publicKey', code: 'private-key-in-public-field' },
        { field: 'privateKey', code: 'public-key-in-private-field' },
      ]);
    });

    it('a PuTTY key file as the private key', async () => {
      const { material, publicKey } = await ed25519Texts();
      expect(problems(await validateKeypair(publicKey, encodePpk(material)))).to.deep.equal([{ field: 'privateKey', code: 'putty-file' }]);
    });

    it('text that is no key at all', async () => {
      expect(problems(await validateKeypair('hello world', 'hello world'))).to.deep.equal([
        { field: 'publicKey', code: 'not-openssh-public-key' },
        { field: 'privateKey', code: 'not-private-key' },
      ]);
    });

    it('a private key whose secret part was altered while its public part was kept', async () => {
      const ed = await generateKeyMaterial('ed25519');
      if (ed.type !== 'ed25519') throw new Error('expected Ed25519');
      const edDamaged = encodeOpenSshPrivateKey({ ...ed, seed: ed.seed.map((byte) => byte ^ 0x5a) });
      expect(problems(await validateKeypair(openSshPublicKeyLine(ed), edDamaged))).to.deep.equal([{ field: 'privateKey', code: 'damaged' }]);

      const rsa = await generateKeyMaterial('rsa-2048');
      if (rsa.type !== 'rsa') throw new Error('expected RSA');
      const d = rsa.d.slice();
      d[d.length - 1]! ^= 0x02;
      const rsaDamaged = encodeOpenSshPrivateKey({ ...rsa, d });
      expect(problems(await validateKeypair(openSshPublicKeyLine(rsa), rsaDamaged))).to.deep.equal([{ field: 'privateKey', code: 'damaged' }]);
    });

    it('a public key of many lines', async () => {
      const { publicKey, privateKey } = await ed25519Texts();
      expect(problems(await validateKeypair(`${publicKey}\n${publicKey}`, privateKey))).to.deep.equal([
        { field: 'publicKey', code: 'not-openssh-public-key' },
      ]);
    });
  });
});
