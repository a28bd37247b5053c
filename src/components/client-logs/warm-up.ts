/**
 * Runs `work` over `items` in slices of a few milliseconds, one task each, right after the
 * log is read, so that the first search finds every entry's text already prepared. Plain
 * tasks rather than idle callbacks: a busy page may have no idle time for seconds, and
 * input still gets in between slices. Returns a function that stops it.
 */
export function warmUp<T>(items: readonly T[], work: (item: T, index: number) => void, sliceSize = 500): () => void {
  let stopped = false;
  let index = 0;
  const step = () => {
    if (stopped) return;
    const end = Math.min(index + sliceSize, items.length);
    for (; index < end; index++) work(items[index], index);
    if (index < items.length) setTimeout(step, 0);
  };
  setTimeout(step, 0);
  return () => {
    stopped = true;
  };
}
