import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { computeSignature, signatureHeaders, signingDay, stringToSign, type SigningInput } from '../../src/manager/request-signing.js';

const SECRET = 'eD5q9xW3nS7kP2mV8rT1yU4o';

// The expected hex values were computed with Node's crypto, by a script written apart
// from the code under test:
//   k1 = HMAC-SHA256(secret, "YYYYMMDD" of the date); k2 = HMAC-SHA256(k1, host)
//   signature = hex(HMAC-SHA256(k2, [method, path?query, date, "host:"+host,
//     "content-type:application/json", "x-backendai-version:v8.20240915", sha256hex("")].join("\n")))
const VECTORS: { input: SigningInput; signature: string }[] = [
  {
    input: {
      method: 'GET',
      pathWithQuery: '/user-config/dotfiles?path=.bashrc',
      dateHeader: '2026-12-04T20:15:30.000Z',
      host: '127.0.0.1:8080',
      contentType: 'application/json',
      apiVersion: 'v8.20240915',
    },
    signature: '662b048e5c6a3d84e578c79d9a51df357cd89901206fce25e2e9b8d7d6bb5d34',
  },
  {
    input: {
      method: 'POST',
      pathWithQuery: '/func/user-config/bootstrap-script?owner_access_key=AKIAIOSFODNN7EXAMPLE',
      dateHeader: '2026-12-31T23:59:59.000Z',
      host: 'backend.example.com',
      contentType: 'application/json',
      apiVersion: 'v8.20240915',
    },
    signature: '11a510f8077cbaf771875b7528f89a575e21746a36a4f90f86a303488e68e811',
  },
];

describe('request signing', () => {
  it('signs a GET with a query string as the fixed vector says', async () => {
    expect(await computeSignature(VECTORS[0].input, SECRET)).to.equal(VECTORS[0].signature);
  });

  it('signs a POST with a query string as the fixed vector says', async () => {
    expect(await computeSignature(VECTORS[1].input, SECRET)).to.equal(VECTORS[1].signature);
  });

  it('agrees with Node crypto on the server for fresh requests', async () => {
    const inputs: SigningInput[] = [
      { method: 'PATCH', pathWithQuery: '/auth/ssh-keypair', dateHeader: new Date().toISOString(), host: 'localhost:8090', contentType: 'application/json', apiVersion: 'v9.20250722' },
      { method: 'DELETE', pathWithQuery: '/user-config/dotfiles?path=.config%2Fnvim%2Finit.vim', dateHeader: '2027-01-01T00:00:01.000Z', host: 'manager.example.org', contentType: 'application/json', apiVersion: 'v8.20240915' },
    ];
    for (const input of inputs) {
      const secretKey = crypto.randomUUID();
      const expected = await executeServerCommand('demo-manager-signature', {
        method: input.method,
        rawPath: input.pathWithQuery,
        rawDate: input.dateHeader,
        host: input.host,
        contentType: input.contentType,
        apiVersion: input.apiVersion,
        secretKey,
      });
      expect(await computeSignature(input, secretKey)).to.equal(expected);
    }
  });

  it('signs the empty body hash whatever the request carries', () => {
    const lines = stringToSign(VECTORS[1].input).split('\n');
    expect(lines).to.deep.equal([
      'POST',
      '/func/user-config/bootstrap-script?owner_access_key=AKIAIOSFODNN7EXAMPLE',
      '2026-12-31T23:59:59.000Z',
      'host:backend.example.com',
      'content-type:application/json',
      'x-backendai-version:v8.20240915',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ]);
  });

  it('derives the key from the UTC day of the date header', () => {
    expect(signingDay('2026-12-31T23:59:59.000Z')).to.equal('20261231');
    expect(signingDay('2027-01-01T00:00:00.000Z')).to.equal('20270101');
  });

  it('builds the Authorization and date headers the manager parses', async () => {
    const headers = await signatureHeaders(VECTORS[0].input, { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKey: SECRET });
    expect(headers).to.deep.equal({
      Authorization: `BackendAI signMethod=HMAC-SHA256, credential=AKIAIOSFODNN7EXAMPLE:${VECTORS[0].signature}`,
      'X-BackendAI-Date': '2026-12-04T20:15:30.000Z',
    });
  });
});
