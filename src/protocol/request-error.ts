/**
 * What went wrong with a request, in the shape of a Backend.AI error body
 * (`{type, title, msg}`) whatever the host rejected with.
 */
export interface RequestError {
  /** `TimeoutError` when the host took too long; otherwise the error's own name. */
  name: string;
  title?: string;
  message: string;
  /** The Backend.AI error type URI, for example `https://api.backend.ai/probs/dotfile-already-exists`. */
  type?: string;
  status?: number;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function numeric(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Turns anything a host may reject with (Error, manager error body, string) into a RequestError. */
export function toRequestError(reason: unknown): RequestError {
  if (typeof reason === 'string') return { name: 'Error', message: reason };
  if (reason !== null && typeof reason === 'object') {
    const record = reason as Record<string, unknown>;
    const message = text(record.message) ?? text(record.msg) ?? text(record.title) ?? String(reason);
    return {
      name: text(record.name) ?? 'Error',
      title: text(record.title),
      message,
      type: text(record.type),
      status: numeric(record.status),
    };
  }
  return { name: 'Error', message: String(reason) };
}
