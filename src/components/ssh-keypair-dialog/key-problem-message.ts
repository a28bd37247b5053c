import { msg, str } from '@lit/localize';
import { formatNumber } from '../../i18n/format.js';
import type { KeyProblem } from '../../ssh/key-problem.js';

// MIN_RSA_BITS of ssh/validate-keypair.ts; importing it would pull sshpk in with the dialog.
const MIN_RSA_BITS = 2048;

// Key sizes are written without digit grouping, as ssh-keygen and every key tool write them.
function keyBits(bits: number): string {
  return formatNumber(bits, { style: 'unit', unit: 'bit', unitDisplay: 'long', useGrouping: false });
}

function fieldName(field: KeyProblem['field']): string {
  return field === 'privateKey' ? msg('Private Key', { id: 'userSettings.PrivateKey' }) : msg('Public Key', { id: 'userSettings.PublicKey' });
}

/** The sentence that names what is wrong with an entered key, for the user and for notifications. */
export function describeKeyProblem(problem: KeyProblem): string {
  const field = fieldName(problem.field);
  switch (problem.code) {
    case 'missing':
      return msg(str`${field}: paste the key or pick its file.`, { id: 'sshKeypair.KeyMissing' });
    case 'too-large':
      return msg(str`${field}: this is far too long for a key; check that the right file was picked.`, { id: 'sshKeypair.KeyTooLarge' });
    case 'not-openssh-public-key':
      return msg('Not an OpenSSH public key: expected one line such as "ssh-ed25519 AAAA… comment".', { id: 'sshKeypair.NotOpenSshPublicKey' });
    case 'private-key-in-public-field':
      return msg('This is a private key: paste it under Private Key, and the matching public key (.pub file) here.', {
        id: 'sshKeypair.PrivateKeyInPublicField',
      });
    case 'public-key-in-private-field':
      return msg('This is a public key: paste it under Public Key, and the private key here.', { id: 'sshKeypair.PublicKeyInPrivateField' });
    case 'putty-file':
      return msg('PuTTY key files are not accepted here: export the key in OpenSSH format with PuTTYgen first.', {
        id: 'sshKeypair.PuttyFileNotAccepted',
      });
    case 'not-private-key':
      return msg('Not a readable private key: use an OpenSSH or PEM (PKCS#1, PKCS#8) key file, complete from its BEGIN line to its END line.', {
        id: 'sshKeypair.NotPrivateKey',
      });
    case 'encrypted':
      return msg('The private key is protected by a passphrase: remove the passphrase (ssh-keygen -p) and enter it again.', {
        id: 'sshKeypair.PrivateKeyEncrypted',
      });
    case 'unsupported-type':
      return msg(str`${field}: ${problem.keyType} keys are not supported; use Ed25519, ECDSA or RSA.`, { id: 'sshKeypair.UnsupportedKeyType' });
    case 'rsa-too-short': {
      const bits = keyBits(problem.bits);
      const minimum = keyBits(MIN_RSA_BITS);
      return msg(str`${field}: this RSA key has ${bits}; at least ${minimum} are required.`, { id: 'sshKeypair.RsaKeyTooShort' });
    }
    case 'mismatch':
      return msg('The private key does not match the public key.', { id: 'sshKeypair.KeysDoNotMatch' });
    case 'damaged':
      return msg('The private key is damaged: its parts do not belong together.', { id: 'sshKeypair.PrivateKeyDamaged' });
  }
}
