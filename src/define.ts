// Registers every element of the library; dist/bai-user-settings.js is built from this file.
import { defineElement } from './internal/define-element.js';

export { defineElement };
