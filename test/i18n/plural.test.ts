import { expect } from '@open-wc/testing';
import { exportedMessage } from '../../src/components/client-logs/log-count-messages.js';
import { describeKeyProblem } from '../../src/components/ssh-keypair-dialog/key-problem-message.js';
import { timeoutError } from '../../src/manager/manager-error.js';
import { plural } from '../../src/i18n/plural.js';
import { applyLanguage } from '../../src/localization.js';

const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };

describe('plural', () => {
  afterEach(() => applyLanguage('en'));

  it('picks one and other in English', () => {
    expect([0, 1, 2, 21].map((n) => plural(n, forms))).to.deep.equal(['other', 'one', 'other', 'other']);
  });

  it('picks one, few, many and other in Russian', async () => {
    await applyLanguage('ru');
    expect([1, 21, 2, 24, 5, 11, 100, 1.5].map((n) => plural(n, forms))).to.deep.equal([
      'one', 'one', 'few', 'few', 'many', 'many', 'many', 'other',
    ]);
  });

  it('counts zero as one in French, and falls back to other for a form left out', async () => {
    await applyLanguage('fr');
    expect(plural(0, forms)).to.equal('one');
    expect(plural(2, { one: 'one', other: 'other' })).to.equal('other');
  });

  it('uses other for every count in Korean', async () => {
    await applyLanguage('ko');
    expect([1, 2, 5].map((n) => plural(n, forms))).to.deep.equal(['other', 'other', 'other']);
  });

  it('gives a count message its translated form with the number in the locale', async () => {
    expect(exportedMessage(1)).to.equal('Exported 1 log entry.');
    expect(exportedMessage(1200)).to.equal('Exported 1,200 log entries.');
    await applyLanguage('ru');
    expect([1, 3, 5].map(exportedMessage)).to.deep.equal([
      'Экспортирована 1 запись журнала.',
      'Экспортированы 3 записи журнала.',
      'Экспортировано 5 записей журнала.',
    ]);
  });

  it('lets Intl decline the unit after a number in messages with a duration or a key size', async () => {
    const shortKey = { field: 'publicKey', code: 'rsa-too-short', bits: 1024 } as const;
    expect(describeKeyProblem(shortKey)).to.equal('Public Key: this RSA key has 1024 bits; at least 2048 bits are required.');
    expect(timeoutError(1000).message).to.equal('The manager did not answer within 1 second. Your input is kept: try again.');
    await applyLanguage('ru');
    expect(describeKeyProblem(shortKey)).to.match(/1024 бита; требуется не менее 2048 бит\.$/);
    expect(timeoutError(2000).message).to.match(/^Менеджер не ответил за 2 секунды\./);
  });
});
