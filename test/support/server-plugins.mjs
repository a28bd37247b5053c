/** Server-side plugins (test commands) that browser tests call through executeServerCommand. */
import { sshToolsPlugin } from './ssh-tools-plugin.mjs';
import { sshpkBundlePlugin } from './sshpk-bundle-plugin.mjs';
import { demoManagerPlugin } from './demo-manager-plugin.mjs';

export const testServerPlugins = [sshToolsPlugin(), sshpkBundlePlugin(), demoManagerPlugin()];
