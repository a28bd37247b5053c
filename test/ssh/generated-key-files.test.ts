import { expect } from '@open-wc/testing';
import { generateKeypairFiles, type GeneratedKeyType } from '../../src/ssh/generate-keypair-files.js';
import { fingerprintPublicKey } from '../../src/ssh/fingerprint.js';
import { checkPpkFile, checkPrivateKeyFile, checkPublicKeyFile, keyPart } from './ssh-tools.js';

const cases: { type: GeneratedKeyType; prefix: string; bits: string; label: string; fileName: string }[] = [
  { type: 'ed25519', prefix: 'ssh-ed25519 ', bits: '256', label: 'ED25519', fileName: 'id_ed25519' },
  { type: 'rsa-2048', prefix: 'ssh-rsa ', bits: '2048', label: 'RSA', fileName: 'id_rsa' },
  { type: 'rsa-4096', prefix: 'ssh-rsa ', bits: '4096', label: 'RSA', fileName: 'id_rsa' },
];

describe('keys generated in the browser', () => {
  for (const { type, prefix, bits, label, fileName } of cases) {
    describe(type, () => {
      it('writes an OpenSSH private key that ssh-keygen reads back to the same public key and fingerprint', async () => {
        const files = await generateKeypairFiles(type, 'alice@example');
        expect(files.publicKey.startsWith(prefix)).to.equal(true);
        expect(files.publicKey.endsWith(' alice@example')).to.equal(true);
        expect(files.fileName).to.equal(fileName);
        expect(files.privateKey).to.match(/^-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END OPENSSH PRIVATE KEY-----\n$/);

        const tools = await checkPrivateKeyFile(files.privateKey);
        expect(tools.publicKey.code, tools.publicKey.stderr).to.equal(0);
        expect(keyPart(tools.publicKey.stdout)).to.equal(keyPart(files.publicKey));
        expect(tools.fingerprint.stdout.trim()).to.equal(`${bits} ${files.fingerprint} alice@example (${label})`);
      });

      it('prints the fingerprint line exactly as ssh-keygen -l does', async () => {
        const files = await generateKeypairFiles(type, 'alice@example');
        const described = await fingerprintPublicKey(files.publicKey);
        const tools = await checkPublicKeyFile(files.publicKey);
        expect(tools.fingerprint.stdout.trim()).to.equal(described?.line);
      });

      it('writes a PPK v3 file whose MAC puttygen accepts and that converts to the same key', async () => {
        const files = await generateKeypairFiles(type, 'alice@example');
        expect(files.ppk.split('\n').slice(0, 3)).to.deep.equal([
          `PuTTY-User-Key-File-3: ${prefix.trim()}`,
          'Encryption: none',
          'Comment: alice@example',
        ]);
        const tools = await checkPpkFile(files.ppk);
        expect(tools.converted.code, tools.converted.stderr).to.equal(0);
        expect(keyPart(tools.publicKey!.stdout)).to.equal(keyPart(files.publicKey));
      });
    });
  }

  it('makes a PPK file puttygen refuses once one character of the MAC is changed', async () => {
    const files = await generateKeypairFiles('ed25519');
    const tampered = files.ppk.replace(/Private-MAC: (.)/, (_all, first: string) => `Private-MAC: ${first === '0' ? '1' : '0'}`);
    const tools = await checkPpkFile(tampered);
    expect(tools.converted.code).to.not.equal(0);
  });

  it('writes keys with no comment that ssh-keygen reports as "no comment"', async () => {
    const files = await generateKeypairFiles('ed25519');
    const tools = await checkPublicKeyFile(files.publicKey);
    expect(tools.fingerprint.stdout.trim()).to.equal(`256 ${files.fingerprint} no comment (ED25519)`);
  });
});
