/** Which text area a problem belongs to; `pair` when each key is fine alone but not together. */
export type KeyField = 'publicKey' | 'privateKey' | 'pair';

/** Why a key text was refused; the dialog turns each code into a sentence that names the problem. */
export type KeyProblem =
  | { field: KeyField; code: 'missing' }
  | { field: KeyField; code: 'too-large' }
  | { field: KeyField; code: 'not-openssh-public-key' }
  | { field: KeyField; code: 'private-key-in-public-field' }
  | { field: KeyField; code: 'public-key-in-private-field' }
  | { field: KeyField; code: 'putty-file' }
  | { field: KeyField; code: 'not-private-key' }
  | { field: KeyField; code: 'encrypted' }
  | { field: KeyField; code: 'unsupported-type'; keyType: string }
  | { field: KeyField; code: 'rsa-too-short'; bits: number }
  | { field: KeyField; code: 'mismatch' }
  | { field: KeyField; code: 'damaged' };

export type KeyProblemCode = KeyProblem['code'];
