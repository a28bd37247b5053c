import { expect } from '@open-wc/testing';
import { findByRole, getByRole, queryByRole, visibleText } from '../../support/queries.js';
import { answer, attach, button, openEditor, scriptText, setUp, typeAtEnd, uniqueNamespace, until, type Fixture } from './helpers.js';

describe('<bai-script-editor> keeps unsaved text', () => {
  let fixture: Fixture;
  let later: Fixture | undefined;

  afterEach(() => {
    later?.editor.removeAttribute('open');
    fixture?.editor.removeAttribute('open');
    fixture?.host.remove();
    fixture?.manager.disconnect();
    later = undefined;
  });

  it('after a failed save, a new editor (a reload) offers the draft and restores it', async () => {
    const namespace = uniqueNamespace();
    fixture = setUp({ mode: 'dotfiles', namespace }, [{ path: '.bashrc', permission: '644', data: 'base' }]);
    await openEditor(fixture.editor);
    fixture.manager.failNext.set('bai-dotfile-update', { title: 'Internal server error', msg: 'Try later.' });
    await typeAtEnd(fixture.editor, ' edited');
    button(fixture.editor, 'Save').click();
    await until(() => fixture.notifications.some((n) => n.level === 'error'), 'the error');
    // The manager's sentence is not spliced into ours: it follows on a line of its own.
    const failed = 'Could not save .bashrc. Your text is kept as a local draft.\nInternal server error: Try later.';
    expect(getByRole(fixture.editor, 'alert').textContent).to.equal(failed);
    expect(fixture.notifications.at(-1)).to.deep.equal({ message: failed, level: 'error' });

    fixture.editor.remove();
    later = attach(fixture.host, fixture.manager, { mode: 'dotfiles', namespace });
    const box = await openEditor(later.editor);
    await until(() => scriptText(box) === 'base', "the manager's copy");
    await answer(later.editor, 'Unsaved draft found', 'Restore draft');
    await until(() => scriptText(box) === 'base edited', 'the draft');

    button(later.editor, 'Save').click();
    await until(() => fixture.manager.files.get('.bashrc')?.data === 'base edited', 'the saved draft');
    later.editor.remove();

    const third = attach(fixture.host, fixture.manager, { mode: 'dotfiles', namespace });
    const thirdBox = await openEditor(third.editor);
    await until(() => scriptText(thirdBox) === 'base edited', 'the saved text');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(queryByRole(third.editor, 'alertdialog')).to.equal(null);
    third.editor.removeAttribute('open');
  });

  it('a draft closed without saving can be discarded on the next open', async () => {
    const namespace = uniqueNamespace();
    fixture = setUp({ mode: 'bootstrap', namespace });
    fixture.manager.bootstrap = 'echo 1';
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, '2');
    fixture.editor.remove();

    later = attach(fixture.host, fixture.manager, { mode: 'bootstrap', namespace });
    const box = await openEditor(later.editor);
    // The time is written in the page's language (medium date and time), not the browser's default form.
    const offer = await findByRole(later.editor, 'alertdialog', { name: 'Unsaved draft found' });
    expect(visibleText((offer.getRootNode() as ShadowRoot).host)).to.match(/changes from [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2}\s[AP]M that were never saved/);
    await answer(later.editor, 'Unsaved draft found', 'Discard draft');
    expect(scriptText(box)).to.equal('echo 1');
    later.editor.remove();

    const third = attach(fixture.host, fixture.manager, { mode: 'bootstrap', namespace });
    await openEditor(third.editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(queryByRole(third.editor, 'alertdialog')).to.equal(null);
    third.editor.removeAttribute('open');
  });

  it('drafts of one namespace are not offered in another', async () => {
    fixture = setUp({ mode: 'bootstrap', namespace: uniqueNamespace() });
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, 'secret plan');
    fixture.editor.remove();
    later = attach(fixture.host, fixture.manager, { mode: 'bootstrap', namespace: uniqueNamespace() });
    await openEditor(later.editor);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(queryByRole(later.editor, 'alertdialog')).to.equal(null);
  });

  it('says the manager is not connected, keeps nothing to lose, and loads once it is', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'hello' }]);
    fixture.manager.disconnect();
    fixture.editor.show();
    const alert = await findByRole(fixture.editor, 'alert');
    expect(alert.textContent).to.contain('not connected');
    expect(fixture.notifications.at(-1)?.level).to.equal('error');
    expect(button(fixture.editor, 'Save').hasAttribute('disabled') || (button(fixture.editor, 'Save') as HTMLButtonElement).disabled).to.equal(true);

    const reconnected = new (fixture.manager.constructor as typeof import('./fake-manager.js').FakeManager)(fixture.host, [
      ...fixture.manager.files.values(),
    ]);
    button(fixture.editor, 'Try again').click();
    const box = await findByRole(fixture.editor, 'textbox', { name: 'Script' });
    await until(() => scriptText(box) === 'hello', 'the loaded file');
    reconnected.disconnect();
  });
});
