/**
 * Gives a log cell whose text is cut off by its ellipsis that text as its tooltip, when the
 * pointer comes over it. Set on hover rather than rendered into every cell: a search
 * re-renders a screenful of rows each keystroke, and most cells are never cut off.
 */
export function showFullText(event: Event): void {
  const cell = (event.target as Element).closest<HTMLElement>('.cell');
  if (!cell) return;
  const text = cell.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (cell.scrollWidth > cell.clientWidth) cell.title = text;
  else cell.removeAttribute('title');
}
