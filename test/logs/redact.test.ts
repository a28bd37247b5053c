import { expect } from '@open-wc/testing';
import { redact, REDACTED } from '../../src/logs/redact.js';

const SECRET_NAMES = [
  'privkey',
  'private_key',
  'ssh_private_key',
  'privateKey',
  'password',
  'passwd',
  'secret',
  'secret_key',
  'secretKey',
  'token',
  'access_token',
  'refresh_token',
  'authorization',
  'cookie',
];

const PEM = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIEowIBAAKCAQEAx1c3Rvbi1zZWNyZXQtbWF0ZXJpYWw=',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

describe('redact', () => {
  for (const name of SECRET_NAMES) {
    it(`hides the value of a property named ${name}`, () => {
      expect(redact({ [name]: 'hunter2', keep: 'visible' })).to.deep.equal({ [name]: REDACTED, keep: 'visible' });
    });
  }

  it('matches property names whatever their case', () => {
    expect(redact({ PASSWORD: 'a', Authorization: 'Bearer x', PrivKey: 'k', SSH_PRIVATE_KEY: 'k', PRIVATEKEY: 'k' })).to.deep.equal({
      PASSWORD: REDACTED,
      Authorization: REDACTED,
      PrivKey: REDACTED,
      SSH_PRIVATE_KEY: REDACTED,
      PRIVATEKEY: REDACTED,
    });
  });

  it('hides a secret property whatever its value is, objects included', () => {
    expect(redact({ token: { value: 'abc', expires: 3 }, secret: 42, cookie: ['a=b'] })).to.deep.equal({
      token: REDACTED,
      secret: REDACTED,
      cookie: REDACTED,
    });
  });

  it('hides secrets in nested objects and arrays', () => {
    const input = { body: { user: { name: 'ann', password: 'pw' } }, list: [{ access_token: 't' }, 'plain'] };
    expect(redact(input)).to.deep.equal({
      body: { user: { name: 'ann', password: REDACTED } },
      list: [{ access_token: REDACTED }, 'plain'],
    });
  });

  it('hides secrets inside a JSON string, and inside JSON nested in that', () => {
    const inner = JSON.stringify({ refresh_token: 'r', ok: true });
    const outer = JSON.stringify({ pubkey: 'ssh-ed25519 AAAA', privkey: 'p', nested: inner });
    const result = JSON.parse(redact(outer) as string);
    expect(result.privkey).to.equal(REDACTED);
    expect(result.pubkey).to.equal('ssh-ed25519 AAAA');
    expect(JSON.parse(result.nested)).to.deep.equal({ refresh_token: REDACTED, ok: true });
  });

  it('hides "name": value pairs quoted inside plain text', () => {
    const text = 'Request failed: {"secret_key": "s3", "access_key": "AKIA"} (400)';
    expect(redact(text)).to.equal(`Request failed: {"secret_key": "${REDACTED}", "access_key": "AKIA"} (400)`);
  });

  it('hides secret values in URL queries and form bodies', () => {
    expect(redact('https://host/func/app?session=s1&token=abc123&x=1')).to.equal(`https://host/func/app?session=s1&token=${REDACTED}&x=1`);
    expect(redact('username=ann&Password=pw')).to.equal(`username=ann&Password=${REDACTED}`);
    expect(redact('tokens=keep&notsecret=1')).to.equal('tokens=keep&notsecret=1');
  });

  it('hides a PEM private key block inside any string, keeping the text around it', () => {
    expect(redact(`before\n${PEM}\nafter`)).to.equal(`before\n${REDACTED}\nafter`);
    expect(redact({ note: `key: ${PEM}` })).to.deep.equal({ note: `key: ${REDACTED}` });
  });

  it('hides OpenSSH, EC, PKCS#8 and encrypted private key blocks too', () => {
    for (const kind of ['OPENSSH ', 'EC ', '', 'ENCRYPTED ', 'DSA ']) {
      const block = `-----BEGIN ${kind}PRIVATE KEY-----\nAAAA\n-----END ${kind}PRIVATE KEY-----`;
      expect(redact(`x ${block} y`)).to.equal(`x ${REDACTED} y`);
    }
  });

  it('hides a private key block cut short before its END line', () => {
    expect(redact('start -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA')).to.equal(`start ${REDACTED}`);
  });

  it('leaves public keys and ordinary values alone', () => {
    const input = { pubkey: 'ssh-rsa AAAAB3Nza user@host', count: 3, ok: false, none: null, path: '.bashrc' };
    expect(redact(input)).to.deep.equal(input);
  });

  it('does not change its argument', () => {
    const input = { password: 'pw', nested: { token: 't' } };
    redact(input);
    expect(input).to.deep.equal({ password: 'pw', nested: { token: 't' } });
  });

  it('survives cycles and values that are not JSON', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(redact(cyclic)).to.deep.equal({ name: 'loop', self: '[Circular]' });
    expect(redact({ fn: () => 1, big: 10n, when: new Date(0) })).to.deep.equal({ big: '10', when: '1970-01-01T00:00:00.000Z' });
  });

  it('reads form bodies: URLSearchParams and FormData', () => {
    expect(redact(new URLSearchParams('user=ann&password=pw'))).to.deep.equal({ user: 'ann', password: REDACTED });
    const form = new FormData();
    form.append('passwd', 'pw');
    form.append('email', 'a@b.c');
    expect(redact(form)).to.deep.equal({ passwd: REDACTED, email: 'a@b.c' });
  });
});
