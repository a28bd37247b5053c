import { expect } from '@open-wc/testing';
import { getByRole, queryByRole } from '../../support/queries.js';
import { answer, button, openEditor, scriptText, setUp, typeAtEnd, uniqueNamespace, until, type Fixture } from './helpers.js';

describe('<bai-script-editor mode="bootstrap">', () => {
  let fixture: Fixture;

  afterEach(() => {
    fixture?.editor.removeAttribute('open');
    fixture?.host.remove();
    fixture?.manager.disconnect();
  });

  async function openWith(script: string): Promise<HTMLElement> {
    fixture = setUp({ mode: 'bootstrap', namespace: uniqueNamespace() });
    fixture.manager.bootstrap = script;
    const box = await openEditor(fixture.editor);
    await until(() => scriptText(box) === script, 'the bootstrap script');
    return box;
  }

  it('shows the one script with the PREPARING note and no file picker', async () => {
    await openWith('pip install -r requirements.txt');
    const dialog = getByRole(fixture.editor, 'dialog', { name: 'Edit Bootstrap Script' });
    expect(dialog.textContent).to.contain('PREPARING');
    expect(dialog.textContent).to.contain('terminal');
    expect(queryByRole(fixture.editor, 'combobox', { name: 'Config file name' })).to.equal(null);
    expect(fixture.manager.sent('bai-bootstrap-script-fetch')).to.have.length(1);
  });

  it('Save sends the new script; saving again says there is nothing to save', async () => {
    await openWith('echo start');
    await typeAtEnd(fixture.editor, '\necho more');
    button(fixture.editor, 'Save').click();
    await until(() => fixture.manager.sent('bai-bootstrap-script-update').length === 1, 'the update');
    expect(fixture.manager.sent('bai-bootstrap-script-update')[0]).to.deep.equal({ script: 'echo start\necho more' });
    await until(() => fixture.notifications.length === 1, 'a message');
    expect(fixture.notifications[0]).to.deep.equal({ message: 'The bootstrap script was saved.', level: 'success' });

    button(fixture.editor, 'Save').click();
    await until(() => fixture.notifications.length === 2, 'a second message');
    expect(fixture.notifications[1]).to.deep.equal({ message: 'No changes to save.', level: 'info' });
    expect(fixture.manager.sent('bai-bootstrap-script-update')).to.have.length(1);
  });

  it('Delete confirms, then saves an empty script', async () => {
    const box = await openWith('echo start');
    button(fixture.editor, 'Delete').click();
    await answer(fixture.editor, 'Delete the bootstrap script?', 'Delete');
    await until(() => fixture.manager.sent('bai-bootstrap-script-update').length === 1, 'the empty update');
    expect(fixture.manager.sent('bai-bootstrap-script-update')[0]).to.deep.equal({ script: '' });
    await until(() => scriptText(box) === '', 'an empty editor');
    expect(fixture.notifications.at(-1)).to.deep.equal({ message: 'The bootstrap script was deleted.', level: 'success' });
  });

  it("shows the manager's error and keeps the text when saving fails", async () => {
    const box = await openWith('echo start');
    fixture.manager.failNext.set('bai-bootstrap-script-update', { title: 'Server error', msg: 'The database is unavailable.' });
    await typeAtEnd(fixture.editor, ' now');
    button(fixture.editor, 'Save').click();
    const alert = await until(() => queryByRole(fixture.editor, 'alert') !== null, 'an error').then(() => getByRole(fixture.editor, 'alert'));
    expect(alert.textContent).to.contain('Server error: The database is unavailable.');
    expect(fixture.notifications.at(-1)?.level).to.equal('error');
    expect(scriptText(box)).to.equal('echo start now');
    expect(fixture.manager.bootstrap).to.equal('echo start');
  });

  it('underlines a shell syntax error and saves anyway, with a warning', async () => {
    const box = await openWith('');
    await typeAtEnd(fixture.editor, 'echo "unclosed');
    await until(() => box.closest('.cm-editor')?.querySelector('.cm-lintRange-error') != null, 'the underline', 10000);
    button(fixture.editor, 'Save').click();
    await until(() => fixture.notifications.length > 0, 'a message');
    expect(fixture.manager.sent('bai-bootstrap-script-update')).to.deep.equal([{ script: 'echo "unclosed' }]);
    expect(fixture.notifications[0]!.level).to.equal('warning');
    expect(fixture.notifications[0]!.message).to.match(/syntax error on line 1: .*quote/);
  });
});
