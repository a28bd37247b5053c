/** When and in which tab a preference last changed; orders changes that cross between tabs. */
export interface ChangeStamp {
  time: number;
  tab: string;
}

/** Later time wins; at the same millisecond the tab id decides, so every tab picks the same winner. */
export function isNewer(candidate: ChangeStamp, current: ChangeStamp | undefined): boolean {
  if (!current) return true;
  if (candidate.time !== current.time) return candidate.time > current.time;
  return candidate.tab > current.tab;
}

export function isChangeStamp(value: unknown): value is ChangeStamp {
  const stamp = value as Partial<ChangeStamp> | null;
  return typeof stamp?.time === 'number' && Number.isFinite(stamp.time) && typeof stamp.tab === 'string';
}
