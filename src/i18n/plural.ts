import { getLocale } from '../localization.js';

/**
 * A message's wording for each plural category, each already localized. Each category a
 * language can pick has its own message id, because XLIFF 1.2 has no plural forms: English
 * uses `one` and `other`, French also `many` (millions), Russian `one`, `few`, `many` and
 * `other` (fractions). A category that is left out falls back to `other`.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` the current locale uses for `count` (`1` → `one` in English). */
export function plural(count: number, forms: PluralForms): string {
  const locale = getLocale();
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = rule.select(count);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}
