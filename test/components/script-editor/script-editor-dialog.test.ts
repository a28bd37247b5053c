import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../support/axe.js';
import { findByRole, getByRole, waitForNoRole } from '../../support/queries.js';
import { button, openEditor, question, scriptText, setUp, typeAtEnd, uniqueNamespace, until, type Fixture } from './helpers.js';

describe('<bai-script-editor> as a dialog', () => {
  let fixture: Fixture;

  afterEach(() => {
    fixture?.editor.removeAttribute('open');
    fixture?.host.remove();
    fixture?.manager.disconnect();
  });

  it('has no accessibility violations, in either mode', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'echo hi' }]);
    await openEditor(fixture.editor);
    await expectNoAxeViolations(fixture.editor);
    fixture.editor.removeAttribute('open');
    fixture.editor.mode = 'bootstrap';
    await openEditor(fixture.editor);
    await expectNoAxeViolations(fixture.editor);
  });

  it('Escape with unsaved changes asks first; Escape on the question keeps editing', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'one' }]);
    const box = await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, '1');
    await sendKeys({ press: 'Escape' });
    await question(fixture.editor, 'Unsaved changes');
    await sendKeys({ press: 'Escape' });
    await waitForNoRole(fixture.editor, 'alertdialog', { name: 'Unsaved changes' });
    expect(fixture.editor.open).to.equal(true);
    expect(scriptText(box)).to.equal('one1');
  });

  it('Escape without changes closes, and close() resolves true', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'one' }]);
    const box = await openEditor(fixture.editor);
    box.focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !fixture.editor.open, 'the editor to close');
    expect(await fixture.editor.close()).to.equal(true);
  });

  it('Save and Close stays open with the error when the save fails', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: 'one' }]);
    const box = await openEditor(fixture.editor);
    fixture.manager.failNext.set('bai-dotfile-update', { title: 'Quota exceeded', msg: 'The dotfiles are too large in total.' });
    await typeAtEnd(fixture.editor, ' two');
    button(fixture.editor, 'Save and Close').click();
    const alert = await findByRole(fixture.editor, 'alert');
    expect(alert.textContent).to.contain('Quota exceeded: The dotfiles are too large in total.');
    expect(fixture.editor.open).to.equal(true);
    expect(scriptText(box)).to.equal('one two');
    expect(getByRole(fixture.editor, 'dialog', { name: 'Edit User Config Script' })).to.not.equal(null);
  });
});
