/**
 * The SSH wire encoding (RFC 4251 section 5) that public key blobs, OpenSSH private
 * keys and PuTTY key files are built from.
 */
export class SshWriter {
  #chunks: Uint8Array[] = [];
  #length = 0;

  bytes(data: Uint8Array): this {
    this.#chunks.push(data);
    this.#length += data.length;
    return this;
  }

  uint32(value: number): this {
    const data = new Uint8Array(4);
    new DataView(data.buffer).setUint32(0, value >>> 0);
    return this.bytes(data);
  }

  string(data: Uint8Array | string): this {
    const raw = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return this.uint32(raw.length).bytes(raw);
  }

  /** A non-negative multiple-precision integer, given as its big-endian magnitude. */
  mpint(magnitude: Uint8Array): this {
    let start = 0;
    while (start < magnitude.length && magnitude[start] === 0) start += 1;
    const trimmed = magnitude.subarray(start);
    // A set top bit would read as negative: mpint then needs a leading zero byte.
    const needsZero = trimmed.length > 0 && (trimmed[0]! & 0x80) !== 0;
    this.uint32(trimmed.length + (needsZero ? 1 : 0));
    if (needsZero) this.bytes(new Uint8Array([0]));
    return this.bytes(trimmed);
  }

  get length(): number {
    return this.#length;
  }

  toBytes(): Uint8Array {
    const out = new Uint8Array(this.#length);
    let offset = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }
}

export function toBase64(data: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Decodes standard or URL-safe base64, padded or not; throws on anything else. */
export function fromBase64(text: string): Uint8Array {
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  const binary = atob(padded);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

/** Splits text into lines of at most `width` characters, as key files wrap their base64. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

export function toHex(data: Uint8Array): string {
  return Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The big-endian bytes of a non-negative integer, with no leading zeros (zero is one byte). */
export function bigIntToBytes(value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function bytesToBigInt(data: Uint8Array): bigint {
  return data.length === 0 ? 0n : BigInt(`0x${toHex(data)}`);
}

/** Drops leading zero bytes of an unsigned big-endian integer (mpint sign bytes, padding). */
export function stripLeadingZeros(data: Uint8Array): Uint8Array {
  let start = 0;
  while (start < data.length - 1 && data[start] === 0) start += 1;
  return data.subarray(start);
}

/** Left-pads or trims leading bytes to a fixed width, for fixed-size fields such as Ed25519 seeds. */
export function fixedWidth(data: Uint8Array, width: number): Uint8Array {
  if (data.length === width) return data;
  if (data.length > width) return data.subarray(data.length - width);
  const out = new Uint8Array(width);
  out.set(data, width - data.length);
  return out;
}

/** Reads the SSH wire encoding; every read throws a RangeError past the end. */
export class SshReader {
  #data: Uint8Array;
  #offset = 0;

  constructor(data: Uint8Array) {
    this.#data = data;
  }

  uint32(): number {
    if (this.#offset + 4 > this.#data.length) throw new RangeError('truncated');
    const value = new DataView(this.#data.buffer, this.#data.byteOffset + this.#offset, 4).getUint32(0);
    this.#offset += 4;
    return value;
  }

  string(): Uint8Array {
    const length = this.uint32();
    if (this.#offset + length > this.#data.length) throw new RangeError('truncated');
    const value = this.#data.subarray(this.#offset, this.#offset + length);
    this.#offset += length;
    return value;
  }

  text(): string {
    return new TextDecoder().decode(this.string());
  }

  get atEnd(): boolean {
    return this.#offset === this.#data.length;
  }
}
