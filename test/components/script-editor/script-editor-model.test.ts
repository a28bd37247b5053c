import { expect } from '@open-wc/testing';
import { ScriptEditorModel } from '../../../src/components/script-editor/script-editor-model.js';
import { FakeManager } from './fake-manager.js';
import { uniqueNamespace } from './helpers.js';

describe('ScriptEditorModel', () => {
  let target: EventTarget;
  let manager: FakeManager;

  beforeEach(() => {
    target = new EventTarget();
    manager = new FakeManager(target, [{ path: '.bashrc', permission: '600', data: 'a' }]);
  });

  it('creates a missing file, updates an existing one, and keeps its permission', async () => {
    const model = new ScriptEditorModel(target, 'dotfiles', { namespace: uniqueNamespace() });
    expect(await model.load()).to.deep.equal({ ok: true });
    expect(model.text).to.equal('a');
    model.edit('ab');
    expect(model.dirty).to.equal(true);
    expect(await model.save()).to.deep.equal({ kind: 'saved', action: 'updated' });
    expect(manager.sent('bai-dotfile-update')).to.deep.equal([{ path: '.bashrc', permission: '600', data: 'ab' }]);
    expect(model.dirty).to.equal(false);

    model.select('.zshrc');
    expect(model.onServer).to.equal(false);
    model.edit('z');
    expect(await model.save()).to.deep.equal({ kind: 'saved', action: 'created' });
    expect(manager.sent('bai-dotfile-create')).to.deep.equal([{ path: '.zshrc', permission: '644', data: 'z' }]);
    expect(await model.save()).to.deep.equal({ kind: 'no-changes' });
  });

  it('keeps the draft when a save fails and drops it once a save succeeds', async () => {
    const namespace = uniqueNamespace();
    const model = new ScriptEditorModel(target, 'dotfiles', { namespace });
    await model.load();
    manager.failNext.set('bai-dotfile-update', { title: 'Boom', msg: 'no' });
    model.edit('changed');
    const failed = await model.save();
    expect(failed.kind).to.equal('failed');
    expect(model.text).to.equal('changed');

    const reloaded = new ScriptEditorModel(target, 'dotfiles', { namespace });
    await reloaded.load();
    expect((await reloaded.pendingDraft())?.text).to.equal('changed');

    expect((await model.save()).kind).to.equal('saved');
    expect(await reloaded.drafts.get(reloaded.documentKey)).to.equal(undefined);
  });

  it('refuses over-size scripts and a 101st file before sending anything', async () => {
    for (let index = 1; index < 100; index++) manager.files.set(`.f${index}`, { path: `.f${index}`, permission: '644', data: '' });
    const model = new ScriptEditorModel(target, 'dotfiles', { namespace: uniqueNamespace(), path: '.vimrc' });
    await model.load();
    model.edit('x'.repeat(65_537));
    expect(await model.save()).to.deep.equal({ kind: 'too-large', bytes: 65_537, limit: 65_536 });
    model.edit('set number');
    expect(await model.save()).to.deep.equal({ kind: 'too-many-files', limit: 100 });
    expect(manager.requests.map((request) => request.type)).to.deep.equal(['bai-dotfiles-fetch']);
  });

  it('bootstrap: saves with bootstrap-script-update and deletes by saving an empty script', async () => {
    manager.bootstrap = 'echo';
    const model = new ScriptEditorModel(target, 'bootstrap', { namespace: uniqueNamespace() });
    await model.load();
    expect(model.text).to.equal('echo');
    model.edit('echo hi');
    expect(await model.save()).to.deep.equal({ kind: 'saved', action: 'bootstrap' });
    expect(await model.remove()).to.deep.equal({ kind: 'deleted' });
    expect(manager.sent('bai-bootstrap-script-update')).to.deep.equal([{ script: 'echo hi' }, { script: '' }]);
  });

  it('reports a missing host as not connected', async () => {
    const model = new ScriptEditorModel(new EventTarget(), 'bootstrap', { namespace: uniqueNamespace() });
    const result = await model.load();
    expect(result).to.deep.equal({ ok: false, failure: { ok: false, reason: 'not-connected' } });
  });
});
