import { isTranslatorMode } from './translator-mode-state.js';

/** What translator mode shows in place of a message that has no translation yet. */
export const NOT_TRANSLATED_MARKER = '__NOT_TRANSLATED__';

type Templates = Record<string, unknown>;

/**
 * A locale's templates as the runtime should see them. `untranslated` lists the ids whose
 * xliff unit has no target (lit-localize compiles those to the English text); ids missing
 * from the templates altogether are messages added since the last extraction. While
 * `isOn()` is true either kind reads as the marker; otherwise nothing changes.
 */
export function withUntranslatedMarkers<T extends Templates>(
  templates: T,
  untranslated: ReadonlySet<string>,
  isOn: () => boolean = isTranslatorMode,
): T {
  return new Proxy(templates, {
    get(target, id, receiver) {
      if (typeof id === 'string' && isOn() && (untranslated.has(id) || !Object.hasOwn(target, id))) {
        return NOT_TRANSLATED_MARKER;
      }
      return Reflect.get(target, id, receiver);
    },
  });
}
