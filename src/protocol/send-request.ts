import { BaiRequestEvent } from './request-event.js';
import type { BaiRequestDetail, BaiRequestName, BaiRequestResult } from './request-map.js';
import { toRequestError, type RequestError } from './request-error.js';

export type RequestOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; reason: 'not-connected'; error?: undefined }
  | { ok: false; reason: 'failed'; error: RequestError };

export interface SendRequestOptions {
  /** Milliseconds to wait for the host's answer; 0 waits for ever. Default 30 000. */
  timeout?: number;
}

export const DEFAULT_REQUEST_TIMEOUT = 30_000;

/**
 * Dispatches a request event from `source` and waits for the host's answer. Never
 * throws: a missing host, a rejection, a throwing listener and a timeout all come
 * back as `{ok: false}` so the caller can keep the user's input and say why.
 */
export async function sendRequest<K extends BaiRequestName>(
  source: EventTarget,
  type: K,
  detail: BaiRequestDetail<K>,
  { timeout = DEFAULT_REQUEST_TIMEOUT }: SendRequestOptions = {},
): Promise<RequestOutcome<BaiRequestResult<K>>> {
  const event = new BaiRequestEvent(type, detail);
  try {
    source.dispatchEvent(event);
  } catch (error) {
    return { ok: false, reason: 'failed', error: toRequestError(error) };
  }
  const response = event.response;
  if (response === undefined) return { ok: false, reason: 'not-connected' };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline =
    timeout > 0
      ? new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject({ name: 'TimeoutError', message: `No answer to ${type} within ${timeout} ms` }),
            timeout,
          );
        })
      : undefined;
  try {
    const value = await (deadline ? Promise.race([response, deadline]) : response);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, reason: 'failed', error: toRequestError(error) };
  } finally {
    clearTimeout(timer);
  }
}
