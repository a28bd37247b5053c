// The part of Node's `crypto` module that sshpk calls while parsing keys and taking
// fingerprints, for the browser bundle: randomness from WebCrypto, hashes from
// @noble/hashes (WebCrypto's digest is async, sshpk's calls are not). Plain JS because
// it must hand sshpk real Buffers from the bundler's `buffer` polyfill.
import { Buffer } from 'buffer';
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';

const HASHES = { md5, sha1, sha256, sha384, sha512 };

function hashFunction(name) {
  const hash = HASHES[String(name).toLowerCase().replace('-', '')];
  if (!hash) throw new Error(`Digest method not supported: ${name}`);
  return hash;
}

function toBytes(data, encoding) {
  return typeof data === 'string' ? Buffer.from(data, encoding) : data;
}

function wrap(state) {
  return {
    update(data, encoding) {
      state.update(toBytes(data, encoding));
      return this;
    },
    digest(encoding) {
      const out = Buffer.from(state.digest());
      return encoding ? out.toString(encoding) : out;
    },
  };
}

export function randomBytes(size) {
  const out = new Uint8Array(size);
  // getRandomValues fills at most 64 KiB per call.
  for (let offset = 0; offset < size; offset += 65536) crypto.getRandomValues(out.subarray(offset, offset + 65536));
  return Buffer.from(out);
}

export function createHash(name) {
  return wrap(hashFunction(name).create());
}

export function createHmac(name, key) {
  return wrap(hmac.create(hashFunction(name), toBytes(key)));
}

export default { randomBytes, createHash, createHmac };
