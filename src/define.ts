// Registers every element of the library; dist/bai-user-settings.js is built from this file.
// All four are registered as soon as the module runs, so a host can call show() at once.
import { defineElement } from './internal/define-element.js';
import { BaiClientLogs } from './components/client-logs/client-logs.js';
import { BaiScriptEditor } from './components/script-editor/script-editor.js';
import { BaiSshKeypairDialog } from './components/ssh-keypair-dialog/ssh-keypair-dialog.js';
import { BaiUserSettings } from './components/user-settings/user-settings.js';

export { defineElement };

defineElement('bai-client-logs', BaiClientLogs);
defineElement('bai-script-editor', BaiScriptEditor);
defineElement('bai-ssh-keypair-dialog', BaiSshKeypairDialog);
defineElement('bai-user-settings', BaiUserSettings);
