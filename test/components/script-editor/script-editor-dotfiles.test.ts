import { expect } from '@open-wc/testing';
import { findByRole, getByRole, queryByRole } from '../../support/queries.js';
import { answer, button, openEditor, pickFile, script, scriptText, setUp, shownFile, typeAtEnd, uniqueNamespace, until, type Fixture } from './helpers.js';
import { chooseOption, optionNames } from '../choose-option.js';

describe('<bai-script-editor mode="dotfiles">', () => {
  let fixture: Fixture;

  afterEach(() => {
    fixture?.editor.removeAttribute('open');
    fixture?.host.remove();
    fixture?.manager.disconnect();
  });

  it('lists the usual files and every file the manager has, and shows the selected one', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [
      { path: '.bashrc', permission: '644', data: 'alias ll="ls -l"' },
      { path: '.config-local/app.conf', permission: '600', data: 'x=1' },
    ]);
    const box = await openEditor(fixture.editor);
    await until(() => scriptText(box) === 'alias ll="ls -l"', 'the .bashrc text');
    expect(getByRole(fixture.editor, 'dialog', { name: 'Edit User Config Script' }).localName).to.equal('dialog');
    const combobox = getByRole(fixture.editor, 'combobox', { name: 'Config file name' });
    expect(optionNames(combobox)).to.include.members(['.bashrc', '.zshrc', '.Renviron', '.tmux.conf.local', '.vimrc', '.config-local/app.conf', 'New file…']);
    chooseOption(combobox, '.config-local/app.conf');
    await until(() => scriptText(box) === 'x=1', 'the other file');
    expect(fixture.editor.path).to.equal('.config-local/app.conf');
  });

  it('creates a file the manager does not have, then updates it', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace(), path: '.zshrc' });
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, 'export EDITOR=vim');
    button(fixture.editor, 'Save').click();
    await until(() => fixture.manager.sent('bai-dotfile-create').length === 1, 'the create request');
    expect(fixture.manager.sent('bai-dotfile-create')[0]).to.deep.equal({ path: '.zshrc', permission: '644', data: 'export EDITOR=vim' });
    await until(() => fixture.notifications.some((n) => n.level === 'success'), 'the success message');
    expect(getByRole(fixture.editor, 'status').textContent).to.contain('.zshrc was created.');

    await typeAtEnd(fixture.editor, '\nexport PAGER=less');
    button(fixture.editor, 'Save').click();
    await until(() => fixture.manager.sent('bai-dotfile-update').length === 1, 'the update request');
    expect(fixture.manager.files.get('.zshrc')?.data).to.equal('export EDITOR=vim\nexport PAGER=less');
    expect(fixture.manager.sent('bai-dotfile-create')).to.have.length(1);
  });

  it('says "No changes" when the text is what the manager has', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'echo hi' }]);
    await openEditor(fixture.editor);
    button(fixture.editor, 'Save').click();
    await until(() => fixture.notifications.length > 0, 'a message');
    expect(fixture.notifications[0]).to.deep.equal({ message: 'No changes to save.', level: 'info' });
    expect(fixture.manager.sent('bai-dotfile-update')).to.have.length(0);
  });

  it('Save and Close saves and closes', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '600', data: 'a' }]);
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, 'b');
    button(fixture.editor, 'Save and Close').click();
    await until(() => !fixture.editor.open, 'the editor to close');
    expect(fixture.manager.sent('bai-dotfile-update')).to.deep.equal([{ path: '.bashrc', permission: '600', data: 'ab' }]);
    expect(queryByRole(fixture.editor, 'dialog')).to.equal(null);
  });

  it('Delete asks first, and deletes only when confirmed', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'echo hi' }]);
    const box = await openEditor(fixture.editor);
    await until(() => scriptText(box) === 'echo hi', 'the text');
    button(fixture.editor, 'Delete').click();
    await answer(fixture.editor, 'Delete .bashrc?', 'Cancel');
    expect(fixture.manager.sent('bai-dotfile-delete')).to.have.length(0);

    button(fixture.editor, 'Delete').click();
    await answer(fixture.editor, 'Delete .bashrc?', 'Delete');
    await until(() => fixture.manager.sent('bai-dotfile-delete').length === 1, 'the delete request');
    expect(fixture.manager.sent('bai-dotfile-delete')[0]).to.deep.equal({ path: '.bashrc' });
    await until(() => scriptText(box) === '', 'an empty editor');
    expect(fixture.notifications.at(-1)).to.deep.equal({ message: '.bashrc was deleted.', level: 'success' });
  });

  it('a failed delete names the file, then gives the manager\'s message on its own line', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'echo hi' }]);
    const box = await openEditor(fixture.editor);
    await until(() => scriptText(box) === 'echo hi', 'the text');
    fixture.manager.failNext.set('bai-dotfile-delete', { title: 'Internal server error', msg: 'Try later.' });
    button(fixture.editor, 'Delete').click();
    await answer(fixture.editor, 'Delete .bashrc?', 'Delete');
    const alert = await findByRole(fixture.editor, 'alert');
    const failed = 'Could not delete .bashrc.\nInternal server error: Try later.';
    expect(alert.textContent).to.equal(failed);
    expect(fixture.notifications.at(-1)).to.deep.equal({ message: failed, level: 'error' });
    expect(scriptText(box)).to.equal('echo hi');
  });

  it('switching file with unsaved changes asks: Cancel stays, Discard drops, Save saves', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [
      { path: '.bashrc', permission: '644', data: 'one' },
      { path: '.zshrc', permission: '644', data: 'two' },
    ]);
    const box = await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, '!');
    await pickFile(fixture.editor, '.zshrc');
    await answer(fixture.editor, 'Unsaved changes', 'Cancel');
    expect(scriptText(box)).to.equal('one!');
    expect(fixture.editor.path).to.equal('.bashrc');
    await until(() => shownFile(fixture.editor) === '.bashrc', 'the choice to go back to .bashrc');

    await pickFile(fixture.editor, '.zshrc');
    await answer(fixture.editor, 'Unsaved changes', 'Discard');
    await until(() => scriptText(box) === 'two', '.zshrc');
    expect(fixture.manager.files.get('.bashrc')?.data).to.equal('one');

    await typeAtEnd(fixture.editor, '?');
    await pickFile(fixture.editor, '.bashrc');
    await answer(fixture.editor, 'Unsaved changes', 'Save');
    await until(() => scriptText(box) === 'one', '.bashrc again');
    expect(fixture.manager.files.get('.zshrc')?.data).to.equal('two?');
  });

  it('Cancel with unsaved changes asks before closing', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'one' }]);
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, '2');
    button(fixture.editor, 'Cancel').click();
    await answer(fixture.editor, 'Unsaved changes', 'Cancel');
    expect(fixture.editor.open).to.equal(true);
    expect(scriptText(await script(fixture.editor))).to.equal('one2');

    button(fixture.editor, 'Cancel').click();
    await answer(fixture.editor, 'Unsaved changes', 'Discard');
    await until(() => !fixture.editor.open, 'the editor to close');
    expect(fixture.manager.requests.filter((r) => r.type !== 'bai-dotfiles-fetch')).to.have.length(0);
  });
});
