import { svg } from 'lit';

/** The error mark beside the word "Error": shape and text, so colour is never the only sign. */
export const errorIcon = svg`<svg class="error-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z" />
</svg>`;
