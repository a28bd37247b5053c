import { html, type TemplateResult } from 'lit';

export interface TextSegment {
  text: string;
  match: boolean;
}

/** `text` cut into the stretches that match `query` (case-insensitively) and those between. */
export function splitMatches(text: string, query: string): TextSegment[] {
  const needle = query.trim().toLowerCase();
  if (needle === '' || text === '') return text === '' ? [] : [{ text, match: false }];
  const haystack = text.toLowerCase();
  // Lower-casing can change a string's length (İ → i̇); then offsets would not line up.
  if (haystack.length !== text.length) return [{ text, match: haystack.includes(needle) }];
  const segments: TextSegment[] = [];
  let start = 0;
  for (let found = haystack.indexOf(needle); found !== -1; found = haystack.indexOf(needle, start)) {
    if (found > start) segments.push({ text: text.slice(start, found), match: false });
    segments.push({ text: text.slice(found, found + needle.length), match: true });
    start = found + needle.length;
  }
  if (start < text.length) segments.push({ text: text.slice(start), match: false });
  return segments;
}

/**
 * `text` with every match of `query` in a `<mark>`. Lit puts each piece in as a text node,
 * so whatever a log entry holds is shown as text and never parsed as HTML. Text without a
 * match comes back as it is: most cells of a row have none, and a plain string renders
 * without a template of its own.
 */
export function highlight(text: string, query: string): TemplateResult | string {
  const segments = splitMatches(text, query);
  if (!segments.some((segment) => segment.match)) return text;
  return html`${segments.map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text))}`;
}
