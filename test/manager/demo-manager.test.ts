import { expect } from '@open-wc/testing';
import { sendRequest, type RequestOutcome } from '../../src/protocol/send-request.js';
import { connect, createDemoManager, restartDemoManager, seedUser } from './demo-manager-fixture.js';

function value<T>(outcome: RequestOutcome<T>): T {
  if (!outcome.ok) throw new Error(`request failed: ${JSON.stringify(outcome)}`);
  return outcome.value;
}

describe('demo manager', () => {
  it('keeps keypair, dotfiles and bootstrap script across a restart', async () => {
    const manager = await createDemoManager({ persist: true });
    const connection = connect(manager);
    try {
      const pair = value(await sendRequest(connection.source, 'bai-ssh-keypair-generate', {}));
      value(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.zshrc', data: 'bindkey -e\n', permission: '644' }));
      value(await sendRequest(connection.source, 'bai-bootstrap-script-update', { script: 'echo ready' }));

      await restartDemoManager(manager);

      expect(value(await sendRequest(connection.source, 'bai-ssh-keypair-fetch', {}))).to.deep.equal({ publicKey: pair.publicKey });
      expect(value(await sendRequest(connection.source, 'bai-dotfiles-fetch', {}))).to.deep.equal([
        { path: '.zshrc', permission: '644', data: 'bindkey -e\n' },
      ]);
      expect(value(await sendRequest(connection.source, 'bai-bootstrap-script-fetch', {}))).to.equal('echo ready');
    } finally {
      await connection.remove();
    }
  });

  it('forgets everything after a restart when it has no data file', async () => {
    const manager = await createDemoManager();
    const connection = connect(manager);
    try {
      value(await sendRequest(connection.source, 'bai-bootstrap-script-update', { script: 'echo gone' }));
      await restartDemoManager(manager);
      expect(value(await sendRequest(connection.source, 'bai-bootstrap-script-fetch', {}))).to.equal('');
    } finally {
      await connection.remove();
    }
  });

  it('counts the packed size of all dotfiles against the 64 KiB limit', async () => {
    const manager = await createDemoManager();
    const connection = connect(manager);
    try {
      await seedUser(manager, { dotfiles: [{ path: '.big', perm: '644', data: 'x'.repeat(60 * 1024) }] });
      const outcome = await sendRequest(connection.source, 'bai-dotfile-create', { path: '.more', data: 'y'.repeat(5 * 1024), permission: '644' });
      expect(outcome).to.deep.include({ ok: false, reason: 'failed' });
      expect((outcome as { error?: unknown }).error).to.deep.include({ status: 400, message: 'No leftover space for dotfile storage' });
      value(await sendRequest(connection.source, 'bai-dotfile-create', { path: '.small', data: 'y'.repeat(1024), permission: '644' }));
    } finally {
      await connection.remove();
    }
  });
});
