// Backend.AI error bodies ({type, title, msg}) with the HTTP status the manager uses for each.

export class BackendAIError extends Error {
  constructor(status, type, title, detail) {
    super(detail ?? title);
    this.status = status;
    this.type = `https://api.backend.ai/probs/${type}`;
    this.title = title;
    this.detail = detail;
  }

  body() {
    return this.detail === undefined
      ? { type: this.type, title: this.title }
      : { type: this.type, title: this.title, msg: this.detail };
  }
}

export const invalidApiParameters = (detail) =>
  new BackendAIError(400, 'invalid-api-params', 'Missing or invalid API parameters.', detail);
export const invalidAuthParameters = (detail) =>
  new BackendAIError(400, 'invalid-auth-params', 'Missing or invalid authorization parameters.', detail);
export const authorizationFailed = (detail) =>
  new BackendAIError(401, 'unauthorized', 'Credential/signature mismatch.', detail);
export const genericBadRequest = (detail) => new BackendAIError(400, 'generic-bad-request', 'Bad request.', detail);
export const genericNotFound = () => new BackendAIError(404, 'generic-not-found', 'Unknown URL path.');
export const methodNotAllowed = () => new BackendAIError(405, 'method-not-allowed', 'HTTP Method Not Allowed.');
export const dotfileNotFound = () => new BackendAIError(404, 'object-not-found', 'No such dotfile.');
export const dotfileAlreadyExists = () => new BackendAIError(409, 'dotfile-already-exists', 'Dotfile already exists.');
export const dotfileCreationFailed = (detail) =>
  new BackendAIError(400, 'dotfile-creation-failed', 'Dotfile creation has failed.', detail);
export const internalServerError = (detail) =>
  new BackendAIError(500, 'internal-server-error', 'Something has gone wrong.', detail);
