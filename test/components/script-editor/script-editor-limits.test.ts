import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { findByRole, getByRole, queryByRole } from '../../support/queries.js';
import type { Dotfile } from '../../../src/protocol/request-map.js';
import { applyLanguage } from '../../../src/localization.js';
import { button, openEditor, pickFile, scriptText, setUp, typeAtEnd, uniqueNamespace, until, type Fixture } from './helpers.js';

describe('<bai-script-editor> limits and path rules', () => {
  let fixture: Fixture;

  afterEach(() => {
    fixture?.editor.removeAttribute('open');
    fixture?.host.remove();
    fixture?.manager.disconnect();
  });

  it('saves exactly 64 KiB and refuses one byte more, naming the limit and the size', async () => {
    const almost = `${'#'.repeat(65_533)}\n`;
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() }, [{ path: '.bashrc', permission: '644', data: almost }]);
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, 'é');
    expect(getByRole(fixture.editor, 'dialog').textContent).to.match(/65,536 of 65,536 bytes/);
    button(fixture.editor, 'Save').click();
    await until(() => fixture.manager.sent('bai-dotfile-update').length === 1, 'the 64 KiB save');
    expect(new TextEncoder().encode(fixture.manager.files.get('.bashrc')!.data).byteLength).to.equal(65_536);

    await typeAtEnd(fixture.editor, 'x');
    button(fixture.editor, 'Save').click();
    const alert = await findByRole(fixture.editor, 'alert');
    expect(alert.textContent).to.match(/65,537 bytes/);
    expect(alert.textContent).to.match(/65,536 bytes \(64\s?kB\)/);
    expect(fixture.manager.sent('bai-dotfile-update')).to.have.length(1);
    expect(fixture.notifications.at(-1)?.level).to.equal('error');
  });

  it('refuses to create a 101st dotfile but still updates existing ones', async () => {
    const files: Dotfile[] = Array.from({ length: 100 }, (_, index) => ({ path: `.file${index}`, permission: '644', data: '' }));
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace(), path: '.vimrc' }, files);
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, 'set number');
    button(fixture.editor, 'Save').click();
    const alert = await findByRole(fixture.editor, 'alert');
    expect(alert.textContent).to.contain('100 config files');
    expect(fixture.manager.sent('bai-dotfile-create')).to.have.length(0);

    button(fixture.editor, 'Cancel').click();
    const question = await findByRole(fixture.editor, 'alertdialog', { name: 'Unsaved changes' });
    getByRole((question.getRootNode() as ShadowRoot).host, 'button', { name: 'Discard' }).click();
    await until(() => !fixture.editor.open, 'closing');
  });

  it('words the file limit by the plural rules of the language chosen, and sets its own lang', async () => {
    const files: Dotfile[] = Array.from({ length: 100 }, (_, index) => ({ path: `.file${index}`, permission: '644', data: '' }));
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace(), path: '.vimrc' }, files);
    await openEditor(fixture.editor);
    await typeAtEnd(fixture.editor, 'set number');
    expect(fixture.editor.lang).to.equal('en');
    try {
      await applyLanguage('ru');
      await fixture.editor.updateComplete;
      expect(fixture.editor.lang).to.equal('ru');
      button(fixture.editor, 'Сохранить').click();
      const alert = await findByRole(fixture.editor, 'alert');
      expect(alert.textContent).to.contain('У вас уже 100 файлов настроек');
    } finally {
      fixture.editor.removeAttribute('open');
      await applyLanguage('en');
    }
  });

  it('checks new file paths locally and keeps what the user typed', async () => {
    fixture = setUp({ mode: 'dotfiles', namespace: uniqueNamespace() });
    const box = await openEditor(fixture.editor);
    await pickFile(fixture.editor, 'New file…');
    const field = await findByRole(fixture.editor, 'textbox', { name: 'New file path' });
    const attempts: [string, RegExp][] = [
      ['../etc/profile', /\.\./],
      ['/etc/profile', /relative to your home folder/],
      ['.ssh/authorized_keys', /reserved/],
      ['.local', /reserved/],
    ];
    for (const [path, problem] of attempts) {
      field.focus();
      (field as HTMLInputElement).select();
      await sendKeys({ type: path });
      button(fixture.editor, 'Add file').click();
      await until(() => fixture.notifications.length > 0 && problem.test(fixture.notifications.at(-1)!.message), `the message for ${path}`);
      expect(fixture.notifications.at(-1)?.level).to.equal('error');
      expect((getByRole(fixture.editor, 'textbox', { name: 'New file path' }) as HTMLInputElement).value).to.equal(path);
      // The field itself says what is wrong, to the eye and to assistive technology.
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      const described = fixture.editor.shadowRoot!.getElementById(field.getAttribute('aria-describedby') ?? '');
      expect(described?.textContent?.trim()).to.equal(fixture.notifications.at(-1)?.message);
    }
    field.focus();
    (field as HTMLInputElement).select();
    await sendKeys({ type: '.config-local/tool.conf' });
    await sendKeys({ press: 'Enter' });
    await until(() => fixture.editor.path === '.config-local/tool.conf', 'the new file');
    expect(queryByRole(fixture.editor, 'textbox', { name: 'New file path' })).to.equal(null);
    expect(scriptText(box)).to.equal('');
    await typeAtEnd(fixture.editor, 'key=value');
    button(fixture.editor, 'Save').click();
    await until(() => fixture.manager.sent('bai-dotfile-create').length === 1, 'the create');
    expect(fixture.manager.sent('bai-dotfile-create')[0]).to.deep.equal({ path: '.config-local/tool.conf', permission: '644', data: 'key=value' });
  });
});
