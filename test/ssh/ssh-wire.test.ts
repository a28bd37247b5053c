import { expect } from '@open-wc/testing';
import { bigIntToBytes, fromBase64, SshReader, SshWriter, toBase64, toHex } from '../../src/ssh/ssh-wire.js';
import { readPublicKeyLine } from '../../src/ssh/public-key-line.js';

describe('SSH wire encoding', () => {
  // The examples of RFC 4251, section 5.
  for (const [value, hex] of [
    [0n, '00000000'],
    [0x9a378f9b2e332a7n, '0000000809a378f9b2e332a7'],
    [0x80n, '000000020080'],
  ] as const) {
    it(`writes mpint ${value.toString(16)} as ${hex}`, () => {
      expect(toHex(new SshWriter().mpint(bigIntToBytes(value)).toBytes())).to.equal(hex);
    });
  }

  it('writes an mpint given with leading zero bytes in its shortest form', () => {
    expect(toHex(new SshWriter().mpint(new Uint8Array([0, 0, 0x7f])).toBytes())).to.equal('000000017f');
  });

  it('writes strings with their length and reads them back', () => {
    const bytes = new SshWriter().string('testing').uint32(7).toBytes();
    expect(toHex(bytes)).to.equal('0000000774657374696e6700000007');
    const reader = new SshReader(bytes);
    expect(reader.text()).to.equal('testing');
    expect(reader.uint32()).to.equal(7);
    expect(reader.atEnd).to.equal(true);
  });

  it('throws a RangeError when a length points past the end', () => {
    const reader = new SshReader(new Uint8Array([0, 0, 0, 9, 1, 2]));
    expect(() => reader.string()).to.throw(RangeError);
  });

  it('round-trips base64, padded, unpadded and URL-safe', () => {
    const data = new Uint8Array([0xfb, 0xff, 0xbf, 1]);
    expect(toBase64(data)).to.equal('+/+/AQ==');
    expect(fromBase64('+/+/AQ==')).to.deep.equal(data);
    expect(fromBase64('-_-_AQ')).to.deep.equal(data);
  });

  it('reads no public key line out of text that is not one', () => {
    for (const text of ['', 'ssh-ed25519', 'ssh-ed25519 !!!', 'ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIA==', '-----BEGIN PUBLIC KEY-----']) {
      expect(readPublicKeyLine(text), text).to.equal(undefined);
    }
  });
});
