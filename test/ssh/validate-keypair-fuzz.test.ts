import { expect } from '@open-wc/testing';
import { describeKeyProblem } from '../../src/components/ssh-keypair-dialog/key-problem-message.js';
import { generateKeyMaterial } from '../../src/ssh/generate-keypair.js';
import { encodeOpenSshPrivateKey } from '../../src/ssh/openssh-private-key.js';
import { openSshPublicKeyLine } from '../../src/ssh/public-key.js';
import { validateKeypair } from '../../src/ssh/validate-keypair.js';
import { pkcs8Keypair, type KeyTexts } from './key-texts.js';
import { keypairFromSshKeygen } from './ssh-tools.js';

/** mulberry32: a small seeded PRNG, so every run feeds the same cases. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=- \n\t\r\0é€🔑-----BEGINEND';

type Mutation = (text: string, random: () => number) => string;

const pick = (random: () => number, length: number) => Math.floor(random() * length);

const mutations: Record<string, Mutation> = {
  truncate: (text, random) => text.slice(0, pick(random, text.length)),
  dropHead: (text, random) => text.slice(1 + pick(random, text.length - 1)),
  flipCharacter: (text, random) => {
    const at = pick(random, text.length);
    return text.slice(0, at) + ALPHABET[pick(random, ALPHABET.length)] + text.slice(at + 1);
  },
  insertNoise: (text, random) => {
    const at = pick(random, text.length);
    let noise = '';
    for (let i = 1 + pick(random, 12); i > 0; i -= 1) noise += ALPHABET[pick(random, ALPHABET.length)];
    return text.slice(0, at) + noise + text.slice(at);
  },
  dropLine: (text, random) => {
    const lines = text.split('\n');
    lines.splice(pick(random, lines.length), 1);
    return lines.join('\n');
  },
  swapLines: (text, random) => {
    const lines = text.split('\n');
    const a = pick(random, lines.length);
    const b = pick(random, lines.length);
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  },
  corruptBase64Block: (text, random) => {
    const at = pick(random, text.length);
    const length = 1 + pick(random, 40);
    return text.slice(0, at) + btoa(String.fromCharCode(...Array.from({ length }, () => pick(random, 256)))) + text.slice(at + length);
  },
  randomText: (_text, random) => {
    let out = '';
    for (let i = pick(random, 200); i > 0; i -= 1) out += ALPHABET[pick(random, ALPHABET.length)];
    return out;
  },
  wrongHeader: (text) => text.replace(/BEGIN (OPENSSH |RSA |EC )?PRIVATE/, 'BEGIN DSA PRIVATE').replace(/^ssh-\S+/, 'ssh-dss'),
};

describe('manual-entry validation under malformed input', () => {
  it('gives every one of 1200 malformed or truncated key texts a message and never throws', async function () {
    this.timeout(240000);
    const ed = await generateKeyMaterial('ed25519');
    const bases: KeyTexts[] = [
      { publicKey: openSshPublicKeyLine(ed, 'fuzz'), privateKey: encodeOpenSshPrivateKey(ed, 'fuzz') },
      await pkcs8Keypair('ecdsa-p256'),
      await pkcs8Keypair('rsa-2048'),
    ];
    const pem = await keypairFromSshKeygen({ type: 'rsa', bits: 2048, pem: true });
    bases.push({ publicKey: pem.publicKey, privateKey: pem.key });

    const random = prng(0x5eed);
    const names = Object.keys(mutations);
    let refused = 0;
    const cases = 1200;
    for (let i = 0; i < cases; i += 1) {
      const base = bases[i % bases.length]!;
      const mutation = names[pick(random, names.length)]!;
      const mutatePublic = random() < 0.3;
      const publicKey = mutatePublic ? mutations[mutation]!(base.publicKey, random) : base.publicKey;
      const privateKey = mutatePublic ? base.privateKey : mutations[mutation]!(base.privateKey, random);
      const label = `case ${i} (${mutation} of the ${mutatePublic ? 'public' : 'private'} key)`;

      let result;
      try {
        result = await validateKeypair(publicKey, privateKey);
      } catch (error) {
        throw new Error(`${label} threw ${String(error)}`);
      }
      if (result.ok) {
        // A harmless change (say, in the comment) may pass; the pair accepted must still be the original one.
        expect(result.publicKey.split(/\s+/)[1], label).to.equal(base.publicKey.split(/\s+/)[1]);
        continue;
      }
      refused += 1;
      expect(result.problems.length, label).to.be.greaterThan(0);
      for (const problem of result.problems) {
        const message = describeKeyProblem(problem);
        expect(message, label).to.be.a('string');
        expect(message.trim().length, label).to.be.greaterThan(10);
      }
    }
    expect(refused).to.be.greaterThan(cases * 0.9);
  });
});
