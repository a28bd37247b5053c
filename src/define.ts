// Registers every element of the library; dist/bai-user-settings.js is built from this file.
import { defineElement, defineLater } from './internal/define-element.js';
import { BaiClientLogs } from './components/client-logs/client-logs.js';
import { BaiUserSettings } from './components/user-settings/user-settings.js';

export { defineElement };

defineElement('bai-client-logs', BaiClientLogs);
defineElement('bai-user-settings', BaiUserSettings);
// The dialogs open on a click, so their code loads after the page's first paint.
defineLater(['bai-script-editor', 'bai-ssh-keypair-dialog'], () => import('./internal/define-dialogs.js'));
