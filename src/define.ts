// Registers every element of the library; dist/bai-user-settings.js is built from this file.
import { defineElement } from './internal/define-element.js';
import { BaiUserSettings } from './components/user-settings/user-settings.js';

export { defineElement };

defineElement('bai-user-settings', BaiUserSettings);
