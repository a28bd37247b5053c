export { LocaleController } from './locale-controller.js';
export { formatBytes, formatDateTime, formatNumber } from './format.js';
export { isTranslatorMode, NOT_TRANSLATED_MARKER, setTranslatorMode } from './translator-mode.js';
