import { msg, str } from '@lit/localize';
import type { RequestOutcome } from './send-request.js';

/** The sentence an element shows when a request did not succeed; the user's input is always kept. */
export function describeRequestFailure(outcome: Exclude<RequestOutcome<unknown>, { ok: true }>): string {
  if (outcome.reason === 'not-connected') {
    return msg('The manager is not connected. Nothing was lost: try again once it is.', {
      id: 'request.NotConnected',
    });
  }
  const { error } = outcome;
  if (error.name === 'TimeoutError') {
    return msg('The manager did not answer in time. Nothing was lost: try again.', { id: 'request.TimedOut' });
  }
  if (error.title && error.title !== error.message) {
    return msg(str`${error.title}: ${error.message}`, { id: 'request.FailedWithTitle' });
  }
  return error.message;
}
