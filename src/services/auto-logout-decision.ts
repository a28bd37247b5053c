export interface AutoLogoutFacts {
  /** The `autoLogout` preference. */
  enabled: boolean;
  /** `PerformanceNavigationTiming.type` of this page's load. */
  navigationType: string | undefined;
  /** Other WebUI pages open when this one started. */
  otherPages: number;
  /** When the last WebUI page closed, if known. */
  lastClosedAt: number | undefined;
  /** When this page started. */
  startedAt: number;
  /** A page that opens within this time after the last one closed is taken as a navigation, not a new visit. */
  graceMs: number;
}

/** True when this page opens a new visit after every WebUI page had been closed, with the setting on. */
export function shouldLogOut(facts: AutoLogoutFacts): boolean {
  if (!facts.enabled || facts.navigationType === 'reload' || facts.otherPages > 0) return false;
  if (facts.lastClosedAt === undefined) return false;
  return facts.startedAt - facts.lastClosedAt > facts.graceMs;
}
