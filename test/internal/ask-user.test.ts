import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { askUser } from '../../src/internal/ask-user.js';
import { findByRole, getByRole, visibleText, waitForNoRole } from '../support/queries.js';

describe('askUser', () => {
  let host: HTMLElement;

  beforeEach(async () => {
    host = await fixture(html`<div></div>`);
    host.attachShadow({ mode: 'open' });
  });

  const question = {
    headline: 'Delete .bashrc?',
    message: 'The file is removed from the server.',
    actions: [{ value: 'delete', label: 'Delete' }],
  };

  it('shows an alert dialog named by its headline and resolves with the chosen action', async () => {
    const answer = askUser(host, question);
    await findByRole(host, 'alertdialog', { name: 'Delete .bashrc?' });
    expect(visibleText(host)).to.contain('The file is removed from the server.');
    (await findByRole(host, 'button', { name: 'Delete' })).click();
    expect(await answer).to.equal('delete');
    await waitForNoRole(host, 'alertdialog');
  });

  it('resolves cancel for the Cancel button', async () => {
    const answer = askUser(host, question);
    (await findByRole(host, 'button', { name: 'Cancel' })).click();
    expect(await answer).to.equal('cancel');
  });

  it('resolves cancel for Escape', async () => {
    const answer = askUser(host, question);
    await findByRole(host, 'alertdialog', { name: 'Delete .bashrc?' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.equal('cancel');
  });

  it('renders the texts as text, never as markup', async () => {
    const answer = askUser(host, { ...question, message: '<img src=x onerror="window.__pwned = 1">' });
    await findByRole(host, 'alertdialog');
    expect(host.shadowRoot!.querySelector('img')).to.equal(null);
    expect(visibleText(host)).to.contain('<img src=x onerror="window.__pwned = 1">');
    getByRole(host, 'button', { name: 'Cancel' }).click();
    await answer;
  });
});
