/** Server-side plugins (test commands) that browser tests call through executeServerCommand. */
import { demoManagerPlugin } from './demo-manager-plugin.mjs';

export const testServerPlugins = [demoManagerPlugin()];
