export { LocaleController } from './locale-controller.js';
export { formatByteCount, formatBytes, formatDateTime, formatNumber } from './format.js';
export { plural, type PluralForms } from './plural.js';
export { isTranslatorMode, NOT_TRANSLATED_MARKER, setTranslatorMode } from './translator-mode.js';
