// Request-log entries shaped like the manager bridge's: mostly successful calls, every
// tenth an error with a traceback, every hundredth to a URL with "needle" in it.
export function makeEntry(index) {
  const isError = index % 10 === 0;
  const path = index % 100 === 0 ? `/func/needle/${index}` : `/func/session/bench-${index}/logs`;
  return {
    isError,
    type: isError ? 'https://api.backend.ai/probs/session-not-found' : '',
    requestMethod: index % 3 === 0 ? 'POST' : 'GET',
    requestUrl: `https://manager.example.com${path}`,
    requestParameters: JSON.stringify({ owner_access_key: 'AKIAIOSFODNN7EXAMPLE', group: 'default', index }),
    statusCode: isError ? 404 : 200,
    statusText: isError ? 'Not Found' : 'OK',
    title: isError ? 'Session not found' : '',
    message: isError ? `No such session: bench-${index}` : '',
    durationMs: 5 + (index % 40),
    ...(isError ? { description: 'The session was terminated.', errorCode: 'session_not_found', traceback: 'Traceback (most recent call last):\n  ...\nSessionNotFound' } : {}),
  };
}
