// (c) Key generation in the browser with WebCrypto, through the library's SSH module as
// built: the keypair plus every file the dialog offers (OpenSSH private key, public key
// line, PPK). Upstream has the manager generate RSA 2048 on the server instead.
export default {
  id: 'ssh-keygen',
  title: 'SSH key generation',
  requires: { exports: ['generateKeyMaterial', 'keypairFiles'] },
  metrics: [
    { key: 'ed25519', label: 'Ed25519 keypair + files', baselineNote: 'none (server-side RSA 2048)' },
    { key: 'rsa4096', label: 'RSA 4096 keypair + files', baselineNote: 'none (server-side RSA 2048)' },
  ],

  async run({ newPage, origin }) {
    const page = await newPage();
    await page.goto(`${origin}/bench/pages/blank.html`);
    return page.evaluate(async () => {
      const { generateKeyMaterial, keypairFiles } = await import('/dist/index.js');
      const time = async (type) => {
        const start = performance.now();
        const files = await keypairFiles(await generateKeyMaterial(type), 'bench@example.com');
        const elapsed = performance.now() - start;
        if (!JSON.stringify(files).includes('PRIVATE KEY')) throw new Error(`no private key file for ${type}`);
        return elapsed;
      };
      return { ed25519: await time('ed25519'), rsa4096: await time('rsa-4096') };
    });
  },
};
