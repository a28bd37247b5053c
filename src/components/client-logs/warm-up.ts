/**
 * Runs `work` over `items` in small slices while the page is idle, so that the first
 * search finds every entry's text already prepared. Returns a function that stops it.
 */
export function warmUp<T>(items: readonly T[], work: (item: T) => void, sliceSize = 250): () => void {
  let stopped = false;
  let index = 0;
  const schedule = (step: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(step, { timeout: 1000 }) : setTimeout(step, 0);
  const step = () => {
    if (stopped) return;
    const end = Math.min(index + sliceSize, items.length);
    for (; index < end; index++) work(items[index]);
    if (index < items.length) schedule(step);
  };
  schedule(step);
  return () => {
    stopped = true;
  };
}
