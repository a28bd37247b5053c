// Registers the dialogs the User Settings page opens; define.ts loads this module after the page's own elements.
import { defineElement } from './define-element.js';
import { BaiScriptEditor } from '../components/script-editor/script-editor.js';
import { BaiSshKeypairDialog } from '../components/ssh-keypair-dialog/ssh-keypair-dialog.js';

defineElement('bai-script-editor', BaiScriptEditor);
defineElement('bai-ssh-keypair-dialog', BaiSshKeypairDialog);
