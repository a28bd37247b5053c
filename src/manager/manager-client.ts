import type { ClientLogEntryInput } from '../logs/client-log-entry.js';
import { errorFromResponse, networkError, timeoutError, unexpectedAnswerError, type ManagerError } from './manager-error.js';
import { DEFAULT_API_VERSION, signatureHeaders, type Credentials } from './request-signing.js';

/** Where each request goes to be kept for the Logs tab; `record` must return at once. */
export interface RequestRecorder {
  record(entry: ClientLogEntryInput): unknown;
}

export type ManagerMode = 'session' | 'keypair';

export interface ManagerClientOptions {
  /** The manager (keypair mode) or the Backend.AI webserver (session mode), e.g. `https://backend.example.com`. */
  endpoint: string;
  mode: ManagerMode;
  /** Keypair mode only. */
  accessKey?: string;
  /** Keypair mode only. Never leaves the page: only signatures made with it do. */
  secretKey?: string;
  /** `X-BackendAI-Version`; default `v8.20240915`. */
  apiVersion?: string;
  /** Milliseconds before a call is abandoned; default 30 000, 0 waits for ever. */
  timeout?: number;
  log: RequestRecorder;
}

export type ManagerMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface ManagerCall {
  method: ManagerMethod;
  /** The REST path below the endpoint, such as `/user-config/dotfiles`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

export const DEFAULT_MANAGER_TIMEOUT = 30_000;

const CONTENT_TYPE = 'application/json';

/**
 * One authenticated REST call to the manager per `call()`: builds the URL for the
 * mode, signs it in keypair mode, bounds it in time, turns failures into
 * `ManagerError`s and records every call in the client log.
 */
export class ManagerClient {
  readonly #base: URL;
  readonly #mode: ManagerMode;
  readonly #credentials: Credentials | undefined;
  readonly #apiVersion: string;
  readonly #timeout: number;
  readonly #log: RequestRecorder;

  constructor(options: ManagerClientOptions) {
    this.#base = new URL(options.endpoint, globalThis.location?.href);
    this.#mode = options.mode;
    if (options.mode === 'keypair') {
      if (!options.accessKey || !options.secretKey) {
        throw new TypeError('connectManager: keypair mode needs accessKey and secretKey');
      }
      this.#credentials = { accessKey: options.accessKey, secretKey: options.secretKey };
    } else if (options.mode !== 'session') {
      throw new TypeError(`connectManager: unknown mode ${String(options.mode)}`);
    }
    this.#apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
    this.#timeout = options.timeout ?? DEFAULT_MANAGER_TIMEOUT;
    this.#log = options.log;
  }

  /** The URL a call goes to: the session-mode webserver proxies the manager under `/func`. */
  urlFor(path: string, query?: Record<string, string>): URL {
    const prefix = this.#base.pathname.replace(/\/+$/, '') + (this.#mode === 'session' ? '/func' : '');
    const url = new URL(prefix + path, this.#base);
    if (query) url.search = new URLSearchParams(query).toString();
    return url;
  }

  async call<T = unknown>({ method, path, query, body }: ManagerCall): Promise<T> {
    const url = this.urlFor(path, query);
    const started = performance.now();
    const parameters = body ?? query;
    try {
      const { response, payload } = await this.#exchange(method, url, body);
      if (!response.ok) throw errorFromResponse(response.status, response.statusText, payload.value);
      if (!payload.readable) throw unexpectedAnswerError(response.status);
      this.#record({
        isError: false,
        requestMethod: method,
        requestUrl: url.href,
        requestParameters: parameters,
        statusCode: response.status,
        statusText: response.statusText,
        durationMs: performance.now() - started,
        response: payload.value,
      });
      return payload.value as T;
    } catch (reason) {
      const error = reason as ManagerError;
      this.#record({
        isError: true,
        type: error.type ?? error.name,
        requestMethod: method,
        requestUrl: url.href,
        requestParameters: parameters,
        statusCode: error.status,
        statusText: error.statusText,
        title: error.title,
        message: error.message,
        description: error.message,
        errorCode: error.errorCode,
        traceback: error.traceback,
        durationMs: performance.now() - started,
      });
      throw error;
    }
  }

  async #exchange(method: ManagerMethod, url: URL, body: unknown): Promise<{ response: Response; payload: Payload }> {
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPE,
      'X-BackendAI-Version': this.#apiVersion,
    };
    if (this.#credentials) {
      Object.assign(
        headers,
        await signatureHeaders(
          {
            method,
            pathWithQuery: url.pathname + url.search,
            dateHeader: new Date().toISOString(),
            host: url.host,
            contentType: CONTENT_TYPE,
            apiVersion: this.#apiVersion,
          },
          this.#credentials,
        ),
      );
    }
    const controller = new AbortController();
    const timer = this.#timeout > 0 ? setTimeout(() => controller.abort(), this.#timeout) : undefined;
    try {
      const response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: this.#mode === 'session' ? 'include' : 'omit',
        signal: controller.signal,
      });
      return { response, payload: await readPayload(response) };
    } catch {
      if (controller.signal.aborted) throw timeoutError(this.#timeout);
      throw networkError();
    } finally {
      clearTimeout(timer);
    }
  }

  #record(entry: ClientLogEntryInput): void {
    try {
      this.#log.record(entry);
    } catch (error) {
      // A broken log must never break the request it describes.
      console.warn('bai-user-settings: could not record a request in the client log', error);
    }
  }
}

interface Payload {
  readable: boolean;
  value: unknown;
}

async function readPayload(response: Response): Promise<Payload> {
  const text = await response.text();
  if (text.trim() === '') return { readable: true, value: undefined };
  try {
    return { readable: true, value: JSON.parse(text) };
  } catch {
    return { readable: false, value: text };
  }
}
