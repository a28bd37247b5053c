import { expect } from '@open-wc/testing';
import { findByRole } from '../../support/queries.js';
import { applyLanguage } from '../../../src/localization.js';
import { openDialog, setUp, SSH_TEST_TIMEOUT, type Fixture } from './helpers.js';

describe('<bai-ssh-keypair-dialog> language', function () {
  this.timeout(SSH_TEST_TIMEOUT);
  let fixture: Fixture;
  afterEach(async () => {
    fixture?.remove();
    await applyLanguage('en');
  });

  it('re-renders in the language chosen and sets its own lang to it', async () => {
    fixture = setUp(null);
    await openDialog(fixture);
    expect(fixture.dialog.lang).to.equal('en');
    await applyLanguage('ko');
    await findByRole(fixture.dialog, 'dialog', { name: 'SSH 키페어 관리' });
    expect(fixture.dialog.lang).to.equal('ko');
    await applyLanguage('en');
    await findByRole(fixture.dialog, 'dialog', { name: 'SSH Keypair Management' });
    expect(fixture.dialog.lang).to.equal('en');
  });
});
