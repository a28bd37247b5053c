import { LogWriterClient } from './log-writer-client.js';

/**
 * The worker every ClientLog of the page writes through. The build turns this URL into
 * the bundled worker script beside the chunk (scripts/rollup-plugin-worker-url.mjs); the
 * test server compiles the TypeScript on request.
 */
export const logWriter = new LogWriterClient(new URL('./log-writer.worker.ts', import.meta.url));
