/** Server-side plugins (test commands) that browser tests call through executeServerCommand. */
export const testServerPlugins = [];
