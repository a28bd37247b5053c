import { expect } from '@open-wc/testing';
import { errorFromResponse, networkError, timeoutError } from '../../src/manager/manager-error.js';

describe('manager error mapping', () => {
  it('takes title, message, type and debugging fields from a Backend.AI error body', () => {
    const error = errorFromResponse(400, 'Bad Request', {
      type: 'https://api.backend.ai/probs/invalid-api-params',
      title: 'Missing or invalid API parameters.',
      msg: 'Input validation error',
      error_code: 'dotfile_create_invalid-parameters',
      traceback: 'Traceback: ...',
    });
    expect(error).to.deep.equal({
      name: 'ManagerError',
      status: 400,
      statusText: 'Bad Request',
      type: 'https://api.backend.ai/probs/invalid-api-params',
      title: 'Missing or invalid API parameters.',
      message: 'Input validation error',
      errorCode: 'dotfile_create_invalid-parameters',
      traceback: 'Traceback: ...',
    });
  });

  it('uses the title as the message when the body has no msg', () => {
    expect(errorFromResponse(409, 'Conflict', { title: 'Dotfile already exists.' }).message).to.equal('Dotfile already exists.');
  });

  it('keeps a proxy plain-text answer but not an HTML page', () => {
    expect(errorFromResponse(502, 'Bad Gateway', 'upstream connect error').message).to.equal('upstream connect error');
    expect(errorFromResponse(502, 'Bad Gateway', '<html><body><h1>502</h1></body></html>').message).to.equal(
      'The manager answered with HTTP status 502.',
    );
    expect(errorFromResponse(500, '', undefined).message).to.equal('The manager answered with HTTP status 500.');
  });

  it('words timeouts and unreachable managers for the user', () => {
    expect(timeoutError(30_000)).to.deep.include({
      name: 'TimeoutError',
      message: 'The manager did not answer within 30 seconds. Your input is kept: try again.',
    });
    expect(networkError(false).message).to.equal('This browser is offline. Reconnect to the network, then try again.');
    expect(networkError(true).name).to.equal('NetworkError');
  });
});
