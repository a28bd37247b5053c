import { msg, str } from '@lit/localize';
import { formatNumber } from '../i18n/format.js';
import type { RequestError } from '../protocol/request-error.js';

/**
 * A failed manager call, shaped like the Backend.AI error body the elements show
 * (`title`, `message`) plus what the client log keeps about it.
 */
export interface ManagerError extends RequestError {
  name: 'ManagerError' | 'TimeoutError' | 'NetworkError';
  message: string;
  errorCode?: string;
  traceback?: string;
  statusText?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// A proxy's short plain-text answer ("Bad Gateway") says more than the status alone;
// an HTML error page would only be noise in a message.
function plainText(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  const trimmed = body.trim();
  return trimmed !== '' && trimmed.length < 300 && !trimmed.includes('<') ? trimmed : undefined;
}

/**
 * The error for an HTTP response that is not 2xx. The manager answers
 * `{type, title, msg}` (plus `error_code`, and `traceback` in debug mode); a proxy in
 * between may answer anything, so every field is optional.
 */
export function errorFromResponse(status: number, statusText: string, body: unknown): ManagerError {
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const title = text(fields.title);
  const message =
    text(fields.msg) ??
    text(fields.message) ??
    title ??
    plainText(body) ??
    msg(str`The manager answered with HTTP status ${status}.`, { id: 'manager.HttpStatus' });
  return {
    name: 'ManagerError',
    title,
    message,
    status,
    statusText,
    type: text(fields.type),
    errorCode: text(fields.error_code),
    traceback: text(fields.traceback),
  };
}

export function timeoutError(timeoutMs: number): ManagerError {
  const duration = formatNumber(Math.round(timeoutMs / 100) / 10, { style: 'unit', unit: 'second', unitDisplay: 'long' });
  return {
    name: 'TimeoutError',
    title: msg('Request timed out', { id: 'manager.TimeoutTitle' }),
    message: msg(str`The manager did not answer within ${duration}. Your input is kept: try again.`, {
      id: 'manager.TimeoutMessage',
    }),
  };
}

/** fetch() rejects with a TypeError when no HTTP answer arrives at all: offline, DNS, refused, CORS. */
export function networkError(online = globalThis.navigator?.onLine ?? true): ManagerError {
  return {
    name: 'NetworkError',
    title: msg('Cannot reach the manager', { id: 'manager.NetworkErrorTitle' }),
    message: online
      ? msg('The manager could not be reached. Check the server address and your connection, then try again.', {
          id: 'manager.Unreachable',
        })
      : msg('This browser is offline. Reconnect to the network, then try again.', { id: 'manager.Offline' }),
  };
}

export function unexpectedAnswerError(status: number): ManagerError {
  return {
    name: 'ManagerError',
    status,
    title: msg('Unexpected answer', { id: 'manager.UnexpectedAnswerTitle' }),
    message: msg('The manager sent an answer this page cannot read.', { id: 'manager.UnexpectedAnswer' }),
  };
}
